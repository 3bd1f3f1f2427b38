// dlrepro-cli glm: a binomial GLM (logit link) of a CSV's columns, printed like Table 4.11.
#include "Commands.h"

#include "stats/Glm.h"
#include "stats/TableFormat.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace dlrepro::cli {

namespace {

QJsonValue number(double v) { return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null); }

QStringList splitList(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty())
            out << part.trimmed();
    return out;
}

QJsonObject fitToJson(const GlmFit &fit)
{
    QJsonArray terms;
    for (const GlmTerm &t : fit.terms) {
        QJsonObject o;
        o.insert(QLatin1String("name"), t.name);
        o.insert(QLatin1String("estimate"), number(t.estimate));
        o.insert(QLatin1String("stdError"), number(t.stdError));
        o.insert(QLatin1String("z"), number(t.z));
        o.insert(QLatin1String("p"), number(t.p));
        o.insert(QLatin1String("ciLow"), number(t.ciLow));
        o.insert(QLatin1String("ciHigh"), number(t.ciHigh));
        o.insert(QLatin1String("oddsRatio"), number(t.oddsRatio));
        o.insert(QLatin1String("aliased"), t.aliased);
        terms.append(o);
    }
    QJsonObject o;
    o.insert(QLatin1String("terms"), terms);
    o.insert(QLatin1String("converged"), fit.converged);
    o.insert(QLatin1String("iterations"), fit.iterations);
    o.insert(QLatin1String("perfectSeparation"), fit.perfectSeparation);
    o.insert(QLatin1String("rank"), fit.rank);
    o.insert(QLatin1String("aliasedColumns"), QJsonArray::fromStringList(fit.aliasedColumns));
    o.insert(QLatin1String("observations"), fit.observations);
    o.insert(QLatin1String("residualDf"), fit.residualDf);
    o.insert(QLatin1String("deviance"), number(fit.deviance));
    o.insert(QLatin1String("nullDeviance"), number(fit.nullDeviance));
    o.insert(QLatin1String("logLikelihood"), number(fit.logLikelihood));
    o.insert(QLatin1String("aic"), number(fit.aic));
    return o;
}

} // namespace

