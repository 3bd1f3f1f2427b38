// dlrepro-cli dynamics: the training dynamics a --dynamics run saved — Table 3.2's statistics
// per layer and step (computed by dlrepro-tensor) and the symptoms found in them.
#include "Commands.h"

#include "dynamics/DynamicsLoader.h"
#include "dynamics/DynamicsSymptom.h"
#include "dynamics/DynamicsThresholds.h"
#include "tensor/TensorClient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace dlrepro::cli {

namespace {

QString num(double v)
{
    if (std::isnan(v))
        return QStringLiteral("-");
    return QString::number(v, 'g', 4);
}

void printLayers(const DynamicsReport &r, QTextStream &out)
{
    const int si = int(r.steps.size()) - 1;
    out << QCoreApplication::translate("cli", "Last saved step %1 (of %2 optimizer steps, %3 saved, %4):")
               .arg(r.steps.value(si))
               .arg(r.optimizerSteps)
               .arg(r.steps.size())
               .arg(r.schedule)
        << '\n';
    int width = 5;
    for (const QString &l : r.layers)
        width = std::max(width, int(l.size()));
    out << "  " << QCoreApplication::translate("cli", "layer").leftJustified(width) << "  "
        << QStringLiteral("grad_norm").rightJustified(10) << QStringLiteral("w_mean").rightJustified(11)
        << QStringLiteral("w_std").rightJustified(11) << QStringLiteral("g_zeros").rightJustified(9)
        << QStringLiteral("g_skew").rightJustified(10) << QStringLiteral("g_kurt").rightJustified(10) << '\n';
    for (int li = 0; li < r.layers.size(); ++li) {
        const LayerStepStatistics &c = r.cell(si, li);
        const TensorStatisticValues &w = c.property(DynamicsProperty::Weights);
        const TensorStatisticValues &g = c.property(DynamicsProperty::WeightGradients);
        out << "  " << r.layers.at(li).leftJustified(width) << "  " << num(c.gradNorm).rightJustified(10)
            << num(w.mean).rightJustified(11) << num(w.std).rightJustified(11)
            << num(g.zeros).rightJustified(9) << num(g.skew).rightJustified(10)
            << num(g.kurtosis).rightJustified(10) << '\n';
    }
}

} // namespace

