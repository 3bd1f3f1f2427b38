// dlrepro-cli workspace: a reproduction kept as a git repository (docs/workspace.md) — create
// it from a report, apply edit actions, verify, and read or rewind its history.
#include "Commands.h"
#include "WorkspacePackageCommands.h"

#include "run/PythonEnvironment.h"
#include "run/RunRequest.h"
#include "run/RunResult.h"
#include "workspace/Workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <functional>

namespace dlrepro::cli {

// Defined in RunCommand.cpp: the options and run step `run` and `verify` share.
void addRunOptions(QCommandLineParser &parser);
int prepareRun(const QCommandLineParser &parser, const QString &command, const QString &snippet, Io io,
               RunRequest *request, PythonEnvironment *environment);
QList<RunResult> executeRun(const RunRequest &request, Io io);

namespace {


// The parts every subcommand shares: its name for messages, parsing, --help.
struct Sub {
    QString name; // "apply"
    Io io;

    int fail(const QString &message) const
    {
        io.err << "dlrepro-cli workspace " << name << ": " << message << '\n';
        return 2;
    }

    // Returns -1 to go on, else the exit code (help printed, or a usage error).
    int parse(QCommandLineParser &parser, const QStringList &args, int positionalMin, int positionalMax) const
    {
        parser.addHelpOption();
        QStringList argv = args;
        argv.prepend(QStringLiteral("dlrepro-cli workspace ") + name);
        if (!parser.parse(argv))
            return fail(parser.errorText());
        if (parser.isSet(QStringLiteral("help"))) {
            io.out << parser.helpText();
            return 0;
        }
        const qsizetype n = parser.positionalArguments().size();
        if (n < positionalMin || n > positionalMax)
            return fail(QCoreApplication::translate("cli", "wrong number of arguments (see --help)"));
        return -1;
    }

    // Opens the workspace or says why not (exit 2).
    int open(const QString &dir, Workspace *ws) const
    {
        QString error;
        if (!Workspace::open(dir, ws, &error))
            return fail(error);
        return -1;
    }

    void printJson(const QJsonObject &o) const { io.out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)); }
};

QJsonObject commitJson(const GitCommitInfo &c)
{
    QJsonObject trailers;
    for (const GitTrailer &t : c.trailers)
        trailers.insert(t.key, t.value);
    return QJsonObject{{QStringLiteral("sha"), c.sha},
                       {QStringLiteral("summary"), c.summary},
                       {QStringLiteral("message"), c.message},
                       {QStringLiteral("time"), c.time.toString(Qt::ISODate)},
                       {QStringLiteral("author"), c.authorName},
                       {QStringLiteral("parents"), QJsonArray::fromStringList(c.parents)},
                       {QStringLiteral("trailers"), trailers}};
}

QJsonObject entryJson(const WorkspaceEntry &e)
{
    QJsonObject o = commitJson(e.commit);
    o.insert(QStringLiteral("step"), workspaceStepId(e.step));
    o.insert(QStringLiteral("action"), e.action ? QJsonValue(QString(editActionLetter(*e.action))) : QJsonValue());
    o.insert(QStringLiteral("verdict"), e.verdict ? QJsonValue(verdictStatusId(*e.verdict)) : QJsonValue());
    o.insert(QStringLiteral("reverted"), e.reverted);
    if (!e.revertedSha.isEmpty())
        o.insert(QStringLiteral("reverts"), e.revertedSha);
    return o;
}

QString describeCommit(const GitRepository &repo, const QString &sha)
{
    GitCommitInfo info;
    QString error;
    if (!repo.commitInfo(sha, &info, &error))
        return sha.left(8);
    return sha.left(8) + QLatin1Char(' ') + info.summary;
}

