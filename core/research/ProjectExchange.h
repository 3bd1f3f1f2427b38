#pragma once

#include "research/ProjectStore.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace dlrepro {

// The replication package's files a project reads and writes.
enum class ProjectFileKind {
    Auto,
    ManualReproduction,       // Dataset_Manual_Reproduction.csv: one row per bug tried
    StackOverflowEditActions, // Dataset_EditActions.csv
    StackOverflowInformation, // Dataset_CriticalActions.csv
    GitHubEditActions,        // ManualReproduction_Github_Bugs.csv
    GitHubInformation,        // Dataset_Github_CriticalInformation.csv
};

// "auto", "manual", "so-edit-actions", "so-information", "github-edit-actions",
// "github-information".
QString projectFileKindId(ProjectFileKind kind);
bool parseProjectFileKind(const QString &text, ProjectFileKind *out);
// The replication package's file name of a kind ("Dataset_EditActions.csv").
QString projectFileName(ProjectFileKind kind);
QList<ProjectFileKind> allProjectFileKinds(); // without Auto

struct ProjectImportReport
{
    ProjectFileKind kind = ProjectFileKind::Auto; // the kind actually read
    int rows = 0;
    int bugsCreated = 0;
    int bugsUpdated = 0;
};

// Reads one replication CSV into the project, as one transaction (all rows or none). Rows of the
// GitHub files join the bug with the same "#"; Stack Overflow rows, which carry no id, become
// new bugs numbered after the file's rows ("so-edit-actions-1"). Labels go to the bugs' final
// labels; the file's header and spellings are kept so that the export gives the file back.
// `family` narrows Auto to the edit-action files ("editactions") or the information files
// ("critical"); pass Auto to sniff. Errors name the file, line and column.
bool importProjectFile(ProjectStore &store, const QString &path, ProjectImportReport *report, QString *error,
                       ProjectFileKind kind = ProjectFileKind::Auto, const QString &family = QString());

// One replication CSV of the project's bugs that have what the kind records (in key order):
// the imported header and spellings when the project imported such a file, the replication
// package's otherwise.
QByteArray exportProjectCsv(const ProjectStore &store, ProjectFileKind kind);
// Every kind with at least one row, into folder `dir` under its replication file name (written
// to a temporary file, then renamed). *written lists the paths.
bool exportProjectCsvFiles(const ProjectStore &store, const QString &dir, QStringList *written, QString *error);
// The one-letter transaction format (transactions.csv) of the mining transactions.
QByteArray exportProjectLetters(const ProjectStore &store, ItemClass itemClass);
// Everything: bugs, reproductions, annotators, annotations, final labels.
// {"format":"dlrepro-project","version":1,"bugs":[...],"annotators":[...]}
QByteArray exportProjectJson(const ProjectStore &store);

} // namespace dlrepro
