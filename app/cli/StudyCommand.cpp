// dlrepro-cli study: create a study from a design, enrol and withdraw participants, move sessions
// between machines, export the responses and analyse (Tables 4.9–4.11, details, plots).
#include "Commands.h"

#include "stats/Glm.h"
#include "stats/TableFormat.h"
#include "study/Enrolment.h"
#include "study/SessionTransfer.h"
#include "study/StudyAnalysis.h"
#include "study/StudyPlots.h"
#include "study/StudyStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace dlrepro::cli {

namespace {

QString tool(const QString &sub) { return QStringLiteral("dlrepro-cli study ") + sub; }

// Parses the subcommand's arguments; returns -1 to go on, else the exit code.
int parse(QCommandLineParser &parser, const QString &sub, const QStringList &args, int positional, Io io)
{
    parser.addHelpOption();
    QStringList argv = args;
    argv.prepend(tool(sub));
    if (!parser.parse(argv)) {
        io.err << tool(sub) << ": " << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        io.out << parser.helpText();
        return 0;
    }
    if (parser.positionalArguments().size() != positional) {
        io.err << tool(sub) << ": "
               << QCoreApplication::translate("cli", "expected %n argument(s) (see --help)", nullptr, positional) << '\n';
        return 2;
    }
    return -1;
}

bool readJsonObject(const QString &path, QJsonObject *out, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("cli", "%1: cannot read: %2").arg(path, f.errorString());
        return false;
    }
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = pe.error != QJsonParseError::NoError
            ? QCoreApplication::translate("cli", "%1: invalid JSON at offset %2: %3").arg(path).arg(pe.offset).arg(pe.errorString())
            : QCoreApplication::translate("cli", "%1: expected a JSON object").arg(path);
        return false;
    }
    *out = doc.object();
    return true;
}

bool writeText(const QString &path, const QString &text, Io io, QString *error)
{
    if (path == QLatin1String("-")) {
        io.out << text;
        return true;
    }
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(text.toUtf8()) < 0) {
        *error = QCoreApplication::translate("cli", "%1: cannot write: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

std::unique_ptr<StudyStore> openStore(const QString &sub, const QString &path, Io io)
{
    QString error;
    auto store = StudyStore::open(path, &error);
    if (!store)
        io.err << tool(sub) << ": " << error << '\n';
    return store;
}

int create(const QStringList &args, Io io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli", "Create a study database from a design file (docs/user-study.md)."));
    parser.addPositionalArgument(QStringLiteral("db"), QCoreApplication::translate("cli", "The new study database (SQLite file)."));
    const QCommandLineOption design(QStringLiteral("design"), QCoreApplication::translate("cli", "The design JSON."), QStringLiteral("file"));
    parser.addOption(design);
    if (const int rc = parse(parser, QStringLiteral("create"), args, 1, io); rc >= 0)
        return rc;
    if (!parser.isSet(design)) {
        io.err << tool(QStringLiteral("create")) << ": " << QCoreApplication::translate("cli", "--design is required") << '\n';
        return 2;
    }
    StudyDesign d;
    QString error;
    if (!loadStudyDesign(parser.value(design), &d, &error)) {
        io.err << tool(QStringLiteral("create")) << ": " << error << '\n';
        return 2;
    }
    auto store = StudyStore::create(parser.positionalArguments().first(), d, &error);
    if (!store) {
        io.err << tool(QStringLiteral("create")) << ": " << error << '\n';
        return 2;
    }
    io.out << QCoreApplication::translate("cli", "Created study '%1': %2 bugs, %3 sets, seed %4, design %5")
                  .arg(d.name).arg(d.bugs.size()).arg(d.sets.size()).arg(d.seed).arg(store->fingerprint())
           << '\n';
    return 0;
}

int enrol(const QStringList &args, Io io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli", "Enrol a participant from their demographics (Appendix B, Q1-Q5) and print their id, group and set.\n"
        "The answers JSON: {\"dlExperience\": \"1-5\", \"bugFixExperience\": \"<1\", \"occupation\": \"researcher\",\n"
        " \"frameworks\": [\"pytorch\"], \"challenges\": \"...\"}"));
    parser.addPositionalArgument(QStringLiteral("db"), QCoreApplication::translate("cli", "The study database."));
    const QCommandLineOption answers(QStringLiteral("answers"), QCoreApplication::translate("cli", "The demographics JSON."), QStringLiteral("file"));
    const QCommandLineOption json(QStringLiteral("json"), QCoreApplication::translate("cli", "Print JSON."));
    parser.addOptions({answers, json});
    if (const int rc = parse(parser, QStringLiteral("enrol"), args, 1, io); rc >= 0)
        return rc;
    QString error;
    QJsonObject o;
    Demographics d;
    if (!parser.isSet(answers)) {
        io.err << tool(QStringLiteral("enrol")) << ": " << QCoreApplication::translate("cli", "--answers is required") << '\n';
        return 2;
    }
    if (!readJsonObject(parser.value(answers), &o, &error) || !demographicsFromJson(o, &d, &error)) {
        io.err << tool(QStringLiteral("enrol")) << ": " << parser.value(answers) << ": " << error << '\n';
        return 2;
    }
    auto store = openStore(QStringLiteral("enrol"), parser.positionalArguments().first(), io);
    if (!store)
        return 2;
    const auto p = enrolParticipant(*store, d, &error);
    if (!p) {
        io.err << tool(QStringLiteral("enrol")) << ": " << error << '\n';
        return 2;
    }
    if (parser.isSet(json))
        io.out << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("participant"), p->id},
                                                              {QStringLiteral("group"), studyGroupId(p->group)},
                                                              {QStringLiteral("set"), p->setId},
                                                              {QStringLiteral("stratum"), p->stratum}})
                                        .toJson(QJsonDocument::Indented));
    else
        io.out << p->id << '\t' << studyGroupId(p->group) << '\t' << p->setId << '\n';
    return 0;
}