int runNew(const QStringList &args, Io io)
{
    const Sub sub{QStringLiteral("new"), io};
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Create a reproduction workspace (a git repository) from a bug report: report.json, the\n"
               "original snippet, main.py (the snippet assembled from the report) and requirements.txt,\n"
               "in a first commit. DIR must not exist or be empty."));
    parser.addPositionalArgument(QStringLiteral("report"), QCoreApplication::translate("cli", "The bug report (a file, so:ID or gh:owner/repo#N)."));
    parser.addPositionalArgument(QStringLiteral("dir"), QCoreApplication::translate("cli", "The new workspace folder."));
    if (const int rc = sub.parse(parser, args, 2, 2); rc >= 0)
        return rc;
    const QStringList pos = parser.positionalArguments();
    Workspace ws;
    QString error;
    if (!Workspace::create(pos[0], pos[1], &ws, &error))
        return sub.fail(error);
    QString head;
    ws.repository().headSha(&head, &error);
    io.out << QCoreApplication::translate("cli", "Created workspace %1 for %2").arg(ws.directory(), ws.report().id) << '\n'
           << describeCommit(ws.repository(), head) << '\n';
    return 0;
}

int runApply(const QStringList &args, Io io)
{
    const Sub sub{QStringLiteral("apply"), io};
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Apply one edit action (thesis Table 4.5) to main.py and commit it: D input data, N network,\n"
               "H hyperparameters, R imports, L logging, O obsolete parameters, C compiler errors,\n"
               "P dataset, M models, V version migration. Uncommitted manual edits are committed first.\n"
               "Exit status: 0 applied, 1 the action had nothing to do, 2 bad input."));
    parser.addPositionalArgument(QStringLiteral("dir"), QCoreApplication::translate("cli", "The workspace."));
    const QCommandLineOption action(QStringLiteral("action"), QCoreApplication::translate("cli", "The action's letter (or id)."),
                                    QStringLiteral("letter"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), QCoreApplication::translate("cli", "Show the diff; change and commit nothing."));
    const QCommandLineOption json(QStringLiteral("json"), QCoreApplication::translate("cli", "Print the proposal as JSON."));
    parser.addOptions({action, dryRun, json});
    if (const int rc = sub.parse(parser, args, 1, 1); rc >= 0)
        return rc;
    if (!parser.isSet(action))
        return sub.fail(QCoreApplication::translate("cli", "--action is required (D, N, H, R, L, O, C, P, M or V)"));
    EditAction act;
    if (!parseEditAction(parser.value(action), &act))
        return sub.fail(QCoreApplication::translate("cli", "unknown action '%1' (expected D, N, H, R, L, O, C, P, M or V)").arg(parser.value(action)));
    Workspace ws;
    if (const int rc = sub.open(parser.positionalArguments().first(), &ws); rc >= 0)
        return rc;
    QString error;
    Proposal proposal;
    if (parser.isSet(dryRun)) {
        if (!ws.proposeAction(act, &proposal, &error))
            return sub.fail(error);
        if (parser.isSet(json))
            sub.printJson(proposalToJson(proposal));
        else if (proposal.hasChanges())
            io.out << proposal.diff(QStringLiteral("main.py"));
        else
            io.out << QCoreApplication::translate("cli", "nothing to do: %1").arg(proposal.nothingToDo) << '\n';
        return proposal.hasChanges() || !proposal.files.isEmpty() ? 0 : 1;
    }
    QString sha;
    if (!ws.applyAction(act, &sha, &error, &proposal)) {
        if (error.startsWith(QLatin1String("nothing to do"))) {
            io.err << "dlrepro-cli workspace apply: " << error << '\n';
            return 1;
        }
        return sub.fail(error);
    }
    if (parser.isSet(json)) {
        QJsonObject o = proposalToJson(proposal);
        o.insert(QStringLiteral("commit"), sha);
        sub.printJson(o);
    } else {
        io.out << describeCommit(ws.repository(), sha) << '\n' << proposal.diff(QStringLiteral("main.py"));
    }
    return 0;
}

