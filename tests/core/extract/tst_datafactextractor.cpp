#include "extract/DataFactExtractor.h"

#include "ExtractTestUtil.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTest>

using namespace dlrepro;

class TestDataFactExtractor : public QObject
{
    Q_OBJECT
private slots:
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral("invalid"))); }

    void facts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");

        // Thesis quotes (chapter 4).
        QTest::newRow("train shape") << QStringLiteral("I have a train dataset of the following shape: (300, 5, 720)")
            << QStringList{QStringLiteral("shape||(300, 5, 720)||||(300, 5, 720)")};
        QTest::newRow("range and binary target") << QStringLiteral(
            "The dataset has 4 columns: 3 columns with values in the range [60, 70] and the target variable is binary (0/1 output)")
            << QStringList{QStringLiteral("range||[60, 70]|60||70|values in the range [60, 70]"),
                           QStringLiteral("target||binary (0/1 output)||||binary (0/1 output)")};
        QTest::newRow("sequence and target between") << QStringLiteral(
            "My training data has input as a sequence of 80 numbers in which each represent a word and target value is just a number between 1 and 3.")
            << QStringList{QStringLiteral("sequence_length||80|80|||sequence of 80 numbers"),
                           QStringLiteral("target||between 1 and 3|1||3|between 1 and 3")};
        QTest::newRow("printed summary line") << QStringLiteral("x_train : float32 0.0 1.0 (2444, 64, 64, 1)")
            << QStringList{QStringLiteral("dtype|x_train|float32||||float32"),
                           QStringLiteral("range|x_train|[0.0, 1.0]|0||1.0|0.0 1.0"),
                           QStringLiteral("shape|x_train|(2444, 64, 64, 1)||||(2444, 64, 64, 1)")};
        QTest::newRow("torch size") << QStringLiteral("print(x.shape) gives torch.Size([64, 3, 32, 32])")
            << QStringList{QStringLiteral("shape||(64, 3, 32, 32)||||torch.Size([64, 3, 32, 32])")};
        QTest::newRow("named shape in code") << QStringLiteral("model.add(LSTM(32, input_shape=(80, 1)))")
            << QStringList{QStringLiteral("shape|input_shape|(80, 1)||||(80, 1)")};
        QTest::newRow("one-dimensional shape") << QStringLiteral("y.shape = (1000,)")
            << QStringList{QStringLiteral("shape|y|(1000,)||||(1000,)")};
        QTest::newRow("shape list after keras message") << QStringLiteral("Full shape received: [None, 80]")
            << QStringList{QStringLiteral("shape||(None, 80)||||[None, 80]")};
        QTest::newRow("image size") << QStringLiteral("RGB images of size 224x224x3 with pixel values normalized to [0,1]")
            << QStringList{QStringLiteral("shape||(224, 224, 3)||||224x224x3"),
                           QStringLiteral("range||[0, 1]|0||1|normalized to [0,1]")};
        QTest::newRow("between for inputs") << QStringLiteral("pixel values are between 0 and 255")
            << QStringList{QStringLiteral("range||[0, 255]|0||255|values are between 0 and 255")};
        QTest::newRow("range from to") << QStringLiteral("values in the range from 0 to 400")
            << QStringList{QStringLiteral("range||[0, 400]|0||400|values in the range from 0 to 400")};
        QTest::newRow("dtypes") << QStringLiteral("x is torch.float16 and y = np.int64; labels are uint8")
            << QStringList{QStringLiteral("dtype||float16|||torch.float16|torch.float16"),
                           QStringLiteral("dtype||int64|||np.int64|np.int64"),
                           QStringLiteral("dtype||uint8|||uint8|uint8")};
        QTest::newRow("torch double") << QStringLiteral("x = x.to(torch.double)")
            << QStringList{QStringLiteral("dtype||float64|||torch.double|torch.double")};
        QTest::newRow("classes") << QStringLiteral("It is a classification problem with 10 classes.")
            << QStringList{QStringLiteral("target||10 classes|10|||10 classes")};
        QTest::newRow("sequence length and maxlen") << QStringLiteral("sequence length of 100\nx = pad_sequences(x, maxlen=80)")
            << QStringList{QStringLiteral("sequence_length||100|100|||sequence length of 100"),
                           QStringLiteral("sequence_length||80|80|||maxlen=80")};
        QTest::newRow("datasets") << QStringLiteral(
            "I trained on MNIST, then Fashion-MNIST and cifar10; also CIFAR-100 and the Iris dataset.")
            << QStringList{QStringLiteral("dataset|MNIST|MNIST||||MNIST"),
                           QStringLiteral("dataset|Fashion-MNIST|Fashion-MNIST||||Fashion-MNIST"),
                           QStringLiteral("dataset|CIFAR-10|cifar10||||cifar10"),
                           QStringLiteral("dataset|CIFAR-100|CIFAR-100||||CIFAR-100"),
                           QStringLiteral("dataset|Iris|Iris dataset||||Iris dataset")};
        QTest::newRow("datasets in code") << QStringLiteral(
            "(x, y), _ = keras.datasets.imdb.load_data()\nds = load_dataset('glue', 'sst2')\nPima Indians diabetes data")
            << QStringList{QStringLiteral("dataset|IMDB|imdb||||imdb"),
                           QStringLiteral("dataset|SST-2|sst2||||sst2"),
                           QStringLiteral("dataset|Pima Indians Diabetes|Pima Indians diabetes||||Pima Indians diabetes")};
        QTest::newRow("a folder named after a dataset is no dataset")
            << QStringLiteral("  File \"/home/alice/mnist/train.py\", line 6, in <module>\nC:\\data\\cifar10\\x")
            << QStringList{};
        QTest::newRow("fashion_mnist in code is not MNIST") << QStringLiteral("fashion_mnist.load_data()")
            << QStringList{QStringLiteral("dataset|Fashion-MNIST|fashion_mnist||||fashion_mnist")};
        QTest::newRow("call arguments are no shape") << QStringLiteral("for i in range(0, 10):\n    foo(1, 2)")
            << QStringList{};
        QTest::newRow("percentages are no shape") << QStringLiteral("95.33% (4.27%) and version (2, 3.5)")
            << QStringList{};
        QTest::newRow("plain prose") << QStringLiteral("My model does not learn anything, please help.") << QStringList{};
    }
    void facts()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QVERIFY(test::sameLists(test::describeAll(text, extractDataFacts(text)), expected));
    }

    void pathological_input_finishes()
    {
        QElapsedTimer t;
        t.start();
        extractDataFacts(QString(100000, QLatin1Char('(')));
        extractDataFacts(QString(100000, QLatin1Char('1')));
        extractDataFacts(QStringLiteral("(1, ").repeated(30000));
        extractDataFacts(QStringLiteral("1x").repeated(50000));
        extractDataFacts(QStringLiteral("between 1 and 2 ").repeated(10000));
        QVERIFY2(t.elapsed() < 3000, qPrintable(QString::number(t.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestDataFactExtractor)
#include "tst_datafactextractor.moc"
