// dlrepro-cli run: run a snippet through the harness once per seed and show what each run did.
// The option handling and the streaming run are shared with `verify` (VerifyCommand.cpp).
#include "Commands.h"

#include "run/EnvironmentDiscovery.h"
#include "run/Runner.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

namespace dlrepro::cli {

namespace {


bool parseSeeds(const QString &text, QList<int> *out)
{
    QList<int> seeds;
    QSet<int> seen;
    for (const QString &part : text.split(QLatin1Char(','))) {
        bool ok = false;
        const int s = part.trimmed().toInt(&ok);
        if (!ok || s < 0 || seen.contains(s))
            return false;
        seen.insert(s);
        seeds << s;
    }
    if (seeds.isEmpty() || seeds.size() > 1000)
        return false;
    *out = seeds;
    return true;
}

bool parseMemory(const QString &text, qint64 *out)
{
    static const QRegularExpression re(QStringLiteral(R"(^(\d{1,12}(?:\.\d{1,6})?)\s{0,3}([KMGT]?)(?:i?B)?$)"),
                                       QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return false;
    double v = m.captured(1).toDouble();
    const QString unit = m.captured(2).toUpper();
    const double k = 1024.0;
    if (unit == QLatin1String("K"))
        v *= k;
    else if (unit == QLatin1String("M"))
        v *= k * k;
    else if (unit == QLatin1String("G"))
        v *= k * k * k;
    else if (unit == QLatin1String("T"))
        v *= k * k * k * k;
    if (v < 1024.0 * 1024.0 || v > 1e18) // under a MiB no interpreter even starts
        return false;
    *out = qint64(v);
    return true;
}

QString seconds(double s) { return QLocale::c().toString(s, 'f', 2) + QStringLiteral(" s"); }

QString firstLine(const QString &text)
{
    const qsizetype nl = text.indexOf(QLatin1Char('\n'));
    return (nl < 0 ? text : text.left(nl)).trimmed().left(300);
}

} // namespace

// --- shared with VerifyCommand.cpp -------------------------------------------------------

void addRunOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("python"), QCoreApplication::translate("cli", "The Python interpreter (default: the one `dlrepro-cli env` marks)."), QStringLiteral("P")},
        {QStringLiteral("device"), QCoreApplication::translate("cli", "auto (CUDA when the interpreter has it), cpu, or cuda:N."), QStringLiteral("D"),
         QStringLiteral("auto")},
        {QStringLiteral("seeds"), QCoreApplication::translate("cli", "Comma-separated seeds (default 0,1,2,3,4)."), QStringLiteral("list")},
        {QStringLiteral("n-seeds"), QCoreApplication::translate("cli", "Run seeds 0..N-1 instead of a list."), QStringLiteral("N")},
        {QStringLiteral("parallel"), QCoreApplication::translate("cli", "Seeds run at once (default 1; on the CPU at most the cores)."),
         QStringLiteral("N"), QStringLiteral("1")},
        {QStringLiteral("timeout"), QCoreApplication::translate("cli", "Wall-clock limit per seed in seconds (default 300; 0: none)."),
         QStringLiteral("S"), QStringLiteral("300")},
        {QStringLiteral("memory-limit"), QCoreApplication::translate("cli", "Resident memory limit per seed, e.g. 2G or 512M (default: none)."),
         QStringLiteral("M")},
        {QStringLiteral("out"), QCoreApplication::translate("cli", "Keep every run's directory, result JSON and output under DIR."), QStringLiteral("DIR")},
        {QStringLiteral("deterministic"), QCoreApplication::translate("cli", "Ask the frameworks for deterministic algorithms.")},
        {QStringLiteral("dynamics"), QCoreApplication::translate("cli", "PyTorch: save per-layer weights, biases and gradients under --out "
            "(seed-N/dynamics; read them with `dlrepro-cli dynamics DIR`).")},
        {QStringLiteral("dynamics-every"), QCoreApplication::translate("cli", "With --dynamics: every N optimizer steps (default 0: once per epoch "
            "when a DataLoader is iterated, else every 10)."), QStringLiteral("N"), QStringLiteral("0")},
        {QStringLiteral("fork-server"),
         QCoreApplication::translate("cli", "auto (fork seeds from a warm interpreter that imported torch/numpy once, for snippets that do not use "
            "TensorFlow, Keras or JAX), on, or off (one process per seed)."),
         QStringLiteral("mode"), QStringLiteral("auto")},
    });
}

