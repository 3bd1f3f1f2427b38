#include "run/PythonEnvironment.h"

#include <QJsonArray>

namespace dlrepro {

QStringList probedPackageNames()
{
    return {QStringLiteral("torch"), QStringLiteral("tensorflow"), QStringLiteral("keras"),
            QStringLiteral("jax"),   QStringLiteral("numpy"),      QStringLiteral("sklearn"),
            QStringLiteral("pandas")};
}

QStringList PythonEnvironment::frameworks() const
{
    QStringList out;
    for (const QString &name : {QStringLiteral("torch"), QStringLiteral("tensorflow"),
                                QStringLiteral("keras"), QStringLiteral("jax")}) {
        if (packages.contains(name))
            out.append(name);
    }
    return out;
}

QString PythonEnvironment::packageSummary() const
{
    QStringList parts;
    for (const QString &name : probedPackageNames()) {
        if (!packages.contains(name))
            continue;
        const QString v = packages.value(name);
        parts.append(v.isEmpty() ? name : name + QLatin1Char(' ') + v);
    }
    return parts.join(QStringLiteral(", "));
}

QJsonObject PythonEnvironment::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("interpreter"), interpreter);
    o.insert(QStringLiteral("resolved_path"), resolvedPath);
    o.insert(QStringLiteral("origin"), origin);
    o.insert(QStringLiteral("probed"), probed);
    o.insert(QStringLiteral("probe_error"), probeError);
    o.insert(QStringLiteral("python"), pythonVersion);
    QJsonObject pkgs;
    for (auto it = packages.cbegin(); it != packages.cend(); ++it)
        pkgs.insert(it.key(), it.value());
    o.insert(QStringLiteral("packages"), pkgs);
    o.insert(QStringLiteral("cuda_available"), cudaAvailable);
    o.insert(QStringLiteral("cuda_version"), cudaVersion);
    o.insert(QStringLiteral("cudnn_version"), cudnnVersion);
    o.insert(QStringLiteral("driver"), driverVersion);
    QJsonArray gpuArray;
    for (const GpuInfo &g : gpus) {
        gpuArray.append(QJsonObject{{QStringLiteral("name"), g.name},
                                    {QStringLiteral("memory_bytes"), double(g.memoryBytes)}});
    }
    o.insert(QStringLiteral("gpus"), gpuArray);
    o.insert(QStringLiteral("probed_mtime"), double(probedMtime));
    return o;
}

PythonEnvironment PythonEnvironment::fromJson(const QJsonObject &o)
{
    PythonEnvironment e;
    e.interpreter = o.value(QStringLiteral("interpreter")).toString();
    e.resolvedPath = o.value(QStringLiteral("resolved_path")).toString();
    e.origin = o.value(QStringLiteral("origin")).toString();
    e.probed = o.value(QStringLiteral("probed")).toBool();
    e.probeError = o.value(QStringLiteral("probe_error")).toString();
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
    e.probedMtime = qint64(o.value(QStringLiteral("probed_mtime")).toDouble());
    return e;
}

} // namespace dlrepro
