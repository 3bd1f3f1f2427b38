#include "run/EnvironmentDiscovery.h"

#include "run/Harness.h"
#include "run/ProcessGroup.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>

#include <signal.h>
#include <unistd.h>

namespace dlrepro {

namespace {

const QString kRegisteredKey = QStringLiteral("python/registered");

bool isInterpreter(const QString &path)
{
    const QFileInfo info(path);
    return info.exists() && info.isFile() && info.isExecutable();
}

// A venv's bin/python is a symlink to its base interpreter: the same executable, other
// packages. Its key therefore includes the venv directory (the one holding pyvenv.cfg).
QString dedupeKey(const QString &interpreter)
{
    const QFileInfo info(interpreter);
    const QString resolved = info.canonicalFilePath();
    const QDir bin = info.absoluteDir();
    QDir root = bin;
    if (root.cdUp() && QFileInfo::exists(root.filePath(QStringLiteral("pyvenv.cfg"))))
        return root.canonicalPath() + QStringLiteral("::") + resolved;
    return resolved;
}

qint64 interpreterMtime(const QString &interpreter)
{
    const QFileInfo info(QFileInfo(interpreter).canonicalFilePath());
    return info.lastModified().toMSecsSinceEpoch();
}

QString tail(const QByteArray &bytes, int chars)
{
    const QString text = QString::fromUtf8(bytes).trimmed();
    return text.size() > chars ? QStringLiteral("…") + text.right(chars) : text;
}

} // namespace

EnvironmentDiscovery::EnvironmentDiscovery()
    : EnvironmentDiscovery(Options())
{
}

EnvironmentDiscovery::EnvironmentDiscovery(Options options)
    : m_options(std::move(options))
{
    if (m_options.cacheDir.isEmpty()) {
        QString base = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
        if (base.isEmpty())
            base = QDir::tempPath() + QStringLiteral("/dlrepro");
        m_options.cacheDir = base + QStringLiteral("/python-probes");
    }
    if (m_options.homeDir.isEmpty())
        m_options.homeDir = QDir::homePath();
    if (m_options.useRegistered && m_options.registered.isEmpty())
        m_options.registered = registeredEnvironments();
}

QList<EnvironmentDiscovery::Candidate> EnvironmentDiscovery::candidates() const
{
    QList<Candidate> raw;
    const QProcessEnvironment &env = m_options.environment;
    auto add = [&raw](const QString &path, const QString &origin) {
        if (!path.isEmpty())
            raw.append({path, origin});
    };
    add(env.value(QStringLiteral("DLREPRO_PYTHON")), QStringLiteral("DLREPRO_PYTHON"));
    if (env.contains(QStringLiteral("VIRTUAL_ENV")))
        add(env.value(QStringLiteral("VIRTUAL_ENV")) + QStringLiteral("/bin/python"),
            QStringLiteral("virtualenv"));
    if (env.contains(QStringLiteral("CONDA_PREFIX")))
        add(env.value(QStringLiteral("CONDA_PREFIX")) + QStringLiteral("/bin/python"),
            QStringLiteral("conda"));
    const QStringList path =
        env.value(QStringLiteral("PATH")).split(QLatin1Char(':'), Qt::SkipEmptyParts);
    // findExecutable with no paths searches the system PATH; an environment without PATH has
    // no interpreters on PATH.
    for (const QString &name : {QStringLiteral("python3"), QStringLiteral("python")}) {
        if (!path.isEmpty())
            add(QStandardPaths::findExecutable(name, path), QStringLiteral("PATH"));
    }
    if (m_options.useSystemPaths)
        add(QStringLiteral("/usr/bin/python3"), QStringLiteral("system"));
    QStringList condaRoots;
    for (const QString &root : {QStringLiteral("miniconda3"), QStringLiteral("anaconda3"),
                                QStringLiteral("mambaforge"), QStringLiteral("miniforge3")})
        condaRoots.append(m_options.homeDir + QLatin1Char('/') + root + QStringLiteral("/envs"));
    if (m_options.useSystemPaths)
        condaRoots.append(QStringLiteral("/opt/conda/envs"));
    for (const QString &root : std::as_const(condaRoots)) {
        const QStringList envs = QDir(root).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        for (const QString &name : envs)
            add(root + QLatin1Char('/') + name + QStringLiteral("/bin/python"),
                QStringLiteral("conda env"));
    }
    for (const QString &entry : m_options.registered) {
        add(QFileInfo(entry).isDir() ? entry + QStringLiteral("/bin/python") : entry,
            QStringLiteral("registered"));
    }

    QList<Candidate> out;
    QStringList seen;
    for (const Candidate &c : std::as_const(raw)) {
        if (!isInterpreter(c.interpreter))
            continue;
        const QString key = dedupeKey(c.interpreter);
        if (seen.contains(key))
            continue;
        seen.append(key);
        out.append(c);
    }
    return out;
}

QList<PythonEnvironment> EnvironmentDiscovery::discover(bool refresh) const
{
    QList<PythonEnvironment> out;
    for (const Candidate &c : candidates())
        out.append(probe(c.interpreter, refresh, c.origin));
    return out;
}

QString EnvironmentDiscovery::cacheFileFor(const QString &resolvedPath) const
{
    const QByteArray hash =
        QCryptographicHash::hash(resolvedPath.toUtf8(), QCryptographicHash::Sha1).toHex();
    return m_options.cacheDir + QLatin1Char('/') + QString::fromLatin1(hash.left(16))
        + QStringLiteral(".json");
}

PythonEnvironment EnvironmentDiscovery::probe(const QString &interpreter, bool refresh,
                                              const QString &origin) const
{
    PythonEnvironment e;
    e.interpreter = interpreter;
    e.origin = origin;
    if (!isInterpreter(interpreter)) {
        e.probeError = QStringLiteral("%1 is not an executable file").arg(interpreter);
        return e;
    }
    const QString key = dedupeKey(interpreter);
    e.resolvedPath = QFileInfo(interpreter).canonicalFilePath();
    e.probedMtime = interpreterMtime(interpreter);
    const QString cacheFile = cacheFileFor(key);

    if (!refresh) {
        QFile f(cacheFile);
        if (f.open(QIODevice::ReadOnly)) {
            PythonEnvironment cached =
                PythonEnvironment::fromJson(QJsonDocument::fromJson(f.readAll()).object());
            if (cached.isUsable() && cached.probedMtime == e.probedMtime
                && cached.resolvedPath == e.resolvedPath) {
                cached.interpreter = interpreter;
                cached.origin = origin;
                return cached;
            }
        }
    }

    QString error;
    const QString dir = harnessDirectory(&error);
    if (dir.isEmpty()) {
        e.probeError = error;
        return e;
    }
    QProcess process;
    process.setProgram(interpreter);
    process.setArguments({dir + QStringLiteral("/probe.py")});
    process.setStandardInputFile(QProcess::nullDevice());
    process.setChildProcessModifier([] { ::setsid(); });
    process.start();
    if (!process.waitForStarted(10000)) {
        e.probeError = QStringLiteral("cannot start %1: %2").arg(interpreter, process.errorString());
        return e;
    }
    const qint64 pid = process.processId();
    if (!process.waitForFinished(m_options.probeTimeoutMs)) {
        signalSession(pid, SIGKILL);
        process.waitForFinished(2000);
        e.probeError = QStringLiteral("the probe of %1 did not answer within %2 s; killed")
                           .arg(interpreter)
                           .arg(m_options.probeTimeoutMs / 1000.0);
        return e;
    }
    signalSession(pid, SIGKILL);
    const QByteArray out = process.readAllStandardOutput();
    const QByteArray marker = "DLREPRO_PROBE ";
    const qsizetype at = out.lastIndexOf(marker);
    QJsonObject o;
    if (at >= 0) {
        const qsizetype end = out.indexOf('\n', at);
        o = QJsonDocument::fromJson(out.mid(at + marker.size(), end < 0 ? -1 : end - at - marker.size()))
                .object();
    }
    if (process.exitStatus() != QProcess::NormalExit || o.isEmpty()) {
        const QString why = process.exitStatus() == QProcess::CrashExit
            ? QStringLiteral("crashed")
            : QStringLiteral("exit code %1").arg(process.exitCode());
        e.probeError = QStringLiteral("the probe of %1 failed (%2): %3")
                           .arg(interpreter, why, tail(process.readAllStandardError(), 300));
        return e;
    }
    e.probed = true;
    e.pythonVersion = o.value(QStringLiteral("python")).toString();
    const QJsonObject pkgs = o.value(QStringLiteral("packages")).toObject();
    for (auto it = pkgs.begin(); it != pkgs.end(); ++it)
        e.packages.insert(it.key(), it.value().toString());
    e.cudaAvailable = o.value(QStringLiteral("cuda_available")).toBool();
    e.cudaVersion = o.value(QStringLiteral("cuda_version")).toString();
    e.cudnnVersion = o.value(QStringLiteral("cudnn_version")).toString();
    e.driverVersion = o.value(QStringLiteral("driver")).toString();
    for (const QJsonValue &v : o.value(QStringLiteral("gpus")).toArray()) {
        const QJsonObject g = v.toObject();
        e.gpus.append({g.value(QStringLiteral("name")).toString(),
                       qint64(g.value(QStringLiteral("memory_bytes")).toDouble())});
    }
    if (QDir().mkpath(m_options.cacheDir)) {
        QSaveFile f(cacheFile);
        if (f.open(QIODevice::WriteOnly)) {
            f.write(QJsonDocument(e.toJson()).toJson());
            f.commit();
        }
    }
    return e;
}

EnvironmentDiscovery::DefaultChoice
EnvironmentDiscovery::chooseDefault(const QList<PythonEnvironment> &environments)
{
    DefaultChoice choice;
    QStringList without;
    auto describe = [](const PythonEnvironment &e) {
        return e.origin == QStringLiteral("PATH")
            ? QStringLiteral("%1 on PATH").arg(QFileInfo(e.interpreter).fileName())
            : QStringLiteral("%1 (%2)").arg(e.interpreter, e.origin);
    };
    for (int i = 0; i < environments.size(); ++i) {
        const PythonEnvironment &e = environments.at(i);
        if (!e.isUsable())
            continue;
        const QStringList fw = e.frameworks();
        if (fw.isEmpty()) {
            without.append(describe(e));
            continue;
        }
        const QString version = e.packageVersion(fw.first());
        choice.index = i;
        choice.reason = QStringLiteral("%1: first interpreter with %2%3")
                            .arg(e.interpreter, fw.first(),
                                 version.isEmpty() ? QString() : QLatin1Char(' ') + version);
        if (!without.isEmpty())
            choice.reason += QStringLiteral(" (%1 %2 none)")
                                 .arg(without.join(QStringLiteral(", ")),
                                      without.size() == 1 ? QStringLiteral("has")
                                                          : QStringLiteral("have"));
        return choice;
    }
    for (int i = 0; i < environments.size(); ++i) {
        if (environments.at(i).isUsable()) {
            choice.index = i;
            choice.reason = QStringLiteral("%1: no interpreter has a deep-learning framework "
                                           "(torch, tensorflow, keras, jax); first usable one")
                                .arg(environments.at(i).interpreter);
            return choice;
        }
    }
    choice.reason = QStringLiteral("no usable Python interpreter was found");
    return choice;
}

QStringList EnvironmentDiscovery::registeredEnvironments()
{
    return QSettings().value(kRegisteredKey).toStringList();
}

void EnvironmentDiscovery::registerEnvironment(const QString &path)
{
    QSettings settings;
    QStringList list = settings.value(kRegisteredKey).toStringList();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (!list.contains(absolute))
        list.append(absolute);
    settings.setValue(kRegisteredKey, list);
}

void EnvironmentDiscovery::unregisterEnvironment(const QString &path)
{
    QSettings settings;
    QStringList list = settings.value(kRegisteredKey).toStringList();
    list.removeAll(QFileInfo(path).absoluteFilePath());
    list.removeAll(path);
    settings.setValue(kRegisteredKey, list);
}

} // namespace dlrepro
