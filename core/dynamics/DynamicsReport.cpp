#include "dynamics/DynamicsReport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QMap>

namespace dlrepro {

namespace {

const char *const kPropertyIds[] = {"weights", "biases", "weight_grads", "bias_grads"};
const char *const kStatisticIds[] = {"max", "min", "median", "mean", "var", "std",
                                     "skew", "kurtosis", "sparsity", "zeros", "grad_norm"};

double number(const QJsonValue &v)
{
    return v.isDouble() ? v.toDouble() : std::nan("");
}

QJsonValue jsonNumber(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null);
}

TensorStatisticValues statisticsFrom(const QJsonObject &o)
{
    TensorStatisticValues v;
    v.present = true;
    v.count = o.value(QLatin1String("count")).toInteger();
    v.nan = o.value(QLatin1String("nan")).toInteger();
    v.inf = o.value(QLatin1String("inf")).toInteger();
    v.max = number(o.value(QLatin1String("max")));
    v.min = number(o.value(QLatin1String("min")));
    v.median = number(o.value(QLatin1String("median")));
    v.mean = number(o.value(QLatin1String("mean")));
    v.var = number(o.value(QLatin1String("var")));
    v.std = number(o.value(QLatin1String("std")));
    v.skew = number(o.value(QLatin1String("skew")));
    v.kurtosis = number(o.value(QLatin1String("kurtosis")));
    v.sparsity = number(o.value(QLatin1String("sparsity")));
    v.zeros = number(o.value(QLatin1String("zeros")));
    return v;
}

QJsonObject statisticsJson(const TensorStatisticValues &v)
{
    QJsonObject o{{QStringLiteral("count"), v.count}, {QStringLiteral("nan"), v.nan},
                  {QStringLiteral("inf"), v.inf}};
    for (int s = 0; s < int(DynamicsStatistic::GradientNorm); ++s)
        o.insert(QLatin1String(kStatisticIds[s]), jsonNumber(tensorStatistic(v, DynamicsStatistic(s))));
    return o;
}

} // namespace

QString dynamicsPropertyId(DynamicsProperty p)
{
    return QLatin1String(kPropertyIds[int(p)]);
}

QString dynamicsPropertyName(DynamicsProperty p)
{
    switch (p) {
    case DynamicsProperty::Weights: return QCoreApplication::translate("Dynamics", "weights");
    case DynamicsProperty::Biases: return QCoreApplication::translate("Dynamics", "biases");
    case DynamicsProperty::WeightGradients: return QCoreApplication::translate("Dynamics", "weight gradients");
    case DynamicsProperty::BiasGradients: return QCoreApplication::translate("Dynamics", "bias gradients");
    }
    return {};
}

QString dynamicsStatisticId(DynamicsStatistic s)
{
    return QLatin1String(kStatisticIds[int(s)]);
}

QString dynamicsStatisticName(DynamicsStatistic s)
{
    switch (s) {
    case DynamicsStatistic::Max: return QCoreApplication::translate("Dynamics", "max");
    case DynamicsStatistic::Min: return QCoreApplication::translate("Dynamics", "min");
    case DynamicsStatistic::Median: return QCoreApplication::translate("Dynamics", "median");
    case DynamicsStatistic::Mean: return QCoreApplication::translate("Dynamics", "mean");
    case DynamicsStatistic::Var: return QCoreApplication::translate("Dynamics", "variance");
    case DynamicsStatistic::Std: return QCoreApplication::translate("Dynamics", "standard deviation");
    case DynamicsStatistic::Skew: return QCoreApplication::translate("Dynamics", "skewness");
    case DynamicsStatistic::Kurtosis: return QCoreApplication::translate("Dynamics", "kurtosis");
    case DynamicsStatistic::Sparsity: return QCoreApplication::translate("Dynamics", "sparsity");
    case DynamicsStatistic::Zeros: return QCoreApplication::translate("Dynamics", "exact zeros");
    case DynamicsStatistic::GradientNorm: return QCoreApplication::translate("Dynamics", "gradient norm");
    }
    return {};
}

bool parseDynamicsProperty(const QString &id, DynamicsProperty *out)
{
    for (int i = 0; i < kDynamicsPropertyCount; ++i) {
        if (id == QLatin1String(kPropertyIds[i])) {
            *out = DynamicsProperty(i);
            return true;
        }
    }
    return false;
}

