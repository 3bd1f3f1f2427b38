#include "SynthEditTest.h"

#include <QTest>

using namespace dlrepro;
using namespace dlrepro::testing;

class TestInputDataGeneration : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void generation();
    void generation_data();
};

void TestInputDataGeneration::generation_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("prose");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("runs");

    QTest::newRow("thesis: 80-token sequences, target between 1 and 3")
        << QStringLiteral("import torch\n"
                          "for x, y in train_loader:\n"
                          "    print(x.shape, y.shape)\n")
        << QStringLiteral("My training data has input as a sequence of 80 numbers in which each represent a word and target value is just a number between 1 and 3.")
        << QStringLiteral("import torch\n"
                          "from torch.utils.data import TensorDataset\n"
                          "from torch.utils.data import DataLoader\n"
                          "# dlrepro D: generated data (1000 sequences of 80 token ids below 200)\n"
                          "train_loader = DataLoader(TensorDataset(torch.randint(0, 200, (1000, 80)), torch.randint(1, 3, (1000,))), batch_size=32, shuffle=True)\n"
                          "for x, y in train_loader:\n"
                          "    print(x.shape, y.shape)\n")
        << true;
    QTest::newRow("numpy X_train/y_train with shape, range and binary target")
        << QStringLiteral("import numpy as np\n"
                          "print(X_train.mean(), y_train.sum())\n")
        << QStringLiteral("X_train has shape (300, 5) with values in the range [60, 70]. The labels are binary (0/1 output).")
        << QStringLiteral("import numpy as np\n"
                          "# dlrepro D: generated data (300 samples)\n"
                          "X_train = np.random.uniform(60.0, 70.0, size=(300, 5)).astype('float32')\n"
                          "y_train = np.random.randint(0, 2, size=(300,))\n"
                          "print(X_train.mean(), y_train.sum())\n")
        << false;
    QTest::newRow("torch inputs for a Linear model, classes from the last layer")
        << QStringLiteral("import torch\nimport torch.nn as nn\n"
                          "model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 3))\n"
                          "loss = nn.CrossEntropyLoss()(model(X), y)\n"
                          "print(loss.item() > 0)\n")
        << QString()
        << QStringLiteral("import torch\nimport torch.nn as nn\n"
                          "model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 3))\n"
                          "# dlrepro D: generated data (1000 samples)\n"
                          "X = torch.randn((1000, 4))\n"
                          "y = torch.randint(0, 3, (1000,))\n"
                          "loss = nn.CrossEntropyLoss()(model(X), y)\n"
                          "print(loss.item() > 0)\n")
        << true;
    QTest::newRow("image passed to a constructed model, per-sample shape from the prose")
        << QStringLiteral("import torch\nimport torch.nn as nn\n"
                          "model = nn.Sequential(nn.Conv2d(3, 8, 3), nn.Flatten())\n"
                          "out = model(image)\n"
                          "print(out.shape)\n")
        << QStringLiteral("The images are 3x32x32 at batch size 64.")
        << QStringLiteral("import torch\nimport torch.nn as nn\n"
                          "model = nn.Sequential(nn.Conv2d(3, 8, 3), nn.Flatten())\n"
                          "# dlrepro D: generated data (1000 samples)\n"
                          "image = torch.randn((1000, 3, 32, 32))\n"
                          "out = model(image)\n"
                          "print(out.shape)\n")
        << true;
    QTest::newRow("any name fed to a model, feature count from the prose")
        << QStringLiteral("import torch\nimport torch.nn as nn\n"
                          "encoder = nn.Sequential(nn.Tanh())\n"
                          "codes = encoder(series_windows.float())\n"
                          "print(codes.shape)\n")
        << QStringLiteral("Each window has 30 features.")
        << QStringLiteral("import torch\nimport torch.nn as nn\n"
                          "encoder = nn.Sequential(nn.Tanh())\n"
                          "# dlrepro D: generated data (1000 samples)\n"
                          "series_windows = torch.randn((1000, 30))\n"
                          "codes = encoder(series_windows.float())\n"
                          "print(codes.shape)\n")
        << true;
    QTest::newRow("name reshaped before the model call, shape named in the prose")
        << QStringLiteral("import torch\nimport torch.nn as nn\n"
                          "lstm = nn.LSTM(input_size=1, hidden_size=4, batch_first=True)\n"
                          "x = series_windows.unsqueeze(-1)\n"
                          "out, (h, c) = lstm(x)\n")
        << QStringLiteral("`series_windows` has shape (64, 10).")
        << QStringLiteral("import torch\nimport torch.nn as nn\n"
                          "lstm = nn.LSTM(input_size=1, hidden_size=4, batch_first=True)\n"
                          "# dlrepro D: generated data (64 samples)\n"
                          "series_windows = torch.randn((64, 10))\n"
                          "x = series_windows.unsqueeze(-1)\n"
                          "out, (h, c) = lstm(x)\n")
        << true;
    QTest::newRow("one_hot states the class count of the targets")
        << QStringLiteral("import torch\nimport torch.nn.functional as F\n"
                          "target_onehot = F.one_hot(labels, num_classes=3).float()\n"
                          "print(target_onehot.shape)\n")
        << QStringLiteral("The targets are one-hot encoded.")
        << QStringLiteral("import torch\nimport torch.nn.functional as F\n"
                          "# dlrepro D: generated data (1000 samples)\n"
                          "labels = torch.randint(0, 3, (1000,))\n"
                          "target_onehot = F.one_hot(labels, num_classes=3).float()\n"
                          "print(target_onehot.shape)\n")
        << true;
    QTest::newRow("labels under a regression loss stay class labels")
        << QStringLiteral("import torch\nimport torch.nn as nn\n"
                          "model = nn.Linear(8, 3)\n"
                          "loss = nn.MSELoss()(model(inputs).argmax(dim=1).float(), labels.float())\n")
        << QString()
        << QStringLiteral("import torch\nimport torch.nn as nn\n"
                          "model = nn.Linear(8, 3)\n"
                          "# dlrepro D: generated data (1000 samples)\n"
                          "inputs = torch.randn((1000, 8))\n"
                          "labels = torch.randint(0, 3, (1000,))\n"
                          "loss = nn.MSELoss()(model(inputs).argmax(dim=1).float(), labels.float())\n")
        << true;
    QTest::newRow("recurrent layer without embedding takes float sequences")
        << QStringLiteral("import torch\nimport torch.nn as nn\n"
                          "rnn = nn.GRU(input_size=6, hidden_size=4, batch_first=True)\n"
                          "for inputs, targets in loader:\n"
                          "    out, h = rnn(inputs)\n")
        << QStringLiteral("Each input is a sequence of 7 numbers.")
        << QStringLiteral("import torch\nimport torch.nn as nn\n"
                          "from torch.utils.data import TensorDataset\n"
                          "from torch.utils.data import DataLoader\n"
                          "rnn = nn.GRU(input_size=6, hidden_size=4, batch_first=True)\n"
                          "# dlrepro D: generated data (1000 samples)\n"
                          "loader = DataLoader(TensorDataset(torch.randn((1000, 7, 6)), torch.randint(0, 10, (1000,))), batch_size=32, shuffle=True)\n"
                          "for inputs, targets in loader:\n"
                          "    out, h = rnn(inputs)\n")
        << true;
    QTest::newRow("fit input takes the only shape the report gives, named otherwise")
        << QStringLiteral("import numpy as np\n"
                          "clf.fit(feats)\n")
        << QStringLiteral("My x_data has shape (50, 7).")
        << QStringLiteral("import numpy as np\n"
                          "# dlrepro D: generated data (50 samples)\n"
                          "feats = np.random.randn(50, 7).astype('float32')\n"
                          "clf.fit(feats)\n")
        << false;
}

void TestInputDataGeneration::generation()
{
    QFETCH(QString, code);
    QFETCH(QString, prose);
    QFETCH(QString, expected);
    QFETCH(bool, runs);
    const Proposal p = propose(EditAction::InputDataGeneration, code, prose);
    QCOMPARE(p.newCode, expected);
    QVERIFY(!p.rationale.isEmpty());
    // Idempotent: nothing left to generate.
    const Proposal again = propose(EditAction::InputDataGeneration, p.newCode, prose);
    QVERIFY2(!again.hasChanges(), qPrintable(again.newCode));
    QVERIFY(!again.nothingToDo.isEmpty());
    if (runs) {
        if (torchPython().isEmpty())
            QSKIP("no Python with torch");
        QString out;
        QCOMPARE(runPython(p.newCode, &out), 0);
    }
}

QTEST_GUILESS_MAIN(TestInputDataGeneration)
#include "tst_inputdatageneration.moc"
