#include "run/Runner.h"

#include "run/Harness.h"
#include "run/HarnessResult.h"
#include "run/ProcessGroup.h"
#include "run/WorkDirectory.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QPointer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include <signal.h>
#include <unistd.h>

namespace dlrepro {

namespace {

// A line longer than this is passed on in pieces, so one newline-free flood cannot grow a
// buffer without bound before the output cap sees it.
constexpr qsizetype kMaxLineBytes = 1024 * 1024;

QString signalName(int sig)
{
    switch (sig) {
    case SIGSEGV: return QStringLiteral("SIGSEGV, segmentation fault");
    case SIGABRT: return QStringLiteral("SIGABRT, aborted");
    case SIGBUS: return QStringLiteral("SIGBUS, bus error");
    case SIGFPE: return QStringLiteral("SIGFPE, floating-point exception");
    case SIGILL: return QStringLiteral("SIGILL, illegal instruction");
    case SIGKILL: return QStringLiteral("SIGKILL");
    case SIGTERM: return QStringLiteral("SIGTERM");
    default: return QStringLiteral("signal %1").arg(sig);
    }
}

QString formatBytes(qint64 bytes)
{
    return QStringLiteral("%1 MB").arg(double(bytes) / (1024.0 * 1024.0), 0, 'f', 0);
}

} // namespace

struct SeedRun {
    int index = 0;
    QProcess *process = nullptr;
    qint64 pid = 0;
    QElapsedTimer timer;
    RunResult result;
    QString seedDir;
    QByteArray partial[2]; // stdout, stderr: bytes after the last newline
    qint64 outputBytes = 0;
    bool killing = false;
    bool discardOutput = false;
    RunStatus killReason = RunStatus::Finished;
    qint64 polledPeakRss = 0;
    QTimer *graceTimer = nullptr;
};

struct Runner::Private {
    Runner *q = nullptr;
    RunRequest request;
    bool running = false;
    bool cancelled = false;
    int nextIndex = 0;
    int active = 0;
    int done = 0;
    QList<RunResult> results;
    QList<SeedRun *> seeds;
    QString harnessDir;
    QString baseDir;
    std::unique_ptr<QTemporaryDir> tempDir;
    QTimer poll;

