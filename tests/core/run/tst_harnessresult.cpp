// Metrics parsed from what a run printed: the same parser as report extraction, minus what a
// traceback quotes.
#include "run/HarnessResult.h"

#include <QTest>

using namespace dlrepro;

class TestHarnessResult : public QObject
{
    Q_OBJECT
private slots:
    void metricsFromOutput_data()
    {
        QTest::addColumn<QString>("output");
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<QList<double>>("values");
        QTest::newRow("keras line") << QStringLiteral("Epoch 3/3\n10/10 - loss: 0.6932 - acc: 0.5000\n")
                                    << QStringList{QStringLiteral("loss"), QStringLiteral("accuracy")}
                                    << QList<double>{0.6932, 0.5};
        QTest::newRow("capitalised") << QStringLiteral("Accuracy: 10.12 %\n") << QStringList{QStringLiteral("accuracy")}
                                     << QList<double>{10.12};
        QTest::newRow("a SyntaxError quoting the line is no metric")
            << QStringLiteral("Traceback (most recent call last):\n  File \"main.py\", line 3\n    Accuracy: 10.12 %\n"
                              "               ^\nSyntaxError: invalid syntax\n")
            << QStringList{} << QList<double>{};
        QTest::newRow("printed before the traceback counts, the quoted source does not")
            << QStringLiteral("loss = 0.25\nTraceback (most recent call last):\n  File \"main.py\", line 9, in <module>\n"
                              "    print(f\"loss = {loss}\")\nValueError: boom\nloss = 0.5\n")
            << QStringList{QStringLiteral("loss"), QStringLiteral("loss")} << QList<double>{0.25, 0.5};
    }
    void metricsFromOutput()
    {
        QFETCH(QString, output);
        QFETCH(QStringList, names);
        QFETCH(QList<double>, values);
        QStringList gotNames;
        QList<double> gotValues;
        for (const MetricValue &m : dlrepro::metricsFromOutput(output)) {
            gotNames << m.name;
            gotValues << m.value;
            QCOMPARE(m.source, QStringLiteral("output"));
        }
        QCOMPARE(gotNames, names);
        QCOMPARE(gotValues, values);
    }
};

QTEST_GUILESS_MAIN(TestHarnessResult)
#include "tst_harnessresult.moc"
