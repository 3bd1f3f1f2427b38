#include "RunTestSupport.h"
#include "run/ForkServer.h"
#include "run/Harness.h"
#include "run/Runner.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <signal.h>

using namespace dlrepro;

namespace {

QString forkFixture(const QString &name)
{
    return dlrepro::test::fixture(QStringLiteral("fork/") + name);
}

RunRequest request(const QString &name, ForkServerMode mode)
{
    RunRequest r;
    r.snippetPath = forkFixture(name);
    r.interpreter = dlrepro::test::systemPython();
    r.device = QStringLiteral("cpu");
    r.seeds = {0};
    r.timeoutMs = 60000;
    r.killGraceMs = 500;
    r.forkServer = mode;
    return r;
}

bool processGone(qint64 pid)
{
    for (int i = 0; i < 50; ++i) {
        QFile status(QStringLiteral("/proc/%1/status").arg(pid));
        if (!status.open(QIODevice::ReadOnly) || status.readAll().contains("State:\tZ"))
            return true;
        QThread::msleep(100);
    }
    return false;
}

QJsonObject resultJson(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

} // namespace

class tst_ForkServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
    }

    void snippetImports_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QStringList>("imports");
        QTest::newRow("plain") << QStringLiteral("import torch\nimport numpy as np\n")
                               << QStringList{QStringLiteral("torch"), QStringLiteral("numpy")};
        QTest::newRow("dotted and listed")
            << QStringLiteral("import torch.nn as nn, os.path\n")
            << QStringList{QStringLiteral("torch"), QStringLiteral("os")};
        QTest::newRow("from") << QStringLiteral("from numpy.random import rand\nfrom . import x\n")
                              << QStringList{QStringLiteral("numpy")};
        QTest::newRow("after a colon") << QStringLiteral("try: import tensorflow as tf\nexcept ImportError: pass\n")
                                       << QStringList{QStringLiteral("tensorflow")};
        QTest::newRow("indented; semicolon") << QStringLiteral("if True:\n    import sys; import jax\n")
                                             << QStringList{QStringLiteral("sys"), QStringLiteral("jax")};
        QTest::newRow("not an import") << QStringLiteral("important = 1\nfromage = 2\nprint('import x')\n")
                                       << QStringList{};
        QTest::newRow("invalid UTF-8") << QString::fromLatin1("import torch\n# caf\xe9\n")
                                       << QStringList{QStringLiteral("torch")};
    }

    void snippetImports()
    {
        QFETCH(QString, source);
        QFETCH(QStringList, imports);
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("s.py")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(source.contains(QChar(0xe9)) ? source.toLatin1() : source.toUtf8());
        f.close();
        QCOMPARE(dlrepro::snippetImports(f.fileName()), imports);
    }

    void choice_data()
    {
        QTest::addColumn<QString>("snippet");
        QTest::addColumn<int>("mode");
        QTest::addColumn<bool>("use");
        QTest::addColumn<QStringList>("preload");
        QTest::addColumn<QString>("reason");
        QTest::newRow("torch, auto") << QStringLiteral("train.py") << int(ForkServerMode::Auto) << true
                                     << QStringList{QStringLiteral("numpy"), QStringLiteral("torch")}
                                     << QStringLiteral("the snippet imports numpy and torch: a warm fork server preloads it");
        QTest::newRow("numpy only") << QStringLiteral("flood.py") << int(ForkServerMode::Auto) << true
                                    << QStringList{QStringLiteral("numpy")}
                                    << QStringLiteral("the snippet imports numpy: a warm fork server preloads it");
        QTest::newRow("tensorflow") << QStringLiteral("uses_tensorflow.py") << int(ForkServerMode::Auto) << false
                                    << QStringList{}
                                    << QStringLiteral("the snippet mentions tensorflow: one process per seed");
        QTest::newRow("off") << QStringLiteral("train.py") << int(ForkServerMode::Off) << false
                             << QStringList{}
                             << QStringLiteral("the fork server is off: one process per seed");
        QTest::newRow("no framework") << QStringLiteral("../ok.py") << int(ForkServerMode::Auto) << false
                                      << QStringList{}
                                      << QStringLiteral("the snippet imports neither torch nor numpy: one process per seed");
        QTest::newRow("no framework, on") << QStringLiteral("../ok.py") << int(ForkServerMode::On) << true
                                          << QStringList{} << QStringLiteral("the fork server is on");
    }

    void choice()
    {
        QFETCH(QString, snippet);
        QFETCH(int, mode);
        QFETCH(bool, use);
        QFETCH(QStringList, preload);
        QFETCH(QString, reason);
        const ForkServerChoice c = chooseForkServer(request(snippet, ForkServerMode(mode)));
        QCOMPARE(c.use, use);
        QCOMPARE(c.preload, preload);
        QCOMPARE(c.reason, reason);
    }

    void serverNeverInitialisesCuda()
    {
        DLREPRO_REQUIRE_TORCH();
        QString error;
        const QString dir = harnessDirectory(&error);
        QVERIFY2(!dir.isEmpty(), qPrintable(error));
        ForkServer server;
        QSignalSpy ready(&server, &ForkServer::ready);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PYTHONHASHSEED"), QStringLiteral("0"));
        server.start(dlrepro::test::systemPython(), dir,
                     {QStringLiteral("numpy"), QStringLiteral("torch")}, env);
        QVERIFY(ready.wait(60000));
        const QJsonObject event = server.readyEvent();
        QCOMPARE(server.preloaded(), (QStringList{QStringLiteral("numpy"), QStringLiteral("torch")}));
        QCOMPARE(event.value(QStringLiteral("cuda_initialized")).toBool(true), false);
        QCOMPARE(event.value(QStringLiteral("failed")).toObject().size(), 0);
        QCOMPARE(event.value(QStringLiteral("hash_seed")).toString(), QStringLiteral("0"));
        QCOMPARE(qint64(event.value(QStringLiteral("pid")).toDouble()), server.pid());
        server.stop(5000);
        QVERIFY(!server.isRunning());
    }

    // Same out directory for both paths, so even the tracebacks' paths are the same.
    void forkMatchesPlain_data()
    {
        QTest::addColumn<QString>("snippet");
        QTest::newRow("training loop") << QStringLiteral("train.py");
        QTest::newRow("seed-dependent exception") << QStringLiteral("seeded_error.py");
        QTest::newRow("shape mismatch") << QStringLiteral("../torch_shape.py");
    }

    void forkMatchesPlain()
    {
        DLREPRO_REQUIRE_TORCH();
        QFETCH(QString, snippet);
        QTemporaryDir out;
        RunRequest r = request(snippet, ForkServerMode::Off);
        r.seeds = {0, 1, 2, 3};
        r.outDir = out.path();
        const QList<RunResult> plain = Runner::runSeeds(r);
        r.forkServer = ForkServerMode::Auto;
        const QList<RunResult> forked = Runner::runSeeds(r);
        QCOMPARE(plain.size(), 4);
        QCOMPARE(forked.size(), 4);
        for (int i = 0; i < 4; ++i) {
            const RunResult &p = plain.at(i);
            const RunResult &f = forked.at(i);
            QCOMPARE(p.forkServer, false);
            QCOMPARE(f.forkServer, true);
            QCOMPARE(f.note, QString());
            QCOMPARE(f.seed, r.seeds.at(i));
            QCOMPARE(runStatusId(f.status), runStatusId(p.status));
            QCOMPARE(f.exitCode, p.exitCode);
            QCOMPARE(f.output, p.output);
            QCOMPARE(f.exception.qualifiedType, p.exception.qualifiedType);
            QCOMPARE(f.exception.message, p.exception.message);
            QCOMPARE(f.exception.traceback, p.exception.traceback);
            QCOMPARE(f.exception.snippetLine, p.exception.snippetLine);
            QCOMPARE(f.exception.snippetCode, p.exception.snippetCode);
            QCOMPARE(f.importedModules, p.importedModules);
            QCOMPARE(f.metrics.size(), p.metrics.size());
            for (int m = 0; m < f.metrics.size(); ++m) {
                QCOMPARE(f.metrics.at(m).name, p.metrics.at(m).name);
                QCOMPARE(f.metrics.at(m).value, p.metrics.at(m).value);
                QCOMPARE(f.metrics.at(m).source, p.metrics.at(m).source);
            }
        }
        if (snippet == QStringLiteral("train.py")) {
            QVERIFY(plain.at(0).output != plain.at(1).output);
            QCOMPARE(runStatusId(forked.at(0).status), QStringLiteral("finished"));
            QVERIFY(forked.at(0).lastMetric(QStringLiteral("loss")));
            QVERIFY(forked.at(0).lastMetric(QStringLiteral("accuracy")));
        }
        if (snippet == QStringLiteral("seeded_error.py")) {
            QStringList types;
            for (const RunResult &f : forked)
                types.append(f.exception.type);
            // Seeds 0..3 draw widths 2, 5, 2, 5 (torch.randint): both errors occur.
            QVERIFY2(types.contains(QStringLiteral("ValueError")), qPrintable(types.join(u',')));
            QVERIFY2(types.contains(QStringLiteral("RuntimeError")), qPrintable(types.join(u',')));
        }
    }

    void hashSeedIsTheServers()
    {
        DLREPRO_REQUIRE_TORCH();
        QTemporaryDir out;
        RunRequest r = request(QStringLiteral("hash.py"), ForkServerMode::On);
        r.seeds = {3, 4};
        r.outDir = out.path();
        const QList<RunResult> results = Runner::runSeeds(r);
        QCOMPARE(results.size(), 2);
        for (const RunResult &res : results) {
            QCOMPARE(res.forkServer, true);
            // The snippet sees PYTHONHASHSEED=<seed> as on the plain path and CUDA untouched;
            // its str hashes use the server's hash seed 0 (no randomisation), which the result records.
            QCOMPARE(res.output, QStringLiteral("%1 0 False\n").arg(res.seed));
            const QJsonObject json = resultJson(res.resultPath);
            QCOMPARE(json.value(QStringLiteral("hash_seed")).toString(), QStringLiteral("0"));
            QCOMPARE(json.value(QStringLiteral("runner")).toString(), QStringLiteral("fork-server"));
        }
        r.forkServer = ForkServerMode::Off;
        const QList<RunResult> plain = Runner::runSeeds(r);
        QCOMPARE(resultJson(plain.at(0).resultPath).value(QStringLiteral("hash_seed")).toString(),
                 QStringLiteral("3"));
        QCOMPARE(resultJson(plain.at(0).resultPath).value(QStringLiteral("runner")).toString(),
                 QStringLiteral("plain"));
    }

    void containedOnTheForkPath_data()
    {
        QTest::addColumn<QString>("snippet");
        QTest::addColumn<int>("timeoutMs");
        QTest::addColumn<qint64>("memoryLimit");
        QTest::addColumn<qint64>("outputLimit");
        QTest::addColumn<QString>("status");
        QTest::addColumn<int>("signal");
        QTest::addColumn<QString>("errorText");
        const qint64 cap = 16LL * 1024 * 1024;
        QTest::newRow("segfault") << QStringLiteral("segfault.py") << 60000 << qint64(0) << cap
                                  << QStringLiteral("crashed") << int(SIGSEGV)
                                  << QStringLiteral("the process was killed by SIGSEGV, segmentation fault");
        QTest::newRow("timeout") << QStringLiteral("loop.py") << 2000 << qint64(0) << cap
                                 << QStringLiteral("timed_out") << int(SIGTERM)
                                 << QStringLiteral("still running after the time limit of 2 s; killed");
        QTest::newRow("memory") << QStringLiteral("alloc.py") << 60000 << qint64(700) * 1024 * 1024 << cap
                                << QStringLiteral("memory_limit") << int(SIGTERM)
                                << QStringLiteral("over the limit of 700 MB; killed");
        QTest::newRow("output cap") << QStringLiteral("flood.py") << 60000 << qint64(0)
                                    << qint64(1024 * 1024) << QStringLiteral("output_limit") << int(SIGTERM)
                                    << QStringLiteral("printed more than the output limit of 1 MB; killed");
    }

    void containedOnTheForkPath()
    {
        DLREPRO_REQUIRE_TORCH();
        QFETCH(QString, snippet);
        QFETCH(int, timeoutMs);
        QFETCH(qint64, memoryLimit);
        QFETCH(qint64, outputLimit);
        QFETCH(QString, status);
        QFETCH(int, signal);
        QFETCH(QString, errorText);
        RunRequest r = request(snippet, ForkServerMode::Auto);
        r.timeoutMs = timeoutMs;
        r.memoryLimitBytes = memoryLimit;
        r.outputLimitBytes = outputLimit;
        r.seeds = {0, 1};
        QElapsedTimer clock;
        clock.start();
        const QList<RunResult> results = Runner::runSeeds(r);
        QVERIFY2(clock.elapsed() < 40000, "the runner took too long to contain the snippet");
        QCOMPARE(results.size(), 2);
        for (const RunResult &res : results) {
            QCOMPARE(res.forkServer, true);
            QCOMPARE(res.note, QString());
            QCOMPARE(runStatusId(res.status), status);
            QCOMPARE(res.signal, signal);
            QCOMPARE(res.exitCode, -1);
            QVERIFY2(res.errorText.endsWith(errorText), qPrintable(res.errorText));
            if (status == QStringLiteral("output_limit")) {
                QVERIFY(res.outputTruncated);
                QVERIFY(res.output.size() <= outputLimit);
                QVERIFY(res.output.size() > outputLimit / 2);
            }
            if (status == QStringLiteral("memory_limit"))
                QVERIFY(res.peakRssBytes > memoryLimit);
            if (status == QStringLiteral("crashed"))
                QVERIFY(res.output.startsWith(QStringLiteral("about to crash 0.0\nFatal Python error: Segmentation fault")));
        }
    }

    void cancelKillsForkedChildren()
    {
        DLREPRO_REQUIRE_TORCH();
        Runner runner;
        RunRequest r = request(QStringLiteral("sleep.py"), ForkServerMode::Auto);
        r.seeds = {0, 1, 2};
        r.parallel = 2;
        QSignalSpy finished(&runner, &Runner::finished);
        QList<qint64> pids;
        connect(&runner, &Runner::outputLine, &runner, [&](int, const QString &line, bool) {
            if (line.startsWith(QStringLiteral("started "))) {
                pids.append(line.mid(8).toLongLong());
                if (pids.size() == qMin(2, QThread::idealThreadCount()))
                    runner.cancel();
            }
        });
        QElapsedTimer clock;
        clock.start();
        QVERIFY(runner.start(r));
        QVERIFY(finished.wait(60000));
        QVERIFY(clock.elapsed() < 30000);
        const auto results = finished.first().first().value<QList<RunResult>>();
        QCOMPARE(results.size(), 3);
        for (const RunResult &res : results)
            QCOMPARE(runStatusId(res.status), QStringLiteral("cancelled"));
        QCOMPARE(results.at(2).errorText, QStringLiteral("cancelled before it started"));
        QVERIFY(!pids.isEmpty());
        for (qint64 pid : std::as_const(pids))
            QVERIFY2(processGone(pid), "a forked child outlived cancel");
        QVERIFY(!runner.isRunning());
    }

    void tensorflowGoesPlain()
    {
        DLREPRO_REQUIRE_PYTHON();
        const QList<RunResult> results =
            Runner::runSeeds(request(QStringLiteral("uses_tensorflow.py"), ForkServerMode::Auto));
        QCOMPARE(results.size(), 1);
        const RunResult &res = results.first();
        QCOMPARE(res.forkServer, false);
        QCOMPARE(res.note, QString());
        if (dlrepro::test::pythonHas(QStringLiteral("tensorflow")))
            QSKIP("tensorflow is installed: the snippet ran (plain) and did not fail");
        QCOMPARE(runStatusId(res.status), QStringLiteral("exception"));
        QCOMPARE(res.exception.type, QStringLiteral("ModuleNotFoundError"));
        QCOMPARE(res.exception.snippetLine, 3);
    }

    void killedServerIsRestartedOnceThenPlain()
    {
        DLREPRO_REQUIRE_TORCH();
        QTemporaryDir out;
        RunRequest r = request(QStringLiteral("kill_server.py"), ForkServerMode::Auto);
        r.seeds = {0, 1};
        r.outDir = out.path();
        const QList<RunResult> results = Runner::runSeeds(r);
        r.forkServer = ForkServerMode::Off;
        const QList<RunResult> plain = Runner::runSeeds(r);
        QCOMPARE(results.size(), 2);
        for (int i = 0; i < 2; ++i) {
            const RunResult &res = results.at(i);
            QCOMPARE(runStatusId(res.status), QStringLiteral("finished"));
            QCOMPARE(res.forkServer, false);
            QVERIFY2(res.note.startsWith(QStringLiteral("the fork server died twice (the fork server was killed by signal 9")),
                     qPrintable(res.note));
            QVERIFY(res.note.endsWith(QStringLiteral("this seed ran as a plain process")));
            QCOMPARE(res.output, plain.at(i).output);
            QVERIFY(res.output.startsWith(QStringLiteral("torch [")));
        }
    }

    void serverWithoutTheFrameworkFallsBack()
    {
        DLREPRO_REQUIRE_PYTHON();
        // A numpy-free interpreter is not at hand: ask the server for a module no one has.
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("s.py")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("try:\n    import numpy\nexcept ImportError:\n    pass\nprint('ran')\n");
        f.close();
        RunRequest r = request(QString(), ForkServerMode::Auto);
        r.snippetPath = f.fileName();
        r.interpreter = dlrepro::test::systemPython();
        if (dlrepro::test::pythonHas(QStringLiteral("numpy"))) {
            // With numpy the server is used and the run is ordinary.
            const QList<RunResult> results = Runner::runSeeds(r);
            QCOMPARE(results.first().forkServer, true);
            QCOMPARE(results.first().output, QStringLiteral("ran\n"));
        } else {
            const QList<RunResult> results = Runner::runSeeds(r);
            QCOMPARE(results.first().forkServer, false);
            QVERIFY(results.first().note.startsWith(
                QStringLiteral("the fork server was not used: numpy failed to import")));
            QCOMPARE(results.first().output, QStringLiteral("ran\n"));
        }
    }

    // Not a check: DLREPRO_MEASURE=1 tst_forkserver measure prints plain vs fork-server wall
    // time for five seeds of a small training snippet.
    void measure()
    {
        if (qEnvironmentVariableIsEmpty("DLREPRO_MEASURE"))
            QSKIP("set DLREPRO_MEASURE=1 to measure plain vs fork-server wall time");
        DLREPRO_REQUIRE_TORCH();
        const QString snippet = qEnvironmentVariable("DLREPRO_MEASURE_SNIPPET",
                                                     forkFixture(QStringLiteral("train_small.py")));
        for (int round = 0; round < 2; ++round) {
            qint64 plainMs = 0;
            for (ForkServerMode mode : {ForkServerMode::Off, ForkServerMode::Auto}) {
                RunRequest r = request(QString(), mode);
                r.snippetPath = snippet;
                r.seeds = {0, 1, 2, 3, 4};
                QElapsedTimer clock;
                clock.start();
                const QList<RunResult> results = Runner::runSeeds(r);
                const qint64 ms = clock.elapsed();
                double snippetSeconds = 0;
                for (const RunResult &res : results)
                    snippetSeconds += res.wallSeconds;
                if (mode == ForkServerMode::Off)
                    plainMs = ms;
                qInfo("round %d %-11s 5 seeds: %6lld ms wall, snippet time %.0f ms, fork=%d%s",
                      round, mode == ForkServerMode::Off ? "plain" : "fork-server", ms,
                      snippetSeconds * 1000, int(results.value(0).forkServer),
                      mode == ForkServerMode::Off
                          ? ""
                          : qPrintable(QStringLiteral(", fork/plain = %1")
                                           .arg(double(ms) / double(qMax<qint64>(1, plainMs)), 0, 'f', 2)));
            }
        }
    }
};

QTEST_GUILESS_MAIN(tst_ForkServer)
#include "tst_forkserver.moc"