    void launchMore();
    void launch(int index);
    void readChannel(SeedRun *run, bool isStderr);
    void emitLine(SeedRun *run, const QByteArray &bytes, bool isStderr);
    void killRun(SeedRun *run, RunStatus reason, const QString &why);
    void processFinished(SeedRun *run, int exitCode, QProcess::ExitStatus status);
    void failToStart(SeedRun *run, const QString &why);
    void complete(SeedRun *run);
    void pollLimits();
    QProcessEnvironment environmentFor(int seed) const;
};

Runner::Runner(QObject *parent)
    : QObject(parent), d(std::make_unique<Private>())
{
    d->q = this;
    d->poll.setInterval(50);
    connect(&d->poll, &QTimer::timeout, this, [this] { d->pollLimits(); });
}

Runner::~Runner()
{
    // Never leave a snippet running behind a destroyed runner.
    for (SeedRun *run : std::as_const(d->seeds)) {
        if (run->process && run->pid > 0) {
            signalSession(run->pid, SIGKILL);
            run->process->disconnect();
            run->process->waitForFinished(2000);
        }
        delete run;
    }
}

bool Runner::isRunning() const
{
    return d->running;
}

bool Runner::start(const RunRequest &request)
{
    if (d->running)
        return false;
    qDeleteAll(d->seeds);
    d->seeds.clear();
    d->request = request;
    if (d->request.seeds.isEmpty())
        d->request.seeds = {0};
    d->running = true;
    d->cancelled = false;
    d->nextIndex = 0;
    d->active = 0;
    d->done = 0;
    d->results = QList<RunResult>(d->request.seeds.size());
    d->tempDir.reset();

    QString error;
    if (request.interpreter.isEmpty())
        error = QStringLiteral("no Python interpreter was given");
    else if (!QFileInfo(request.snippetPath).isFile())
        error = QStringLiteral("the snippet %1 does not exist").arg(request.snippetPath);
    else if (!(request.device == QStringLiteral("auto") || request.device == QStringLiteral("cpu")
               || request.device.startsWith(QStringLiteral("cuda:"))))
        error = QStringLiteral("unknown device \"%1\" (auto, cpu or cuda:N)").arg(request.device);
    if (error.isEmpty())
        d->harnessDir = harnessDirectory(&error);
    if (error.isEmpty()) {
        if (!request.outDir.isEmpty()) {
            d->baseDir = QFileInfo(request.outDir).absoluteFilePath();
            if (!QDir().mkpath(d->baseDir))
                error = QStringLiteral("cannot create %1").arg(request.outDir);
        } else {
            d->tempDir = std::make_unique<QTemporaryDir>(QDir::tempPath()
                                                         + QStringLiteral("/dlrepro-run-XXXXXX"));
            d->tempDir->setAutoRemove(!request.keepDirectory);
            if (!d->tempDir->isValid())
                error = QStringLiteral("cannot create a temporary directory: %1")
                            .arg(d->tempDir->errorString());
            else
                d->baseDir = d->tempDir->path();
        }
    }
    for (int i = 0; i < d->request.seeds.size(); ++i) {
        auto *run = new SeedRun;
        run->index = i;
        run->result.seed = d->request.seeds.at(i);
        d->seeds.append(run);
    }
    if (!error.isEmpty()) {
        // Reported from the event loop, like every other outcome, so callers have one path.
        QTimer::singleShot(0, this, [this, error] {
            for (SeedRun *run : std::as_const(d->seeds)) {
                run->result.status = RunStatus::FailedToStart;
                run->result.errorText = error;
                d->complete(run);
            }
        });
        d->nextIndex = int(d->seeds.size());
        return true;
    }
    if (d->request.memoryLimitBytes > 0 || d->request.timeoutMs > 0)
        d->poll.start();
    QTimer::singleShot(0, this, [this] { d->launchMore(); });
    return true;
}

void Runner::cancel()
{
    if (!d->running || d->cancelled)
        return;
    d->cancelled = true;
    for (SeedRun *run : std::as_const(d->seeds)) {
        if (run->process)
            d->killRun(run, RunStatus::Cancelled, QStringLiteral("cancelled"));
    }
    while (d->nextIndex < d->seeds.size()) {
        SeedRun *run = d->seeds.at(d->nextIndex++);
        run->result.status = RunStatus::Cancelled;
        run->result.errorText = QStringLiteral("cancelled before it started");
        d->complete(run);
    }
}

QProcessEnvironment Runner::Private::environmentFor(int seed) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QStringList keys = env.keys();
    for (const QString &key : keys) {
        // dlrepro's own settings are not the snippet's business; PYTHONINSPECT would leave the
        // interpreter waiting at a prompt after the snippet.
        if (key.startsWith(QStringLiteral("DLREPRO_")) || key == QStringLiteral("PYTHONINSPECT"))
            env.remove(key);
    }
    env.insert(QStringLiteral("PYTHONHASHSEED"), QString::number(seed));
    env.insert(QStringLiteral("PYTHONUNBUFFERED"), QStringLiteral("1"));
    env.insert(QStringLiteral("PYTHONFAULTHANDLER"), QStringLiteral("1"));
    if (request.device == QStringLiteral("cpu"))
        env.insert(QStringLiteral("CUDA_VISIBLE_DEVICES"), QString());
    else if (request.device.startsWith(QStringLiteral("cuda:")))
        env.insert(QStringLiteral("CUDA_VISIBLE_DEVICES"), request.device.mid(5));
    if (request.deterministic) {
        env.insert(QStringLiteral("CUBLAS_WORKSPACE_CONFIG"), QStringLiteral(":4096:8"));
        env.insert(QStringLiteral("TF_DETERMINISTIC_OPS"), QStringLiteral("1"));
    }
    return env;
}

void Runner::Private::launchMore()
{
    const int limit = effectiveParallelism(request);
    while (!cancelled && active < limit && nextIndex < seeds.size())
        launch(nextIndex++);
}