int runCheckpoint(const QStringList &args, Io io)
{
    const Sub sub{QStringLiteral("checkpoint"), io};
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Commit the manual edits of the workspace. Exit status 1 when there is nothing to commit."));
    parser.addPositionalArgument(QStringLiteral("dir"), QCoreApplication::translate("cli", "The workspace."));
    const QCommandLineOption message({QStringLiteral("m"), QStringLiteral("message")},
                                     QCoreApplication::translate("cli", "The commit message."), QStringLiteral("text"));
    parser.addOption(message);
    if (const int rc = sub.parse(parser, args, 1, 1); rc >= 0)
        return rc;
    Workspace ws;
    if (const int rc = sub.open(parser.positionalArguments().first(), &ws); rc >= 0)
        return rc;
    QString sha, error;
    bool dirty = false;
    if (!ws.repository().isDirty(&dirty, &error))
        return sub.fail(error);
    if (!dirty) {
        io.err << "dlrepro-cli workspace checkpoint: " << QCoreApplication::translate("cli", "nothing to commit") << '\n';
        return 1;
    }
    if (!ws.checkpoint(parser.value(message), &sha, &error))
        return sub.fail(error);
    io.out << describeCommit(ws.repository(), sha) << '\n';
    return 0;
}

int runWorkspaceVerify(const QStringList &args, Io io)
{
    const Sub sub{QStringLiteral("verify"), io};
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Run main.py over several seeds, decide whether it reproduces the reported bug (as `verify`\n"
               "does) and commit runs/<timestamp>-<seed>.json and verdict.json. Manual edits are\n"
               "committed first. What should happen comes from the report unless --expect-error or\n"
               "--expect-metric is given.\n"
               "Exit status: 0 reproduced, 1 not reproduced, intermittent or inconclusive, 2 bad input."));
    parser.addPositionalArgument(QStringLiteral("dir"), QCoreApplication::translate("cli", "The workspace."));
    parser.addOptions({
        {QStringLiteral("expect-error"), QCoreApplication::translate("cli", "The error that should occur: \"Type: message\"."), QStringLiteral("text")},
        {QStringLiteral("expect-metric"), QCoreApplication::translate("cli", "The metric that should be seen: name=value[%], e.g. accuracy=34%."),
         QStringLiteral("spec")},
        {QStringLiteral("tolerance"), QCoreApplication::translate("cli", "Relative tolerance for a metric (default 0.05, also 5%)."), QStringLiteral("T")},
        {QStringLiteral("metric-regex"),
         QCoreApplication::translate("cli", "Read the metric from the output with this regular expression (one capture group; last match)."),
         QStringLiteral("RE")},
        {QStringLiteral("json"), QCoreApplication::translate("cli", "Print the verdict as JSON (docs/verdict-schema.md) with the commit.")},
    });
    addRunOptions(parser);
    if (const int rc = sub.parse(parser, args, 1, 1); rc >= 0)
        return rc;
    Workspace ws;
    if (const int rc = sub.open(parser.positionalArguments().first(), &ws); rc >= 0)
        return rc;

    WorkspaceVerifyOptions options;
    QString error;
    const bool userError = parser.isSet(QStringLiteral("expect-error"));
    const bool userMetric = parser.isSet(QStringLiteral("expect-metric"));
    if (userError && userMetric)
        return sub.fail(QCoreApplication::translate("cli", "give either --expect-error or --expect-metric, not both"));
    Expectation &expectation = options.expectation;
    if (userError || userMetric) {
        // The user's expectation wins; the report still says what kind of bug it is.
        const Expectation fromReport = ws.reportExpectation();
        expectation.bugType = fromReport.bugType;
        expectation.frameworks = fromReport.frameworks;
        expectation.gpuBug = fromReport.bugType == BugType::Gpu;
    } else {
        expectation = ws.reportExpectation();
    }
    if (userError && !parseExpectedError(parser.value(QStringLiteral("expect-error")), &expectation, &error))
        return sub.fail(error);
    if (userMetric && !parseExpectedMetric(parser.value(QStringLiteral("expect-metric")), &expectation, &error))
        return sub.fail(error);
    if (!expectation.isValid())
        return sub.fail(QCoreApplication::translate("cli", "the report quotes no error and no observed metric: give --expect-error or --expect-metric"));
    if (parser.isSet(QStringLiteral("tolerance"))) {
        if (expectation.kind != ExpectationKind::Metric)
            return sub.fail(QCoreApplication::translate("cli", "--tolerance applies to a metric, and the expectation is an error"));
        if (!parseTolerance(parser.value(QStringLiteral("tolerance")), &expectation.tolerance, &error))
            return sub.fail(error);
    }
    if (parser.isSet(QStringLiteral("metric-regex"))) {
        if (expectation.kind != ExpectationKind::Metric)
            return sub.fail(QCoreApplication::translate("cli", "--metric-regex applies to a metric, and the expectation is an error"));
        if (!setMetricRegex(parser.value(QStringLiteral("metric-regex")), &expectation, &error))
            return sub.fail(error);
    }

    PythonEnvironment environment;
    if (const int rc = prepareRun(parser, QStringLiteral("workspace verify"), ws.path(workspace_files::kMain), io,
                                  &options.request, &environment))
        return rc;
    options.context.interpreter = options.request.interpreter;
    options.context.device = options.request.device;
    options.context.gpuAvailable = environment.cudaAvailable && options.request.device != QLatin1String("cpu");
    options.context.environment = environment.toJson();
    QString checkpointSha;
    if (!ws.prepareVerification(&options, &checkpointSha, &error))
        return sub.fail(error);
    if (!checkpointSha.isEmpty())
        io.err << QCoreApplication::translate("cli", "Committed manual edits first: %1").arg(describeCommit(ws.repository(), checkpointSha)) << '\n';
    io.err << QCoreApplication::translate("cli", "Expecting: %1").arg(expectationToText(options.expectation)) << '\n';
    const QList<RunResult> results = executeRun(options.request, io);
    if (results.isEmpty())
        return sub.fail(QCoreApplication::translate("cli", "the runner did not start"));
    WorkspaceVerification verification;
    if (!ws.recordVerification(options, results, &verification, &error))
        return sub.fail(error);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject o = verdictToJson(verification.verdict);
        o.insert(QStringLiteral("commit"), verification.sha);
        o.insert(QStringLiteral("runs"), QJsonArray::fromStringList(verification.runFiles));
        sub.printJson(o);
    } else {
        io.out << verdictToText(verification.verdict) << describeCommit(ws.repository(), verification.sha) << '\n';
    }
    return verification.verdict.isReproduced() ? 0 : 1;
}