int runDynamics(const QStringList &args, Io io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli",
        "Training dynamics of a run made with --dynamics: per layer and saved step the statistics of "
        "weights, biases and gradients (max, min, median, mean, var, std, skew, kurtosis, sparsity), "
        "gradient norms, and the symptoms found (vanishing or exploding gradients, dying ReLU, "
        "oscillating loss, slow convergence). Exit code 0; 1 when --expect names a symptom that "
        "does not show or the statistics cannot be computed; 2 on bad input."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("run-dir"),
        QCoreApplication::translate("cli", "The run's --out folder, a seed-N folder or its dynamics folder."),
        QStringLiteral("<run-dir>"));
    const QCommandLineOption json(QStringLiteral("json"), QCoreApplication::translate("cli", "Print JSON."));
    const QCommandLineOption seed(QStringLiteral("seed"),
        QCoreApplication::translate("cli", "Which seed of the run (default: the lowest with dynamics)."), QStringLiteral("n"));
    const QCommandLineOption thresholds(QStringLiteral("thresholds"),
        QCoreApplication::translate("cli", "A thresholds file like resources/knowledge/dynamics-thresholds.json."),
        QStringLiteral("file"));
    const QCommandLineOption expect(QStringLiteral("expect"),
        QCoreApplication::translate("cli", "Exit 1 unless this symptom shows (vanishing, exploding, dying, oscillating, slow); repeatable."),
        QStringLiteral("symptom"));
    parser.addOptions({json, seed, thresholds, expect});

    QStringList argv = args;
    argv.prepend(QStringLiteral("dlrepro-cli dynamics"));
    auto usage = [&](const QString &message) {
        io.err << "dlrepro-cli dynamics: " << message << '\n';
        return 2;
    };
    if (!parser.parse(argv))
        return usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        io.out << parser.helpText();
        return 0;
    }
    if (parser.positionalArguments().size() != 1)
        return usage(QCoreApplication::translate("cli", "expected one run folder (see --help)"));
    int seedNumber = -1;
    if (parser.isSet(seed)) {
        bool ok = false;
        seedNumber = parser.value(seed).toInt(&ok);
        if (!ok || seedNumber < 0)
            return usage(QCoreApplication::translate("cli", "--seed expects a number >= 0, not '%1'").arg(parser.value(seed)));
    }
    QList<DynamicsSymptomKind> expected;
    for (const QString &e : parser.values(expect)) {
        DynamicsSymptomKind k;
        if (!parseDynamicsSymptom(e, &k))
            return usage(QCoreApplication::translate("cli",
                "--expect: '%1' is no symptom (vanishing_gradients, exploding_gradients, dying_relu, oscillating_loss, slow_convergence)").arg(e));
        expected.append(k);
    }
    DynamicsThresholds limits = DynamicsThresholds::defaults();
    QString error;
    if (parser.isSet(thresholds) && !DynamicsThresholds::load(parser.value(thresholds), &limits, &error))
        return usage(error);
    const QString dir = findDynamicsDirectory(parser.positionalArguments().first(), seedNumber, &error);
    if (dir.isEmpty())
        return usage(error);

    TensorClient client;
    client.setHelperPath(TensorClient::locateHelper());
    if (client.helperPath().isEmpty()) {
        io.err << "dlrepro-cli dynamics: "
               << QCoreApplication::translate("cli", "the tensor helper dlrepro-tensor is not installed next to dlrepro-cli (or named by $DLREPRO_TENSOR)")
               << '\n';
        return 1;
    }
    DynamicsReport report;
    if (!loadDynamicsReport(&client, dir, limits.sparsityEpsilon, &report, &error)) {
        io.err << "dlrepro-cli dynamics: " << error << '\n';
        return 1;
    }
    const QList<DynamicsSymptom> symptoms = detectDynamicsSymptoms(report, limits);
    QStringList missing;
    for (DynamicsSymptomKind k : expected) {
        const bool shown = std::any_of(symptoms.begin(), symptoms.end(),
                                       [k](const DynamicsSymptom &s) { return s.kind == k; });
        if (!shown)
            missing << dynamicsSymptomName(k);
    }

    if (parser.isSet(json)) {
        QJsonArray list;
        for (const DynamicsSymptom &s : symptoms)
            list.append(s.toJson());
        QJsonObject o = report.toJson();
        o.insert(QStringLiteral("symptoms"), list);
        if (!expected.isEmpty())
            o.insert(QStringLiteral("missing_expected"), QJsonArray::fromStringList(missing));
        io.out << QJsonDocument(o).toJson(QJsonDocument::Indented);
    } else {
        io.out << QCoreApplication::translate("cli", "Dynamics: %1").arg(report.directory) << '\n';
        if (report.isEmpty())
            io.out << QCoreApplication::translate("cli", "No step was saved (did the snippet call an optimizer's step()?).") << '\n';
        else
            printLayers(report, io.out);
        if (!report.stopped.isEmpty())
            io.out << QCoreApplication::translate("cli", "Note: %1").arg(report.stopped) << '\n';
        for (const QString &e : report.errors)
            io.out << QCoreApplication::translate("cli", "Warning: %1").arg(e) << '\n';
        if (symptoms.isEmpty()) {
            io.out << QCoreApplication::translate("cli", "Symptoms: none") << '\n';
        } else {
            io.out << QCoreApplication::translate("cli", "Symptoms:") << '\n';
            for (const DynamicsSymptom &s : symptoms)
                io.out << "  " << dynamicsSymptomName(s.kind) << ": " << s.evidence << '\n';
        }
    }
    if (!missing.isEmpty()) {
        io.err << "dlrepro-cli dynamics: "
               << QCoreApplication::translate("cli", "expected but not shown: %1").arg(missing.join(QStringLiteral(", ")))
               << '\n';
        return 1;
    }
    return 0;
}

} // namespace dlrepro::cli