// Reads and checks the run options and resolves the interpreter. Returns 0, or 2 after saying
// what is wrong on io.err.
int prepareRun(const QCommandLineParser &parser, const QString &command, const QString &snippet, Io io,
               RunRequest *request, PythonEnvironment *environment)
{
    const QString prefix = QStringLiteral("dlrepro-cli ") + command + QStringLiteral(": ");
    auto fail = [&](const QString &message) {
        io.err << prefix << message << '\n';
        return 2;
    };
    const QFileInfo file(snippet);
    if (!file.exists())
        return fail(QCoreApplication::translate("cli", "%1: no such file").arg(snippet));
    if (!file.isFile() || !file.isReadable())
        return fail(QCoreApplication::translate("cli", "%1: not a readable file").arg(snippet));
    request->snippetPath = file.absoluteFilePath();

    const QString device = parser.value(QStringLiteral("device"));
    static const QRegularExpression deviceRe(QStringLiteral(R"(^(auto|cpu|cuda:\d{1,3})$)"));
    if (!deviceRe.match(device).hasMatch())
        return fail(QCoreApplication::translate("cli", "--device must be auto, cpu or cuda:N, not '%1'").arg(device));
    request->device = device;

    if (parser.isSet(QStringLiteral("seeds")) && parser.isSet(QStringLiteral("n-seeds")))
        return fail(QCoreApplication::translate("cli", "give either --seeds or --n-seeds, not both"));
    if (parser.isSet(QStringLiteral("seeds"))) {
        if (!parseSeeds(parser.value(QStringLiteral("seeds")), &request->seeds))
            return fail(QCoreApplication::translate("cli", "--seeds needs distinct non-negative integers separated by commas (at most 1000), not '%1'")
                            .arg(parser.value(QStringLiteral("seeds")).left(80)));
    } else if (parser.isSet(QStringLiteral("n-seeds"))) {
        bool ok = false;
        const int n = parser.value(QStringLiteral("n-seeds")).toInt(&ok);
        if (!ok || n < 1 || n > 1000)
            return fail(QCoreApplication::translate("cli", "--n-seeds must be between 1 and 1000"));
        request->seeds.clear();
        for (int i = 0; i < n; ++i)
            request->seeds << i;
    }
    bool ok = false;
    request->parallel = parser.value(QStringLiteral("parallel")).toInt(&ok);
    if (!ok || request->parallel < 1 || request->parallel > 256)
        return fail(QCoreApplication::translate("cli", "--parallel must be between 1 and 256"));
    const double timeout = parser.value(QStringLiteral("timeout")).toDouble(&ok);
    if (!ok || timeout < 0 || timeout > 7 * 24 * 3600)
        return fail(QCoreApplication::translate("cli", "--timeout must be a number of seconds (0: none)"));
    request->timeoutMs = int(timeout * 1000.0);
    if (parser.isSet(QStringLiteral("memory-limit"))
        && !parseMemory(parser.value(QStringLiteral("memory-limit")), &request->memoryLimitBytes))
        return fail(QCoreApplication::translate("cli", "--memory-limit must be an amount such as 2G, 512M or 1.5GiB (at least 1M), not '%1'")
                        .arg(parser.value(QStringLiteral("memory-limit")).left(40)));
    if (parser.isSet(QStringLiteral("out"))) {
        const QString out = parser.value(QStringLiteral("out"));
        if (!QDir().mkpath(out))
            return fail(QCoreApplication::translate("cli", "cannot create %1").arg(out));
        request->outDir = QFileInfo(out).absoluteFilePath();
        request->keepDirectory = true;
    }
    request->deterministic = parser.isSet(QStringLiteral("deterministic"));
    request->dynamics = parser.isSet(QStringLiteral("dynamics"));
    if (parser.isSet(QStringLiteral("dynamics-every")) && !request->dynamics)
        return fail(QCoreApplication::translate("cli", "--dynamics-every needs --dynamics"));
    request->dynamicsEvery = parser.value(QStringLiteral("dynamics-every")).toInt(&ok);
    if (!ok || request->dynamicsEvery < 0)
        return fail(QCoreApplication::translate("cli", "--dynamics-every must be a number of steps >= 0, not '%1'")
                        .arg(parser.value(QStringLiteral("dynamics-every")).left(40)));
    if (request->dynamics && request->outDir.isEmpty())
        return fail(QCoreApplication::translate("cli", "--dynamics needs --out DIR: the saved tensors are kept there"));
    const QString fork = parser.value(QStringLiteral("fork-server"));
    if (fork == QLatin1String("auto"))
        request->forkServer = ForkServerMode::Auto;
    else if (fork == QLatin1String("on"))
        request->forkServer = ForkServerMode::On;
    else if (fork == QLatin1String("off"))
        request->forkServer = ForkServerMode::Off;
    else
        return fail(QCoreApplication::translate("cli", "--fork-server must be auto, on or off, not '%1'").arg(fork.left(40)));

    const EnvironmentDiscovery discovery;
    if (parser.isSet(QStringLiteral("python"))) {
        const QString python = parser.value(QStringLiteral("python"));
        const QFileInfo pf(python);
        if (!pf.exists() || !pf.isExecutable())
            return fail(QCoreApplication::translate("cli", "--python %1: not an executable file").arg(python));
        *environment = discovery.probe(pf.absoluteFilePath());
        if (!environment->isUsable())
            return fail(QCoreApplication::translate("cli", "--python %1 does not work: %2").arg(python, environment->probeError));
    } else {
        const QList<PythonEnvironment> envs = discovery.discover();
        const auto choice = EnvironmentDiscovery::chooseDefault(envs);
        if (choice.index < 0)
            return fail(QCoreApplication::translate("cli", "no usable Python interpreter found; give --python or set DLREPRO_PYTHON"));
        *environment = envs.at(choice.index);
        io.err << QCoreApplication::translate("cli", "Using %1").arg(choice.reason) << '\n';
    }
    request->interpreter = environment->interpreter;
    if (request->device.startsWith(QLatin1String("cuda")) && !environment->cudaAvailable)
        io.err << prefix << QCoreApplication::translate("cli", "warning: %1 sees no CUDA device; the runs will fail where they need one")
                                .arg(environment->interpreter)
               << '\n';
    return 0;
}

