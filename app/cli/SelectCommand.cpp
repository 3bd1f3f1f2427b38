// dlrepro-cli select: the study's dataset construction (thesis 4.3.1–4.3.2) over a Posts.xml
// data dump, writing the kept questions as dlrepro reports in JSON lines.
#include "Commands.h"

#include "corpus/CorpusSelector.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QSaveFile>

namespace dlrepro::cli {

namespace {
} // namespace

int runSelect(const QStringList &args, Io io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("cli", "Select the study's questions from a Stack Exchange data dump (Posts.xml): a framework\n"
           "tag, created in the date range, no \"how\"/\"install\"/\"build\" in the title, a code\n"
           "block in the body, an accepted answer, a score above 0, and a bug-type tag of\n"
           "Table 4.1. Writes one dlrepro report per line (question plus accepted answer) and\n"
           "prints the counts per framework and bug type (Table 4.2) and per filter.\n"
           "The study used --since 2020-05-01 --until 2023-05-31."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("Posts.xml"), QCoreApplication::translate("cli", "The data dump's Posts.xml."));
    const QCommandLineOption tags(QStringLiteral("tags"),
                                  QCoreApplication::translate("cli", "Framework tags, comma-separated; a question is counted under the first "
                                     "one it has (default: pytorch,tensorflow,keras)."),
                                  QStringLiteral("tags"), QStringLiteral("pytorch,tensorflow,keras"));
    const QCommandLineOption since(QStringLiteral("since"), QCoreApplication::translate("cli", "Keep questions created on or after DATE (YYYY-MM-DD)."),
                                   QStringLiteral("DATE"));
    const QCommandLineOption until(QStringLiteral("until"), QCoreApplication::translate("cli", "Keep questions created on or before DATE (YYYY-MM-DD)."),
                                   QStringLiteral("DATE"));
    const QCommandLineOption out(QStringLiteral("out"),
                                 QCoreApplication::translate("cli", "Write the JSON lines to FILE (default: standard output, the counts then go "
                                    "to standard error)."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption keepUntyped(QStringLiteral("keep-untyped"),
                                         QCoreApplication::translate("cli", "Also keep questions without a bug-type tag of Table 4.1."));
    parser.addOptions({tags, since, until, out, keepUntyped});

    const QString cmd = QStringLiteral("dlrepro-cli select: ");
    QStringList argv = args;
    argv.prepend(QStringLiteral("dlrepro-cli select"));
    if (!parser.parse(argv)) {
        io.err << cmd << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        io.out << parser.helpText();
        return 0;
    }
    const QStringList inputs = parser.positionalArguments();
    if (inputs.size() != 1) {
        io.err << cmd << QCoreApplication::translate("cli", "expected exactly one Posts.xml file (see --help)") << '\n';
        return 2;
    }
    const QString input = inputs.first();

    SelectOptions options;
    options.frameworks.clear();
    for (const QString &t : parser.value(tags).split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!t.trimmed().isEmpty())
            options.frameworks << t.trimmed();
    if (options.frameworks.isEmpty()) {
        io.err << cmd << QCoreApplication::translate("cli", "--tags names no framework tag") << '\n';
        return 2;
    }
    if (parser.isSet(since) && !parseSelectDate(parser.value(since), false, &options.since)) {
        io.err << cmd << QCoreApplication::translate("cli", "--since: bad date '%1' (expected YYYY-MM-DD)").arg(parser.value(since)) << '\n';
        return 2;
    }
    if (parser.isSet(until) && !parseSelectDate(parser.value(until), true, &options.until)) {
        io.err << cmd << QCoreApplication::translate("cli", "--until: bad date '%1' (expected YYYY-MM-DD)").arg(parser.value(until)) << '\n';
        return 2;
    }
    if (options.since.isValid() && options.until.isValid() && options.since > options.until) {
        io.err << cmd << QCoreApplication::translate("cli", "--since %1 is after --until %2").arg(parser.value(since), parser.value(until)) << '\n';
        return 2;
    }
    options.keepUntyped = parser.isSet(keepUntyped);

    CorpusSelector selector(options);
    QTextStream &table = parser.isSet(out) ? io.out : io.err;
    if (parser.isSet(out)) {
        // A save file: a dump that turns out broken halfway leaves no half-written corpus.
        QSaveFile file(parser.value(out));
        if (!file.open(QIODevice::WriteOnly)) {
            io.err << cmd << parser.value(out) << ": " << QCoreApplication::translate("cli", "cannot write: ") << file.errorString() << '\n';
            return 2;
        }
        if (!selector.runFile(input, jsonLinesSink(&file))) {
            file.cancelWriting();
            io.err << cmd << selector.error() << '\n';
            return 2;
        }
        if (!file.commit()) {
            io.err << cmd << parser.value(out) << ": " << QCoreApplication::translate("cli", "cannot write: ") << file.errorString() << '\n';
            return 2;
        }
    } else {
        const bool ok = selector.runFile(input, [&io](const SelectedQuestion &q) {
            io.out << QString::fromUtf8(QJsonDocument(selectedQuestionToJson(q)).toJson(QJsonDocument::Compact))
                   << '\n';
            return io.out.status() == QTextStream::Ok;
        });
        io.out.flush();
        if (!ok) {
            io.err << cmd << selector.error() << '\n';
            return 2;
        }
    }
    table << selectStatsToText(selector.stats(), options.frameworks);
    table.flush();
    return 0;
}

} // namespace dlrepro::cli
