// What should happen, from an inspected report or from the user's options.
#include "import/ReportImport.h"
#include "inspect/Inspection.h"
#include "verify/Expectation.h"

#include <QTest>

using namespace dlrepro;

namespace {

Inspection inspectFixture(const char *name)
{
    const ImportResult r = importReportFile(QStringLiteral(DLREPRO_FIXTURES "/verify/") + QLatin1String(name));
    if (!r.ok() || r.reports.isEmpty())
        return {};
    return inspectReport(r.reports.first());
}

} // namespace

class TestExpectation : public QObject
{
    Q_OBJECT
private slots:
    void fromReportError()
    {
        const Expectation e = expectationFromInspection(inspectFixture("shape-mismatch.md"));
        QCOMPARE(e.kind, ExpectationKind::Error);
        QCOMPARE(e.source, ExpectationSource::Report);
        QCOMPARE(e.errorType, QStringLiteral("RuntimeError"));
        QCOMPARE(e.errorMessage, QStringLiteral("mat1 and mat2 shapes cannot be multiplied (64x1568 and 784x128)"));
        QVERIFY2(e.origin.contains(QStringLiteral("traceback")), qPrintable(e.origin));
        QVERIFY(!e.gpuBug);
    }

    void fromReportMetricPrefersLastEpoch()
    {
        const Expectation e = expectationFromInspection(inspectFixture("keras-accuracy.md"));
        QCOMPARE(e.kind, ExpectationKind::Metric);
        QCOMPARE(e.metricName, QStringLiteral("accuracy"));
        QCOMPARE(e.metricValue, 0.34);
        QCOMPARE(e.metricUnit, QString());
        QCOMPARE(e.tolerance, 0.05);
        QVERIFY2(e.origin.contains(QStringLiteral("accuracy: 0.3400")), qPrintable(e.origin));
    }

    void fromReportCudaErrorIsGpuBug()
    {
        const Expectation e = expectationFromInspection(inspectFixture("cuda-oom.md"));
        QCOMPARE(e.kind, ExpectationKind::Error);
        QCOMPARE(e.errorType, QStringLiteral("OutOfMemoryError"));
        QVERIFY(e.errorMessage.startsWith(QStringLiteral("CUDA out of memory. Tried to allocate 2.00 GiB")));
        QVERIFY(e.gpuBug);
    }

    void fromReportWithoutSymptom()
    {
        const Expectation e = expectationFromInspection(inspectFixture("no-symptom.md"));
        QCOMPARE(e.kind, ExpectationKind::None);
        QVERIFY(!e.isValid());
    }

    void fromReportMetricPrefersObservedOverExpected()
    {
        Report r;
        r.id = QStringLiteral("t1");
        r.body.text = QStringLiteral("The tutorial expected accuracy of 90% but I get accuracy: 34.00% on the test set.");
        const Expectation e = expectationFromInspection(inspectReport(r));
        QCOMPARE(e.kind, ExpectationKind::Metric);
        QCOMPARE(e.metricValue, 34.0);
        QCOMPARE(e.metricUnit, QStringLiteral("%"));
    }