void Runner::Private::launch(int index)
{
    SeedRun *run = seeds.at(index);
    const int seed = run->result.seed;
    run->seedDir = baseDir + QStringLiteral("/seed-%1").arg(seed);
    QDir(run->seedDir).removeRecursively();
    const QString workDir = run->seedDir + QStringLiteral("/work");
    QString snippetCopy;
    QString error;
    if (!prepareWorkDirectory(request.snippetPath, workDir, request.copyWorkspace, &snippetCopy,
                              &error)) {
        ++active;
        failToStart(run, error);
        return;
    }
    run->result.runDirectory = workDir;
    run->result.resultPath = run->seedDir + QStringLiteral("/result.json");
    run->result.device = request.device == QStringLiteral("auto") ? QString() : request.device;

    QStringList args{harnessDir + QLatin1Char('/') + harnessScriptName(),
                     QStringLiteral("--snippet"), snippetCopy,
                     QStringLiteral("--seed"), QString::number(seed),
                     QStringLiteral("--result"), run->result.resultPath,
                     QStringLiteral("--device"), request.device};
    if (request.deterministic)
        args.append(QStringLiteral("--deterministic"));

    auto *process = new QProcess(q);
    run->process = process;
    process->setProgram(request.interpreter);
    process->setArguments(args);
    process->setWorkingDirectory(workDir);
    process->setProcessEnvironment(environmentFor(seed));
    process->setStandardInputFile(QProcess::nullDevice());
    // Its own session: cancel and limits signal the whole group, grandchildren included.
    process->setChildProcessModifier([] { ::setsid(); });
    QObject::connect(process, &QProcess::readyReadStandardOutput, q,
                     [this, run] { readChannel(run, false); });
    QObject::connect(process, &QProcess::readyReadStandardError, q,
                     [this, run] { readChannel(run, true); });
    QObject::connect(process, &QProcess::finished, q,
                     [this, run](int code, QProcess::ExitStatus status) {
                         processFinished(run, code, status);
                     });
    QObject::connect(process, &QProcess::errorOccurred, q, [this, run](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart && run->process)
            failToStart(run, QStringLiteral("cannot start %1: %2")
                                 .arg(request.interpreter, run->process->errorString()));
    });
    ++active;
    run->timer.start();
    Q_EMIT q->seedStarted(seed, index, int(seeds.size()));
    process->start();
    run->pid = process->processId();
}

void Runner::Private::emitLine(SeedRun *run, const QByteArray &bytes, bool isStderr)
{
    QByteArray trimmed = bytes;
    if (trimmed.endsWith('\n'))
        trimmed.chop(1);
    if (trimmed.endsWith('\r'))
        trimmed.chop(1);
    const QString line = QString::fromUtf8(trimmed);
    run->result.output += line + QLatin1Char('\n');
    Q_EMIT q->outputLine(run->result.seed, line, isStderr);
}

void Runner::Private::readChannel(SeedRun *run, bool isStderr)
{
    if (!run->process)
        return;
    run->process->setReadChannel(isStderr ? QProcess::StandardError : QProcess::StandardOutput);
    QByteArray chunk = run->process->readAll();
    if (run->discardOutput || chunk.isEmpty())
        return;
    const qint64 cap = request.outputLimitBytes;
    bool over = false;
    if (cap > 0 && run->outputBytes + chunk.size() > cap) {
        chunk.truncate(qMax<qint64>(0, cap - run->outputBytes));
        over = true;
    }
    run->outputBytes += chunk.size();
    QByteArray &buffer = run->partial[isStderr ? 1 : 0];
    buffer += chunk;
    qsizetype start = 0;
    for (;;) {
        const qsizetype nl = buffer.indexOf('\n', start);
        if (nl < 0)
            break;
        emitLine(run, buffer.mid(start, nl - start + 1), isStderr);
        start = nl + 1;
    }
    buffer.remove(0, start);
    while (buffer.size() > kMaxLineBytes) {
        emitLine(run, buffer.left(kMaxLineBytes), isStderr);
        buffer.remove(0, kMaxLineBytes);
    }
    if (over) {
        run->discardOutput = true;
        run->result.outputTruncated = true;
        killRun(run, RunStatus::OutputLimit,
                QStringLiteral("printed more than the output limit of %1; killed")
                    .arg(formatBytes(cap)));
    }
}

void Runner::Private::killRun(SeedRun *run, RunStatus reason, const QString &why)
{
    if (run->killing || !run->process)
        return;
    run->killing = true;
    run->killReason = reason;
    run->result.errorText = why;
    signalSession(run->pid, SIGTERM);
    run->graceTimer = new QTimer(run->process);
    run->graceTimer->setSingleShot(true);
    QObject::connect(run->graceTimer, &QTimer::timeout, q,
                     [run] { signalSession(run->pid, SIGKILL); });
    run->graceTimer->start(qMax(0, request.killGraceMs));
}