int runGlm(const QStringList &args, Io io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Fit a binomial GLM with logit link by IRLS to a CSV (a header row, one row per observation), as\n"
               "statsmodels' sm.GLM(y, X, family=Binomial()).fit() does, and print estimate, std. error, z, p\n"
               "(normal), 95% CI and odds ratio per term (Table 4.11). A rank-deficient design (e.g. every level's\n"
               "dummy next to the intercept) gets the minimum-norm (pseudo-inverse) solution and its aliased\n"
               "columns are named. Exit status 1 when the fit did not converge or separates the data perfectly."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("csv"), QCoreApplication::translate("cli", "The data."), QStringLiteral("<csv>"));
    const QCommandLineOption response(QStringLiteral("response"), QCoreApplication::translate("cli", "The 0/1 response column."),
                                      QStringLiteral("Y"));
    const QCommandLineOption terms(QStringLiteral("terms"), QCoreApplication::translate("cli", "The predictor columns, in order."),
                                   QStringLiteral("a,b,c"));
    const QCommandLineOption dummies(QStringLiteral("dummies"),
                                     QCoreApplication::translate("cli", "Terms that are categorical: one 0/1 column per level, named <column>_<level>."),
                                     QStringLiteral("col,..."));
    const QCommandLineOption keepAll(QStringLiteral("keep-all-dummies"),
                                     QCoreApplication::translate("cli", "Keep every level's dummy next to the intercept, as the thesis's model did "
                                                                        "(default: the first level is the reference)."));
    const QCommandLineOption noIntercept(QStringLiteral("no-intercept"), QCoreApplication::translate("cli", "Fit without an intercept."));
    const QCommandLineOption maxIterations(QStringLiteral("max-iterations"), QCoreApplication::translate("cli", "IRLS iteration limit (default 100)."),
                                           QStringLiteral("N"));
    const QCommandLineOption json(QStringLiteral("json"), QCoreApplication::translate("cli", "Print JSON."));
    const QCommandLineOption format(QStringLiteral("format"), QCoreApplication::translate("cli", "The table as text (default), csv, markdown or latex."),
                                    QStringLiteral("format"));
    parser.addOptions({response, terms, dummies, keepAll, noIntercept, maxIterations, json, format});

    QStringList argv = args;
    argv.prepend(QStringLiteral("dlrepro-cli glm"));
    auto usage = [&](const QString &message) {
        io.err << "dlrepro-cli glm: " << message << '\n';
        return 2;
    };
    if (!parser.parse(argv))
        return usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        io.out << parser.helpText();
        return 0;
    }
    const QStringList inputs = parser.positionalArguments();
    if (inputs.size() != 1)
        return usage(QCoreApplication::translate("cli", "expected one CSV file (see --help)"));
    if (!parser.isSet(response))
        return usage(QCoreApplication::translate("cli", "--response is required"));
    if (!parser.isSet(terms) && parser.isSet(noIntercept))
        return usage(QCoreApplication::translate("cli", "--terms is required without an intercept"));
    const QString fmt = parser.isSet(format) ? parser.value(format).toLower() : QStringLiteral("text");
    if (!QStringList{QStringLiteral("text"), QStringLiteral("csv"), QStringLiteral("markdown"), QStringLiteral("latex")}.contains(fmt))
        return usage(QCoreApplication::translate("cli", "--format expects text, csv, markdown or latex, not '%1'").arg(parser.value(format)));
    if (parser.isSet(json) && parser.isSet(format))
        return usage(QCoreApplication::translate("cli", "--json and --format exclude each other"));
    GlmOptions options;
    if (parser.isSet(maxIterations)) {
        bool ok = false;
        options.maxIterations = parser.value(maxIterations).toInt(&ok);
        if (!ok || options.maxIterations < 1 || options.maxIterations > 100000)
            return usage(QCoreApplication::translate("cli", "--max-iterations expects a whole number from 1 to 100000, not '%1'")
                             .arg(parser.value(maxIterations)));
    }

    const QString path = inputs.first();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return usage(QCoreApplication::translate("cli", "cannot read %1: %2").arg(path, file.errorString()));
    DataTable table;
    QString error;
    if (!readDataTableCsv(file.readAll(), &table, &error))
        return usage(path + QLatin1String(": ") + error);
    GlmFormula formula;
    formula.response = parser.value(response).trimmed();
    formula.terms = splitList(parser.value(terms));
    formula.dummies = splitList(parser.value(dummies));
    formula.keepAllDummies = parser.isSet(keepAll);
    formula.intercept = !parser.isSet(noIntercept);
    DesignMatrix x;
    std::vector<double> y;
    if (!buildGlmDesign(table, formula, &x, &y, &error))
        return usage(path + QLatin1String(": ") + error);
    GlmFit fit;
    if (!fitBinomialGlm(x, y, options, &fit, &error))
        return usage(path + QLatin1String(": ") + error);

    const bool trouble = !fit.converged || fit.perfectSeparation;
    if (parser.isSet(json)) {
        io.out << QJsonDocument(fitToJson(fit)).toJson(QJsonDocument::Indented);
        return trouble ? 1 : 0;
    }
    const TextTable t = glmTable(fit);
    if (fmt == QLatin1String("csv"))
        io.out << toCsv(t);
    else if (fmt == QLatin1String("markdown"))
        io.out << toMarkdown(t);
    else if (fmt == QLatin1String("latex"))
        io.out << toLatex(t);
    else
        io.out << toPlainText(t);
    auto note = [&](const QString &text) { (fmt == QLatin1String("text") ? io.out : io.err) << text << '\n'; };
    if (fmt == QLatin1String("text"))
        io.out << '\n'
               << QCoreApplication::translate("cli", "Observations %1, rank %2, residual df %3, deviance %4 (null %5), AIC %6, %n iteration(s).",
                                              nullptr, fit.iterations)
                      .arg(fit.observations)
                      .arg(fit.rank)
                      .arg(fit.residualDf)
                      .arg(QString::number(fit.deviance, 'f', 4), QString::number(fit.nullDeviance, 'f', 4), QString::number(fit.aic, 'f', 4))
               << '\n';
    if (!fit.aliasedColumns.isEmpty())
        note(QCoreApplication::translate("cli", "Aliased (linear combinations of the columns before them): %1. The estimates are the "
                                                "minimum-norm solution, as statsmodels gives; only their estimable combinations mean something.")
                 .arg(fit.aliasedColumns.join(QLatin1String(", "))));
    if (fit.perfectSeparation)
        note(QCoreApplication::translate("cli", "Warning: perfect separation: the model predicts every response exactly, so the estimates "
                                                "run off to infinity and mean nothing (statsmodels refuses this fit)."));
    else if (!fit.converged)
        note(QCoreApplication::translate("cli", "Warning: IRLS did not converge in %1 iterations; the estimates are not final.")
                 .arg(options.maxIterations));
    return trouble ? 1 : 0;
}

} // namespace dlrepro::cli
