#include "SynthEditTest.h"

#include <QTest>

using namespace dlrepro;
using namespace dlrepro::testing;

class TestDatasetProcurement : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void proposal();
    void proposal_data();
};

void TestDatasetProcurement::proposal_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("prose");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("runs");
    QTest::newRow("torch MNIST loaders, offline stand-in")
        << QStringLiteral("import torch\n"
                          "for images, labels in train_loader:\n"
                          "    print(images.shape, labels.shape)\n"
                          "    break\n")
        << QStringLiteral("I am training a CNN on MNIST with a batch size of 64.")
        << QStringLiteral("import torch\n"
                          "import os\n"
                          "from torch.utils.data import TensorDataset\n"
                          "from torch.utils.data import DataLoader\n"
                          "# dlrepro P: MNIST from the framework's loader, cached in $DLREPRO_DATA_DIR; without network (or with\n"
                          "# DLREPRO_OFFLINE=1) and no cached copy, a synthetic stand-in with the same shapes and classes.\n"
                          "def _dlrepro_load_mnist(train):\n"
                          "    root = os.environ.get(\"DLREPRO_DATA_DIR\", os.path.join(os.path.expanduser(\"~\"), \".cache\", \"dlrepro\", \"datasets\"))\n"
                          "    download = os.environ.get(\"DLREPRO_OFFLINE\") != \"1\"\n"
                          "    try:\n"
                          "        import socket\n"
                          "        import torchvision\n"
                          "        socket.setdefaulttimeout(30)  # an unreachable mirror fails instead of hanging\n"
                          "        dataset = torchvision.datasets.MNIST(root, train=train, download=download)\n"
                          "        inputs = torch.as_tensor(dataset.data).float() / 255\n"
                          "        inputs = inputs.unsqueeze(1) if inputs.dim() == 3 else inputs.permute(0, 3, 1, 2)\n"
                          "        targets = dataset.targets\n"
                          "        return inputs, torch.as_tensor(targets, dtype=torch.long)\n"
                          "    except Exception as error:  # offline, not installed, or not cached\n"
                          "        n = 1000 if train else 200\n"
                          "        print(f\"dlrepro: MNIST unavailable ({type(error).__name__}: {error}); using a synthetic stand-in: {n} samples of shape (1, 28, 28), 10 classes\")\n"
                          "        return torch.rand(n, 1, 28, 28), torch.randint(0, 10, (n,))\n"
                          "\n"
                          "\n"
                          "_dlrepro_train_inputs, _dlrepro_train_targets = _dlrepro_load_mnist(True)\n"
                          "train_loader = DataLoader(TensorDataset(_dlrepro_train_inputs, _dlrepro_train_targets), batch_size=64, shuffle=True)\n"
                          "for images, labels in train_loader:\n"
                          "    print(images.shape, labels.shape)\n"
                          "    break\n")
        << true;
    QTest::newRow("torch Iris tensors")
        << QStringLiteral("import torch\n"
                          "print(X_train.shape, y_train.shape, X_train.dtype)\n")
        << QStringLiteral("A small network on the Iris dataset.")
        << QStringLiteral("import torch\n"
                          "import os\n"
                          "# dlrepro P: Iris from the framework's loader, cached in $DLREPRO_DATA_DIR; without network (or with\n"
                          "# DLREPRO_OFFLINE=1) and no cached copy, a synthetic stand-in with the same shapes and classes.\n"
                          "def _dlrepro_load_iris(train):\n"
                          "    root = os.environ.get(\"DLREPRO_DATA_DIR\", os.path.join(os.path.expanduser(\"~\"), \".cache\", \"dlrepro\", \"datasets\"))\n"
                          "    download = os.environ.get(\"DLREPRO_OFFLINE\") != \"1\"\n"
                          "    try:\n"
                          "        from sklearn.datasets import load_iris\n"
                          "        inputs, targets = load_iris(return_X_y=True)\n"
                          "        return torch.as_tensor(inputs, dtype=torch.float32), torch.as_tensor(targets, dtype=torch.long)\n"
                          "    except Exception as error:  # offline, not installed, or not cached\n"
                          "        n = 150 if train else 1\n"
                          "        print(f\"dlrepro: Iris unavailable ({type(error).__name__}: {error}); using a synthetic stand-in: {n} samples of shape (4,), 3 classes\")\n"
                          "        return torch.rand(n, 4), torch.randint(0, 3, (n,))\n"
                          "\n"
                          "\n"
                          "X_train, y_train = _dlrepro_load_iris(True)\n"
                          "print(X_train.shape, y_train.shape, X_train.dtype)\n")
        << true;
    QTest::newRow("keras CIFAR-10 arrays")
        << QStringLiteral("import tensorflow as tf\n"
                          "model.fit(x_train, y_train, validation_data=(x_test, y_test))\n")
        << QStringLiteral("Training on CIFAR-10 gives 10% accuracy.")
        << QStringLiteral("import tensorflow as tf\n"
                          "import os\n"
                          "import numpy as np\n"
                          "# dlrepro P: CIFAR-10 from the framework's loader, cached in $DLREPRO_DATA_DIR; without network (or with\n"
                          "# DLREPRO_OFFLINE=1) and no cached copy, a synthetic stand-in with the same shapes and classes.\n"
                          "def _dlrepro_load_cifar_10(train):\n"
                          "    root = os.environ.get(\"DLREPRO_DATA_DIR\", os.path.join(os.path.expanduser(\"~\"), \".cache\", \"dlrepro\", \"datasets\"))\n"
                          "    download = os.environ.get(\"DLREPRO_OFFLINE\") != \"1\"\n"
                          "    try:\n"
                          "        import tensorflow as tf\n"
                          "        (x_a, y_a), (x_b, y_b) = tf.keras.datasets.cifar10.load_data()\n"
                          "        inputs, targets = (x_a, y_a) if train else (x_b, y_b)\n"
                          "        inputs = inputs / 255\n"
                          "        return inputs, targets\n"
                          "    except Exception as error:  # offline, not installed, or not cached\n"
                          "        n = 1000 if train else 200\n"
                          "        print(f\"dlrepro: CIFAR-10 unavailable ({type(error).__name__}: {error}); using a synthetic stand-in: {n} samples of shape (32, 32, 3), 10 classes\")\n"
                          "        return np.random.rand(n, 32, 32, 3).astype('float32'), np.random.randint(0, 10, size=(n,))\n"
                          "\n"
                          "\n"
                          "x_train, y_train = _dlrepro_load_cifar_10(True)\n"
                          "x_test, y_test = _dlrepro_load_cifar_10(False)\n"
                          "model.fit(x_train, y_train, validation_data=(x_test, y_test))\n")
        << false;

}

void TestDatasetProcurement::proposal()
{
    QFETCH(QString, code);
    QFETCH(QString, prose);
    QFETCH(QString, expected);
    QFETCH(bool, runs);
    const Proposal p = propose(EditAction::DatasetProcurement, code, prose);
    QCOMPARE(p.newCode, expected);
    QVERIFY(!p.rationale.isEmpty());
    const Proposal again = propose(EditAction::DatasetProcurement, p.newCode, prose);
    QVERIFY2(!again.hasChanges(), qPrintable(again.newCode));
    if (runs) {
        if (torchPython().isEmpty())
            QSKIP("no Python with torch");
        QString out;
        QVERIFY2(runPython(p.newCode, &out) == 0, qPrintable(out));
    }
}

QTEST_GUILESS_MAIN(TestDatasetProcurement)
#include "tst_datasetprocurement.moc"
