#include "extract/MetricExtractor.h"

#include "ExtractTestUtil.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTest>

using namespace dlrepro;

class TestMetricExtractor : public QObject
{
    Q_OBJECT
private slots:
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral("invalid"))); }

    void metrics_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");

        // Thesis, SO 59278771: expected vs observed.
        QTest::newRow("expected vs observed") << QStringLiteral(
            "The accuracy was supposed to be around 95.33% (4.27%) but I got ~Accuracy: 34.00% (13.15%) on a few attempts.")
            << QStringList{QStringLiteral("metric|accuracy|95.33|95.33|%|expected|accuracy was supposed to be around 95.33% (4.27%)"),
                           QStringLiteral("metric|accuracy|34.00|34|%|std 13.15|Accuracy: 34.00% (13.15%)")};
        // Thesis, SO 39525358: a Keras result line quoted in prose.
        QTest::newRow("keras line in prose") << QStringLiteral(
            "so after 150 epochs i get: **loss: 0.6932 - acc: 0.5000 - val_loss: 0.6970 - val_acc: 0.1429**")
            << QStringList{QStringLiteral("metric|loss|0.6932|0.6932|||loss: 0.6932"),
                           QStringLiteral("metric|accuracy|0.5000|0.5|||acc: 0.5000"),
                           QStringLiteral("metric|val_loss|0.6970|0.697|||val_loss: 0.6970"),
                           QStringLiteral("metric|val_accuracy|0.1429|0.1429|||val_acc: 0.1429")};
        QTest::newRow("keras epochs: last one counts") << QStringLiteral(
            "Epoch 1/2\n1000/1000 [==============================] - 0s 95us/step - loss: 0.6932 - acc: 0.5000\n"
            "Epoch 2/2\n1000/1000 [==============================] - 0s 95us/step - loss: 0.6931 - acc: 0.5010\n")
            << QStringList{QStringLiteral("metric|loss|0.6932|0.6932||epoch 1/2|loss: 0.6932|@0.5"),
                           QStringLiteral("metric|accuracy|0.5000|0.5||epoch 1/2|acc: 0.5000|@0.5"),
                           QStringLiteral("metric|loss|0.6931|0.6931||epoch 2/2|loss: 0.6931"),
                           QStringLiteral("metric|accuracy|0.5010|0.501||epoch 2/2|acc: 0.5010")};
        // Thesis, SO 31880720.
        QTest::newRow("accuracy of") << QStringLiteral("the author gets a poor test accuracy of 13.9% when training")
            << QStringList{QStringLiteral("metric|test_accuracy|13.9|13.9|%||test accuracy of 13.9%")};
        QTest::newRow("lower than") << QStringLiteral("My validation accuracy is always lower than 10%.")
            << QStringList{QStringLiteral("metric|val_accuracy|10|10|%|lower than|validation accuracy is always lower than 10%")};
        QTest::newRow("loss equals") << QStringLiteral("At the end loss = 0.25 and nothing changes")
            << QStringList{QStringLiteral("metric|loss|0.25|0.25|||loss = 0.25")};
        QTest::newRow("loss per epoch lines") << QStringLiteral("epoch 1, loss 2.3026\nepoch 2, loss 2.3025\n")
            << QStringList{QStringLiteral("metric|loss|2.3026|2.3026||epoch 1|loss 2.3026|@0.5"),
                           QStringLiteral("metric|loss|2.3025|2.3025||epoch 2|loss 2.3025")};
        QTest::newRow("val_acc space") << QStringLiteral("val_acc 0.5 all the time")
            << QStringList{QStringLiteral("metric|val_accuracy|0.5|0.5|||val_acc 0.5")};
        QTest::newRow("nan loss") << QStringLiteral("After a few batches the loss becomes nan.")
            << QStringList{QStringLiteral("metric|loss|nan||||loss becomes nan")};
        QTest::newRow("scientific") << QStringLiteral("mse: 1.5e-03")
            << QStringList{QStringLiteral("metric|mse|1.5e-03|0.0015|||mse: 1.5e-03")};
        QTest::newRow("epoch count is not a loss") << QStringLiteral("The loss after 10 epochs does not go down.")
            << QStringList{};
        QTest::newRow("loss at epoch") << QStringLiteral("The loss at epoch 5 is 0.3")
            << QStringList{};
        QTest::newRow("metric name without number") << QStringLiteral(
            "How can I improve the accuracy? I use metrics=['accuracy'] and loss='mse'.") << QStringList{};
        QTest::newRow("empty") << QString() << QStringList{};
    }
    void metrics()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QVERIFY(test::sameLists(test::describeAll(text, extractMetrics(text)), expected));
    }

    void pathological_input_finishes()
    {
        QElapsedTimer t;
        t.start();
        extractMetrics(QString(100000, QLatin1Char('1')));
        extractMetrics(QStringLiteral("loss ").repeated(50000));
        extractMetrics(QStringLiteral("accuracy: 0.5 - ").repeated(20000));
        QVERIFY2(t.elapsed() < 3000, qPrintable(QString::number(t.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestMetricExtractor)
#include "tst_metricextractor.moc"
