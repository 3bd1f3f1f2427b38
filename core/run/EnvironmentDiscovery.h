#pragma once

#include "run/PythonEnvironment.h"

#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace dlrepro {

// Finds the user's Python interpreters and probes each once. Probe results are cached on disk
// (one JSON file per interpreter, keyed by resolved path + mtime); refresh re-probes.
class EnvironmentDiscovery
{
public:
    struct Options {
        QString cacheDir;        // default: QStandardPaths::CacheLocation + "/python-probes"
        int probeTimeoutMs = 60000; // a probe that hangs is killed after this
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        QString homeDir;         // default: QDir::homePath(); conda roots are looked up under it
        QStringList registered;  // registered venvs/interpreters; default: registeredEnvironments()
        bool useRegistered = true;
        bool useSystemPaths = true; // /usr/bin/python3 and /opt/conda/envs (off in some tests)
    };

    struct Candidate {
        QString interpreter;
        QString origin;
    };

    EnvironmentDiscovery();
    explicit EnvironmentDiscovery(Options options);

    // Candidates in priority order, existing and executable, deduplicated by resolved path.
    QList<Candidate> candidates() const;

    // Discover and probe all (cached unless refresh).
    QList<PythonEnvironment> discover(bool refresh = false) const;

    // Probe one interpreter (cached unless refresh). A broken interpreter gives an environment
    // with probeError set, never a crash.
    PythonEnvironment probe(const QString &interpreter, bool refresh = false,
                            const QString &origin = QStringLiteral("given")) const;

    // Where the cached probe of this interpreter lives (exists or not).
    QString cacheFileFor(const QString &resolvedPath) const;

    struct DefaultChoice {
        int index = -1;  // into the list given; -1: none usable
        QString reason;  // "/usr/bin/python3: first interpreter with torch 1.13.0 (python3 on PATH has none)"
    };
    // The first environment with a deep-learning framework; else the first usable one.
    static DefaultChoice chooseDefault(const QList<PythonEnvironment> &environments);

    // Venvs/interpreters the user registered (QSettings "python/registered"): a venv
    // directory (its bin/python is used) or an interpreter path.
    static QStringList registeredEnvironments();
    static void registerEnvironment(const QString &path);
    static void unregisterEnvironment(const QString &path);

    const Options &options() const { return m_options; }

private:
    Options m_options;
};

} // namespace dlrepro
