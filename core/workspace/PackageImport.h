#pragma once
// Reproduction packages in: a replication-package bug folder (Bugs/<id>/ with main.py,
// original_code_snippet.py, requirements.txt, output.txt; its row of a
// Dataset_Manual_Reproduction.csv when given), a Jupyter notebook, or an AIFaultBench-style bug
// folder (a report file, repro.py, pinned requirements, a clone/checkout script). Each becomes a
// new workspace (Workspace::create) whose files are exactly the package's, with what the package
// says beyond that in package.json.

#include "workspace/ProjectClone.h"

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

namespace dlrepro {

enum class PackageKind { Unknown, ReplicationBug, Notebook, AIFaultBench };
QString packageKindId(PackageKind kind); // unknown, replication, notebook, aifaultbench

// From the path alone: a .ipynb file; a folder with repro.py; a folder with main.py or
// original_code_snippet.py.
PackageKind detectPackageKind(const QString &path);

// What a package holds, before it becomes a workspace.
struct PackageContent {
    PackageKind kind = PackageKind::Unknown;
    Report report;
    QString originalSnippet;
    QString mainCode;
    QString requirements;
    QString output;                // output.txt of a replication bug
    ProjectReference project;      // from an AIFaultBench clone/checkout script
    QMap<QString, QString> csvRow; // header → value of the bug's CSV row
    QStringList warnings;
};

// Reads a package; false with an error naming the path and what is wrong (not a package, no
// snippet, invalid notebook JSON at offset N, a CSV without the bug's row is only a warning).
bool readPackage(const QString &path, const QString &csvPath, PackageContent *out, QString *error);

// The repository and commit a clone/checkout shell script names (`git clone URL [dir]`,
// `git checkout SHA`, `git -C dir checkout SHA`, `git reset --hard SHA`).
ProjectReference parseCloneScript(const QString &script);

// The bug's row of a replication CSV: the first row whose id column ("#", "ID", "Bug ID",
// "Post ID", …) equals bugId, or whose link column names it (…/questions/<id>/…).
bool findCsvRow(const QString &csvPath, const QString &bugId, QMap<QString, QString> *row, QString *error);

struct PackageImportResult {
    PackageKind kind = PackageKind::Unknown;
    QString directory; // the new workspace
    QString headSha;
    ProjectReference project;
    QStringList warnings;
};

// readPackage, then a new workspace in workspaceDirectory (which must not exist or be empty),
// built beside it and renamed into place: nothing is left on failure.
bool importPackage(const QString &path, const QString &workspaceDirectory, const QString &csvPath,
                   PackageImportResult *result, QString *error);

} // namespace dlrepro