bool parseDynamicsStatistic(const QString &id, DynamicsStatistic *out)
{
    for (int i = 0; i < kDynamicsStatisticCount; ++i) {
        if (id == QLatin1String(kStatisticIds[i])) {
            *out = DynamicsStatistic(i);
            return true;
        }
    }
    return false;
}

double tensorStatistic(const TensorStatisticValues &v, DynamicsStatistic s)
{
    if (!v.present)
        return std::nan("");
    switch (s) {
    case DynamicsStatistic::Max: return v.max;
    case DynamicsStatistic::Min: return v.min;
    case DynamicsStatistic::Median: return v.median;
    case DynamicsStatistic::Mean: return v.mean;
    case DynamicsStatistic::Var: return v.var;
    case DynamicsStatistic::Std: return v.std;
    case DynamicsStatistic::Skew: return v.skew;
    case DynamicsStatistic::Kurtosis: return v.kurtosis;
    case DynamicsStatistic::Sparsity: return v.sparsity;
    case DynamicsStatistic::Zeros: return v.zeros;
    case DynamicsStatistic::GradientNorm: return std::nan("");
    }
    return std::nan("");
}

const LayerStepStatistics &DynamicsReport::cell(int stepIndex, int layerIndex) const
{
    static const LayerStepStatistics empty;
    if (stepIndex < 0 || stepIndex >= cells.size() || layerIndex < 0
        || layerIndex >= cells.at(stepIndex).size())
        return empty;
    return cells.at(stepIndex).at(layerIndex);
}

double DynamicsReport::value(int stepIndex, int layerIndex, DynamicsProperty p, DynamicsStatistic s) const
{
    const LayerStepStatistics &c = cell(stepIndex, layerIndex);
    if (!c.present)
        return std::nan("");
    if (s == DynamicsStatistic::GradientNorm) {
        switch (p) {
        case DynamicsProperty::WeightGradients: return c.weightGradNorm;
        case DynamicsProperty::BiasGradients: return c.biasGradNorm;
        default: return c.gradNorm;
        }
    }
    return tensorStatistic(c.property(p), s);
}

QList<double> DynamicsReport::series(int layerIndex, DynamicsProperty p, DynamicsStatistic s) const
{
    QList<double> out;
    out.reserve(steps.size());
    for (int i = 0; i < steps.size(); ++i)
        out.append(value(i, layerIndex, p, s));
    return out;
}

