#include "run/Runner.h"

#include "run/ForkServer.h"
#include "run/Harness.h"
#include "run/HarnessResult.h"
#include "run/ProcessGroup.h"
#include "run/WorkDirectory.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonObject>
#include <QPointer>
#include <QProcess>
#include <QSocketNotifier>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

namespace dlrepro {

namespace {

// A line longer than this is passed on in pieces, so one newline-free flood cannot grow a
// buffer without bound before the output cap sees it.
constexpr qsizetype kMaxLineBytes = 1024 * 1024;

// How long the fork server may take to import its preload modules.
constexpr int kServerStartMs = 120000;

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
    QProcess *process = nullptr; // the plain path's harness process
    // The fork path: the server's request id, and the FIFOs the child writes stdout/stderr to.
    bool forked = false;
    int forkId = 0;
    int fifo[2] = {-1, -1};
    QSocketNotifier *notifier[2] = {nullptr, nullptr};
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

    bool live() const { return process || forked; }
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

    // The fork path (docs/fork-server.md).
    ForkServerChoice forkChoice;
    bool useFork = false;
    std::unique_ptr<ForkServer> server;
    QString serverKey;        // interpreter, preload, device, determinism: when to reuse it
    int serverDeaths = 0;     // in this run; the second means plain processes
    QString plainNote;        // put on seeds that ran plain because the server failed
    QHash<int, SeedRun *> forkRuns; // request id → run
    QList<int> retry;         // indexes to launch again (their server died under them)

    void launchMore();
    void launch(int index);
    bool launchForked(SeedRun *run, const QString &snippetCopy, const QString &workDir,
                      QString *error);
    void ensureServer();
    void serverReady();
    void serverDied(const QString &why);
    void fallBackToPlain(const QString &note);
    void closeFifos(SeedRun *run);
    void readChannel(SeedRun *run, bool isStderr);
    void emitLine(SeedRun *run, const QByteArray &bytes, bool isStderr);
    void killRun(SeedRun *run, RunStatus reason, const QString &why);
    void processFinished(SeedRun *run, int exitCode, int signal);
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
        if (run->forked && run->pid > 0)
            signalSession(run->pid, SIGKILL);
        d->closeFifos(run);
        delete run;
    }
    d->server.reset();
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
    d->forkRuns.clear();
    d->retry.clear();
    d->serverDeaths = 0;
    d->plainNote.clear();
    d->forkChoice = ForkServerChoice();
    d->useFork = false;

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
    d->forkChoice = chooseForkServer(d->request);
    d->useFork = d->forkChoice.use;
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
        if (run->live())
            d->killRun(run, RunStatus::Cancelled, QStringLiteral("cancelled"));
    }
    while (!d->retry.isEmpty() || d->nextIndex < d->seeds.size()) {
        SeedRun *run = d->seeds.at(!d->retry.isEmpty() ? d->retry.takeFirst() : d->nextIndex++);
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
    if (request.dynamics) {
        // Read and removed by the harness (both the plain and the fork-server path see this).
        env.insert(QStringLiteral("DLREPRO_DYNAMICS"), QString::number(qMax(0, request.dynamicsEvery)));
        if (request.dynamicsBudgetBytes > 0)
            env.insert(QStringLiteral("DLREPRO_DYNAMICS_BUDGET"), QString::number(request.dynamicsBudgetBytes));
    }
    if (request.deterministic) {
        env.insert(QStringLiteral("CUBLAS_WORKSPACE_CONFIG"), QStringLiteral(":4096:8"));
        env.insert(QStringLiteral("TF_DETERMINISTIC_OPS"), QStringLiteral("1"));
    }
    return env;
}

void Runner::Private::launchMore()
{
    if (useFork && !cancelled && (!retry.isEmpty() || nextIndex < seeds.size())
        && !(server && server->isReady())) {
        ensureServer(); // launchMore comes back from serverReady() or serverDied()
        return;
    }
    const int limit = effectiveParallelism(request);
    while (!cancelled && active < limit && (!retry.isEmpty() || nextIndex < seeds.size()))
        launch(!retry.isEmpty() ? retry.takeFirst() : nextIndex++);
}

