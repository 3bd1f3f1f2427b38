#include "RunTestSupport.h"
#include "run/Runner.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <signal.h>

using namespace dlrepro;
using dlrepro::test::fixture;

class tst_Runner : public QObject
{
    Q_OBJECT

private:
    static RunRequest request(const QString &name)
    {
        RunRequest r;
        r.snippetPath = fixture(name);
        r.interpreter = dlrepro::test::systemPython();
        r.device = QStringLiteral("cpu");
        r.seeds = {0};
        r.timeoutMs = 60000;
        r.killGraceMs = 500;
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
    }

    void outcome_data()
    {
        QTest::addColumn<QString>("snippet");
        QTest::addColumn<int>("timeoutMs");
        QTest::addColumn<qint64>("memoryLimit");
        QTest::addColumn<qint64>("outputLimit");
        QTest::addColumn<int>("statusValue");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<int>("signal");
        QTest::addColumn<QString>("exceptionType");
        QTest::addColumn<int>("snippetLine");

        const qint64 noLimit = 0;
        const qint64 outCap = 16LL * 1024 * 1024;
        QTest::newRow("ok") << QStringLiteral("ok.py") << 60000 << noLimit << outCap << int(RunStatus::Finished) << 0
                            << 0 << QString() << 0;
        QTest::newRow("exception") << QStringLiteral("exception_plain.py") << 60000 << noLimit << outCap
                                   << int(RunStatus::Exception) << 1 << 0
                                   << QStringLiteral("ZeroDivisionError") << 2;
        QTest::newRow("syntax error") << QStringLiteral("syntax_error.py") << 60000 << noLimit << outCap
                                      << int(RunStatus::Exception) << 1 << 0
                                      << QStringLiteral("SyntaxError") << 3;
        QTest::newRow("sys.exit") << QStringLiteral("sysexit.py") << 60000 << noLimit << outCap
                                  << int(RunStatus::Exited) << 3 << 0 << QString() << 0;
        QTest::newRow("segfault") << QStringLiteral("segfault.py") << 60000 << noLimit << outCap
                                  << int(RunStatus::Crashed) << -1 << int(SIGSEGV) << QString() << 0;
        QTest::newRow("infinite loop") << QStringLiteral("loop.py") << 1500 << noLimit << outCap
                                       << int(RunStatus::TimedOut) << -1 << int(SIGTERM) << QString() << 0;
        QTest::newRow("unbounded allocation")
            << QStringLiteral("alloc.py") << 60000 << qint64(200) * 1024 * 1024 << outCap
            << int(RunStatus::MemoryLimit) << -1 << int(SIGTERM) << QString() << 0;
        QTest::newRow("100 MB of output") << QStringLiteral("flood.py") << 60000 << noLimit
                                          << qint64(1024 * 1024) << int(RunStatus::OutputLimit) << -1
                                          << int(SIGTERM) << QString() << 0;
    }

    void outcome()
    {
        DLREPRO_REQUIRE_PYTHON();
        QFETCH(QString, snippet);
        QFETCH(int, timeoutMs);
        QFETCH(qint64, memoryLimit);
        QFETCH(qint64, outputLimit);
        QFETCH(int, statusValue);
        const RunStatus status = RunStatus(statusValue);
        QFETCH(int, exitCode);
        QFETCH(int, signal);
        QFETCH(QString, exceptionType);
        QFETCH(int, snippetLine);

        RunRequest r = request(snippet);
        r.timeoutMs = timeoutMs;
        r.memoryLimitBytes = memoryLimit;
        r.outputLimitBytes = outputLimit;
        QElapsedTimer clock;
        clock.start();
        const QList<RunResult> results = Runner::runSeeds(r);
        QCOMPARE(results.size(), 1);
        const RunResult &res = results.first();
        QCOMPARE(runStatusId(res.status), runStatusId(status));
        QCOMPARE(res.exitCode, exitCode);
        QCOMPARE(res.signal, signal);
        QCOMPARE(res.exception.type, exceptionType);
        QCOMPARE(res.exception.snippetLine, snippetLine);
        QCOMPARE(res.seed, 0);
        QCOMPARE(res.device, QStringLiteral("cpu"));
        QVERIFY2(clock.elapsed() < 30000, "the runner took too long to contain the snippet");
        if (status == RunStatus::OutputLimit) {
            QVERIFY(res.outputTruncated);
            QVERIFY(res.output.size() <= outputLimit);
            QVERIFY(res.output.size() > outputLimit / 2);
        }
        if (status == RunStatus::MemoryLimit) {
            QVERIFY(res.peakRssBytes > memoryLimit);
            QVERIFY(res.errorText.contains(QStringLiteral("over the limit of 200 MB")));
        }
        if (status == RunStatus::Crashed)
            QCOMPARE(res.errorText,
                     QStringLiteral("the process was killed by SIGSEGV, segmentation fault"));
        if (status == RunStatus::Finished) {
            // "Accuracy: 34.00%" parsed from the output by the report extractor.
            const MetricValue *m = res.lastMetric(QStringLiteral("accuracy"));
            QVERIFY(m);
            QCOMPARE(m->value, 34.0);
            QCOMPARE(m->unit, QStringLiteral("%"));
            QCOMPARE(m->source, QStringLiteral("output"));
            QCOMPARE(res.output, QStringLiteral("training done\nAccuracy: 34.00%\n"));
        }
    }