// Runs every seed, streaming output lines to io.err as "[seed N] line" while they come.
QList<RunResult> executeRun(const RunRequest &request, Io io)
{
    io.err.flush();
    const QList<RunResult> results = Runner::runSeeds(
        request,
        [&](const RunResult &r) {
            io.err << "[seed " << r.seed << "] " << QCoreApplication::translate("cli", "%1 after %2").arg(runStatusId(r.status), seconds(r.wallSeconds))
                   << '\n';
            io.err.flush();
        },
        [&](int seed, const QString &line, bool) {
            io.err << "[seed " << seed << "] " << line << '\n';
            io.err.flush();
        });
    if (!request.outDir.isEmpty()) {
        QJsonArray all;
        for (const RunResult &r : results)
            all.append(runResultToJson(r));
        QFile f(QDir(request.outDir).filePath(QStringLiteral("runs.json")));
        if (f.open(QIODevice::WriteOnly))
            f.write(QJsonDocument(all).toJson(QJsonDocument::Indented));
        if (!results.isEmpty()) {
            QFile req(QDir(request.outDir).filePath(QStringLiteral("requirements.txt")));
            if (req.open(QIODevice::WriteOnly))
                req.write(requirementsText(results.first()).toUtf8());
        }
    }
    return results;
}

QString runSummaryText(const QList<RunResult> &results)
{
    QString t = QCoreApplication::translate("cli", "seed").leftJustified(6) + QCoreApplication::translate("cli", "status").leftJustified(16) + QCoreApplication::translate("cli", "time").leftJustified(10)
        + QCoreApplication::translate("cli", "peak RSS").leftJustified(11) + QCoreApplication::translate("cli", "outcome") + QLatin1Char('\n');
    for (const RunResult &r : results) {
        QString outcome;
        switch (r.status) {
        case RunStatus::Exception:
            outcome = r.exception.type + QStringLiteral(": ") + firstLine(r.exception.message);
            if (r.exception.snippetLine > 0)
                outcome += QCoreApplication::translate("cli", " (line %1)").arg(r.exception.snippetLine);
            break;
        case RunStatus::Finished: {
            QStringList ms;
            QSet<QString> seen;
            for (auto it = r.metrics.crbegin(); it != r.metrics.crend(); ++it) {
                if (seen.contains(it->name))
                    continue;
                seen.insert(it->name);
                ms.prepend(it->name + QLatin1Char('=') + QLocale::c().toString(it->value, 'g', 6) + it->unit);
            }
            outcome = ms.isEmpty() ? QCoreApplication::translate("cli", "finished") : ms.join(QStringLiteral(" "));
            break;
        }
        case RunStatus::Exited: outcome = QCoreApplication::translate("cli", "exit code %1").arg(r.exitCode); break;
        case RunStatus::Crashed: outcome = QCoreApplication::translate("cli", "killed by signal %1").arg(r.signal); break;
        default: outcome = firstLine(r.errorText); break;
        }
        const QString rss = r.peakRssBytes > 0 ? QString::number(double(r.peakRssBytes) / (1024.0 * 1024.0), 'f', 0) + QStringLiteral(" MiB")
                                               : QStringLiteral("-");
        t += QString::number(r.seed).leftJustified(6) + runStatusId(r.status).leftJustified(16)
            + seconds(r.wallSeconds).leftJustified(10) + rss.leftJustified(11) + outcome + QLatin1Char('\n');
        if (!r.runDirectory.isEmpty())
            t += QStringLiteral("      ") + r.runDirectory + QLatin1Char('\n');
    }
    return t;
}

