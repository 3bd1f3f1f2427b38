#include "dynamics/DynamicsThresholds.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace dlrepro {

namespace {

void take(const QJsonObject &group, const char *key, double *target)
{
    const QJsonValue v = group.value(QLatin1String(key));
    if (v.isDouble())
        *target = v.toDouble();
}

void take(const QJsonObject &group, const char *key, int *target)
{
    const QJsonValue v = group.value(QLatin1String(key));
    if (v.isDouble())
        *target = v.toInt();
}

} // namespace

DynamicsThresholds DynamicsThresholds::defaults()
{
    DynamicsThresholds t;
    QFile f(QStringLiteral(":/dlrepro/knowledge/dynamics-thresholds.json"));
    if (f.open(QIODevice::ReadOnly))
        fromJson(f.readAll(), f.fileName(), &t, nullptr); // the built-in values match the file
    return t;
}

bool DynamicsThresholds::load(const QString &path, DynamicsThresholds *out, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QCoreApplication::translate("Dynamics", "cannot read the thresholds file %1: %2")
                         .arg(path, f.errorString());
        return false;
    }
    return fromJson(f.readAll(), path, out, error);
}

bool DynamicsThresholds::fromJson(const QByteArray &data, const QString &origin,
                                  DynamicsThresholds *out, QString *error)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &pe);
    if (!doc.isObject()) {
        if (error)
            *error = QCoreApplication::translate("Dynamics", "the thresholds file %1 is not a JSON object: %2")
                         .arg(origin, pe.errorString());
        return false;
    }
    const QJsonObject o = doc.object();
    DynamicsThresholds t = *out;
    const QJsonObject v = o.value(QLatin1String("vanishing_gradients")).toObject();
    take(v, "max_norm_ratio", &t.vanishingMaxNormRatio);
    take(v, "max_first_layer_norm", &t.vanishingMaxFirstNorm);
    take(v, "min_fraction_of_steps", &t.vanishingMinStepFraction);
    const QJsonObject e = o.value(QLatin1String("exploding_gradients")).toObject();
    take(e, "min_norm_ratio", &t.explodingMinNormRatio);
    take(e, "min_fraction_of_steps", &t.explodingMinStepFraction);
    if (e.value(QLatin1String("nonfinite")).isBool())
        t.explodingOnNonFinite = e.value(QLatin1String("nonfinite")).toBool();
    const QJsonObject d = o.value(QLatin1String("dying_relu")).toObject();
    take(d, "min_zero_gradient_fraction", &t.dyingMinZeroFraction);
    take(d, "min_fraction_of_steps", &t.dyingMinStepFraction);
    const QJsonObject osc = o.value(QLatin1String("oscillating_loss")).toObject();
    take(osc, "min_points", &t.oscillatingMinPoints);
    take(osc, "min_direction_change_fraction", &t.oscillatingMinDirectionChanges);
    take(osc, "min_relative_amplitude", &t.oscillatingMinRelativeAmplitude);
    const QJsonObject s = o.value(QLatin1String("slow_convergence")).toObject();
    take(s, "min_points", &t.slowMinPoints);
    take(s, "max_relative_decrease", &t.slowMaxRelativeDecrease);
    take(o, "sparsity_epsilon", &t.sparsityEpsilon);
    *out = t;
    return true;
}

} // namespace dlrepro