    void snippetSeesItsOwnWorld()
    {
        DLREPRO_REQUIRE_PYTHON();
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("world.py")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("import os, sys\nprint(sys.argv[0] == os.path.abspath(__file__))\n"
                "print(sys.path[0] == os.path.dirname(os.path.abspath(__file__)))\n"
                "print(os.getcwd() == os.path.dirname(os.path.abspath(__file__)))\n"
                "print(open('data.txt').read())\n"
                "print(repr(os.environ.get('CUDA_VISIBLE_DEVICES')), os.environ['PYTHONHASHSEED'])\n"
                "print(__name__)\n");
        f.close();
        QFile data(dir.filePath(QStringLiteral("data.txt")));
        QVERIFY(data.open(QIODevice::WriteOnly));
        data.write("beside the snippet");
        data.close();
        RunRequest r = request(QString());
        r.snippetPath = f.fileName();
        r.seeds = {7};
        const QList<RunResult> results = Runner::runSeeds(r);
        QCOMPARE(results.size(), 1);
        QCOMPARE(runStatusId(results.first().status), QStringLiteral("finished"));
        QCOMPARE(results.first().output,
                 QStringLiteral("True\nTrue\nTrue\nbeside the snippet\n'' 7\n__main__\n"));
    }

    void invalidUtf8AndLongLines()
    {
        DLREPRO_REQUIRE_PYTHON();
        const QList<RunResult> results = Runner::runSeeds(request(QStringLiteral("bad_utf8.py")));
        QCOMPARE(results.size(), 1);
        const RunResult &r = results.first();
        QCOMPARE(runStatusId(r.status), QStringLiteral("finished"));
        const QStringList lines = r.output.split(QLatin1Char('\n'));
        // Bad bytes become U+FFFD; a newline-free flood arrives in 1 MB pieces.
        QCOMPARE(lines.at(0), QStringLiteral("caf\uFFFD \uFFFD\uFFFD ok"));
        QCOMPARE(lines.size(), 5);
        QCOMPARE(lines.at(1).size(), 1024 * 1024);
        QCOMPARE(lines.at(3).size(), 1024 * 1024);
        QVERIFY(!r.outputTruncated);
    }

    void grandchildIsKilledWithTheGroup()
    {
        DLREPRO_REQUIRE_PYTHON();
        const QList<RunResult> results = Runner::runSeeds(request(QStringLiteral("grandchild.py")));
        QCOMPARE(results.size(), 1);
        QCOMPARE(runStatusId(results.first().status), QStringLiteral("finished"));
        const QString line = results.first().output.section(QLatin1Char('\n'), 0, 0);
        QVERIFY2(line.startsWith(QStringLiteral("grandchild ")), qPrintable(line));
        const qint64 pid = line.mid(11).toLongLong();
        QVERIFY(pid > 0);
        // Killed at once; reaped by init shortly after.
        bool gone = false;
        for (int i = 0; i < 50 && !gone; ++i) {
            QFile status(QStringLiteral("/proc/%1/status").arg(pid));
            gone = !status.open(QIODevice::ReadOnly)
                || status.readAll().contains("State:\tZ");
            if (!gone)
                QThread::msleep(100);
        }
        QVERIFY2(gone, "the grandchild outlived the run");
    }

    void cancelMidRun()
    {
        DLREPRO_REQUIRE_PYTHON();
        Runner runner;
        RunRequest r = request(QStringLiteral("sleep.py"));
        r.seeds = {0, 1, 2};
        QSignalSpy finished(&runner, &Runner::finished);
        QSignalSpy started(&runner, &Runner::seedStarted);
        connect(&runner, &Runner::outputLine, &runner,
                [&runner](int, const QString &line, bool) {
                    if (line == QStringLiteral("started"))
                        runner.cancel();
                });
        QElapsedTimer clock;
        clock.start();
        QVERIFY(runner.start(r));
        QVERIFY(finished.wait(20000));
        QVERIFY(clock.elapsed() < 15000);
        QCOMPARE(started.count(), 1);
        const auto results = finished.first().first().value<QList<RunResult>>();
        QCOMPARE(results.size(), 3);
        for (const RunResult &res : results)
            QCOMPARE(runStatusId(res.status), QStringLiteral("cancelled"));
        QCOMPARE(results.at(0).output, QStringLiteral("started\n"));
        QCOMPARE(results.at(2).errorText, QStringLiteral("cancelled before it started"));
        QVERIFY(!runner.isRunning());
    }

