#pragma once

#include "Report.h"
#include "domain/InformationCategory.h"

#include <QList>
#include <QString>
#include <cmath>
#include <optional>

namespace dlrepro {

// The kinds of fact extraction finds in a report. Each points at the text it came from.
enum class FactKind {
    Error,           // name: short exception type; value: message; detail: qualified type
    Metric,          // name: "accuracy"/"loss"/…; number+unit: reported value; detail: context
    Shape,           // value: "(300, 5, 720)"; name: the variable it describes, if said
    DataType,        // value: "float32"
    ValueRange,      // value: "[60, 70]"; number: low; detail: high
    Target,          // value: "binary (0/1 output)", "between 1 and 3"
    SequenceLength,  // number
    Dataset,         // name: canonical dataset name ("MNIST")
    Architecture,    // name: "LSTM", "CNN", "logistic regression", …
    Layers,          // value: "two hidden layers with 12 and 3 nodes"; detail: widths "12,3"
    Activation,      // name: "relu"
    Hyperparameter,  // name: batch_size/epochs/learning_rate/optimizer/loss; value
    Framework,       // name: pytorch/tensorflow/keras/jax/sklearn; detail: how it was detected
    FrameworkVersion,// name: framework or library; value: version
    PythonVersion,   // value
    Gpu,             // value: the GPU/CUDA mention ("CUDA 11.2", "RTX 3090", "cuda out of memory")
};

QString factKindId(FactKind kind);   // error, metric, shape, dtype, range, target, ...
QString factKindName(FactKind kind); // translatable
bool parseFactKind(const QString &id, FactKind *out);
QList<FactKind> allFactKinds();

// The information category a fact is evidence for (Error/Metric → Logs, Shape → Data, …);
// empty for environment facts, which the study does not count as a category.
std::optional<InformationCategory> factCategory(FactKind kind);

struct Fact {
    FactKind kind = FactKind::Error;
    QString name;
    QString value;
    double number = std::nan("");
    QString unit;
    QString detail;
    TextSpan span; // in Report::body.text; invalid when the fact came from elsewhere (tags, title)
    double confidence = 1.0;

    bool hasNumber() const { return !std::isnan(number); }
};

} // namespace dlrepro