    void parseError_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("qualified");
        QTest::addColumn<QString>("message");
        QTest::addColumn<bool>("gpu");
        QTest::newRow("plain") << "RuntimeError: mat1 and mat2 shapes cannot be multiplied" << true << "RuntimeError"
                               << "RuntimeError" << "mat1 and mat2 shapes cannot be multiplied" << false;
        QTest::newRow("qualified") << "torch.cuda.OutOfMemoryError: CUDA out of memory." << true << "OutOfMemoryError"
                                   << "torch.cuda.OutOfMemoryError" << "CUDA out of memory." << true;
        QTest::newRow("type only") << "KeyError" << true << "KeyError" << "KeyError" << "" << false;
        QTest::newRow("colon in message") << "ValueError: a: b: c" << true << "ValueError" << "ValueError"
                                          << "a: b: c" << false;
        QTest::newRow("empty") << "   " << false << "" << "" << "" << false;
        QTest::newRow("not a name") << "shapes cannot be multiplied" << false << "" << "" << "" << false;
        QTest::newRow("leading digit") << "1Error: x" << false << "" << "" << "" << false;
    }
    void parseError()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        Expectation e;
        QString error;
        QCOMPARE(parseExpectedError(text, &e, &error), ok);
        if (!ok) {
            QVERIFY(!error.isEmpty());
            QCOMPARE(e.kind, ExpectationKind::None);
            return;
        }
        QCOMPARE(e.kind, ExpectationKind::Error);
        QCOMPARE(e.source, ExpectationSource::User);
        QTEST(e.errorType, "type");
        QTEST(e.errorQualifiedType, "qualified");
        QTEST(e.errorMessage, "message");
        QTEST(e.gpuBug, "gpu");
    }

    void parseMetric_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("name");
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("unit");
        QTest::newRow("percent") << "accuracy=34%" << true << "accuracy" << 34.0 << "%";
        QTest::newRow("fraction") << "acc=0.34" << true << "accuracy" << 0.34 << "";
        QTest::newRow("val prefix") << "val_acc = 0.5" << true << "val_accuracy" << 0.5 << "";
        QTest::newRow("validation words") << "validation accuracy=51.2 %" << true << "val_accuracy" << 51.2 << "%";
        QTest::newRow("loss") << "loss=2.30" << true << "loss" << 2.30 << "";
        QTest::newRow("no value") << "accuracy=" << false << "" << 0.0 << "";
        QTest::newRow("no equals") << "accuracy 34" << false << "" << 0.0 << "";
        QTest::newRow("not a number") << "accuracy=high" << false << "" << 0.0 << "";
    }
    void parseMetric()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        Expectation e;
        QString error;
        QCOMPARE(parseExpectedMetric(text, &e, &error), ok);
        if (!ok) {
            QVERIFY(!error.isEmpty());
            return;
        }
        QCOMPARE(e.kind, ExpectationKind::Metric);
        QTEST(e.metricName, "name");
        QTEST(e.metricValue, "value");
        QTEST(e.metricUnit, "unit");
    }

    void parseMetricNan()
    {
        Expectation e;
        QString error;
        QVERIFY(parseExpectedMetric(QStringLiteral("loss=nan"), &e, &error));
        QVERIFY(std::isnan(e.metricValue));
    }

    void metricRegex_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<bool>("ok");
        QTest::newRow("one group") << R"(Test accuracy: ([\d.]+%?))" << true;
        QTest::newRow("no group") << R"(Test accuracy: [\d.]+)" << false;
        QTest::newRow("two groups") << R"((Test) accuracy: ([\d.]+))" << false;
        QTest::newRow("invalid") << R"(Test accuracy: ([\d.]+)" << false;
        QTest::newRow("non-capturing extra") << R"((?:Test|Val) acc: ([\d.]+))" << true;
    }
    void metricRegex()
    {
        QFETCH(QString, pattern);
        QFETCH(bool, ok);
        Expectation e;
        QString error;
        QCOMPARE(setMetricRegex(pattern, &e, &error), ok);
        QCOMPARE(e.metricRegex.isEmpty(), !ok);
        QCOMPARE(error.isEmpty(), ok);
    }

    void tolerance_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<double>("value");
        QTest::newRow("fraction") << "0.1" << true << 0.1;
        QTest::newRow("percent") << "5%" << true << 0.05;
        QTest::newRow("zero") << "0" << false << 0.0;
        QTest::newRow("negative") << "-0.1" << false << 0.0;
        QTest::newRow("too big") << "2" << false << 0.0;
        QTest::newRow("word") << "tight" << false << 0.0;
    }
    void tolerance()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        double v = 0.0;
        QString error;
        QCOMPARE(parseTolerance(text, &v, &error), ok);
        if (ok)
            QTEST(v, "value");
    }

    void json()
    {
        Expectation e;
        QString error;
        QVERIFY(parseExpectedMetric(QStringLiteral("accuracy=34%"), &e, &error));
        const QJsonObject o = expectationToJson(e);
        QCOMPARE(o.value(QLatin1String("kind")).toString(), QStringLiteral("metric"));
        QCOMPARE(o.value(QLatin1String("source")).toString(), QStringLiteral("user"));
        QCOMPARE(o.value(QLatin1String("metric_value")).toDouble(), 34.0);
        QCOMPARE(o.value(QLatin1String("metric_unit")).toString(), QStringLiteral("%"));
        QCOMPARE(o.value(QLatin1String("tolerance")).toDouble(), 0.05);
        QCOMPARE(expectationToText(e), QStringLiteral("accuracy is 34% (within ±5%)"));
    }
};

QTEST_GUILESS_MAIN(TestExpectation)
#include "tst_expectation.moc"