    void parallelMatchesSequential()
    {
        DLREPRO_REQUIRE_TORCH();
        RunRequest r = request(QStringLiteral("torch_rand.py"));
        r.seeds = {0, 1, 2, 3};
        const QList<RunResult> sequential = Runner::runSeeds(r);
        r.parallel = 2;
        const QList<RunResult> parallel = Runner::runSeeds(r);
        QCOMPARE(sequential.size(), 4);
        QCOMPARE(parallel.size(), 4);
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(parallel.at(i).seed, r.seeds.at(i));
            QCOMPARE(runStatusId(parallel.at(i).status), QStringLiteral("finished"));
            QCOMPARE(parallel.at(i).output, sequential.at(i).output);
            QCOMPARE(parallel.at(i).lastMetric(QStringLiteral("first"))->value,
                     sequential.at(i).lastMetric(QStringLiteral("first"))->value);
        }
        QVERIFY(sequential.at(0).output != sequential.at(1).output);
    }

    void missingInterpreterFailsToStart()
    {
        RunRequest r = request(QStringLiteral("ok.py"));
        r.interpreter = QStringLiteral("/nonexistent/python3");
        r.seeds = {0, 1};
        const QList<RunResult> results = Runner::runSeeds(r);
        QCOMPARE(results.size(), 2);
        for (const RunResult &res : results) {
            QCOMPARE(runStatusId(res.status), QStringLiteral("failed_to_start"));
            QVERIFY2(res.errorText.startsWith(QStringLiteral("cannot start /nonexistent/python3")),
                     qPrintable(res.errorText));
        }
    }

    void missingSnippetFailsToStart()
    {
        RunRequest r = request(QStringLiteral("no-such-snippet.py"));
        const QList<RunResult> results = Runner::runSeeds(r);
        QCOMPARE(results.size(), 1);
        QCOMPARE(runStatusId(results.first().status), QStringLiteral("failed_to_start"));
        QCOMPARE(results.first().errorText,
                 QStringLiteral("the snippet %1 does not exist").arg(r.snippetPath));
    }

    void outDirKeepsEveryRun()
    {
        DLREPRO_REQUIRE_PYTHON();
        QTemporaryDir out;
        RunRequest r = request(QStringLiteral("ok.py"));
        r.outDir = out.path() + QStringLiteral("/runs");
        r.seeds = {3, 4};
        const QList<RunResult> results = Runner::runSeeds(r);
        QCOMPARE(results.size(), 2);
        for (const RunResult &res : results) {
            const QString seedDir = r.outDir + QStringLiteral("/seed-%1").arg(res.seed);
            QCOMPARE(res.resultPath, seedDir + QStringLiteral("/result.json"));
            QCOMPARE(res.runDirectory, seedDir + QStringLiteral("/work"));
            QVERIFY(QFile::exists(res.resultPath));
            QVERIFY(QFile::exists(res.runDirectory + QStringLiteral("/ok.py")));
            QFile output(seedDir + QStringLiteral("/output.txt"));
            QVERIFY(output.open(QIODevice::ReadOnly));
            QCOMPARE(output.readAll(), QByteArray("training done\nAccuracy: 34.00%\n"));
        }
    }

    void resultJsonRoundTrip()
    {
        RunResult r;
        r.seed = 4;
        r.status = RunStatus::Exception;
        r.exitCode = 1;
        r.exception.type = QStringLiteral("RuntimeError");
        r.exception.qualifiedType = QStringLiteral("builtins.RuntimeError");
        r.exception.snippetLine = 6;
        r.metrics.append({QStringLiteral("accuracy"), 0.5, QString(), QStringLiteral("report")});
        r.importedModules = {QStringLiteral("sklearn"), QStringLiteral("torch")};
        r.environment.insert(QStringLiteral("packages"),
                             QJsonObject{{QStringLiteral("torch"), QStringLiteral("2.1.0+cu121")},
                                         {QStringLiteral("sklearn"), QStringLiteral("1.2.1")}});
        const RunResult back = runResultFromJson(runResultToJson(r));
        QCOMPARE(back.seed, 4);
        QCOMPARE(runStatusId(back.status), QStringLiteral("exception"));
        QCOMPARE(back.exception.qualifiedType, QStringLiteral("builtins.RuntimeError"));
        QCOMPARE(back.exception.snippetLine, 6);
        QCOMPARE(back.lastMetric(QStringLiteral("accuracy"))->value, 0.5);
        QCOMPARE(requirementsText(back),
                 QStringLiteral("scikit-learn==1.2.1\ntorch==2.1.0\n"));
    }
};

QTEST_GUILESS_MAIN(tst_Runner)
#include "tst_runner.moc"
