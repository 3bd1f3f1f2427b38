#include "RunTestSupport.h"
#include "run/Harness.h"
#include "run/Runner.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace dlrepro;
using dlrepro::test::fixture;

// The harness seen through the runner: what a snippet's run records.
class tst_Harness : public QObject
{
    Q_OBJECT

private:
    static QList<RunResult> run(const QString &name, const QList<int> &seeds = {0},
                                const QString &outDir = QString())
    {
        RunRequest r;
        r.snippetPath = fixture(name);
        r.interpreter = dlrepro::test::systemPython();
        r.device = QStringLiteral("cpu");
        r.seeds = seeds;
        r.timeoutMs = 120000;
        r.outDir = outDir;
        return Runner::runSeeds(r);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
    }

    void embeddedFilesAreWrittenOut()
    {
        QTemporaryDir base;
        QString error;
        const QString dir = harnessDirectory(&error, base.path());
        QVERIFY2(!dir.isEmpty(), qPrintable(error));
        for (const QString &name : {QStringLiteral("dlrepro_harness.py"), QStringLiteral("dlrepro.py"),
                                    QStringLiteral("probe.py")}) {
            QFile f(dir + QLatin1Char('/') + name);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QCOMPARE(f.readAll(), harnessFile(name));
            QFile source(QStringLiteral(DLREPRO_SOURCE_DIR "/resources/harness/") + name);
            QVERIFY(source.open(QIODevice::ReadOnly));
            QCOMPARE(harnessFile(name), source.readAll());
        }
        // A second call finds the same directory and leaves it as it is.
        QCOMPARE(harnessDirectory(&error, base.path()), dir);
    }

