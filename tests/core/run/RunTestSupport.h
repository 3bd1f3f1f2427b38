#pragma once

#include <QFileInfo>
#include <QProcess>
#include <QString>

namespace dlrepro::test {

// Debian's python3-torch is for /usr/bin/python3; the python3 first on PATH may lack it.
inline QString systemPython()
{
    return QStringLiteral("/usr/bin/python3");
}

inline bool pythonHas(const QString &module)
{
    if (!QFileInfo(systemPython()).isExecutable())
        return false;
    QProcess p;
    p.start(systemPython(), {QStringLiteral("-c"), QStringLiteral("import ") + module});
    return p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

inline bool torchAvailable()
{
    static const bool has = pythonHas(QStringLiteral("torch"));
    return has;
}

inline QString fixture(const QString &name)
{
    return QStringLiteral(DLREPRO_FIXTURES "/run/") + name;
}

} // namespace dlrepro::test

#define DLREPRO_REQUIRE_PYTHON()                                                                 \
    do {                                                                                         \
        if (!QFileInfo(dlrepro::test::systemPython()).isExecutable())                            \
            QSKIP("/usr/bin/python3 is not installed");                                         \
    } while (false)

#define DLREPRO_REQUIRE_TORCH()                                                                  \
    do {                                                                                         \
        if (!dlrepro::test::torchAvailable())                                                    \
            QSKIP("torch is not importable from /usr/bin/python3 (apt install python3-torch)"); \
    } while (false)
