#pragma once
// Runs a script in Debian's /usr/bin/python3 (which has numpy, statsmodels and sklearn; the
// python3 first on PATH does not) and returns its standard output parsed as JSON.

#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace statstest {

inline const QString kPython = QStringLiteral("/usr/bin/python3");

// Empty when the modules cannot be imported (the test then skips).
inline bool pythonHas(const QString &modules)
{
    if (!QFile::exists(kPython))
        return false;
    QProcess p;
    p.start(kPython, {QStringLiteral("-c"), QStringLiteral("import ") + modules});
    return p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

// The script reads its input from stdin.
inline QJsonDocument runPython(const QString &script, const QByteArray &input, QString *errorText)
{
    QProcess p;
    p.start(kPython, {QStringLiteral("-c"), script});
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        *errorText = QStringLiteral("python timed out");
        return {};
    }
    *errorText = QString::fromUtf8(p.readAllStandardError());
    QJsonParseError e;
    const QJsonDocument doc = QJsonDocument::fromJson(p.readAllStandardOutput(), &e);
    if (p.exitCode() != 0 || e.error != QJsonParseError::NoError)
        return {};
    return doc;
}

} // namespace statstest
