#include "extract/HyperparameterExtractor.h"

#include "ExtractTestUtil.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTest>

using namespace dlrepro;

class TestHyperparameterExtractor : public QObject
{
    Q_OBJECT
private slots:
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral("invalid"))); }

    void facts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("prose") << QStringLiteral(
            "I use a batch size of 32 and a learning rate 0.001, trained for 100 epochs with the Adam optimizer.")
            << QStringList{QStringLiteral("hyperparameter|batch_size|32|32|||batch size of 32"),
                           QStringLiteral("hyperparameter|learning_rate|0.001|0.001|||learning rate 0.001"),
                           QStringLiteral("hyperparameter|epochs|100|100|||100 epochs"),
                           QStringLiteral("hyperparameter|optimizer|adam||||Adam optimizer")};
        // Thesis, SO 39525358.
        QTest::newRow("after epochs") << QStringLiteral("so after 150 epochs i get: loss: 0.6932")
            << QStringList{QStringLiteral("hyperparameter|epochs|150|150|||150 epochs")};
        QTest::newRow("keras compile and fit") << QStringLiteral(
            "model.compile(loss='binary_crossentropy', optimizer='adam', metrics=['accuracy'])\n"
            "model.fit(X, Y, epochs=150, batch_size=10)")
            << QStringList{QStringLiteral("hyperparameter|loss|binary_crossentropy||||loss='binary_crossentropy'"),
                           QStringLiteral("hyperparameter|optimizer|adam||||optimizer='adam'"),
                           QStringLiteral("hyperparameter|epochs|150|150|||epochs=150"),
                           QStringLiteral("hyperparameter|batch_size|10|10|||batch_size=10")};
        QTest::newRow("pytorch optimizer and loss") << QStringLiteral(
            "criterion = nn.CrossEntropyLoss()\noptimizer = optim.SGD(model.parameters(), lr=0.01, momentum=0.9, weight_decay=5e-4)")
            << QStringList{QStringLiteral("hyperparameter|loss|CrossEntropyLoss||||nn.CrossEntropyLoss("),
                           QStringLiteral("hyperparameter|optimizer|sgd||||SGD("),
                           QStringLiteral("hyperparameter|learning_rate|0.01|0.01|||lr=0.01"),
                           QStringLiteral("hyperparameter|momentum|0.9|0.9|||momentum=0.9"),
                           QStringLiteral("hyperparameter|weight_decay|5e-4|0.0005|||weight_decay=5e-4")};
        QTest::newRow("lr scientific and dropout") << QStringLiteral("opt = Adam(lr=1e-3)\nmodel.add(Dropout(0.5))")
            << QStringList{QStringLiteral("hyperparameter|optimizer|adam||||Adam("),
                           QStringLiteral("hyperparameter|learning_rate|1e-3|0.001|||lr=1e-3"),
                           QStringLiteral("hyperparameter|dropout|0.5|0.5|||Dropout(0.5")};
        QTest::newRow("loss in prose") << QStringLiteral("I minimise the binary cross-entropy loss.")
            << QStringList{QStringLiteral("hyperparameter|loss|binary_crossentropy||||binary cross-entropy loss")};
        QTest::newRow("keras progress is not epochs") << QStringLiteral("Epoch 1/10\nEpoch 2/10") << QStringList{};
        QTest::newRow("variables are not values") << QStringLiteral("model.fit(x, y, epochs=epochs, batch_size=bs)")
            << QStringList{};
        QTest::newRow("plain prose") << QStringLiteral("The network predicts the same class for every input.")
            << QStringList{};
    }
    void facts()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QVERIFY(test::sameLists(test::describeAll(text, extractHyperparameters(text)), expected));
    }

    void pathological_input_finishes()
    {
        QElapsedTimer t;
        t.start();
        extractHyperparameters(QString(100000, QLatin1Char('1')));
        extractHyperparameters(QStringLiteral("lr=").repeated(30000));
        extractHyperparameters(QStringLiteral("batch size of ").repeated(10000));
        QVERIFY2(t.elapsed() < 3000, qPrintable(QString::number(t.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestHyperparameterExtractor)
#include "tst_hyperparameterextractor.moc"
