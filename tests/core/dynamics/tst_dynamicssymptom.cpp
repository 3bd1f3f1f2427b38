// Symptom detectors on real runs: each script of tests/fixtures/dynamics provokes one symptom
// (the healthy one none), runs with /usr/bin/python3 through the runner with dynamics on, and its
// saved tensors are read by the real dlrepro-tensor. Plus the detectors' edges on hand-made
// reports.
#include "dynamics/DynamicsLoader.h"
#include "dynamics/DynamicsSymptom.h"
#include "run/Runner.h"
#include "tensor/TensorClient.h"

#include "RunTestSupport.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QTemporaryDir>
#include <QtTest>

using namespace dlrepro;

namespace {

QStringList symptomIds(const QList<DynamicsSymptom> &symptoms)
{
    QStringList ids;
    for (const DynamicsSymptom &s : symptoms)
        if (!ids.contains(dynamicsSymptomId(s.kind)))
            ids << dynamicsSymptomId(s.kind);
    return ids;
}

// A report of two layers over `steps` saved steps with the given gradient norms.
DynamicsReport twoLayers(int steps, double first, double last, double zeros = 0.0)
{
    DynamicsReport r;
    r.layers = {QStringLiteral("fc1"), QStringLiteral("fc2")};
    for (int i = 0; i < steps; ++i) {
        r.steps.append(i + 1);
        r.epochs.append(0);
        QList<LayerStepStatistics> row(2);
        for (int li = 0; li < 2; ++li) {
            LayerStepStatistics &c = row[li];
            c.present = c.hasGradient = true;
            c.gradNorm = li == 0 ? first : last;
            TensorStatisticValues g;
            g.present = true;
            g.count = 100;
            g.zeros = zeros;
            c.properties[int(DynamicsProperty::WeightGradients)] = g;
            TensorStatisticValues w;
            w.present = true;
            w.count = 100;
            c.properties[int(DynamicsProperty::Weights)] = w;
        }
        r.cells.append(row);
    }
    return r;
}

} // namespace

class tst_DynamicsSymptom : public QObject
{
    Q_OBJECT

    QTemporaryDir m_runs;
    QHash<QString, QList<DynamicsSymptom>> m_found;
    QHash<QString, QString> m_failure;

private Q_SLOTS:
    void initTestCase()
    {
        if (!QFileInfo(QStringLiteral(DLREPRO_TENSOR_HELPER)).isExecutable())
            return; // the real-run tests skip
        if (!QFileInfo(test::systemPython()).isExecutable() || !test::torchAvailable())
            return;
        QVERIFY(m_runs.isValid());
        TensorClient client;
        client.setHelperPath(QStringLiteral(DLREPRO_TENSOR_HELPER));
        const DynamicsThresholds thresholds = DynamicsThresholds::defaults();
        for (const QString &name : {QStringLiteral("vanishing"), QStringLiteral("exploding"),
                                    QStringLiteral("dying_relu"), QStringLiteral("oscillating"),
                                    QStringLiteral("healthy")}) {
            RunRequest request;
            request.snippetPath = QStringLiteral(DLREPRO_FIXTURES "/dynamics/") + name + QStringLiteral(".py");
            request.interpreter = test::systemPython();
            request.device = QStringLiteral("cpu");
            request.seeds = {0};
            request.copyWorkspace = false;
            request.dynamics = true;
            request.dynamicsEvery = 1;
            request.outDir = m_runs.filePath(name);
            const QList<RunResult> results = Runner::runSeeds(request);
            if (results.size() != 1 || results.first().status != RunStatus::Finished) {
                m_failure.insert(name, results.isEmpty() ? QStringLiteral("no result")
                                                         : results.first().errorText + results.first().output);
                continue;
            }
            QString error;
            const QString dir = findDynamicsDirectory(request.outDir, -1, &error);
            DynamicsReport report;
            if (dir.isEmpty() || !loadDynamicsReport(&client, dir, thresholds.sparsityEpsilon, &report, &error)) {
                m_failure.insert(name, error);
                continue;
            }
            m_found.insert(name, detectDynamicsSymptoms(report, thresholds));
        }
    }

