// dlrepro-cli hints: the thesis's three-line hint for a report, then what it rests on.
#include "Commands.h"

#include "hints/EmbeddingStatementScorer.h"
#include "hints/Hints.h"
#include "hints/Rulebook.h"
#include "ReportArguments.h"

#include "inspect/Inspection.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>

#include <memory>

namespace dlrepro::cli {

namespace {
} // namespace

int runHints(const QStringList &args, Io io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("cli", "Print the hint for reproducing a bug report (thesis section 4.3.7): the top 3 information,\n"
           "the top 5 edit actions for its bug type, and the statement to focus on; then the rules'\n"
           "source and confidences, which information the report lacks and what to ask for it.\n\n"
           "<report> is a file or an online report, as for 'dlrepro-cli inspect'."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("report"), QCoreApplication::translate("cli", "The report."));
    const QCommandLineOption json(QStringLiteral("json"), QCoreApplication::translate("cli", "Print JSON (schema dlrepro.hints/1)."));
    const QCommandLineOption rules(QStringLiteral("rules"),
                                   QCoreApplication::translate("cli", "'rulebook' (the published tables, the default), a rulebook JSON, or "
                                      "transaction files to mine, separated by commas (the option may repeat)."),
                                   QStringLiteral("source"));
    const QCommandLineOption scorerOption(
        QStringLiteral("scorer"),
        QCoreApplication::translate("cli", "How the focus statement is found: 'lexical' (BM25, the default) or 'embedding' "
                                           "(cosine of all-MiniLM-L6-v2 embeddings, as the study did; the model folder comes "
                                           "from DLREPRO_EMBEDDING_MODEL or the setting hints/embeddingModelDir; without one "
                                           "the lexical scorer is used and a note says why)."),
        QStringLiteral("kind"), QStringLiteral("lexical"));
    const ReportArguments reportArgs(QStringLiteral("dlrepro-cli hints"));
    reportArgs.addTo(parser);
    parser.addOptions({json, rules, scorerOption});

    QStringList argv = args;
    argv.prepend(QStringLiteral("dlrepro-cli hints"));
    if (!parser.parse(argv)) {
        io.err << "dlrepro-cli hints: " << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        io.out << parser.helpText();
        return 0;
    }
    const QStringList inputs = parser.positionalArguments();
    if (inputs.size() != 1) {
        io.err << "dlrepro-cli hints: " << QCoreApplication::translate("cli", "expected exactly one report (see --help)") << '\n';
        return 2;
    }
    const QString input = inputs.first();
    const QString scorerKind = parser.value(scorerOption);
    if (scorerKind != QLatin1String("lexical") && scorerKind != QLatin1String("embedding")) {
        io.err << "dlrepro-cli hints: "
               << QCoreApplication::translate("cli", "--scorer must be 'lexical' or 'embedding', not '%1'").arg(scorerKind) << '\n';
        return 2;
    }

    BugType override = BugType::Unknown;
    if (const int rc = reportArgs.bugTypeOverride(parser, io, &override))
        return rc;

    // The rules first: a bad rule file is reported before any download.
    Rulebook rulebook = Rulebook::published();
    QStringList ruleFiles;
    for (const QString &v : parser.values(rules))
        for (const QString &part : v.split(QLatin1Char(','), Qt::SkipEmptyParts))
            ruleFiles << part.trimmed();
    if (!(ruleFiles.isEmpty() || ruleFiles == QStringList{QStringLiteral("rulebook")})) {
        if (ruleFiles.contains(QLatin1String("rulebook"))) {
            io.err << "dlrepro-cli hints: " << QCoreApplication::translate("cli", "--rules rulebook cannot be combined with files") << '\n';
            return 2;
        }
        QString error;
        if (!Rulebook::fromFiles(ruleFiles, &rulebook, &error)) {
            io.err << "error: " << error << '\n';
            return 2;
        }
    }

    QList<Report> reports;
    if (const int rc = reportArgs.load(parser, input, false, io, &reports))
        return rc;

    Inspection inspection = inspectReport(reports.first());
    if (override != BugType::Unknown)
        overrideBugType(inspection, override);
    std::unique_ptr<EmbeddingStatementScorer> embedding;
    if (scorerKind == QLatin1String("embedding")) {
        embedding = std::make_unique<EmbeddingStatementScorer>();
        embedding->warmUp(); // so that a broken model is known before the hint names its scorer
    }
    Hints hints = buildHints(inspection, rulebook, embedding.get());
    if (embedding) {
        hints.scorerId = embedding->id(); // a model that failed while scoring fell back then
        if (embedding->isFallingBack())
            io.err << "note: "
                   << QCoreApplication::translate("cli", "the focus statement was scored lexically: %1").arg(embedding->fallbackReason())
                   << '\n';
    }
    if (parser.isSet(json))
        io.out << QString::fromUtf8(QJsonDocument(hintsToJson(hints)).toJson(QJsonDocument::Indented));
    else
        io.out << hintsToText(hints);
    return 0;
}

} // namespace dlrepro::cli