int runLog(const QStringList &args, Io io)
{
    const Sub sub{QStringLiteral("log"), io};
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "The history of the current branch, newest first: each commit with its edit action and verdict."));
    parser.addPositionalArgument(QStringLiteral("dir"), QCoreApplication::translate("cli", "The workspace."));
    const QCommandLineOption json(QStringLiteral("json"), QCoreApplication::translate("cli", "Print the history as JSON."));
    parser.addOption(json);
    if (const int rc = sub.parse(parser, args, 1, 1); rc >= 0)
        return rc;
    Workspace ws;
    if (const int rc = sub.open(parser.positionalArguments().first(), &ws); rc >= 0)
        return rc;
    QList<WorkspaceEntry> history;
    QString error;
    if (!ws.history(&history, &error))
        return sub.fail(error);
    if (parser.isSet(json)) {
        QJsonArray list;
        for (const WorkspaceEntry &e : std::as_const(history))
            list.append(entryJson(e));
        sub.printJson(QJsonObject{{QStringLiteral("workspace"), ws.directory()},
                                  {QStringLiteral("branch"), ws.repository().currentBranch()},
                                  {QStringLiteral("commits"), list}});
        return 0;
    }
    for (const WorkspaceEntry &e : std::as_const(history)) {
        QString badge = workspaceStepId(e.step);
        if (e.action)
            badge += QLatin1Char(' ') + QString(editActionLetter(*e.action));
        if (e.verdict)
            badge += QLatin1Char(' ') + verdictStatusId(*e.verdict);
        if (e.reverted)
            badge += QLatin1Char(' ') + QCoreApplication::translate("cli", "reverted");
        io.out << e.commit.sha.left(8) << "  " << e.commit.time.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) << "  ["
               << badge << "]  " << e.commit.summary << '\n';
    }
    return 0;
}

