#include "extract/FactExtractor.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTest>

using namespace dlrepro;

class TestCodeBlockClassifier : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        // An invalid pattern only warns at run time; make that a failure.
        QTest::failOnWarning(QRegularExpression(QStringLiteral("invalid")));
    }
    void classify_data()
    {
        QTest::addColumn<QString>("block");
        QTest::addColumn<int>("kind");
        const int code = int(CodeBlockKind::Code), console = int(CodeBlockKind::Console),
                  tb = int(CodeBlockKind::Traceback);
        QTest::newRow("keras model") << QStringLiteral(
            "from keras.models import Sequential\nfrom keras.layers import Dense\n\nmodel = Sequential()\n"
            "model.add(Dense(12, input_dim=3, activation='relu'))\nmodel.compile(loss='binary_crossentropy', optimizer='adam')\n"
            "model.fit(X, Y, epochs=150, batch_size=10)") << code;
        QTest::newRow("pytorch module") << QStringLiteral(
            "class Net(nn.Module):\n    def __init__(self):\n        super().__init__()\n        self.fc = nn.Linear(4, 8)\n\n"
            "    def forward(self, x):\n        return self.fc(x)") << code;
        QTest::newRow("keras progress") << QStringLiteral(
            "Epoch 1/10\n1000/1000 [==============================] - 1s 1ms/step - loss: 0.6932 - acc: 0.5000\n"
            "Epoch 2/10\n1000/1000 [==============================] - 0s 95us/step - loss: 0.6931 - acc: 0.5010") << console;
        QTest::newRow("shell command") << QStringLiteral("$ python train.py\nloss = 0.25\nloss = 0.24") << console;
        QTest::newRow("printed numbers") << QStringLiteral("[0.1 0.2 0.3]\n[0.4 0.5 0.6]\n(2444, 64, 64, 1)") << console;
        QTest::newRow("printed summary") << QStringLiteral(
            "x_train : float32 0.0 1.0 (2444, 64, 64, 1)\ny_train : float32 0.0 1.0 (2444, 1)") << console;
        QTest::newRow("model summary") << QStringLiteral(
            "Model: \"sequential\"\n_________________________________________________________________\n"
            "Layer (type)                 Output Shape              Param #\n"
            "=================================================================\n"
            "dense (Dense)                (None, 12)                48\n"
            "Total params: 48\nTrainable params: 48") << console;
        QTest::newRow("traceback") << QStringLiteral(
            "Traceback (most recent call last):\n  File \"train.py\", line 12, in <module>\n    model.fit(x, y)\n"
            "  File \"/usr/lib/python3/site-packages/keras/engine/training.py\", line 952, in fit\n    batch_size=batch_size)\n"
            "ValueError: Error when checking input: expected dense_1_input to have 3 dimensions, but got array with shape (100, 5)")
                                   << tb;
        QTest::newRow("bare error line") << QStringLiteral(
            "RuntimeError: CUDA out of memory. Tried to allocate 20.00 MiB (GPU 0; 7.93 GiB total capacity)") << tb;
        QTest::newRow("code then traceback stays code") << QStringLiteral(
            "import torch\nx = torch.randn(3, 4)\ny = x.view(5, -1)\n\nTraceback (most recent call last):\n"
            "  File \"a.py\", line 3, in <module>\n    y = x.view(5, -1)\n"
            "RuntimeError: shape '[5, -1]' is invalid for input of size 12") << code;
        QTest::newRow("console then traceback") << QStringLiteral(
            "Epoch 1/10\nTraceback (most recent call last):\n  File \"a.py\", line 3, in <module>\n    fit()\n"
            "tensorflow.python.framework.errors_impl.InvalidArgumentError: logits and labels must have the same first dimension")
                                                << tb;
        QTest::newRow("empty") << QString() << code;
        QTest::newRow("single assignment") << QStringLiteral("batch_size = 32") << code;
        QTest::newRow("hand-printed epoch log") << QStringLiteral(
            "epoch 0 loss = 1.0986\nepoch 1 loss = 1.0986\nepoch 19 loss = 1.0986") << console;
        QTest::newRow("step log") << QStringLiteral("Step [10/100], Loss: 2.3012\nStep [20/100], Loss: 2.2954") << console;
        QTest::newRow("capitalised printed accuracy") << QStringLiteral("Accuracy: 10.12 %") << console;
        QTest::newRow("epoch loop is code") << QStringLiteral(
            "for epoch in range(20):\n    loss = train(model)\n    print(epoch, loss)") << code;
    }
    void classify()
    {
        QFETCH(QString, block);
        QFETCH(int, kind);
        QCOMPARE(int(classifyCodeBlock(block)), kind);
    }

    void classifies_every_post_of_a_report()
    {
        Report r;
        r.body.text = QStringLiteral("x");
        r.body.codeBlocks = {CodeBlock{QStringLiteral("Epoch 1/2\nEpoch 2/2"), CodeBlockKind::Code, {}, {}},
                             CodeBlock{QStringLiteral("import torch"), CodeBlockKind::Console, {}, {}}};
        Answer a;
        a.post.codeBlocks = {CodeBlock{QStringLiteral("Traceback (most recent call last):\nKeyError: 'x'"),
                                       CodeBlockKind::Code, {}, {}}};
        r.answers = {a};
        classifyCodeBlocks(r);
        QCOMPARE(r.body.codeBlocks.at(0).kind, CodeBlockKind::Console);
        QCOMPARE(r.body.codeBlocks.at(1).kind, CodeBlockKind::Code);
        QCOMPARE(r.answers.at(0).post.codeBlocks.at(0).kind, CodeBlockKind::Traceback);
    }

    void pathological_blocks_finish()
    {
        QElapsedTimer t;
        t.start();
        classifyCodeBlock(QString(100000, QLatin1Char('(')));
        classifyCodeBlock(QString(100000, QLatin1Char('1')));
        classifyCodeBlock(QStringLiteral("a = (").repeated(20000));
        QVERIFY2(t.elapsed() < 2000, qPrintable(QString::number(t.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestCodeBlockClassifier)
#include "tst_codeblockclassifier.moc"
