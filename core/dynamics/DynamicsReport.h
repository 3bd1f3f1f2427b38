#pragma once
// The training dynamics of one run: Table 3.2's statistics per layer, saved step and property,
// the gradient norms, and the loss series; built from dlrepro-tensor's "dynamics" answer
// (docs/dynamics.md). No torch here.

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <array>
#include <cmath>

namespace dlrepro {

enum class DynamicsProperty { Weights, Biases, WeightGradients, BiasGradients };
constexpr int kDynamicsPropertyCount = 4;

// Table 3.2's operators, the exact-zero fraction (dying ReLU) and the layer's gradient norm.
enum class DynamicsStatistic { Max, Min, Median, Mean, Var, Std, Skew, Kurtosis, Sparsity, Zeros, GradientNorm };
constexpr int kDynamicsStatisticCount = 11;

QString dynamicsPropertyId(DynamicsProperty p);   // weights, biases, weight_grads, bias_grads
QString dynamicsPropertyName(DynamicsProperty p); // translated
QString dynamicsStatisticId(DynamicsStatistic s); // max, …, kurtosis, sparsity, zeros, grad_norm
QString dynamicsStatisticName(DynamicsStatistic s);
bool parseDynamicsProperty(const QString &id, DynamicsProperty *out);
bool parseDynamicsStatistic(const QString &id, DynamicsStatistic *out);

struct TensorStatisticValues {
    bool present = false;
    qint64 count = 0, nan = 0, inf = 0;
    // NaN where the helper had no finite value (JSON null).
    double max = std::nan(""), min = std::nan(""), median = std::nan(""), mean = std::nan("");
    double var = std::nan(""), std = std::nan(""), skew = std::nan(""), kurtosis = std::nan("");
    double sparsity = std::nan(""), zeros = std::nan("");
};

struct LayerStepStatistics {
    bool present = false;       // the layer was saved at this step
    bool hasGradient = false;
    bool gradientNonFinite = false; // some weight gradient was NaN or Inf
    double gradNorm = std::nan(""); // exact L2 norm over all its gradients; NaN: none or non-finite
    double weightGradNorm = std::nan("");
    double biasGradNorm = std::nan("");
    qint64 weightCount = 0, biasCount = 0;
    std::array<TensorStatisticValues, kDynamicsPropertyCount> properties;

    const TensorStatisticValues &property(DynamicsProperty p) const { return properties[int(p)]; }
};

struct LossPoint {
    int step = 0;
    double value = std::nan(""); // NaN/Inf when the loss was not finite
};

class DynamicsReport
{
public:
    QString directory;     // the dynamics folder
    QString schedule;      // "every 1 steps", "per epoch"
    int optimizerSteps = 0;
    QStringList layers;    // model order: the first is the input side
    QList<int> steps;      // saved optimizer steps, ascending
    QList<int> epochs;     // per saved step
    QList<QList<LayerStepStatistics>> cells; // [step index][layer index]
    QList<LossPoint> losses; // per optimizer step, from backward() (or the run's "loss" metric)
    QString lossSource;      // "backward", "metric" or empty
    QString stopped;         // why capturing stopped early (size budget), else empty
    QStringList sampledLayers;
    QStringList errors;      // step files the helper could not read, capture errors

    bool isEmpty() const { return steps.isEmpty(); }
    int layerIndex(const QString &layer) const { return layers.indexOf(layer); }
    const LayerStepStatistics &cell(int stepIndex, int layerIndex) const;
    // NaN when missing.
    double value(int stepIndex, int layerIndex, DynamicsProperty p, DynamicsStatistic s) const;
    QList<double> series(int layerIndex, DynamicsProperty p, DynamicsStatistic s) const;

    // From the helper's "dynamics" result. False with *error when it is not one.
    static bool fromHelperResult(const QJsonObject &result, DynamicsReport *out, QString *error);
    QJsonObject toJson() const; // the CLI's --json "report" part
};

double tensorStatistic(const TensorStatisticValues &v, DynamicsStatistic s);

} // namespace dlrepro