int runDiff(const QStringList &args, Io io)
{
    const Sub sub{QStringLiteral("diff"), io};
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli", "What a commit changed (default: the last one), as a unified diff."));
    parser.addPositionalArgument(QStringLiteral("dir"), QCoreApplication::translate("cli", "The workspace."));
    parser.addPositionalArgument(QStringLiteral("sha"), QCoreApplication::translate("cli", "The commit (default HEAD)."), QStringLiteral("[sha]"));
    const QCommandLineOption stat(QStringLiteral("stat"), QCoreApplication::translate("cli", "Only the files and their added/removed lines."));
    const QCommandLineOption json(QStringLiteral("json"), QCoreApplication::translate("cli", "Print the diff as JSON."));
    parser.addOptions({stat, json});
    if (const int rc = sub.parse(parser, args, 1, 2); rc >= 0)
        return rc;
    const QStringList pos = parser.positionalArguments();
    Workspace ws;
    if (const int rc = sub.open(pos[0], &ws); rc >= 0)
        return rc;
    GitDiff diff;
    QString error;
    if (!ws.repository().diff(pos.size() > 1 ? pos[1] : QStringLiteral("HEAD"), &diff, &error))
        return sub.fail(error);
    if (parser.isSet(json)) {
        QJsonArray files;
        for (const GitFileStat &f : std::as_const(diff.files))
            files.append(QJsonObject{{QStringLiteral("path"), f.path},
                                     {QStringLiteral("oldPath"), f.oldPath},
                                     {QStringLiteral("status"), QString(f.status)},
                                     {QStringLiteral("additions"), f.additions},
                                     {QStringLiteral("deletions"), f.deletions},
                                     {QStringLiteral("binary"), f.binary}});
        sub.printJson(QJsonObject{{QStringLiteral("from"), diff.fromSha},
                                  {QStringLiteral("to"), diff.toSha},
                                  {QStringLiteral("files"), files},
                                  {QStringLiteral("additions"), diff.additions},
                                  {QStringLiteral("deletions"), diff.deletions},
                                  {QStringLiteral("patch"), diff.patch}});
        return 0;
    }
    io.out << describeCommit(ws.repository(), diff.toSha) << '\n';
    if (parser.isSet(stat)) {
        for (const GitFileStat &f : std::as_const(diff.files))
            io.out << ' ' << f.status << ' ' << f.path << "  +" << f.additions << " -" << f.deletions << '\n';
        io.out << QCoreApplication::translate("cli", "%1 files, +%2 -%3").arg(diff.files.size()).arg(diff.additions).arg(diff.deletions) << '\n';
    } else {
        io.out << diff.patch;
    }
    return 0;
}

int runRevert(const QStringList &args, Io io)
{
    const Sub sub{QStringLiteral("revert"), io};
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Undo one commit (an edit action, a checkpoint) with a new revert commit. Refuses a workspace\n"
               "with uncommitted changes and a revert that conflicts with later changes."));
    parser.addPositionalArgument(QStringLiteral("dir"), QCoreApplication::translate("cli", "The workspace."));
    parser.addPositionalArgument(QStringLiteral("sha"), QCoreApplication::translate("cli", "The commit to undo."));
    if (const int rc = sub.parse(parser, args, 2, 2); rc >= 0)
        return rc;
    const QStringList pos = parser.positionalArguments();
    Workspace ws;
    if (const int rc = sub.open(pos[0], &ws); rc >= 0)
        return rc;
    QString sha, error;
    if (!ws.revertAction(pos[1], &sha, &error))
        return sub.fail(error);
    io.out << describeCommit(ws.repository(), sha) << '\n';
    return 0;
}

