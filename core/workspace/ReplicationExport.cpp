#include "workspace/ReplicationExport.h"

#include "domain/BugType.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace dlrepro {

namespace wf = workspace_files;

namespace {

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

bool writeBytes(const QString &path, const QByteArray &data, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(data) != data.size() || !file.flush())
        return fail(error, QCoreApplication::translate("PackageExport", "cannot write %1: %2").arg(path, file.errorString()));
    return true;
}

} // namespace

QString WorkspacePackageContent::output() const
{
    if (runs.size() == 1)
        return runs.first().value(QStringLiteral("output")).toString();
    QString text;
    for (const QJsonObject &run : runs) {
        text += QStringLiteral("==> seed %1 (%2) <==\n")
                    .arg(run.value(QStringLiteral("seed")).toInt())
                    .arg(run.value(QStringLiteral("status")).toString());
        QString output = run.value(QStringLiteral("output")).toString();
        if (!output.isEmpty() && !output.endsWith(QLatin1Char('\n')))
            output += QLatin1Char('\n');
        text += output;
    }
    return text;
}

bool readWorkspacePackageContent(const QString &directory, WorkspacePackageContent *out, QString *error)
{
    Workspace workspace;
    if (!Workspace::open(directory, &workspace, error))
        return false;
    *out = WorkspacePackageContent();
    out->directory = workspace.directory();
    GitRepository &repo = workspace.repository();
    if (!repo.headSha(&out->headSha, error))
        return false;
    const auto committed = [&](QLatin1StringView file, QByteArray *content) {
        QString ignored;
        return repo.readFile(out->headSha, QString(file), content, &ignored);
    };
    QByteArray bytes;
    out->originalSnippet = committed(wf::kOriginalSnippet, &bytes) ? QString::fromUtf8(bytes) : QString();
    if (!committed(wf::kMain, &bytes))
        return fail(error, QCoreApplication::translate("PackageExport", "%1: %2 was never committed").arg(directory, wf::kMain));
    out->mainCode = QString::fromUtf8(bytes);
    out->requirements = committed(wf::kRequirements, &bytes) ? QString::fromUtf8(bytes) : QString();
    out->report = workspace.report();
    const BugType type = workspace.inspection().bugType.type;
    if (type != BugType::Unknown)
        out->bugType = bugTypeId(type);

    if (committed(wf::kVerdict, &bytes)) {
        out->verdict = QJsonDocument::fromJson(bytes).object();
        const QJsonArray runFiles = out->verdict.value(QStringLiteral("runs")).toArray();
        for (const QJsonValue &file : runFiles) {
            QByteArray run;
            QString ignored;
            if (repo.readFile(out->headSha, file.toString(), &run, &ignored))
                out->runs.append(QJsonDocument::fromJson(run).object());
        }
    } else {
        out->warnings << QCoreApplication::translate("PackageExport", "the workspace was never verified: output.txt is empty");
    }

    WorkspaceTransaction transaction;
    QString transactionError;
    if (workspace.deriveTransaction(&transaction, &transactionError)) {
        for (EditAction action : std::as_const(transaction.actionsInOrder))
            out->actions << QStringLiteral("%1: %2").arg(editActionLetter(action)).arg(editActionName(action));
    }
    bool dirty = false;
    QString dirtyError;
    if (repo.isDirty(&dirty, &dirtyError) && dirty)
        out->warnings << QCoreApplication::translate(
            "PackageExport", "the workspace has uncommitted changes; they are not exported (checkpoint them first)");
    return true;
}

QString packageBugId(const Report &report)
{
    QString id = report.id;
    for (const QString &prefix : {QStringLiteral("so:"), QStringLiteral("gh:")})
        if (id.startsWith(prefix))
            id = id.mid(prefix.size());
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]+"));
    id.replace(unsafe, QStringLiteral("_"));
    while (id.startsWith(QLatin1Char('.')) || id.startsWith(QLatin1Char('_')))
        id.remove(0, 1);
    return id.isEmpty() ? QStringLiteral("bug") : id;
}

bool moveIntoPlace(const QString &temporary, const QString &target, bool replace, QString *error)
{
    const QByteArray from = QFile::encodeName(temporary);
    const QByteArray to = QFile::encodeName(target);
    QString displaced;
    if (QFileInfo::exists(target) || QFileInfo(target).isSymLink()) {
        if (!replace)
            return fail(error, QCoreApplication::translate("PackageExport", "%1 already exists (replace it with --force)").arg(target));
        displaced = target + QStringLiteral(".old-") + QString::number(QCoreApplication::applicationPid());
        if (std::rename(to.constData(), QFile::encodeName(displaced).constData()) != 0)
            return fail(error, QCoreApplication::translate("PackageExport", "cannot move %1 aside: %2")
                                   .arg(target, QString::fromLocal8Bit(std::strerror(errno))));
    }
    if (std::rename(from.constData(), to.constData()) != 0) {
        const QString why = QString::fromLocal8Bit(std::strerror(errno));
        if (!displaced.isEmpty())
            std::rename(QFile::encodeName(displaced).constData(), to.constData());
        return fail(error, QCoreApplication::translate("PackageExport", "cannot move the export into %1: %2").arg(target, why));
    }
    if (!displaced.isEmpty()) {
        if (QFileInfo(displaced).isDir())
            QDir(displaced).removeRecursively();
        else
            QFile::remove(displaced);
    }
    return true;
}

bool exportReplicationPackage(const QString &workspaceDirectory, const QString &outDir, const QString &bugId,
                              bool replace, PackageExportResult *result, QString *error)
{
    WorkspacePackageContent content;
    if (!readWorkspacePackageContent(workspaceDirectory, &content, error))
        return false;
    const QString id = bugId.isEmpty() ? packageBugId(content.report) : bugId;
    if (id.contains(QLatin1Char('/')) || id == QStringLiteral(".") || id == QStringLiteral(".."))
        return fail(error, QCoreApplication::translate("PackageExport", "the bug id '%1' cannot be a folder name").arg(id));
    const QString bugs = QDir(outDir).absoluteFilePath(QStringLiteral("Bugs"));
    if (!QDir().mkpath(bugs))
        return fail(error, QCoreApplication::translate("PackageExport", "cannot create the folder %1").arg(bugs));
    const QString target = bugs + QLatin1Char('/') + id;
    if (QFileInfo::exists(target) && !replace)
        return fail(error, QCoreApplication::translate("PackageExport", "%1 already exists (replace it with --force)").arg(target));

    QTemporaryDir staging(bugs + QStringLiteral("/.") + id + QStringLiteral(".export-XXXXXX"));
    if (!staging.isValid())
        return fail(error, QCoreApplication::translate("PackageExport", "cannot create a temporary folder in %1: %2")
                               .arg(bugs, staging.errorString()));
    const auto put = [&](QLatin1StringView name, const QString &text) {
        return writeBytes(staging.path() + QLatin1Char('/') + name, text.toUtf8(), error);
    };
    if (!put(wf::kMain, content.mainCode) || !put(wf::kOriginalSnippet, content.originalSnippet)
        || !put(wf::kRequirements, content.requirements) || !put(QLatin1StringView("output.txt"), content.output()))
        return false;
    if (!moveIntoPlace(staging.path(), target, replace, error))
        return false;
    staging.setAutoRemove(false);
    if (result) {
        result->path = target;
        result->warnings = content.warnings;
    }
    return true;
}

} // namespace dlrepro
