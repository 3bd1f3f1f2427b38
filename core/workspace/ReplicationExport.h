#pragma once
// A reproduction in the layout of the thesis's replication package:
// Bugs/<id>/{main.py, original_code_snippet.py, requirements.txt, output.txt}.

#include "report/Report.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace dlrepro {

// What a package holds, read from a workspace as of its last commit (uncommitted edits are not
// part of a reproduction until they are checkpointed or verified).
struct WorkspacePackageContent {
    QString directory;
    QString headSha;
    Report report;
    QString bugType;           // bugTypeId of the inspection ("training", …); empty when unknown
    QString originalSnippet;   // original_code_snippet.py
    QString mainCode;          // main.py
    QString requirements;      // requirements.txt
    QJsonObject verdict;       // verdict.json (empty when never verified)
    QList<QJsonObject> runs;   // the last verification's runs (runs/*.json it names), seed order
    QStringList actions;       // edit actions used, first first ("D: Input Data Generation")
    QStringList warnings;      // "uncommitted changes are not exported", "never verified"

    // output.txt: the last verification's output; with several seeds, each under a
    // "==> seed N (status) <==" line.
    QString output() const;
};

// Reads the workspace at `directory`; false with "<dir> is not a dlrepro workspace: …" etc.
bool readWorkspacePackageContent(const QString &directory, WorkspacePackageContent *out, QString *error);

// The folder name for a bug: the report id made safe for a path ("so:64520473" → "64520473",
// "gh:o/r#12" → "o_r_12").
QString packageBugId(const Report &report);

struct PackageExportResult {
    QString path;         // the folder or file written
    QStringList warnings; // from the content
};

// Writes <outDir>/Bugs/<bugId>/ (bugId empty: packageBugId of the report). The folder is built
// beside its final place and renamed; an existing one is refused unless `replace`.
bool exportReplicationPackage(const QString &workspaceDirectory, const QString &outDir, const QString &bugId,
                              bool replace, PackageExportResult *result, QString *error);

// Moves a finished temporary file or folder into place; with `replace`, an existing target is
// swapped out first and removed only once the new one is there. Shared by the exporters.
bool moveIntoPlace(const QString &temporary, const QString &target, bool replace, QString *error);

} // namespace dlrepro