int runBranch(const QStringList &args, Io io)
{
    const Sub sub{QStringLiteral("branch"), io};
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Without a name: list the branches (* marks the current one). With a name: switch to that\n"
               "branch, creating it at the current commit when it does not exist, to try another path."));
    parser.addPositionalArgument(QStringLiteral("dir"), QCoreApplication::translate("cli", "The workspace."));
    parser.addPositionalArgument(QStringLiteral("name"), QCoreApplication::translate("cli", "The branch."), QStringLiteral("[name]"));
    if (const int rc = sub.parse(parser, args, 1, 2); rc >= 0)
        return rc;
    const QStringList pos = parser.positionalArguments();
    Workspace ws;
    if (const int rc = sub.open(pos[0], &ws); rc >= 0)
        return rc;
    QString error;
    QStringList names;
    if (!ws.repository().branches(&names, &error))
        return sub.fail(error);
    if (pos.size() == 1) {
        const QString current = ws.repository().currentBranch();
        for (const QString &n : std::as_const(names))
            io.out << (n == current ? "* " : "  ") << n << '\n';
        return 0;
    }
    const bool exists = names.contains(pos[1]);
    if (!(exists ? ws.switchBranch(pos[1], &error) : ws.branch(pos[1], &error)))
        return sub.fail(error);
    io.out << (exists ? QCoreApplication::translate("cli", "Switched to branch '%1'") : QCoreApplication::translate("cli", "Created and switched to branch '%1'"))
                  .arg(pos[1])
           << '\n';
    return 0;
}

int runCompare(const QStringList &args, Io io)
{
    const Sub sub{QStringLiteral("compare"), io};
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli", "Compare the verdicts recorded at two commits."));
    parser.addPositionalArgument(QStringLiteral("dir"), QCoreApplication::translate("cli", "The workspace."));
    parser.addPositionalArgument(QStringLiteral("a"), QCoreApplication::translate("cli", "The first commit."));
    parser.addPositionalArgument(QStringLiteral("b"), QCoreApplication::translate("cli", "The second commit."));
    const QCommandLineOption json(QStringLiteral("json"), QCoreApplication::translate("cli", "Print both verdicts as JSON."));
    parser.addOption(json);
    if (const int rc = sub.parse(parser, args, 3, 3); rc >= 0)
        return rc;
    const QStringList pos = parser.positionalArguments();
    Workspace ws;
    if (const int rc = sub.open(pos[0], &ws); rc >= 0)
        return rc;
    VerdictComparison cmp;
    QString error;
    if (!ws.compareVerdicts(pos[1], pos[2], &cmp, &error))
        return sub.fail(error);
    if (parser.isSet(json)) {
        const auto side = [](const RecordedVerdict &v) {
            return QJsonObject{{QStringLiteral("sha"), v.sha}, {QStringLiteral("verdict"), v.present ? QJsonValue(v.json) : QJsonValue()}};
        };
        sub.printJson(QJsonObject{{QStringLiteral("a"), side(cmp.a)},
                                  {QStringLiteral("b"), side(cmp.b)},
                                  {QStringLiteral("statusChanged"), cmp.statusChanged},
                                  {QStringLiteral("summary"), cmp.summary}});
    } else {
        io.out << cmp.summary << '\n';
    }
    return 0;
}

