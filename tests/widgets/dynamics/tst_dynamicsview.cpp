// The Dynamics view on a real run: the dying-ReLU script of tests/fixtures/dynamics runs with
// /usr/bin/python3 through the runner with dynamics on and dlrepro-tensor reads it; the heat map,
// the charts and the clickable symptoms are checked, and a screenshot goes to /tmp/dynamics.png.
#include "dynamics/DynamicsHeatMap.h"
#include "dynamics/DynamicsLineChart.h"
#include "dynamics/DynamicsLoader.h"
#include "dynamics/DynamicsView.h"
#include "run/Runner.h"
#include "tensor/TensorClient.h"

#include "RunTestSupport.h"

#include <QListWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace dlrepro;

class tst_DynamicsView : public QObject
{
    Q_OBJECT

    DynamicsReport m_report;
    QList<DynamicsSymptom> m_symptoms;
    QString m_failure;

private Q_SLOTS:
    void initTestCase()
    {
        if (!QFileInfo(QStringLiteral(DLREPRO_TENSOR_HELPER)).isExecutable() || !test::torchAvailable())
            return;
        QTemporaryDir dir;
        RunRequest request;
        request.snippetPath = QStringLiteral(DLREPRO_FIXTURES "/dynamics/dying_relu.py");
        request.interpreter = test::systemPython();
        request.device = QStringLiteral("cpu");
        request.seeds = {0};
        request.copyWorkspace = false;
        request.dynamics = true;
        request.dynamicsEvery = 2;
        request.outDir = dir.path();
        const QList<RunResult> results = Runner::runSeeds(request);
        if (results.isEmpty() || results.first().status != RunStatus::Finished) {
            m_failure = results.isEmpty() ? QStringLiteral("no result") : results.first().output;
            return;
        }
        TensorClient client;
        client.setHelperPath(QStringLiteral(DLREPRO_TENSOR_HELPER));
        QString error;
        const QString dyn = findDynamicsDirectory(dir.path(), 0, &error);
        if (dyn.isEmpty() || !loadDynamicsReport(&client, dyn, 1e-6, &m_report, &error)) {
            m_failure = error;
            return;
        }
        m_symptoms = detectDynamicsSymptoms(m_report, DynamicsThresholds::defaults());
    }

    void showsRealRun()
    {
        if (!QFileInfo(QStringLiteral(DLREPRO_TENSOR_HELPER)).isExecutable())
            QSKIP("dlrepro-tensor is not built");
        DLREPRO_REQUIRE_TORCH();
        QVERIFY2(m_failure.isEmpty(), qPrintable(m_failure));
        // Saved every 2 steps of 30: steps 1 (always), 2, 4, ..., 30.
        QCOMPARE(m_report.steps.first(), 1);
        QCOMPARE(m_report.steps.size(), 16);
        QCOMPARE(m_report.layers, (QStringList{QStringLiteral("hidden"), QStringLiteral("out")}));
        QCOMPARE(m_report.losses.size(), 30);

        DynamicsView view;
        view.resize(900, 640);
        view.setReport(m_report, m_symptoms);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(view.symptomList()->count(), m_symptoms.size());
        QCOMPARE(view.lossChart()->values().size(), 30);

        // Clicking the dying-ReLU symptom of layer "out" selects that layer and shows zeros.
        int row = -1;
        for (int i = 0; i < m_symptoms.size(); ++i)
            if (m_symptoms.at(i).kind == DynamicsSymptomKind::DyingRelu && m_symptoms.at(i).layer == QStringLiteral("out"))
                row = i;
        QVERIFY(row >= 0);
        QTest::mouseClick(view.symptomList()->viewport(), Qt::LeftButton, {},
                          view.symptomList()->visualItemRect(view.symptomList()->item(row)).center());
        QCOMPARE(view.selectedLayer(), 1);
        QCOMPARE(view.selectedStep(), 0); // from step 1 on
        QVERIFY(view.layerChart()->title().contains(QStringLiteral("out")));
        for (double z : view.layerChart()->values())
            QCOMPARE(z, 1.0); // every weight gradient of the dead layer is exactly zero

        // Clicking a heat-map cell selects its layer and step.
        view.setStatistic(DynamicsStatistic::GradientNorm);
        DynamicsHeatMap *map = view.heatMap();
        QRect plot = map->rect().adjusted(90, 6, -76, -22);
        QTest::mouseClick(map, Qt::LeftButton, {}, QPoint(plot.left() + 3, plot.top() + plot.height() / 4));
        QCOMPARE(view.selectedLayer(), 0);
        QCOMPARE(view.selectedStep(), 0);

        view.setProperty(DynamicsProperty::Weights);
        view.setStatistic(DynamicsStatistic::Std);
        view.setLogScale(false);
        view.selectLayer(0, 8);
        const QImage shot = view.grab().toImage();
        QVERIFY(!shot.isNull());
        shot.save(QStringLiteral("/tmp/dynamics.png"));
    }

    void emptyViewSaysSo()
    {
        DynamicsView view;
        view.setMessage(QStringLiteral("no dynamics"));
        QCOMPARE(view.symptomList()->count(), 1);
        QCOMPARE(view.selectedLayer(), -1);
        view.selectLayer(3); // nothing to select: no crash
        view.activateSymptom(0);
        QVERIFY(!view.grab().isNull());
    }
};

QTEST_MAIN(tst_DynamicsView)
#include "tst_dynamicsview.moc"