void Runner::Private::ensureServer()
{
    const QString device = request.device;
    const QString key = QStringList{request.interpreter, forkChoice.preload.join(QLatin1Char(',')),
                                    device, request.deterministic ? QStringLiteral("det") : QString()}
                            .join(QLatin1Char('\n'));
    if (server && server->isRunning() && serverKey == key)
        return; // starting; ready() follows
    // Possibly called from the old server's own died() signal: it goes later.
    if (server)
        server.release()->deleteLater();
    server = std::make_unique<ForkServer>();
    serverKey = key;
    ForkServer *s = server.get();
    QObject::connect(s, &ForkServer::ready, q, [this] { serverReady(); });
    QObject::connect(s, &ForkServer::died, q, [this](const QString &why) { serverDied(why); });
    QObject::connect(s, &ForkServer::childStarted, q, [this](int id, qint64 pid) {
        SeedRun *run = forkRuns.value(id);
        if (!run)
            return;
        run->pid = pid;
        if (run->killing) // killed before the server said which process it was
            signalSession(pid, SIGTERM);
    });
    QObject::connect(s, &ForkServer::childExited, q, [this](int id, int code, int sig) {
        SeedRun *run = forkRuns.take(id);
        if (run)
            processFinished(run, code, sig);
    });
    QObject::connect(s, &ForkServer::requestFailed, q, [this](int id, const QString &message) {
        SeedRun *run = forkRuns.take(id);
        if (run) {
            closeFifos(run);
            run->forked = false;
            failToStart(run, QStringLiteral("the fork server could not start the seed: %1").arg(message));
        }
    });
    // Every child's str hashes use this seed (fixed at interpreter start; docs/fork-server.md).
    QProcessEnvironment env = environmentFor(0);
    env.insert(QStringLiteral("PYTHONHASHSEED"), QStringLiteral("0"));
    s->start(request.interpreter, harnessDir, forkChoice.preload, env);
    // An import that hangs must not hang the run.
    QTimer::singleShot(kServerStartMs, s, [this, s] {
        if (server.get() != s || s->isReady() || !s->isRunning())
            return;
        s->stop();
        fallBackToPlain(QStringLiteral("the fork server was not used: it was not ready after %1 s")
                            .arg(kServerStartMs / 1000));
        if (running)
            launchMore();
    });
}

void Runner::Private::serverReady()
{
    const QJsonObject ready = server->readyEvent();
    const QJsonObject failed = ready.value(QStringLiteral("failed")).toObject();
    if (!failed.isEmpty()) {
        const QString name = failed.keys().first();
        server->stop();
        fallBackToPlain(QStringLiteral("the fork server was not used: %1 failed to import (%2)")
                            .arg(name, failed.value(name).toString()));
    } else if (ready.value(QStringLiteral("cuda_initialized")).toBool()) {
        server->stop();
        fallBackToPlain(QStringLiteral("the fork server was not used: importing %1 initialised "
                                       "CUDA, which a forked child cannot use")
                            .arg(forkChoice.preload.join(QStringLiteral(" and "))));
    }
    launchMore();
}

void Runner::Private::serverDied(const QString &why)
{
    // Its children are sessions of their own and are now orphans whose exit nobody reports:
    // they are killed and run again.
    ++serverDeaths;
    if (serverDeaths >= 2)
        fallBackToPlain(QStringLiteral("the fork server died twice (%1); this seed ran as a "
                                       "plain process").arg(why));
    const QList<SeedRun *> orphans = forkRuns.values();
    forkRuns.clear();
    for (SeedRun *run : orphans) {
        if (run->pid > 0)
            signalSession(run->pid, SIGKILL);
        if (run->killing) {
            processFinished(run, -1, SIGKILL);
            continue;
        }
        closeFifos(run);
        run->forked = false;
        run->pid = 0;
        --active;
        retry.append(run->index);
    }
    std::sort(retry.begin(), retry.end());
    // Else the next launchMore starts a new server.
    if (running)
        launchMore();
}

void Runner::Private::fallBackToPlain(const QString &note)
{
    useFork = false;
    plainNote = note;
}

void Runner::Private::closeFifos(SeedRun *run)
{
    for (int channel = 0; channel < 2; ++channel) {
        delete run->notifier[channel];
        run->notifier[channel] = nullptr;
        if (run->fifo[channel] >= 0)
            ::close(run->fifo[channel]);
        run->fifo[channel] = -1;
    }
    if (!run->seedDir.isEmpty()) {
        QFile::remove(run->seedDir + QStringLiteral("/stdout.fifo"));
        QFile::remove(run->seedDir + QStringLiteral("/stderr.fifo"));
    }
}