    void provokedSymptoms_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<QString>("symptom");
        QTest::addColumn<QString>("layer");
        QTest::newRow("sigmoid stack") << QStringLiteral("vanishing") << QStringLiteral("vanishing_gradients") << QStringLiteral("0");
        QTest::newRow("huge learning rate") << QStringLiteral("exploding") << QStringLiteral("exploding_gradients") << QString();
        QTest::newRow("negative ReLU bias") << QStringLiteral("dying_relu") << QStringLiteral("dying_relu") << QStringLiteral("hidden");
        QTest::newRow("label noise, high lr") << QStringLiteral("oscillating") << QStringLiteral("oscillating_loss") << QString();
    }

    void provokedSymptoms()
    {
        QFETCH(QString, script);
        QFETCH(QString, symptom);
        QFETCH(QString, layer);
        if (!QFileInfo(QStringLiteral(DLREPRO_TENSOR_HELPER)).isExecutable())
            QSKIP("dlrepro-tensor is not built");
        DLREPRO_REQUIRE_TORCH();
        QVERIFY2(!m_failure.contains(script), qPrintable(m_failure.value(script)));
        const QList<DynamicsSymptom> symptoms = m_found.value(script);
        QVERIFY2(symptomIds(symptoms).contains(symptom), qPrintable(symptomIds(symptoms).join(QLatin1Char(','))));
        for (const DynamicsSymptom &s : symptoms) {
            if (dynamicsSymptomId(s.kind) != symptom)
                continue;
            QVERIFY(s.step >= 1);
            QVERIFY(!s.evidence.isEmpty());
            if (!layer.isEmpty())
                QCOMPARE(s.layer, layer);
            break;
        }
        // A blown-up loss is the exploding detector's; no loss symptom on top of it.
        if (script == QStringLiteral("exploding"))
            QVERIFY(!symptomIds(symptoms).contains(QStringLiteral("oscillating_loss")));
    }

    void healthyRunRaisesNone()
    {
        if (!QFileInfo(QStringLiteral(DLREPRO_TENSOR_HELPER)).isExecutable())
            QSKIP("dlrepro-tensor is not built");
        DLREPRO_REQUIRE_TORCH();
        QVERIFY2(!m_failure.contains(QStringLiteral("healthy")), qPrintable(m_failure.value(QStringLiteral("healthy"))));
        QVERIFY(m_found.contains(QStringLiteral("healthy")));
        QCOMPARE(symptomIds(m_found.value(QStringLiteral("healthy"))), QStringList());
    }

    void gradientRatios_data()
    {
        QTest::addColumn<double>("first");
        QTest::addColumn<double>("last");
        QTest::addColumn<QString>("expected");
        QTest::newRow("clean") << 1e-2 << 1e-2 << QString();
        QTest::newRow("ratio low, first norm not small") << 1e-3 << 10.0 << QString();
        QTest::newRow("vanishing") << 1e-7 << 1e-2 << QStringLiteral("vanishing_gradients");
        QTest::newRow("ratio just at threshold") << 1e-5 << 1e-2 << QString();
        QTest::newRow("exploding ratio") << 80.0 << 1.0 << QStringLiteral("exploding_gradients");
        QTest::newRow("ratio 70 is not above") << 70.0 << 1.0 << QString();
        QTest::newRow("dead first layer is not vanishing") << 0.0 << 1e-2 << QString();
        QTest::newRow("nan gradient") << std::nan("") << 1.0 << QStringLiteral("exploding_gradients");
    }

    void gradientRatios()
    {
        QFETCH(double, first);
        QFETCH(double, last);
        QFETCH(QString, expected);
        DynamicsReport r = twoLayers(4, first, last);
        if (std::isnan(first))
            r.cells[0][0].gradientNonFinite = true;
        const QStringList ids = symptomIds(detectDynamicsSymptoms(r, DynamicsThresholds::defaults()));
        QCOMPARE(ids, expected.isEmpty() ? QStringList() : QStringList{expected});
    }

    void dyingNeedsMostSteps()
    {
        DynamicsReport r = twoLayers(4, 1e-2, 1e-2, 0.9);
        QCOMPARE(symptomIds(detectDynamicsSymptoms(r, DynamicsThresholds::defaults())),
                 QStringList{QStringLiteral("dying_relu")});
        for (int si = 0; si < 3; ++si)
            for (int li = 0; li < 2; ++li)
                r.cells[si][li].properties[int(DynamicsProperty::WeightGradients)].zeros = 0.69;
        QCOMPARE(symptomIds(detectDynamicsSymptoms(r, DynamicsThresholds::defaults())), QStringList());
    }

    void lossSeries_data()
    {
        QTest::addColumn<QList<double>>("loss");
        QTest::addColumn<QStringList>("expected");
        QList<double> falling, zigzag, flat, tooShort, blownUp;
        for (int i = 0; i < 20; ++i) {
            falling << 2.0 * std::exp(-0.2 * i);
            zigzag << (i % 2 ? 1.5 : 0.5);
            flat << 1.0 + 1e-4 * (i % 3);
            blownUp << (i < 5 ? 1.0 : std::nan(""));
        }
        tooShort << 1.0 << 2.0 << 1.0;
        QTest::newRow("falling") << falling << QStringList();
        QTest::newRow("zigzag") << zigzag << QStringList{QStringLiteral("oscillating_loss"), QStringLiteral("slow_convergence")};
        QTest::newRow("flat") << flat << QStringList{QStringLiteral("slow_convergence")};
        QTest::newRow("too short to judge") << tooShort << QStringList();
        QTest::newRow("nan loss is not judged") << blownUp << QStringList();
    }

    void lossSeries()
    {
        QFETCH(QList<double>, loss);
        QFETCH(QStringList, expected);
        DynamicsReport r;
        for (int i = 0; i < loss.size(); ++i)
            r.losses.append(LossPoint{i + 1, loss.at(i)});
        QCOMPARE(symptomIds(detectDynamicsSymptoms(r, DynamicsThresholds::defaults())), expected);
    }

    void thresholdsFromFile()
    {
        const DynamicsThresholds t = DynamicsThresholds::defaults();
        QCOMPARE(t.vanishingMaxNormRatio, 1e-3);
        QCOMPARE(t.vanishingMaxFirstNorm, 1e-4);
        QCOMPARE(t.explodingMinNormRatio, 70.0);
        QCOMPARE(t.dyingMinZeroFraction, 0.7);
        DynamicsThresholds custom = t;
        QString error;
        QVERIFY(DynamicsThresholds::fromJson(R"({"dying_relu": {"min_zero_gradient_fraction": 0.95}})",
                                             QStringLiteral("test"), &custom, &error));
        QCOMPARE(custom.dyingMinZeroFraction, 0.95);
        QCOMPARE(custom.vanishingMaxNormRatio, 1e-3);
        QVERIFY(!DynamicsThresholds::fromJson("[1]", QStringLiteral("broken.json"), &custom, &error));
        QVERIFY(error.contains(QStringLiteral("broken.json")));
    }

    void symptomNames_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("id");
        QTest::newRow("id") << QStringLiteral("dying_relu") << QStringLiteral("dying_relu");
        QTest::newRow("short") << QStringLiteral("vanishing") << QStringLiteral("vanishing_gradients");
        QTest::newRow("words") << QStringLiteral("Exploding gradients") << QStringLiteral("exploding_gradients");
        QTest::newRow("unknown") << QStringLiteral("overfitting") << QString();
    }

    void symptomNames()
    {
        QFETCH(QString, text);
        QFETCH(QString, id);
        DynamicsSymptomKind k;
        QCOMPARE(parseDynamicsSymptom(text, &k), !id.isEmpty());
        if (!id.isEmpty())
            QCOMPARE(dynamicsSymptomId(k), id);
    }
};

QTEST_GUILESS_MAIN(tst_DynamicsSymptom)
#include "tst_dynamicssymptom.moc"
