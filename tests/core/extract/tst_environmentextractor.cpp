#include "extract/EnvironmentExtractor.h"

#include "ExtractTestUtil.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTest>

using namespace dlrepro;

class TestEnvironmentExtractor : public QObject
{
    Q_OBJECT
private slots:
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral("invalid"))); }

    void facts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("tags");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("tags only") << QString() << QStringList{QStringLiteral("python"), QStringLiteral("keras"), QStringLiteral("tensorflow2.0")}
            << QStringList{QStringLiteral("framework|keras|keras|||tag|<none>"),
                           QStringLiteral("framework|tensorflow|tensorflow2.0|||tag|<none>")};
        QTest::newRow("imports and api") << QStringLiteral("import torch\nimport torch.nn as nn\nclass Net(nn.Module):\n    x = torch.zeros(3)")
            << QStringList{}
            << QStringList{QStringLiteral("framework|pytorch||||import|torch"),
                           QStringLiteral("framework|pytorch||||api|nn|@0.9")};
        QTest::newRow("from tensorflow import keras") << QStringLiteral("from tensorflow import keras\nx = tf.constant(1)")
            << QStringList{}
            << QStringList{QStringLiteral("framework|tensorflow||||import|tensorflow"),
                           QStringLiteral("framework|tensorflow||||api|tf|@0.9")};
        QTest::newRow("versions") << QStringLiteral(
            "I am using tf 2.11.0 (TensorFlow 2.4 before), PyTorch 1.6.0, torch==1.13.1, keras version 2.3.1, Python 3.6, CUDA 11.2 and cuDNN 8.1")
            << QStringList{}
            << QStringList{QStringLiteral("framework_version|tensorflow|2.11.0||||tf 2.11.0"),
                           QStringLiteral("framework_version|tensorflow|2.4||||TensorFlow 2.4"),
                           QStringLiteral("framework|tensorflow||||mention|TensorFlow|@0.8"),
                           QStringLiteral("framework_version|pytorch|1.6.0||||PyTorch 1.6.0"),
                           QStringLiteral("framework|pytorch||||mention|PyTorch|@0.8"),
                           QStringLiteral("framework_version|pytorch|1.13.1||||torch==1.13.1"),
                           QStringLiteral("framework_version|keras|2.3.1||||keras version 2.3.1"),
                           QStringLiteral("framework|keras||||mention|keras|@0.8"),
                           QStringLiteral("python_version|python|3.6||||Python 3.6"),
                           QStringLiteral("framework_version|cuda|11.2||||CUDA 11.2"),
                           QStringLiteral("gpu||CUDA 11.2||||CUDA 11.2"),
                           QStringLiteral("framework_version|cudnn|8.1||||cuDNN 8.1")};
        QTest::newRow("gpu mentions") << QStringLiteral(
            "On my RTX 3090 I get RuntimeError: CUDA out of memory. nvidia-smi shows nothing; x = x.cuda() on cuda:0 with a Tesla V100")
            << QStringList{}
            << QStringList{QStringLiteral("gpu||RTX 3090||||RTX 3090"),
                           QStringLiteral("gpu||CUDA out of memory||||CUDA out of memory"),
                           QStringLiteral("gpu||nvidia-smi||||nvidia-smi"),
                           QStringLiteral("gpu||.cuda()||||.cuda()"),
                           QStringLiteral("gpu||cuda:0||||cuda:0"),
                           QStringLiteral("gpu||Tesla V100||||Tesla V100")};
        QTest::newRow("plain gpu word") << QStringLiteral("It only fails on the GPU.") << QStringList{}
            << QStringList{QStringLiteral("gpu||GPU||||GPU|@0.5")};
        QTest::newRow("prose without environment") << QStringLiteral("The torch light went out; python snakes are long.")
            << QStringList{QStringLiteral("r")} << QStringList{};
    }
    void facts()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, tags);
        QFETCH(QStringList, expected);
        Report r;
        r.body.text = text;
        r.tags = tags;
        QVERIFY(test::sameLists(test::describeAll(text, extractEnvironment(r)), expected));
    }

    void pathological_input_finishes()
    {
        QElapsedTimer t;
        t.start();
        extractEnvironment(QString(100000, QLatin1Char('1')));
        extractEnvironment(QStringLiteral("tf.").repeated(30000));
        extractEnvironment(QStringLiteral("python 3.").repeated(20000));
        QVERIFY2(t.elapsed() < 3000, qPrintable(QString::number(t.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestEnvironmentExtractor)
#include "tst_environmentextractor.moc"
