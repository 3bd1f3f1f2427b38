// dlrepro-cli inspect: import a report (file or online), run the inspection pipeline, print it.
#include "Commands.h"

#include "ReportArguments.h"

#include "inspect/Inspection.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>

namespace dlrepro::cli {

namespace {
} // namespace

int runInspect(const QStringList &args, Io io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("cli", "Show what a bug report holds: its facts (errors, metrics, data, model, hyperparameters,\n"
           "environment), its bug type and which information it has or lacks.\n\n"
           "<report> is a file (Stack Exchange API JSON, Posts.xml rows, GitHub issue JSON,\n"
           "Markdown, text, saved HTML, Jupyter notebook, dlrepro JSON lines), or so:ID, a\n"
           "stackoverflow.com question URL, gh:owner/repo#N or a github.com issue URL."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("report"), QCoreApplication::translate("cli", "The report to inspect."));
    const QCommandLineOption json(QStringLiteral("json"), QCoreApplication::translate("cli", "Print the documented JSON (docs/inspect-schema.md)."));
    const ReportArguments reportArgs(QStringLiteral("dlrepro-cli inspect"));
    reportArgs.addTo(parser);
    parser.addOption(json);

    QStringList argv = args;
    argv.prepend(QStringLiteral("dlrepro-cli inspect"));
    if (!parser.parse(argv)) {
        io.err << "dlrepro-cli inspect: " << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        io.out << parser.helpText();
        return 0;
    }
    const QStringList inputs = parser.positionalArguments();
    if (inputs.size() != 1) {
        io.err << "dlrepro-cli inspect: " << QCoreApplication::translate("cli", "expected exactly one report (see --help)") << '\n';
        return 2;
    }
    const QString input = inputs.first();

    BugType override = BugType::Unknown;
    if (const int rc = reportArgs.bugTypeOverride(parser, io, &override))
        return rc;
    QList<Report> reports;
    if (const int rc = reportArgs.load(parser, input, true, io, &reports))
        return rc;

    // One report: an indented JSON object or the text report. Several: JSON lines, or text
    // reports separated by a rule.
    for (qsizetype i = 0; i < reports.size(); ++i) {
        Inspection inspection = inspectReport(reports.at(i));
        if (override != BugType::Unknown)
            overrideBugType(inspection, override);
        if (parser.isSet(json)) {
            const QJsonDocument doc(inspectionToJson(inspection));
            io.out << QString::fromUtf8(doc.toJson(reports.size() == 1 ? QJsonDocument::Indented
                                                                       : QJsonDocument::Compact));
            if (reports.size() > 1)
                io.out << '\n';
        } else {
            if (i > 0)
                io.out << QString(72, QLatin1Char('-')) << '\n';
            io.out << inspectionToText(inspection);
        }
    }
    return 0;
}

} // namespace dlrepro::cli