bool allAnswered(const QList<RunResult> &results)
{
    for (const RunResult &r : results)
        if (r.status != RunStatus::Finished && r.status != RunStatus::Exception && r.status != RunStatus::Exited
            && r.status != RunStatus::Crashed)
            return false;
    return !results.isEmpty();
}

// --- run -----------------------------------------------------------------------------------

int runRun(const QStringList &args, Io io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("cli", "Run a Python snippet in your interpreter once per seed, through dlrepro's harness (seeded\n"
           "random/numpy/torch/tensorflow, captured exception, collected metrics, limits). Output lines\n"
           "stream to stderr as \"[seed N] …\"; the per-seed summary goes to stdout.\n"
           "Exit status: 0 every seed ran to an answer (an exception is an answer), 1 some seed timed\n"
           "out, hit a limit or did not start, 2 bad input or usage."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("snippet"), QCoreApplication::translate("cli", "The Python file to run."));
    const QCommandLineOption json(QStringLiteral("json"), QCoreApplication::translate("cli", "Print the results as JSON (docs/run-result-schema.md)."));
    parser.addOption(json);
    addRunOptions(parser);
    QStringList argv = args;
    argv.prepend(QStringLiteral("dlrepro-cli run"));
    if (!parser.parse(argv)) {
        io.err << "dlrepro-cli run: " << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        io.out << parser.helpText();
        return 0;
    }
    if (parser.positionalArguments().size() != 1) {
        io.err << "dlrepro-cli run: " << QCoreApplication::translate("cli", "expected exactly one snippet (see --help)") << '\n';
        return 2;
    }
    RunRequest request;
    PythonEnvironment environment;
    if (const int rc = prepareRun(parser, QStringLiteral("run"), parser.positionalArguments().first(), io, &request,
                                  &environment))
        return rc;
    const QList<RunResult> results = executeRun(request, io);
    if (results.isEmpty()) {
        io.err << "dlrepro-cli run: " << QCoreApplication::translate("cli", "the runner did not start") << '\n';
        return 2;
    }
    if (parser.isSet(json)) {
        QJsonArray list;
        for (const RunResult &r : results)
            list.append(runResultToJson(r));
        const QJsonObject doc{{QStringLiteral("snippet"), request.snippetPath},
                              {QStringLiteral("interpreter"), request.interpreter},
                              {QStringLiteral("device"), request.device},
                              {QStringLiteral("environment"), environment.toJson()},
                              {QStringLiteral("results"), list}};
        io.out << QString::fromUtf8(QJsonDocument(doc).toJson(QJsonDocument::Indented));
    } else {
        io.out << runSummaryText(results);
    }
    return allAnswered(results) ? 0 : 1;
}

} // namespace dlrepro::cli
