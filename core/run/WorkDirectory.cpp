#include "run/WorkDirectory.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

namespace dlrepro {

namespace {

QDir::Filters copyFilters()
{
    return QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::NoSymLinks;
}

bool skipped(const QFileInfo &info)
{
    return info.fileName().startsWith(QLatin1Char('.'))
        || info.fileName() == QStringLiteral("__pycache__");
}

// Files to copy (relative paths), or false when the folder is over the limits.
bool listFolder(const QString &root, const QString &workDir, int maxFiles, qint64 maxBytes,
                QStringList *files)
{
    const QString work = QFileInfo(workDir).absoluteFilePath() + QLatin1Char('/');
    qint64 bytes = 0;
    QStringList pending{root};
    while (!pending.isEmpty()) {
        const QDir dir(pending.takeLast());
        const QFileInfoList entries = dir.entryInfoList(copyFilters(), QDir::Name);
        for (const QFileInfo &info : entries) {
            if (skipped(info))
                continue;
            if (info.isDir()) {
                // An output directory inside the snippet's folder is not part of it.
                if (work.startsWith(info.absoluteFilePath() + QLatin1Char('/')))
                    continue;
                pending.append(info.filePath());
                continue;
            }
            bytes += info.size();
            files->append(QDir(root).relativeFilePath(info.filePath()));
            if (files->size() > maxFiles || bytes > maxBytes)
                return false;
        }
    }
    return true;
}

} // namespace

bool prepareWorkDirectory(const QString &snippetPath, const QString &workDir, bool copyFolder,
                          QString *snippetCopy, QString *error, int maxFiles, qint64 maxBytes)
{
    const QFileInfo snippet(snippetPath);
    if (!snippet.isFile()) {
        if (error)
            *error = QStringLiteral("the snippet %1 does not exist").arg(snippetPath);
        return false;
    }
    if (!QDir().mkpath(workDir)) {
        if (error)
            *error = QStringLiteral("cannot create the run directory %1").arg(workDir);
        return false;
    }
    QStringList files;
    const QString root = snippet.absolutePath();
    if (!copyFolder || !listFolder(root, workDir, maxFiles, maxBytes, &files))
        files = {snippet.fileName()};
    if (!files.contains(snippet.fileName()))
        files.append(snippet.fileName());
    for (const QString &rel : std::as_const(files)) {
        const QString target = workDir + QLatin1Char('/') + rel;
        QDir().mkpath(QFileInfo(target).absolutePath());
        QFile::remove(target);
        if (!QFile::copy(root + QLatin1Char('/') + rel, target)) {
            if (error)
                *error = QStringLiteral("cannot copy %1 into %2").arg(rel, workDir);
            return false;
        }
    }
    if (snippetCopy)
        *snippetCopy = workDir + QLatin1Char('/') + snippet.fileName();
    return true;
}

} // namespace dlrepro
