#include "dynamics/DynamicsLoader.h"

#include "run/HarnessResult.h"
#include "tensor/TensorClient.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <algorithm>

namespace dlrepro {

namespace {

bool hasIndex(const QString &dir)
{
    return QFileInfo::exists(dir + QStringLiteral("/index.json"));
}

} // namespace

QString findDynamicsDirectory(const QString &path, int seed, QString *error)
{
    const QFileInfo info(path);
    if (!info.isDir()) {
        if (error)
            *error = QCoreApplication::translate("Dynamics", "%1 is not a folder").arg(path);
        return {};
    }
    const QString dir = info.absoluteFilePath();
    if (seed < 0 && hasIndex(dir))
        return dir;
    if (seed < 0 && hasIndex(dir + QStringLiteral("/dynamics")))
        return dir + QStringLiteral("/dynamics");
    static const QRegularExpression seedName(QStringLiteral("^seed-(\\d+)$"));
    QList<int> seeds;
    for (const QString &name : QDir(dir).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QRegularExpressionMatch m = seedName.match(name);
        if (m.hasMatch() && hasIndex(dir + QLatin1Char('/') + name + QStringLiteral("/dynamics")))
            seeds.append(m.captured(1).toInt());
    }
    std::sort(seeds.begin(), seeds.end());
    if (seed >= 0) {
        if (seeds.contains(seed))
            return dir + QStringLiteral("/seed-%1/dynamics").arg(seed);
        if (error)
            *error = QCoreApplication::translate("Dynamics", "%1 holds no training dynamics of seed %2")
                         .arg(dir).arg(seed);
        return {};
    }
    if (!seeds.isEmpty())
        return dir + QStringLiteral("/seed-%1/dynamics").arg(seeds.first());
    if (error)
        *error = QCoreApplication::translate("Dynamics",
            "%1 holds no training dynamics (no index.json, dynamics/ or seed-N/dynamics/): run the "
            "snippet with --dynamics and --out")
                     .arg(dir);
    return {};
}

bool loadDynamicsReport(TensorClient *client, const QString &dynamicsDirectory, double sparsityEpsilon,
                        DynamicsReport *out, QString *error)
{
    const TensorReply reply = client->call(
        QStringLiteral("dynamics"),
        QJsonObject{{QStringLiteral("dir"), QFileInfo(dynamicsDirectory).absoluteFilePath()},
                    {QStringLiteral("sparsity_epsilon"), sparsityEpsilon}});
    if (!reply.ok) {
        if (error)
            *error = reply.error;
        return false;
    }
    if (!DynamicsReport::fromHelperResult(reply.result, out, error))
        return false;
    if (out->losses.isEmpty()) {
        const QString resultPath = QFileInfo(dynamicsDirectory).absolutePath() + QStringLiteral("/result.json");
        RunResult run;
        QString ignored;
        if (QFileInfo::exists(resultPath) && readHarnessResult(resultPath, &run, &ignored)) {
            int i = 0;
            for (const MetricValue &m : run.metrics)
                if (m.name == QStringLiteral("loss"))
                    out->losses.append(LossPoint{++i, m.value});
            if (!out->losses.isEmpty())
                out->lossSource = QStringLiteral("metric");
        }
    }
    return true;
}

} // namespace dlrepro