int withdraw(const QStringList &args, Io io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli", "Withdraw a participant: their demographics, answers and events are deleted."));
    parser.addPositionalArgument(QStringLiteral("db"), QCoreApplication::translate("cli", "The study database."));
    parser.addPositionalArgument(QStringLiteral("participant"), QCoreApplication::translate("cli", "The participant's id (P-...)."));
    if (const int rc = parse(parser, QStringLiteral("withdraw"), args, 2, io); rc >= 0)
        return rc;
    auto store = openStore(QStringLiteral("withdraw"), parser.positionalArguments().at(0), io);
    if (!store)
        return 2;
    QString error;
    if (!store->withdraw(parser.positionalArguments().at(1), &error)) {
        io.err << tool(QStringLiteral("withdraw")) << ": " << error << '\n';
        return 2;
    }
    io.out << QCoreApplication::translate("cli", "Withdrew %1; their data was deleted.").arg(parser.positionalArguments().at(1)) << '\n';
    return 0;
}

int exportSessionCommand(const QStringList &args, Io io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli", "Write a participant's session (assignment, demographics, every event) to a JSON file, to merge on another machine."));
    parser.addPositionalArgument(QStringLiteral("db"), QCoreApplication::translate("cli", "The study database."));
    parser.addPositionalArgument(QStringLiteral("participant"), QCoreApplication::translate("cli", "The participant's id."));
    const QCommandLineOption out(QStringLiteral("out"), QCoreApplication::translate("cli", "The JSON file to write ('-': standard output)."), QStringLiteral("file"));
    parser.addOption(out);
    if (const int rc = parse(parser, QStringLiteral("export-session"), args, 2, io); rc >= 0)
        return rc;
    if (!parser.isSet(out)) {
        io.err << tool(QStringLiteral("export-session")) << ": " << QCoreApplication::translate("cli", "--out is required") << '\n';
        return 2;
    }
    auto store = openStore(QStringLiteral("export-session"), parser.positionalArguments().at(0), io);
    if (!store)
        return 2;
    QJsonObject session;
    QString error;
    if (!exportSession(*store, parser.positionalArguments().at(1), &session, &error)
        || !writeText(parser.value(out), QString::fromUtf8(QJsonDocument(session).toJson(QJsonDocument::Indented)), io, &error)) {
        io.err << tool(QStringLiteral("export-session")) << ": " << error << '\n';
        return 2;
    }
    return 0;
}

