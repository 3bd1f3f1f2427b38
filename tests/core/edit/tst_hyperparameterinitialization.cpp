#include "SynthEditTest.h"

#include <QTest>

using namespace dlrepro;
using namespace dlrepro::testing;

class TestHyperparameterInitialization : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void proposal();
    void proposal_data();
};

void TestHyperparameterInitialization::proposal_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("prose");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("runs");
    QTest::newRow("thesis: undefined criterion and optimizer, values from the report")
        << QStringLiteral("import torch\n"
                          "import torch.nn as nn\n"
                          "model = nn.Linear(4, 3)\n"
                          "x = torch.rand(8, 4)\n"
                          "y = torch.randint(0, 3, (8,))\n"
                          "for epoch in range(epochs):\n"
                          "    optimizer.zero_grad()\n"
                          "    loss = criterion(model(x), y)\n"
                          "    loss.backward()\n"
                          "    optimizer.step()\n"
                          "print(loss.item())\n")
        << QStringLiteral("I train for 3 epochs with the SGD optimizer and learning rate 0.1.")
        << QStringLiteral("import torch\n"
                          "import torch.nn as nn\n"
                          "import torch.optim as optim\n"
                          "model = nn.Linear(4, 3)\n"
                          "x = torch.rand(8, 4)\n"
                          "y = torch.randint(0, 3, (8,))\n"
                          "# dlrepro H: hyperparameters from the report and defaults\n"
                          "epochs = 3\n"
                          "criterion = nn.CrossEntropyLoss()\n"
                          "optimizer = optim.SGD(model.parameters(), lr=0.1)\n"
                          "for epoch in range(epochs):\n"
                          "    optimizer.zero_grad()\n"
                          "    loss = criterion(model(x), y)\n"
                          "    loss.backward()\n"
                          "    optimizer.step()\n"
                          "print(loss.item())\n")
        << true;
    QTest::newRow("defaults with the study's alternatives")
        << QStringLiteral("import torch\n"
                          "for i in range(num_epochs):\n"
                          "    print(batch_size, lr)\n")
        << QStringLiteral("")
        << QStringLiteral("import torch\n"
                          "# dlrepro H: hyperparameters (documented defaults)\n"
                          "num_epochs = 2\n"
                          "batch_size = 32\n"
                          "lr = 0.001\n"
                          "for i in range(num_epochs):\n"
                          "    print(batch_size, lr)\n")
        << true;
    QTest::newRow("keras: loss object and optimizer")
        << QStringLiteral("import tensorflow as tf\n"
                          "model = tf.keras.Sequential([tf.keras.layers.Dense(1)])\n"
                          "model.compile(optimizer=optimizer, loss=loss_fn)\n")
        << QStringLiteral("I use binary_crossentropy with the adam optimizer.")
        << QStringLiteral("import tensorflow as tf\n"
                          "model = tf.keras.Sequential([tf.keras.layers.Dense(1)])\n"
                          "# dlrepro H: hyperparameters from the report and defaults\n"
                          "loss_fn = tf.keras.losses.SparseCategoricalCrossentropy()\n"
                          "optimizer = tf.keras.optimizers.Adam(learning_rate=0.001)\n"
                          "model.compile(optimizer=optimizer, loss=loss_fn)\n")
        << false;

}

void TestHyperparameterInitialization::proposal()
{
    QFETCH(QString, code);
    QFETCH(QString, prose);
    QFETCH(QString, expected);
    QFETCH(bool, runs);
    const Proposal p = propose(EditAction::HyperparameterInitialization, code, prose);
    QCOMPARE(p.newCode, expected);
    QVERIFY(!p.rationale.isEmpty());
    const Proposal again = propose(EditAction::HyperparameterInitialization, p.newCode, prose);
    QVERIFY2(!again.hasChanges(), qPrintable(again.newCode));
    if (runs) {
        if (torchPython().isEmpty())
            QSKIP("no Python with torch");
        QString out;
        QVERIFY2(runPython(p.newCode, &out) == 0, qPrintable(out));
    }
}

QTEST_GUILESS_MAIN(TestHyperparameterInitialization)
#include "tst_hyperparameterinitialization.moc"