int runTransaction(const QStringList &args, Io io)
{
    const Sub sub{QStringLiteral("transaction"), io};
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "The reproduction's transaction derived from the history (bug type, information present,\n"
               "edit actions used and not reverted, time spent, verdict), written to transaction.json\n"
               "and committed when it changed."));
    parser.addPositionalArgument(QStringLiteral("dir"), QCoreApplication::translate("cli", "The workspace."));
    const QCommandLineOption json(QStringLiteral("json"), QCoreApplication::translate("cli", "Print transaction.json."));
    const QCommandLineOption noWrite(QStringLiteral("no-write"), QCoreApplication::translate("cli", "Derive it without writing or committing."));
    parser.addOptions({json, noWrite});
    if (const int rc = sub.parse(parser, args, 1, 1); rc >= 0)
        return rc;
    Workspace ws;
    if (const int rc = sub.open(parser.positionalArguments().first(), &ws); rc >= 0)
        return rc;
    WorkspaceTransaction t;
    QString error;
    if (!(parser.isSet(noWrite) ? ws.deriveTransaction(&t, &error) : ws.transaction(&t, &error)))
        return sub.fail(error);
    if (parser.isSet(json)) {
        sub.printJson(t.json);
        return 0;
    }
    QStringList information;
    for (const Item &i : t.transaction.items.ofClass(ItemClass::Information).items())
        information << i.name();
    QStringList actions;
    for (EditAction a : std::as_const(t.actionsInOrder))
        actions << QStringLiteral("%1 (%2)").arg(editActionLetter(a)).arg(editActionName(a));
    const QString none = QCoreApplication::translate("cli", "none");
    io.out << QCoreApplication::translate("cli", "Bug type:      %1").arg(bugTypeName(t.transaction.bugType)) << '\n'
           << QCoreApplication::translate("cli", "Information:   %1").arg(information.isEmpty() ? none : information.join(QStringLiteral(", "))) << '\n'
           << QCoreApplication::translate("cli", "Edit actions:  %1").arg(actions.isEmpty() ? none : actions.join(QStringLiteral(", "))) << '\n'
           << QCoreApplication::translate("cli", "Time spent:    %1 min").arg(t.transaction.minutesTaken.value_or(0.0), 0, 'f', 1) << '\n'
           << QCoreApplication::translate("cli", "Verdict:       %1").arg(t.verdict ? verdictStatusId(*t.verdict) : none) << '\n';
    return 0;
}

QString usage()
{
    return QCoreApplication::translate(
        "cli", "Usage: dlrepro-cli workspace <subcommand> [options]\n"
               "A reproduction kept as a git repository: every edit action and verification is a commit.\n\n"
               "Subcommands:\n"
               "  new <report> <dir>            create a workspace from a bug report\n"
               "  apply <dir> --action X        apply an edit action and commit it (--dry-run: diff only)\n"
               "  checkpoint <dir> [-m msg]     commit manual edits\n"
               "  verify <dir> [run options]    run main.py over seeds and commit runs and verdict\n"
               "  log <dir> [--json]            the history with actions and verdicts\n"
               "  diff <dir> [<sha>]            what a commit changed\n"
               "  revert <dir> <sha>            undo a commit with a revert commit\n"
               "  branch <dir> [<name>]         list branches, or switch to (creating) one\n"
               "  compare <dir> <sha> <sha>     compare the verdicts of two commits\n"
               "  transaction <dir> [--json]    the reproduction transaction derived from the history\n"
               "  clone <url> --commit <sha> <dir>   a GitHub project at its buggy commit\n"
               "  export <dir> --format F --out P    replication-package layout or notebook\n"
               "  import <package> <dir>        a replication-package bug, notebook or bug folder\n"
               "Each subcommand has --help. Exit status: 0 success, 1 a negative result, 2 bad input.\n");
}

} // namespace

int runWorkspace(const QStringList &args, Io io)
{
    if (args.isEmpty()) {
        io.err << usage();
        return 2;
    }
    const QString sub = args.first();
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h") || sub == QLatin1String("help")) {
        io.out << usage();
        return 0;
    }
    static const QList<std::pair<QString, std::function<int(const QStringList &, Io)>>> subcommands{
        {QStringLiteral("new"), runNew},
        {QStringLiteral("apply"), runApply},
        {QStringLiteral("checkpoint"), runCheckpoint},
        {QStringLiteral("verify"), runWorkspaceVerify},
        {QStringLiteral("log"), runLog},
        {QStringLiteral("diff"), runDiff},
        {QStringLiteral("revert"), runRevert},
        {QStringLiteral("branch"), runBranch},
        {QStringLiteral("compare"), runCompare},
        {QStringLiteral("transaction"), runTransaction},
        {QStringLiteral("clone"), runWorkspaceClone},
        {QStringLiteral("export"), runWorkspaceExport},
        {QStringLiteral("import"), runWorkspaceImport},
    };
    for (const auto &[name, run] : subcommands)
        if (name == sub)
            return run(args.mid(1), io);
    io.err << "dlrepro-cli workspace: "
           << QCoreApplication::translate("cli", "unknown subcommand '%1' (see dlrepro-cli workspace --help)").arg(sub) << '\n';
    return 2;
}

} // namespace dlrepro::cli
