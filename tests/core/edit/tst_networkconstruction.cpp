#include "SynthEditTest.h"

#include <QTest>

using namespace dlrepro;
using namespace dlrepro::testing;

class TestNetworkConstruction : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void proposal();
    void proposal_data();
};

void TestNetworkConstruction::proposal_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("prose");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("runs");
    QTest::newRow("keras ANN: 3 inputs, hidden 12 and 3, 1 output")
        << QStringLiteral("from tensorflow.keras.models import Sequential\n"
                          "model.compile(loss='mse', optimizer='adam')\n")
        << QStringLiteral("I have constructed an ANN in keras which has 1 input layer(3 inputs), one output layer (1 output) and two hidden layers with with 12 and 3 nodes respectively.")
        << QStringLiteral("from tensorflow.keras.models import Sequential\n"
                          "import tensorflow as tf\n"
                          "# dlrepro N: a feed-forward network built from the report's description\n"
                          "model = tf.keras.Sequential([\n"
                          "    tf.keras.layers.Dense(12, input_shape=(3,), activation='relu'),\n"
                          "    tf.keras.layers.Dense(3, activation='relu'),\n"
                          "    tf.keras.layers.Dense(1)\n"
                          "])\n"
                          "model.compile(loss='mse', optimizer='adam')\n")
        << false;
    QTest::newRow("torch multinomial logistic regression on MNIST")
        << QStringLiteral("import torch\n"
                          "out = model(torch.rand(4, 1, 28, 28))\n"
                          "print(out.shape)\n")
        << QStringLiteral("I am trying to write a simple multinomial logistic regression using mnist data.")
        << QStringLiteral("import torch\n"
                          "import torch.nn as nn\n"
                          "# dlrepro N: a multinomial logistic regression model (one linear layer) built from the report's description\n"
                          "model = nn.Sequential(nn.Flatten(), nn.Linear(784, 10))\n"
                          "out = model(torch.rand(4, 1, 28, 28))\n"
                          "print(out.shape)\n")
        << true;
    QTest::newRow("torch partial model: class defined, never instantiated")
        << QStringLiteral("import torch\n"
                          "import torch.nn as nn\n"
                          "\n"
                          "class Net(nn.Module):\n"
                          "    def __init__(self, num_classes):\n"
                          "        super().__init__()\n"
                          "        self.fc = nn.Linear(10, num_classes)\n"
                          "\n"
                          "    def forward(self, x):\n"
                          "        return self.fc(x)\n"
                          "\n"
                          "print(model(torch.rand(2, 10)).shape)\n")
        << QStringLiteral("")
        << QStringLiteral("import torch\n"
                          "import torch.nn as nn\n"
                          "\n"
                          "class Net(nn.Module):\n"
                          "    def __init__(self, num_classes):\n"
                          "        super().__init__()\n"
                          "        self.fc = nn.Linear(10, num_classes)\n"
                          "\n"
                          "    def forward(self, x):\n"
                          "        return self.fc(x)\n"
                          "\n"
                          "# dlrepro N: the snippet defines Net but never creates it\n"
                          "model = Net(num_classes=10)\n"
                          "print(model(torch.rand(2, 10)).shape)\n")
        << true;
    QTest::newRow("torch LSTM over token sequences")
        << QStringLiteral("import torch\n"
                          "print(model(torch.randint(0, 200, (2, 80))).shape)\n")
        << QStringLiteral("An LSTM over a sequence of 80 numbers; the target is between 1 and 3.")
        << QStringLiteral("import torch\n"
                          "import torch.nn as nn\n"
                          "# dlrepro N: an LSTM classifier built from the report's description\n"
                          "class DlreproLSTM(nn.Module):\n"
                          "    def __init__(self, vocab_size=200, embed_dim=32, hidden_size=64, num_outputs=3):\n"
                          "        super().__init__()\n"
                          "        self.embedding = nn.Embedding(vocab_size, embed_dim)\n"
                          "        self.lstm = nn.LSTM(embed_dim, hidden_size, batch_first=True)\n"
                          "        self.fc = nn.Linear(hidden_size, num_outputs)\n"
                          "\n"
                          "    def forward(self, x):\n"
                          "        out, _ = self.lstm(self.embedding(x))\n"
                          "        return self.fc(out[:, -1, :])\n"
                          "\n"
                          "\n"
                          "model = DlreproLSTM()\n"
                          "print(model(torch.randint(0, 200, (2, 80))).shape)\n")
        << true;

}

void TestNetworkConstruction::proposal()
{
    QFETCH(QString, code);
    QFETCH(QString, prose);
    QFETCH(QString, expected);
    QFETCH(bool, runs);
    const Proposal p = propose(EditAction::NeuralNetworkConstruction, code, prose);
    QCOMPARE(p.newCode, expected);
    QVERIFY(!p.rationale.isEmpty());
    const Proposal again = propose(EditAction::NeuralNetworkConstruction, p.newCode, prose);
    QVERIFY2(!again.hasChanges(), qPrintable(again.newCode));
    if (runs) {
        if (torchPython().isEmpty())
            QSKIP("no Python with torch");
        QString out;
        QVERIFY2(runPython(p.newCode, &out) == 0, qPrintable(out));
    }
}

QTEST_GUILESS_MAIN(TestNetworkConstruction)
#include "tst_networkconstruction.moc"
