#include "Fact.h"

#include <QCoreApplication>

namespace dlrepro {

namespace {
struct Row {
    FactKind kind;
    const char *id;
    const char *name;
};
constexpr Row kRows[] = {
    {FactKind::Error, "error", QT_TRANSLATE_NOOP("FactKind", "Error")},
    {FactKind::Metric, "metric", QT_TRANSLATE_NOOP("FactKind", "Metric")},
    {FactKind::Shape, "shape", QT_TRANSLATE_NOOP("FactKind", "Shape")},
    {FactKind::DataType, "dtype", QT_TRANSLATE_NOOP("FactKind", "Data type")},
    {FactKind::ValueRange, "range", QT_TRANSLATE_NOOP("FactKind", "Value range")},
    {FactKind::Target, "target", QT_TRANSLATE_NOOP("FactKind", "Target")},
    {FactKind::SequenceLength, "sequence_length", QT_TRANSLATE_NOOP("FactKind", "Sequence length")},
    {FactKind::Dataset, "dataset", QT_TRANSLATE_NOOP("FactKind", "Dataset")},
    {FactKind::Architecture, "architecture", QT_TRANSLATE_NOOP("FactKind", "Architecture")},
    {FactKind::Layers, "layers", QT_TRANSLATE_NOOP("FactKind", "Layers")},
    {FactKind::Activation, "activation", QT_TRANSLATE_NOOP("FactKind", "Activation")},
    {FactKind::Hyperparameter, "hyperparameter", QT_TRANSLATE_NOOP("FactKind", "Hyperparameter")},
    {FactKind::Framework, "framework", QT_TRANSLATE_NOOP("FactKind", "Framework")},
    {FactKind::FrameworkVersion, "framework_version", QT_TRANSLATE_NOOP("FactKind", "Version")},
    {FactKind::PythonVersion, "python_version", QT_TRANSLATE_NOOP("FactKind", "Python version")},
    {FactKind::Gpu, "gpu", QT_TRANSLATE_NOOP("FactKind", "GPU")},
};
} // namespace

QString factKindId(FactKind kind)
{
    for (const auto &r : kRows)
        if (r.kind == kind)
            return QString::fromLatin1(r.id);
    return QString();
}

QString factKindName(FactKind kind)
{
    for (const auto &r : kRows)
        if (r.kind == kind)
            return QCoreApplication::translate("FactKind", r.name);
    return QString();
}

bool parseFactKind(const QString &id, FactKind *out)
{
    for (const auto &r : kRows)
        if (id == QLatin1String(r.id)) {
            *out = r.kind;
            return true;
        }
    return false;
}

QList<FactKind> allFactKinds()
{
    QList<FactKind> kinds;
    for (const auto &r : kRows)
        kinds << r.kind;
    return kinds;
}

std::optional<InformationCategory> factCategory(FactKind kind)
{
    switch (kind) {
    case FactKind::Error:
    case FactKind::Metric:
        return InformationCategory::Logs;
    case FactKind::Shape:
    case FactKind::DataType:
    case FactKind::ValueRange:
    case FactKind::Target:
    case FactKind::SequenceLength:
    case FactKind::Dataset:
        return InformationCategory::Data;
    case FactKind::Architecture:
    case FactKind::Layers:
    case FactKind::Activation:
        return InformationCategory::Model;
    case FactKind::Hyperparameter:
        return InformationCategory::Hyperparameters;
    case FactKind::Framework:
    case FactKind::FrameworkVersion:
    case FactKind::PythonVersion:
    case FactKind::Gpu:
        return std::nullopt;
    }
    return std::nullopt;
}

} // namespace dlrepro
