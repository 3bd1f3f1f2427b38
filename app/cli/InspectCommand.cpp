// dlrepro-cli inspect: import a report (file or online), run the inspection pipeline, print it.
#include "Commands.h"

#include "import/ReportImport.h"
#include "inspect/Inspection.h"
#include "online/OnlineReport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>

namespace dlrepro::cli {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("cli", text); }
} // namespace

int runInspect(const QStringList &args, Io io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Show what a bug report holds: its facts (errors, metrics, data, model, hyperparameters,\n"
           "environment), its bug type and which information it has or lacks.\n\n"
           "<report> is a file (Stack Exchange API JSON, Posts.xml rows, GitHub issue JSON,\n"
           "Markdown, text, saved HTML, Jupyter notebook, dlrepro JSON lines), or so:ID, a\n"
           "stackoverflow.com question URL, gh:owner/repo#N or a github.com issue URL."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("report"), tr("The report to inspect."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the documented JSON (docs/inspect-schema.md)."));
    const QCommandLineOption format(QStringLiteral("format"),
                                    tr("Input format: auto, stackexchange, posts-xml, github, markdown, text, html, "
                                       "notebook, jsonl."),
                                    QStringLiteral("format"), QStringLiteral("auto"));
    const QCommandLineOption index(QStringLiteral("index"),
                                   tr("When the input holds several reports, inspect only the N-th (from 1)."),
                                   QStringLiteral("N"));
    const QCommandLineOption bugType(QStringLiteral("bug-type"),
                                     tr("Override the bug type: training, model, tensor, api, gpu, mixed."),
                                     QStringLiteral("type"));
    const QCommandLineOption refresh(QStringLiteral("refresh"), tr("Fetch online reports again, ignoring the cache."));
    const QCommandLineOption noCache(QStringLiteral("no-cache"), tr("Neither read nor write the download cache."));
    parser.addOptions({json, format, index, bugType, refresh, noCache});

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
        io.err << "dlrepro-cli inspect: " << tr("expected exactly one report (see --help)") << '\n';
        return 2;
    }
    const QString input = inputs.first();

    InputFormat inputFormat = InputFormat::Auto;
    if (!parseInputFormat(parser.value(format), &inputFormat)) {
        io.err << "dlrepro-cli inspect: " << tr("unknown input format '%1'").arg(parser.value(format)) << '\n';
        return 2;
    }
    BugType override = BugType::Unknown;
    if (parser.isSet(bugType) && !parseBugType(parser.value(bugType), &override)) {
        io.err << "dlrepro-cli inspect: " << tr("unknown bug type '%1'").arg(parser.value(bugType)) << '\n';
        return 2;
    }

    FetchOptions options;
    options.refresh = parser.isSet(refresh);
    options.useCache = !parser.isSet(noCache);
    const ImportResult imported = loadReport(input, inputFormat, options);
    if (!imported.ok()) {
        io.err << "error: " << imported.error << '\n';
        return 2;
    }

    QList<Report> reports = imported.reports;
    if (parser.isSet(index)) {
        bool ok = false;
        const int n = parser.value(index).toInt(&ok);
        if (!ok || n < 1 || n > reports.size()) {
            io.err << "error: " << input << ": "
                   << QCoreApplication::translate("cli", "--index %1 is out of range: it holds %n report(s)", nullptr,
                                                  int(reports.size()))
                          .arg(parser.value(index))
                   << '\n';
            return 2;
        }
        reports = {reports.at(n - 1)};
    }

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