int merge(const QStringList &args, Io io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli", "Merge an exported session into the study. Merging again adds nothing twice."));
    parser.addPositionalArgument(QStringLiteral("db"), QCoreApplication::translate("cli", "The study database."));
    parser.addPositionalArgument(QStringLiteral("session"), QCoreApplication::translate("cli", "The session JSON (from export-session)."));
    const QCommandLineOption json(QStringLiteral("json"), QCoreApplication::translate("cli", "Print JSON."));
    parser.addOption(json);
    if (const int rc = parse(parser, QStringLiteral("merge"), args, 2, io); rc >= 0)
        return rc;
    QJsonObject session;
    QString error;
    if (!readJsonObject(parser.positionalArguments().at(1), &session, &error)) {
        io.err << tool(QStringLiteral("merge")) << ": " << error << '\n';
        return 2;
    }
    auto store = openStore(QStringLiteral("merge"), parser.positionalArguments().at(0), io);
    if (!store)
        return 2;
    MergeResult r;
    if (!mergeSession(*store, session, &r, &error)) {
        io.err << tool(QStringLiteral("merge")) << ": " << parser.positionalArguments().at(1) << ": " << error << '\n';
        return 2;
    }
    if (parser.isSet(json))
        io.out << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("participant"), r.participantId},
                                                              {QStringLiteral("participantAdded"), r.participantAdded},
                                                              {QStringLiteral("eventsAdded"), r.eventsAdded},
                                                              {QStringLiteral("eventsAlreadyPresent"), r.eventsAlreadyPresent}})
                                        .toJson(QJsonDocument::Indented));
    else
        io.out << QCoreApplication::translate("cli", "%1: %2 events added, %3 already present%4")
                      .arg(r.participantId).arg(r.eventsAdded).arg(r.eventsAlreadyPresent)
                      .arg(r.participantAdded ? QCoreApplication::translate("cli", " (participant added)") : QString())
               << '\n';
    return 0;
}

int responses(const QStringList &args, Io io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli", "Write all responses as CSV: one row per participant, columns as Appendix B numbers the questions."));
    parser.addPositionalArgument(QStringLiteral("db"), QCoreApplication::translate("cli", "The study database."));
    const QCommandLineOption out(QStringLiteral("out"), QCoreApplication::translate("cli", "The CSV file ('-': standard output)."), QStringLiteral("file"), QStringLiteral("-"));
    parser.addOption(out);
    if (const int rc = parse(parser, QStringLiteral("responses"), args, 1, io); rc >= 0)
        return rc;
    auto store = openStore(QStringLiteral("responses"), parser.positionalArguments().at(0), io);
    if (!store)
        return 2;
    QString error;
    if (!writeText(parser.value(out), toCsv(responsesTable(analyseStudy(*store, SuccessMeasure::Verified))), io, &error)) {
        io.err << tool(QStringLiteral("responses")) << ": " << error << '\n';
        return 2;
    }
    return 0;
}

