// dlrepro-cli agreement: Cohen's kappa between two annotators, from a CSV or a project database.
#include "Commands.h"

#include "research/ProjectStore.h"
#include "stats/AgreementInput.h"
#include "stats/CohenKappa.h"
#include "stats/TableFormat.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace dlrepro::cli {

namespace {

QJsonValue number(double v) { return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null); }

QJsonObject kappaToJson(const Kappa &k)
{
    QJsonObject o;
    o.insert(QLatin1String("kappa"), number(k.kappa));
    o.insert(QLatin1String("observed"), number(k.observed));
    o.insert(QLatin1String("expected"), number(k.expected));
    o.insert(QLatin1String("items"), k.items);
    o.insert(QLatin1String("degenerate"), k.degenerate);
    return o;
}

QJsonObject reportToJson(const AgreementReport &r)
{
    QJsonArray units;
    for (const UnitAgreement &u : r.perUnit) {
        QJsonObject o = kappaToJson(u.kappa);
        o.insert(QLatin1String("id"), u.unitId);
        units.append(o);
    }
    QJsonArray labels;
    for (const LabelAgreement &l : r.perLabel) {
        QJsonObject o = kappaToJson(l.kappa);
        o.insert(QLatin1String("label"), l.label);
        labels.append(o);
    }
    QJsonObject o;
    o.insert(QLatin1String("perBug"), units);
    o.insert(QLatin1String("meanKappa"), number(r.meanKappa));
    o.insert(QLatin1String("bugsInMean"), r.unitsInMean);
    o.insert(QLatin1String("degenerateBugs"), r.degenerateUnits);
    o.insert(QLatin1String("degenerateBugsInMean"), r.policy == DegenerateUnits::CountAsOne);
    o.insert(QLatin1String("pooled"), kappaToJson(r.pooled));
    o.insert(QLatin1String("perLabel"), labels);
    return o;
}

bool isSqliteFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) && f.read(16) == QByteArrayLiteral("SQLite format 3\0");
}

} // namespace

int runAgreement(const QStringList &args, Io io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Cohen's kappa between two annotators' binary labels: per bug over its labels, the mean over bugs\n"
               "(as the thesis reports it: 54.5% and 89.1% for its two rounds), pooled over every decision, and\n"
               "per label over the bugs. Input: a CSV with one row per bug and columns A1V1..A1Vk, A2V1..A2Vk\n"
               "(other columns name the bug), or a project database (the ten edit actions of the bugs both\n"
               "annotators labelled). A bug where both annotators give one and the same value to every label\n"
               "has kappa 0/0 (sklearn: nan); it counts as 1, marked '*', unless --exclude-degenerate."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("input"), QCoreApplication::translate("cli", "Two-annotator CSV or project database."),
                                 QStringLiteral("<csv|project>"));
    const QCommandLineOption annotators(QStringLiteral("annotators"),
                                        QCoreApplication::translate("cli", "With a project: the two annotators to compare (default: its only two)."),
                                        QStringLiteral("a,b"));
    const QCommandLineOption exclude(QStringLiteral("exclude-degenerate"),
                                     QCoreApplication::translate("cli", "Leave degenerate bugs out of the mean (numpy.nanmean over sklearn's values)."));
    const QCommandLineOption json(QStringLiteral("json"), QCoreApplication::translate("cli", "Print JSON."));
    const QCommandLineOption format(QStringLiteral("format"), QCoreApplication::translate("cli", "Tables as text (default), csv, markdown or latex."),
                                    QStringLiteral("format"));
    parser.addOptions({annotators, exclude, json, format});

    QStringList argv = args;
    argv.prepend(QStringLiteral("dlrepro-cli agreement"));
    auto usage = [&](const QString &message) {
        io.err << "dlrepro-cli agreement: " << message << '\n';
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
        return usage(QCoreApplication::translate("cli", "expected one input file (see --help)"));
    const QString path = inputs.first();
    const QString fmt = parser.isSet(format) ? parser.value(format).toLower() : QStringLiteral("text");
    if (!QStringList{QStringLiteral("text"), QStringLiteral("csv"), QStringLiteral("markdown"), QStringLiteral("latex")}.contains(fmt))
        return usage(QCoreApplication::translate("cli", "--format expects text, csv, markdown or latex, not '%1'").arg(parser.value(format)));
    if (parser.isSet(json) && parser.isSet(format))
        return usage(QCoreApplication::translate("cli", "--json and --format exclude each other"));
    if (!QFileInfo(path).isFile())
        return usage(QCoreApplication::translate("cli", "%1: no such file").arg(path));

    TwoRaterLabels labels;
    QString error;
    if (isSqliteFile(path)) {
        QString first, second;
        if (parser.isSet(annotators)) {
            const QStringList names = parser.value(annotators).split(QLatin1Char(','));
            if (names.size() != 2 || names[0].trimmed().isEmpty() || names[1].trimmed().isEmpty())
                return usage(QCoreApplication::translate("cli", "--annotators expects two names separated by a comma, not '%1'")
                                 .arg(parser.value(annotators)));
            first = names[0].trimmed();
            second = names[1].trimmed();
        }
        const std::unique_ptr<ProjectStore> store = openProject(path, &error, OpenMode::ExistingOnly);
        if (!store)
            return usage(error);
        if (!readTwoRaterProject(*store, first, second, &labels, &error))
            return usage(path + QLatin1String(": ") + error);
    } else {
        if (parser.isSet(annotators))
            return usage(QCoreApplication::translate("cli", "--annotators applies to a project database, not a CSV"));
        if (!readTwoRaterCsvFile(path, &labels, &error))
            return usage(error);
    }

    AgreementReport report;
    if (!computeAgreement(labels, parser.isSet(exclude) ? DegenerateUnits::Exclude : DegenerateUnits::CountAsOne, &report, &error))
        return usage(path + QLatin1String(": ") + error);

    if (parser.isSet(json)) {
        io.out << QJsonDocument(reportToJson(report)).toJson(QJsonDocument::Indented);
        return 0;
    }
    const TextTable units = agreementUnitTable(report);
    const TextTable perLabel = agreementLabelTable(report);
    auto write = [&](const TextTable &t) {
        if (fmt == QLatin1String("csv"))
            io.out << toCsv(t);
        else if (fmt == QLatin1String("markdown"))
            io.out << toMarkdown(t);
        else if (fmt == QLatin1String("latex"))
            io.out << toLatex(t);
        else
            io.out << toPlainText(t);
    };
    write(units);
    io.out << '\n';
    write(perLabel);
    if (fmt == QLatin1String("text")) {
        io.out << '\n'
               << QCoreApplication::translate("cli", "Mean kappa over %1 of %2 bugs: %3; pooled kappa: %4.")
                      .arg(report.unitsInMean)
                      .arg(report.perUnit.size())
                      .arg(QString::number(report.meanKappa, 'f', 4), QString::number(report.pooled.kappa, 'f', 4))
               << '\n';
        if (report.degenerateUnits > 0)
            io.out << QCoreApplication::translate("cli", "* %n bug(s) where both annotators gave every label the same value: kappa is 0/0 "
                                                         "there (sklearn: nan); %1.",
                                                  nullptr, report.degenerateUnits)
                          .arg(report.policy == DegenerateUnits::CountAsOne
                                   ? QCoreApplication::translate("cli", "counted as 1 in the mean (--exclude-degenerate leaves them out)")
                                   : QCoreApplication::translate("cli", "left out of the mean"))
                   << '\n';
    }
    return 0;
}

} // namespace dlrepro::cli