bool Runner::Private::launchForked(SeedRun *run, const QString &snippetCopy,
                                   const QString &workDir, QString *error)
{
    const int seed = run->result.seed;
    const char *names[2] = {"/stdout.fifo", "/stderr.fifo"};
    QString paths[2];
    for (int channel = 0; channel < 2; ++channel) {
        paths[channel] = run->seedDir + QLatin1String(names[channel]);
        const QByteArray native = QFile::encodeName(paths[channel]);
        // Opened read-write: the open never blocks and reads never see EOF before the child
        // opened its end; the end of the output is the child's exit.
        if (::mkfifo(native.constData(), 0600) != 0
            || (run->fifo[channel] = ::open(native.constData(), O_RDWR | O_NONBLOCK | O_CLOEXEC)) < 0) {
            *error = QStringLiteral("cannot create the output pipe %1: %2")
                         .arg(paths[channel], QString::fromLocal8Bit(::strerror(errno)));
            closeFifos(run);
            return false;
        }
        run->notifier[channel] = new QSocketNotifier(run->fifo[channel], QSocketNotifier::Read);
        const bool isStderr = channel == 1;
        QObject::connect(run->notifier[channel], &QSocketNotifier::activated, q,
                         [this, run, isStderr] { readChannel(run, isStderr); });
    }
    QJsonObject env;
    const QProcessEnvironment pe = environmentFor(seed);
    for (const QString &key : pe.keys())
        env.insert(key, pe.value(key));
    QJsonObject req{{QStringLiteral("snippet"), snippetCopy},
                    {QStringLiteral("seed"), seed},
                    {QStringLiteral("result"), run->result.resultPath},
                    {QStringLiteral("device"), request.device},
                    {QStringLiteral("deterministic"), request.deterministic},
                    {QStringLiteral("cwd"), workDir},
                    {QStringLiteral("env"), env},
                    {QStringLiteral("stdout"), paths[0]},
                    {QStringLiteral("stderr"), paths[1]}};
    run->forked = true;
    run->result.forkServer = true;
    run->forkId = server->submit(req);
    forkRuns.insert(run->forkId, run);
    return true;
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
    run->result.forkServer = false;
    run->result.note = plainNote;
    run->result.output.clear();
    run->result.outputTruncated = false;
    run->result.errorText.clear();
    run->outputBytes = 0;
    run->discardOutput = false;
    run->killing = false;
    run->polledPeakRss = 0;
    run->partial[0].clear();
    run->partial[1].clear();

    if (useFork) {
        ++active;
        run->timer.start();
        if (!launchForked(run, snippetCopy, workDir, &error)) {
            failToStart(run, error);
            return;
        }
        Q_EMIT q->seedStarted(seed, index, int(seeds.size()));
        return;
    }

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
                         // Qt's exitCode() under CrashExit is the terminating signal.
                         processFinished(run, status == QProcess::CrashExit ? -1 : code,
                                         status == QProcess::CrashExit ? code : 0);
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
    QByteArray chunk;
    if (run->process) {
        run->process->setReadChannel(isStderr ? QProcess::StandardError : QProcess::StandardOutput);
        chunk = run->process->readAll();
    } else if (run->forked && run->fifo[isStderr ? 1 : 0] >= 0) {
        // At most a few MB per call, so one flood cannot starve the event loop.
        const int fd = run->fifo[isStderr ? 1 : 0];
        char buf[65536];
        while (chunk.size() < 4 * 1024 * 1024) {
            const ssize_t n = ::read(fd, buf, sizeof buf);
            if (n > 0)
                chunk.append(buf, n);
            else if (n < 0 && errno == EINTR)
                continue;
            else
                break; // EAGAIN: nothing more now
        }
    } else {
        return;
    }
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
    if (run->killing || !run->live())
        return;
    run->killing = true;
    run->killReason = reason;
    run->result.errorText = why;
    signalSession(run->pid, SIGTERM);
    delete run->graceTimer;
    run->graceTimer = new QTimer(q);
    run->graceTimer->setSingleShot(true);
    QObject::connect(run->graceTimer, &QTimer::timeout, q,
                     [run] { signalSession(run->pid, SIGKILL); });
    run->graceTimer->start(qMax(0, request.killGraceMs));
}

void Runner::Private::pollLimits()
{
    for (SeedRun *run : std::as_const(seeds)) {
        if (!run->live() || run->killing || run->pid <= 0)
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

void Runner::Private::processFinished(SeedRun *run, int exitCode, int signal)
{
    if (!run->live())
        return;
    delete run->graceTimer;
    run->graceTimer = nullptr;
    // A forked child's FIFOs hold all it wrote before it exited: read them empty, once nothing
    // it left behind can write more.
    if (run->forked && run->pid > 0)
        signalSession(run->pid, SIGKILL);
    for (int pass = 0; pass < 1024; ++pass) {
        const qint64 before = run->outputBytes;
        readChannel(run, false);
        readChannel(run, true);
        if (!run->forked || run->outputBytes == before || run->discardOutput)
            break;
    }
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
        r.signal = signal;
    } else if (signal != 0) {
        r.status = RunStatus::Crashed;
        r.signal = signal;
        r.exitCode = -1;
        r.errorText = QStringLiteral("the process was killed by %1").arg(signalName(signal));
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

    if (run->process) {
        run->process->disconnect();
        run->process->deleteLater();
        run->process = nullptr;
    }
    if (run->forked) {
        closeFifos(run);
        run->forked = false;
    }
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