int analyse(const QStringList &args, Io io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli", "Analyse the study: % of bugs reproduced per set and group (Table 4.9), mean time and %\n"
        "decrease (Table 4.10), a binomial GLM (Table 4.11), per-participant and per-bug details."));
    parser.addPositionalArgument(QStringLiteral("db"), QCoreApplication::translate("cli", "The study database."));
    const QCommandLineOption format(QStringLiteral("format"), QCoreApplication::translate("cli", "text (default), json, csv, markdown or latex."), QStringLiteral("format"), QStringLiteral("text"));
    const QCommandLineOption table(QStringLiteral("table"), QCoreApplication::translate("cli", "Only one table: rates, time, glm, participants or bugs."), QStringLiteral("name"));
    const QCommandLineOption success(QStringLiteral("success"), QCoreApplication::translate("cli", "verified (the runner's verdict, default) or self-reported."), QStringLiteral("measure"), QStringLiteral("verified"));
    const QCommandLineOption formula(QStringLiteral("formula"), QCoreApplication::translate("cli", "The GLM, e.g. 'BugReproduced ~ Hints + DLExp + Field + C(DLBugFixExp)' (the default,\n"
        "with every DLBugFixExp level kept as the thesis did). Variables: Hints, DLExp, Field, DLBugFixExp, Difficulty, Set, Bug."), QStringLiteral("formula"));
    const QCommandLineOption dropFirst(QStringLiteral("drop-first-dummy"), QCoreApplication::translate("cli", "Drop the first level of each C(...) term (default: keep all, as the thesis)."));
    const QCommandLineOption plots(QStringLiteral("plots"), QCoreApplication::translate("cli", "Write success.svg and time.svg into this folder."), QStringLiteral("dir"));
    parser.addOptions({format, table, success, formula, dropFirst, plots});
    if (const int rc = parse(parser, QStringLiteral("analyse"), args, 1, io); rc >= 0)
        return rc;
    const QString fmt = parser.value(format);
    if (!QStringList{QStringLiteral("text"), QStringLiteral("json"), QStringLiteral("csv"), QStringLiteral("markdown"), QStringLiteral("latex")}.contains(fmt)) {
        io.err << tool(QStringLiteral("analyse")) << ": " << QCoreApplication::translate("cli", "--format must be text, json, csv, markdown or latex, not '%1'").arg(fmt) << '\n';
        return 2;
    }
    SuccessMeasure measure;
    if (!parseSuccessMeasure(parser.value(success), &measure)) {
        io.err << tool(QStringLiteral("analyse")) << ": " << QCoreApplication::translate("cli", "--success must be verified or self-reported, not '%1'").arg(parser.value(success)) << '\n';
        return 2;
    }
    const QStringList tableNames{QStringLiteral("rates"), QStringLiteral("time"), QStringLiteral("glm"), QStringLiteral("participants"), QStringLiteral("bugs")};
    if (parser.isSet(table) && !tableNames.contains(parser.value(table))) {
        io.err << tool(QStringLiteral("analyse")) << ": " << QCoreApplication::translate("cli", "--table must be one of %1, not '%2'").arg(tableNames.join(QLatin1String(", ")), parser.value(table)) << '\n';
        return 2;
    }
    GlmFormula glmFormula = thesisGlmFormula();
    QString error;
    if (parser.isSet(formula) && !parseStudyFormula(parser.value(formula), &glmFormula, &error)) {
        io.err << tool(QStringLiteral("analyse")) << ": --formula: " << error << '\n';
        return 2;
    }
    glmFormula.keepAllDummies = !parser.isSet(dropFirst);
    auto store = openStore(QStringLiteral("analyse"), parser.positionalArguments().at(0), io);
    if (!store)
        return 2;
    const StudyAnalysis a = analyseStudy(*store, measure, &error);

    GlmFit fit;
    QString glmError;
    const bool fitted = fitStudyGlm(a, glmFormula, &fit, &glmError);
    TextTable glm;
    if (fitted) {
        glm = glmTable(fit);
        glm.caption = QCoreApplication::translate("cli", "GLM (binomial, logit link) of %1 on %2.").arg(glmFormula.response, glmFormula.terms.join(QLatin1String(", ")));
        glm.label = QStringLiteral("tab:study-glm");
    }

    if (parser.isSet(plots)) {
        QStringList written;
        if (!writeStudyPlots(a, parser.value(plots), &written, &error)) {
            io.err << tool(QStringLiteral("analyse")) << ": " << error << '\n';
            return 2;
        }
    }

    if (fmt == QLatin1String("json")) {
        QJsonObject o = studyAnalysisToJson(a);
        if (fitted) {
            QJsonArray terms;
            for (const GlmTerm &t : fit.terms)
                terms.append(QJsonObject{{QStringLiteral("name"), t.name}, {QStringLiteral("estimate"), t.estimate},
                                         {QStringLiteral("stdError"), t.stdError}, {QStringLiteral("z"), t.z},
                                         {QStringLiteral("p"), t.p}, {QStringLiteral("ciLow"), t.ciLow},
                                         {QStringLiteral("ciHigh"), t.ciHigh}, {QStringLiteral("oddsRatio"), t.oddsRatio},
                                         {QStringLiteral("aliased"), t.aliased}});
            o.insert(QStringLiteral("glm"), QJsonObject{{QStringLiteral("terms"), terms},
                                                        {QStringLiteral("converged"), fit.converged},
                                                        {QStringLiteral("rank"), fit.rank},
                                                        {QStringLiteral("aliasedColumns"), QJsonArray::fromStringList(fit.aliasedColumns)},
                                                        {QStringLiteral("observations"), fit.observations}});
        } else {
            o.insert(QStringLiteral("glmError"), glmError);
        }
        io.out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
        return 0;
    }

    QList<QPair<QString, TextTable>> tables{{QStringLiteral("rates"), reproductionRateTable(a)},
                                            {QStringLiteral("time"), reproductionTimeTable(a)},
                                            {QStringLiteral("glm"), glm},
                                            {QStringLiteral("participants"), participantTable(a)},
                                            {QStringLiteral("bugs"), bugTable(a)}};
    bool first = true;
    for (const auto &[name, t] : tables) {
        if (parser.isSet(table) && parser.value(table) != name)
            continue;
        if (!first)
            io.out << '\n';
        first = false;
        if (name == QLatin1String("glm") && !fitted) {
            io.out << QCoreApplication::translate("cli", "GLM: not fitted: %1").arg(glmError) << '\n';
            continue;
        }
        if (fmt == QLatin1String("csv"))
            io.out << toCsv(t);
        else if (fmt == QLatin1String("markdown"))
            io.out << toMarkdown(t);
        else if (fmt == QLatin1String("latex"))
            io.out << toLatex(t);
        else
            io.out << t.caption << '\n' << toPlainText(t);
        if (name == QLatin1String("glm") && !fit.aliasedColumns.isEmpty() && fmt == QLatin1String("text"))
            io.out << QCoreApplication::translate("cli", "Aliased (collinear) columns: %1; the estimates are the minimum-norm solution, as statsmodels gives.")
                          .arg(fit.aliasedColumns.join(QLatin1String(", ")))
                   << '\n';
    }
    return 0;
}