bool DynamicsReport::fromHelperResult(const QJsonObject &result, DynamicsReport *out, QString *error)
{
    if (!result.value(QLatin1String("records")).isArray()) {
        if (error)
            *error = QCoreApplication::translate("Dynamics", "the helper's answer holds no step records");
        return false;
    }
    DynamicsReport r;
    r.directory = result.value(QLatin1String("dir")).toString();
    r.schedule = result.value(QLatin1String("schedule")).toString();
    r.optimizerSteps = result.value(QLatin1String("optimizer_steps")).toInt();
    r.stopped = result.value(QLatin1String("stopped")).toString();
    for (const QJsonValue &v : result.value(QLatin1String("layers")).toArray())
        r.layers.append(v.toString());
    for (const QJsonValue &v : result.value(QLatin1String("sampled_layers")).toArray())
        r.sampledLayers.append(v.toString());
    for (const char *key : {"errors", "capture_errors"})
        for (const QJsonValue &v : result.value(QLatin1String(key)).toArray())
            r.errors.append(v.toString());

    // Records in step order; a layer missing from index.json's list (a run killed before the
    // last index write) is appended in file order.
    QMap<int, QJsonObject> byStep;
    for (const QJsonValue &v : result.value(QLatin1String("records")).toArray()) {
        const QJsonObject rec = v.toObject();
        byStep.insert(rec.value(QLatin1String("step")).toInt(), rec);
        for (const QJsonValue &name : rec.value(QLatin1String("order")).toArray())
            if (!r.layers.contains(name.toString()))
                r.layers.append(name.toString());
    }
    for (auto it = byStep.cbegin(); it != byStep.cend(); ++it) {
        const QJsonObject layers = it.value().value(QLatin1String("layers")).toObject();
        QList<LayerStepStatistics> row(r.layers.size());
        for (int li = 0; li < r.layers.size(); ++li) {
            const QJsonValue lv = layers.value(r.layers.at(li));
            if (!lv.isObject())
                continue;
            const QJsonObject lo = lv.toObject();
            LayerStepStatistics &c = row[li];
            c.present = true;
            c.hasGradient = lo.value(QLatin1String("has_grad")).toBool();
            c.gradientNonFinite = lo.value(QLatin1String("grad_nonfinite")).toBool();
            c.gradNorm = number(lo.value(QLatin1String("grad_norm")));
            c.weightGradNorm = number(lo.value(QLatin1String("weight_grad_norm")));
            c.biasGradNorm = number(lo.value(QLatin1String("bias_grad_norm")));
            c.weightCount = lo.value(QLatin1String("numel_weights")).toInteger();
            c.biasCount = lo.value(QLatin1String("numel_biases")).toInteger();
            for (int p = 0; p < kDynamicsPropertyCount; ++p) {
                const QJsonValue pv = lo.value(QLatin1String(kPropertyIds[p]));
                if (pv.isObject())
                    c.properties[p] = statisticsFrom(pv.toObject());
            }
            if (c.hasGradient && !std::isfinite(c.gradNorm))
                c.gradientNonFinite = true;
        }
        r.steps.append(it.key());
        r.epochs.append(it.value().value(QLatin1String("epoch")).toInt());
        r.cells.append(row);
    }
    for (const QJsonValue &v : result.value(QLatin1String("losses")).toArray()) {
        const QJsonObject o = v.toObject();
        LossPoint p;
        p.step = o.value(QLatin1String("step")).toInt();
        if (o.value(QLatin1String("value")).isDouble()) {
            p.value = o.value(QLatin1String("value")).toDouble();
        } else {
            const QString nf = o.value(QLatin1String("nonfinite")).toString();
            p.value = nf.contains(QLatin1String("inf"))
                ? (nf.startsWith(QLatin1Char('-')) ? -INFINITY : INFINITY)
                : std::nan("");
        }
        r.losses.append(p);
    }
    if (!r.losses.isEmpty())
        r.lossSource = QStringLiteral("backward");
    *out = r;
    return true;
}

QJsonObject DynamicsReport::toJson() const
{
    QJsonArray records;
    for (int si = 0; si < steps.size(); ++si) {
        QJsonObject layersJson;
        for (int li = 0; li < layers.size(); ++li) {
            const LayerStepStatistics &c = cell(si, li);
            if (!c.present)
                continue;
            QJsonObject lo{{QStringLiteral("grad_norm"), jsonNumber(c.gradNorm)},
                           {QStringLiteral("weight_grad_norm"), jsonNumber(c.weightGradNorm)},
                           {QStringLiteral("bias_grad_norm"), jsonNumber(c.biasGradNorm)},
                           {QStringLiteral("has_grad"), c.hasGradient},
                           {QStringLiteral("grad_nonfinite"), c.gradientNonFinite},
                           {QStringLiteral("numel_weights"), c.weightCount},
                           {QStringLiteral("numel_biases"), c.biasCount}};
            for (int p = 0; p < kDynamicsPropertyCount; ++p)
                if (c.properties[p].present)
                    lo.insert(QLatin1String(kPropertyIds[p]), statisticsJson(c.properties[p]));
            layersJson.insert(layers.at(li), lo);
        }
        records.append(QJsonObject{{QStringLiteral("step"), steps.at(si)},
                                   {QStringLiteral("epoch"), epochs.value(si)},
                                   {QStringLiteral("layers"), layersJson}});
    }
    QJsonArray lossJson;
    for (const LossPoint &p : losses)
        lossJson.append(QJsonObject{{QStringLiteral("step"), p.step},
                                    {QStringLiteral("value"), jsonNumber(p.value)}});
    return QJsonObject{{QStringLiteral("directory"), directory},
                       {QStringLiteral("schedule"), schedule},
                       {QStringLiteral("optimizer_steps"), optimizerSteps},
                       {QStringLiteral("layers"), QJsonArray::fromStringList(layers)},
                       {QStringLiteral("records"), records},
                       {QStringLiteral("losses"), lossJson},
                       {QStringLiteral("loss_source"), lossSource},
                       {QStringLiteral("stopped"), stopped},
                       {QStringLiteral("sampled_layers"), QJsonArray::fromStringList(sampledLayers)},
                       {QStringLiteral("errors"), QJsonArray::fromStringList(errors)}};
}

} // namespace dlrepro