    void torchShapeMismatch()
    {
        DLREPRO_REQUIRE_TORCH();
        const QList<RunResult> results = run(QStringLiteral("torch_shape.py"));
        QCOMPARE(results.size(), 1);
        const RunResult &r = results.first();
        QCOMPARE(runStatusId(r.status), QStringLiteral("exception"));
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.exception.type, QStringLiteral("RuntimeError"));
        QCOMPARE(r.exception.qualifiedType, QStringLiteral("builtins.RuntimeError"));
        QCOMPARE(r.exception.message,
                 QStringLiteral("mat1 and mat2 shapes cannot be multiplied (4x3 and 5x2)"));
        QCOMPARE(r.exception.snippetLine, 6);
        QCOMPARE(r.exception.snippetCode, QStringLiteral("y = layer(x)"));
        QVERIFY(r.exception.traceback.startsWith(QStringLiteral("Traceback (most recent call last):\n  File \"")));
        QVERIFY(r.exception.traceback.endsWith(
            QStringLiteral("RuntimeError: mat1 and mat2 shapes cannot be multiplied (4x3 and 5x2)\n")));
        // The harness's own frames are not the user's.
        QVERIFY(!r.exception.traceback.contains(QStringLiteral("runpy")));
        QVERIFY(!r.exception.traceback.contains(QStringLiteral("dlrepro_harness")));
        // Printed as Python would print it, so the console shows the usual traceback.
        QVERIFY(r.output.endsWith(r.exception.traceback));
        QCOMPARE(r.importedModules, QStringList{QStringLiteral("torch")});
        QVERIFY(!r.environment.value(QStringLiteral("packages")).toObject()
                     .value(QStringLiteral("torch")).toString().isEmpty());
        QCOMPARE(r.environment.value(QStringLiteral("device")).toString(), QStringLiteral("cpu"));
        QVERIFY(r.peakRssBytes > 10 * 1024 * 1024);
        QVERIFY(r.wallSeconds > 0.0);
    }

    void reportedMetrics()
    {
        DLREPRO_REQUIRE_PYTHON();
        const QList<RunResult> results = run(QStringLiteral("report_metric.py"));
        QCOMPARE(results.size(), 1);
        const RunResult &r = results.first();
        QCOMPARE(runStatusId(r.status), QStringLiteral("finished"));
        QCOMPARE(r.metrics.size(), 3);
        QCOMPARE(r.metrics.at(0).name, QStringLiteral("accuracy")); // "acc", normalised
        QCOMPARE(r.metrics.at(0).value, 0.5);
        QCOMPARE(r.metrics.at(1).name, QStringLiteral("loss"));
        QCOMPARE(r.metrics.at(1).value, 0.25);
        QCOMPARE(r.metrics.at(2).source, QStringLiteral("report"));
        QCOMPARE(r.lastMetric(QStringLiteral("accuracy"))->value, 0.75);
        QVERIFY(!r.lastMetric(QStringLiteral("f1")));
    }

    void printedKerasMetrics()
    {
        DLREPRO_REQUIRE_PYTHON();
        const QList<RunResult> results = run(QStringLiteral("keras_log.py"));
        QCOMPARE(results.size(), 1);
        const RunResult &r = results.first();
        QCOMPARE(runStatusId(r.status), QStringLiteral("finished"));
        const MetricValue *loss = r.lastMetric(QStringLiteral("loss"));
        const MetricValue *acc = r.lastMetric(QStringLiteral("accuracy"));
        QVERIFY(loss && acc);
        QCOMPARE(loss->value, 0.6523);
        QCOMPARE(acc->value, 0.625);
        QCOMPARE(acc->source, QStringLiteral("output"));
        QCOMPARE(r.metrics.first().value, 0.6932);
    }

    void systemExit()
    {
        DLREPRO_REQUIRE_PYTHON();
        QTemporaryDir out;
        const QList<RunResult> results = run(QStringLiteral("sysexit.py"), {0}, out.path());
        QCOMPARE(results.size(), 1);
        const RunResult &r = results.first();
        QCOMPARE(runStatusId(r.status), QStringLiteral("exited"));
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.exception.isEmpty());
        QCOMPARE(r.output, QStringLiteral("giving up\n"));
        QFile f(r.resultPath);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
        QCOMPARE(o.value(QStringLiteral("schema_version")).toInt(), harnessResultSchemaVersion());
        QCOMPARE(o.value(QStringLiteral("system_exit")).toInt(), 3);
        QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("exited"));
    }

    void seedsDecideRandomness()
    {
        DLREPRO_REQUIRE_TORCH();
        const QList<RunResult> results = run(QStringLiteral("torch_rand.py"), {0, 0, 1});
        QCOMPARE(results.size(), 3);
        for (const RunResult &r : results)
            QCOMPARE(runStatusId(r.status), QStringLiteral("finished"));
        // torch.manual_seed(0); torch.rand(3)
        QVERIFY2(results.at(0).output.startsWith(
                     QStringLiteral("torch [0.496257, 0.768222, 0.088477]\n")),
                 qPrintable(results.at(0).output));
        QCOMPARE(results.at(0).output, results.at(1).output); // numpy, random, hash too
        const QStringList a = results.at(0).output.split(QLatin1Char('\n'));
        const QStringList b = results.at(2).output.split(QLatin1Char('\n'));
        QCOMPARE(a.size(), b.size());
        for (int i = 0; i < 3; ++i) // torch, numpy, random differ across seeds
            QVERIFY2(a.at(i) != b.at(i), qPrintable(a.at(i)));
        QCOMPARE(results.at(0).lastMetric(QStringLiteral("first"))->value, 0.4962565898895264);
        QCOMPARE(results.at(0).importedModules,
                 (QStringList{QStringLiteral("numpy"), QStringLiteral("torch")}));
        const QJsonObject packages =
            results.at(0).environment.value(QStringLiteral("packages")).toObject();
        QString torchVersion = packages.value(QStringLiteral("torch")).toString();
        torchVersion = torchVersion.section(QLatin1Char('+'), 0, 0);
        QCOMPARE(requirementsText(results.at(0)),
                 QStringLiteral("numpy==%1\ntorch==%2\n")
                     .arg(packages.value(QStringLiteral("numpy")).toString(), torchVersion));
    }

    void deterministicModeIsRecorded()
    {
        DLREPRO_REQUIRE_TORCH();
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("det.py")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("import os, torch\nprint(torch.are_deterministic_algorithms_enabled(), "
                "os.environ.get('CUBLAS_WORKSPACE_CONFIG'))\n");
        f.close();
        RunRequest r;
        r.snippetPath = f.fileName();
        r.interpreter = dlrepro::test::systemPython();
        r.device = QStringLiteral("cpu");
        r.seeds = {0};
        r.deterministic = true;
        QList<RunResult> results = Runner::runSeeds(r);
        QCOMPARE(results.first().output, QStringLiteral("True :4096:8\n"));
        r.deterministic = false;
        results = Runner::runSeeds(r);
        QCOMPARE(results.first().output, QStringLiteral("False None\n"));
    }
};

QTEST_GUILESS_MAIN(tst_Harness)
#include "tst_harness.moc"