void usage(QTextStream &s)
{
    s << QCoreApplication::translate("cli", "Usage: dlrepro-cli study <command> ...\n\n"
        "  create <db> --design design.json     create a study database\n"
        "  enrol <db> --answers answers.json    enrol a participant (prints id, group, set)\n"
        "  withdraw <db> <participant>          delete a participant's data\n"
        "  analyse <db> [--format text|json|csv|markdown|latex] [--plots dir]\n"
        "  export-session <db> <participant> --out f.json\n"
        "  merge <db> f.json                    merge an exported session (idempotent)\n"
        "  responses <db> --out responses.csv   all answers, one row per participant\n\n"
        "Each command has --help. The study window: dlrepro --study <db>.\n");
}

} // namespace

int runStudy(const QStringList &args, Io io)
{
    if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h")) {
        usage(args.isEmpty() ? io.err : io.out);
        return args.isEmpty() ? 2 : 0;
    }
    const QString sub = args.first();
    const QStringList rest = args.mid(1);
    if (sub == QLatin1String("create"))
        return create(rest, io);
    if (sub == QLatin1String("enrol") || sub == QLatin1String("enroll"))
        return enrol(rest, io);
    if (sub == QLatin1String("withdraw"))
        return withdraw(rest, io);
    if (sub == QLatin1String("analyse") || sub == QLatin1String("analyze"))
        return analyse(rest, io);
    if (sub == QLatin1String("export-session"))
        return exportSessionCommand(rest, io);
    if (sub == QLatin1String("merge"))
        return merge(rest, io);
    if (sub == QLatin1String("responses"))
        return responses(rest, io);
    io.err << "dlrepro-cli study: " << QCoreApplication::translate("cli", "unknown command '%1'").arg(sub) << "\n\n";
    usage(io.err);
    return 2;
}

} // namespace dlrepro::cli
