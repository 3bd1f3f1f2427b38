#include "run/Harness.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QStandardPaths>

namespace dlrepro {

namespace {

const QStringList &harnessFiles()
{
    static const QStringList files = {QStringLiteral("dlrepro_harness.py"),
                                      QStringLiteral("dlrepro.py"), QStringLiteral("probe.py"),
                                      QStringLiteral("dlrepro_forkserver.py"),
                                      QStringLiteral("dlrepro_dynamics.py")};
    return files;
}

} // namespace

QString harnessScriptName()
{
    return QStringLiteral("dlrepro_harness.py");
}

int harnessResultSchemaVersion()
{
    return 1;
}

QByteArray harnessFile(const QString &name)
{
    QFile f(QStringLiteral(":/dlrepro/harness/") + name);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

QString harnessDirectory(QString *error, const QString &baseDir)
{
    // A directory per content hash: a newer dlrepro never runs an older harness left in the
    // cache, and two versions running side by side do not overwrite each other's files.
    QCryptographicHash hash(QCryptographicHash::Sha1);
    for (const QString &name : harnessFiles()) {
        const QByteArray data = harnessFile(name);
        if (data.isEmpty()) {
            if (error)
                *error = QStringLiteral("the embedded harness file %1 is missing").arg(name);
            return {};
        }
        hash.addData(name.toUtf8());
        hash.addData(data);
    }
    QString base = baseDir;
    if (base.isEmpty()) {
        base = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
        if (base.isEmpty())
            base = QDir::tempPath() + QStringLiteral("/dlrepro");
        base += QStringLiteral("/harness");
    }
    const QString dir =
        base + QLatin1Char('/') + QString::fromLatin1(hash.result().toHex().left(12));
    if (!QDir().mkpath(dir)) {
        if (error)
            *error = QStringLiteral("cannot create the harness directory %1").arg(dir);
        return {};
    }
    for (const QString &name : harnessFiles()) {
        const QString path = dir + QLatin1Char('/') + name;
        const QByteArray data = harnessFile(name);
        QFile existing(path);
        if (existing.open(QIODevice::ReadOnly) && existing.readAll() == data)
            continue;
        QSaveFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(data) != data.size() || !out.commit()) {
            if (error)
                *error = QStringLiteral("cannot write %1: %2").arg(path, out.errorString());
            return {};
        }
    }
    return dir;
}

} // namespace dlrepro
