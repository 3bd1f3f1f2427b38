#pragma once

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace dlrepro {

struct GpuInfo {
    QString name;            // "NVIDIA H100 80GB HBM3"
    qint64 memoryBytes = 0;  // total memory
};

// One Python interpreter and what it can run, as the probe script found it.
struct PythonEnvironment {
    QString interpreter;   // the path as discovered (may be a symlink: a venv's bin/python)
    QString resolvedPath;  // canonical path of the executable (the dedupe key)
    QString origin;        // how it was found: "DLREPRO_PYTHON", "virtualenv", "conda", "PATH",
                           // "system", "conda env", "registered", "given"
    bool probed = false;   // the probe ran and answered
    QString probeError;    // why probing failed (not executable, timed out, bad output)
    QString pythonVersion; // "3.11.2"
    QMap<QString, QString> packages; // importable packages among the probed ones → version
                                     // ("" when importable but the version is unknown)
    bool cudaAvailable = false;      // torch.cuda.is_available() (only probed when torch exists)
    QString cudaVersion;             // torch.version.cuda
    QString cudnnVersion;            // torch.backends.cudnn.version()
    QString driverVersion;           // from nvidia-smi when present
    QList<GpuInfo> gpus;
    qint64 probedMtime = 0;          // interpreter mtime (ms since epoch) the probe belongs to

    bool isUsable() const { return probed && probeError.isEmpty(); }
    bool hasPackage(const QString &name) const { return packages.contains(name); }
    QString packageVersion(const QString &name) const { return packages.value(name); }
    // torch, tensorflow, keras, jax present here, in that order.
    QStringList frameworks() const;
    bool hasDeepLearningFramework() const { return !frameworks().isEmpty(); }
    // "torch 1.13.0, numpy 1.24.2"
    QString packageSummary() const;

    QJsonObject toJson() const;
    static PythonEnvironment fromJson(const QJsonObject &o);
};

// The packages the probe looks for, in the order they are listed.
QStringList probedPackageNames();

} // namespace dlrepro
