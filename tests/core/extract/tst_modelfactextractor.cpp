#include "extract/ModelFactExtractor.h"

#include "ExtractTestUtil.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTest>

using namespace dlrepro;

class TestModelFactExtractor : public QObject
{
    Q_OBJECT
private slots:
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral("invalid"))); }

    void facts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");

        // Thesis, SO 39525358.
        QTest::newRow("ann layers") << QStringLiteral(
            "I have constructed an ANN in keras which has 1 input layer(3 inputs), one output layer (1 output) and two hidden layers with with 12 and 3 nodes respectively")
            << QStringList{QStringLiteral("architecture|ANN|ANN||||ANN"),
                           QStringLiteral("layers|input|1 input layer(3 inputs)|1||3|1 input layer(3 inputs)"),
                           QStringLiteral("layers|output|one output layer (1 output)|1||1|one output layer (1 output)"),
                           QStringLiteral("layers|hidden|two hidden layers with with 12 and 3 nodes|2||12,3|two hidden layers with with 12 and 3 nodes")};
        QTest::newRow("architectures") << QStringLiteral(
            "A CNN followed by an LSTM works, but the GRU and the VAE do not; a ResNet50 and VGG16 backbone, BERT and GPT-2.")
            << QStringList{QStringLiteral("architecture|CNN|CNN||||CNN"),
                           QStringLiteral("architecture|LSTM|LSTM||||LSTM"),
                           QStringLiteral("architecture|GRU|GRU||||GRU"),
                           QStringLiteral("architecture|VAE|VAE||||VAE"),
                           QStringLiteral("architecture|ResNet|ResNet50||||ResNet50"),
                           QStringLiteral("architecture|VGG|VGG16||||VGG16"),
                           QStringLiteral("architecture|BERT|BERT||||BERT"),
                           QStringLiteral("architecture|GPT-2|GPT-2||||GPT-2")};
        QTest::newRow("regressions") << QStringLiteral(
            "I use multinomial logistic regression, not plain logistic regression, and a U-Net autoencoder.")
            << QStringList{QStringLiteral("architecture|multinomial logistic regression|multinomial logistic regression||||multinomial logistic regression"),
                           QStringLiteral("architecture|logistic regression|logistic regression||||logistic regression"),
                           QStringLiteral("architecture|U-Net|U-Net||||U-Net"),
                           QStringLiteral("architecture|autoencoder|autoencoder||||autoencoder")};
        QTest::newRow("keras dense code") << QStringLiteral("model.add(Dense(12, input_dim=3, activation='relu'))")
            << QStringList{QStringLiteral("layers|Dense|Dense(12, input_dim=3, activation='relu')|12||12|Dense(12, input_dim=3, activation='relu')"),
                           QStringLiteral("activation|relu|relu||||relu")};
        QTest::newRow("pytorch layers") << QStringLiteral(
            "self.fc1 = nn.Linear(784, 128)\nself.conv = nn.Conv2d(3, 16, 3)\nx = F.leaky_relu(x)\nreturn torch.sigmoid(x)")
            << QStringList{QStringLiteral("layers|Linear|nn.Linear(784, 128)|128||128|nn.Linear(784, 128)"),
                           QStringLiteral("layers|Conv2d|nn.Conv2d(3, 16, 3)|16||16|nn.Conv2d(3, 16, 3)"),
                           QStringLiteral("architecture|CNN|Conv2d||||Conv2d|@0.7"),
                           QStringLiteral("activation|leaky_relu|leaky_relu||||leaky_relu"),
                           QStringLiteral("activation|sigmoid|sigmoid||||sigmoid")};
        QTest::newRow("keras lstm") << QStringLiteral("model.add(LSTM(64, return_sequences=True))")
            << QStringList{QStringLiteral("layers|LSTM|LSTM(64, return_sequences=True)|64||64|LSTM(64, return_sequences=True)"),
                           QStringLiteral("architecture|LSTM|LSTM||||LSTM")};
        QTest::newRow("activations in prose") << QStringLiteral("I use ReLU in the hidden layers and softmax at the end, tried Leaky ReLU and tanh")
            << QStringList{QStringLiteral("activation|relu|ReLU||||ReLU"),
                           QStringLiteral("activation|softmax|softmax||||softmax"),
                           QStringLiteral("activation|leaky_relu|Leaky ReLU||||Leaky ReLU"),
                           QStringLiteral("activation|tanh|tanh||||tanh")};
        QTest::newRow("lowercase acronyms are words") << QStringLiteral("Ann said the gan is not a mlp.") << QStringList{};
        QTest::newRow("transformers library import") << QStringLiteral("from transformers import AutoTokenizer") << QStringList{};
        QTest::newRow("plain prose") << QStringLiteral("The model does not converge, what is wrong?") << QStringList{};
    }
    void facts()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QVERIFY(test::sameLists(test::describeAll(text, extractModelFacts(text)), expected));
    }

    void pathological_input_finishes()
    {
        QElapsedTimer t;
        t.start();
        extractModelFacts(QString(100000, QLatin1Char('(')));
        extractModelFacts(QStringLiteral("Dense(").repeated(20000));
        extractModelFacts(QStringLiteral("1 layer with 2, ").repeated(10000));
        QVERIFY2(t.elapsed() < 3000, qPrintable(QString::number(t.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestModelFactExtractor)
#include "tst_modelfactextractor.moc"
