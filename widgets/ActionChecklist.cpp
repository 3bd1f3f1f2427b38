#include "ActionChecklist.h"

#include <QCoreApplication>
#include <QStringList>

namespace dlrepro {

namespace {

QStringList factValues(const Inspection &inspection, FactKind kind, int max = 3)
{
    QStringList out;
    for (const Fact &f : inspection.facts) {
        if (f.kind != kind)
            continue;
        QString v = f.name.isEmpty() ? f.value : (f.value.isEmpty() || f.value == f.name ? f.name : f.name + QLatin1Char(' ') + f.value);
        v = v.simplified();
        if (!v.isEmpty() && !out.contains(v))
            out << v;
        if (out.size() >= max)
            break;
    }
    return out;
}

} // namespace

QString actionChecklist(EditAction action, const Inspection &inspection)
{
    QStringList steps;
    switch (action) {
    case EditAction::InputDataGeneration: {
        steps << QCoreApplication::translate("dlrepro::ActionChecklist", "Generate input data the snippet can run on (random tensors, a tiny array).");
        const QStringList shapes = factValues(inspection, FactKind::Shape);
        if (!shapes.isEmpty())
            steps << QCoreApplication::translate("dlrepro::ActionChecklist", "Use the shapes the report gives: %1").arg(shapes.join(QStringLiteral(", ")));
        const QStringList types = factValues(inspection, FactKind::DataType);
        if (!types.isEmpty())
            steps << QCoreApplication::translate("dlrepro::ActionChecklist", "Use the data types the report gives: %1").arg(types.join(QStringLiteral(", ")));
        steps << QCoreApplication::translate("dlrepro::ActionChecklist", "Match the value range and the labels' form (classes, one-hot).");
        break;
    }
    case EditAction::NeuralNetworkConstruction: {
        steps << QCoreApplication::translate("dlrepro::ActionChecklist", "Define the model the report describes where the snippet leaves it out.");
        const QStringList arch = factValues(inspection, FactKind::Architecture);
        if (!arch.isEmpty())
            steps << QCoreApplication::translate("dlrepro::ActionChecklist", "Architecture named in the report: %1").arg(arch.join(QStringLiteral(", ")));
        const QStringList layers = factValues(inspection, FactKind::Layers);
        if (!layers.isEmpty())
            steps << QCoreApplication::translate("dlrepro::ActionChecklist", "Layers: %1").arg(layers.join(QStringLiteral("; ")));
        break;
    }
    case EditAction::HyperparameterInitialization: {
        steps << QCoreApplication::translate("dlrepro::ActionChecklist", "Set every hyperparameter the snippet uses but never defines.");
        const QStringList hp = factValues(inspection, FactKind::Hyperparameter, 6);
        if (!hp.isEmpty())
            steps << QCoreApplication::translate("dlrepro::ActionChecklist", "Values from the report: %1").arg(hp.join(QStringLiteral(", ")));
        break;
    }
    case EditAction::ImportAddition:
        steps << QCoreApplication::translate("dlrepro::ActionChecklist", "Add the imports the snippet needs (torch, torch.nn, numpy, …).")
              << QCoreApplication::translate("dlrepro::ActionChecklist", "Install missing packages in the chosen environment.");
        break;
    case EditAction::Logging:
        steps << QCoreApplication::translate("dlrepro::ActionChecklist", "Print the values that show the bug: shapes before the failing call, the metric per epoch.")
              << QCoreApplication::translate("dlrepro::ActionChecklist", "Report a metric with print(f\"accuracy={acc}\") so that Verify can read it.");
        break;
    case EditAction::ObsoleteParameterRemoval:
        steps << QCoreApplication::translate("dlrepro::ActionChecklist", "Remove or rename arguments the installed framework no longer accepts.");
        break;
    case EditAction::CompilerErrorResolution:
        steps << QCoreApplication::translate("dlrepro::ActionChecklist", "Fix syntax and name errors that keep the snippet from reaching the bug.")
              << QCoreApplication::translate("dlrepro::ActionChecklist", "Replace placeholders (…, <your data>) with real values.");
        break;
    case EditAction::DatasetProcurement: {
        const QStringList data = factValues(inspection, FactKind::Dataset);
        steps << (data.isEmpty() ? QCoreApplication::translate("dlrepro::ActionChecklist", "Get the dataset the report uses, or a small stand-in of the same form.")
                                 : QCoreApplication::translate("dlrepro::ActionChecklist", "Get the dataset the report uses: %1").arg(data.join(QStringLiteral(", "))));
        break;
    }
    case EditAction::DownloadingModels:
        steps << QCoreApplication::translate("dlrepro::ActionChecklist", "Download the pretrained model or tokenizer the snippet loads (name and version).");
        break;
    case EditAction::VersionMigration: {
        QStringList versions = factValues(inspection, FactKind::FrameworkVersion);
        versions << factValues(inspection, FactKind::PythonVersion, 1);
        steps << QCoreApplication::translate("dlrepro::ActionChecklist", "Move the snippet to the installed framework version (renamed APIs, changed defaults).");
        if (!versions.isEmpty())
            steps << QCoreApplication::translate("dlrepro::ActionChecklist", "Versions in the report: %1").arg(versions.join(QStringLiteral(", ")));
        break;
    }
    }
    QString out = QStringLiteral("# ") + QCoreApplication::translate("dlrepro::ActionChecklist", "TODO %1:").arg(editActionName(action)) + QLatin1Char('\n');
    for (const QString &s : std::as_const(steps))
        out += QStringLiteral("#   [ ] ") + s + QLatin1Char('\n');
    return out;
}

QString insertChecklist(const QString &code, const QString &checklist)
{
    // Keep a shebang and a coding declaration on top: Python reads them only there.
    qsizetype at = 0;
    for (int i = 0; i < 2; ++i) {
        const qsizetype end = code.indexOf(QLatin1Char('\n'), at);
        const QString line = code.mid(at, end < 0 ? -1 : end - at);
        if (!(line.startsWith(QLatin1String("#!")) || (line.startsWith(QLatin1Char('#')) && line.contains(QLatin1String("coding")))))
            break;
        at = end < 0 ? code.size() : end + 1;
    }
    QString out = code;
    out.insert(at, checklist + (code.isEmpty() ? QString() : QStringLiteral("\n")));
    return out;
}

} // namespace dlrepro