void Runner::Private::pollLimits()
{
    for (SeedRun *run : std::as_const(seeds)) {
        if (!run->process || run->killing || run->pid <= 0)
            continue;
        if (request.timeoutMs > 0 && run->timer.elapsed() > request.timeoutMs) {
            killRun(run, RunStatus::TimedOut,
                    QStringLiteral("still running after the time limit of %1 s; killed")
                        .arg(request.timeoutMs / 1000.0));
            continue;
        }
        if (request.memoryLimitBytes > 0) {
            const qint64 rss = sessionResidentBytes(run->pid);
            run->polledPeakRss = qMax(run->polledPeakRss, rss);
            if (rss > request.memoryLimitBytes)
                killRun(run, RunStatus::MemoryLimit,
                        QStringLiteral("resident memory %1 went over the limit of %2; killed")
                            .arg(formatBytes(rss), formatBytes(request.memoryLimitBytes)));
        }
    }
}

void Runner::Private::failToStart(SeedRun *run, const QString &why)
{
    run->result.status = RunStatus::FailedToStart;
    run->result.errorText = why;
    if (run->process) {
        run->process->disconnect();
        run->process->deleteLater();
        run->process = nullptr;
    }
    --active;
    complete(run);
    launchMore();
}

void Runner::Private::processFinished(SeedRun *run, int exitCode, QProcess::ExitStatus status)
{
    if (!run->process)
        return;
    readChannel(run, false);
    readChannel(run, true);
    for (int channel = 0; channel < 2; ++channel) {
        if (!run->partial[channel].isEmpty() && !run->discardOutput)
            emitLine(run, run->partial[channel], channel == 1);
        run->partial[channel].clear();
    }
    // A grandchild may outlive the harness (and hold its pipes): the session goes with it.
    signalSession(run->pid, SIGKILL);
    const double measured = run->timer.elapsed() / 1000.0;

    RunResult &r = run->result;
    QString readError;
    const bool haveResult = readHarnessResult(r.resultPath, &r, &readError);
    if (run->killing) {
        r.status = run->killReason;
        r.exitCode = -1;
        r.signal = status == QProcess::CrashExit ? exitCode : 0;
    } else if (status == QProcess::CrashExit) {
        // Qt's exitCode() under CrashExit is the terminating signal.
        r.status = RunStatus::Crashed;
        r.signal = exitCode;
        r.exitCode = -1;
        r.errorText = QStringLiteral("the process was killed by %1").arg(signalName(exitCode));
    } else {
        r.exitCode = exitCode;
        if (!haveResult) {
            r.status = exitCode == 0 ? RunStatus::Finished : RunStatus::Exited;
            r.errorText = QStringLiteral("exited with code %1 without a harness result (%2)")
                              .arg(exitCode)
                              .arg(readError);
        }
    }
    if (!haveResult || r.wallSeconds <= 0)
        r.wallSeconds = measured;
    r.peakRssBytes = qMax(r.peakRssBytes, run->polledPeakRss);
    if (r.device.isEmpty())
        r.device = request.device == QStringLiteral("auto") ? QStringLiteral("cpu") : request.device;
    r.metrics += metricsFromOutput(r.output);

    run->process->disconnect();
    run->process->deleteLater();
    run->process = nullptr;
    --active;
    complete(run);
    launchMore();
}

void Runner::Private::complete(SeedRun *run)
{
    RunResult &r = run->result;
    const bool keep = !request.outDir.isEmpty() || request.keepDirectory;
    if (keep && !run->seedDir.isEmpty()) {
        QFile out(run->seedDir + QStringLiteral("/output.txt"));
        if (out.open(QIODevice::WriteOnly))
            out.write(r.output.toUtf8());
    } else {
        r.runDirectory.clear();
        r.resultPath.clear();
    }
    results[run->index] = r;
    ++done;
    Q_EMIT q->seedFinished(r);
    if (done == seeds.size()) {
        running = false;
        poll.stop();
        if (tempDir && !keep)
            tempDir.reset(); // removes the runs' directories
        Q_EMIT q->finished(results);
    }
}

QList<RunResult> Runner::runSeeds(const RunRequest &request, const Callback &onSeedFinished,
                                  const LineCallback &onLine)
{
    Runner runner;
    QList<RunResult> results;
    QEventLoop loop;
    if (onSeedFinished)
        connect(&runner, &Runner::seedFinished, &runner, onSeedFinished);
    if (onLine)
        connect(&runner, &Runner::outputLine, &runner, onLine);
    connect(&runner, &Runner::finished, &loop, [&](const QList<RunResult> &r) {
        results = r;
        loop.quit();
    });
    if (!runner.start(request))
        return results;
    loop.exec();
    return results;
}

} // namespace dlrepro
