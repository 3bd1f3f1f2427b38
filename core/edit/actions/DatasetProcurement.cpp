// Dataset Procurement (P): the dataset the report names, loaded with the snippet's framework's
// loader from a local cache, and — because a reproduction must run where there is no network —
// a synthetic stand-in with the same shapes and classes when it cannot be had, decided at run
// time and said on stdout.
#include "ActionSupport.h"

#include "edit/EditActionFactories.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace dlrepro {

using namespace synth;

namespace {


QString identifier(const QString &name)
{
    QString id;
    for (const QChar c : name.toLower())
        id += c.isLetterOrNumber() ? c : u'_';
    return id;
}

QString tupleOf(const QString &first, const QList<int> &dims)
{
    QStringList parts{first};
    for (int d : dims)
        parts << QString::number(d);
    return QStringLiteral("(%1)").arg(parts.join(QStringLiteral(", ")));
}

class DatasetProcurementAction final : public EditActionEngine {
public:
    EditAction action() const override { return EditAction::DatasetProcurement; }

    Proposal analyse(const EditContext &context) const override
    {
        const CodeModel &code = *context.code;
        Fact fact;
        const QJsonObject ds = datasetEntry(context, &fact);
        if (ds.isEmpty())
            return noChangeProposal(action(), code, QCoreApplication::translate("edit", "the report names no dataset dlrepro knows (resources/knowledge/datasets.json)"));
        QStringList inputs, targets, loaders;
        for (const QString &n : code.undefinedNames()) {
            if (isLoaderName(n))
                loaders << n;
            else if (isInputDataName(n))
                inputs << n;
            else if (isTargetDataName(n))
                targets << n;
        }
        if (inputs.isEmpty() && targets.isEmpty() && loaders.isEmpty())
            return noChangeProposal(action(), code, QCoreApplication::translate("edit", "the snippet defines the data it uses"));

        const QString name = ds.value(QStringLiteral("name")).toString();
        const QString fn = QStringLiteral("_dlrepro_load_") + identifier(name);
        const int classes = ds.value(QStringLiteral("classes")).toInt();
        const QJsonObject standIn = ds.value(QStringLiteral("standIn")).toObject();
        const int nTrain = standIn.value(QStringLiteral("train")).toInt(1000);
        const int nTest = qMax(1, standIn.value(QStringLiteral("test")).toInt(200));
        const Framework fw = detectFramework(context);
        const bool torch = fw == Framework::Torch;
        QList<int> shape;
        for (const auto &d : ds.value(torch ? QStringLiteral("shape") : QStringLiteral("kerasShape")).toArray())
            shape << d.toInt();
        int product = 1;
        for (int d : shape)
            product *= d;
        const int vocabulary = ds.value(QStringLiteral("vocabulary")).toInt();
        const int scale = ds.value(QStringLiteral("scale")).toInt();
        // A first Linear layer as wide as a flattened sample means the snippet expects flat inputs.
        const bool flatten = torch && shape.size() > 1 && intArgumentOf(code, QStringLiteral("Linear"), 0) == product;

        QStringList f;
        QList<NeededImport> imports{{QStringLiteral("os"), QStringLiteral("import os")}};
        const QString sep = QStringLiteral("    ");
        f << QStringLiteral("# dlrepro P: %1 from the framework's loader, cached in $DLREPRO_DATA_DIR; without network (or with").arg(name)
          << QStringLiteral("# DLREPRO_OFFLINE=1) and no cached copy, a synthetic stand-in with the same shapes and classes.")
          << QStringLiteral("def %1(train):").arg(fn)
          << sep + QStringLiteral("root = os.environ.get(\"DLREPRO_DATA_DIR\", os.path.join(os.path.expanduser(\"~\"), \".cache\", \"dlrepro\", \"datasets\"))")
          << sep + QStringLiteral("download = os.environ.get(\"DLREPRO_OFFLINE\") != \"1\"")
          << sep + QStringLiteral("try:");
        const QString s2 = sep + sep;
        const QString torchLoader = ds.value(QStringLiteral("torch")).toString();
        const QString kerasLoader = ds.value(QStringLiteral("keras")).toString();
        const QString sklearnLoader = ds.value(QStringLiteral("sklearn")).toString();
        QString convertX = torch ? QStringLiteral("torch.as_tensor(inputs, dtype=torch.float32)") : QStringLiteral("inputs");
        QString convertY = torch ? (classes > 0 ? QStringLiteral("torch.as_tensor(targets, dtype=torch.long)") : QStringLiteral("torch.as_tensor(targets, dtype=torch.float32)"))
                                 : QStringLiteral("targets");
        if (torch && !torchLoader.isEmpty()) {
            f << s2 + QStringLiteral("import socket")
              << s2 + QStringLiteral("import torchvision")
              << s2 + QStringLiteral("socket.setdefaulttimeout(30)  # an unreachable mirror fails instead of hanging")
              << s2 + QStringLiteral("dataset = %1(root, train=train, download=download)").arg(torchLoader)
              << s2 + QStringLiteral("inputs = torch.as_tensor(dataset.data).float()%1").arg(scale > 0 ? QStringLiteral(" / %1").arg(scale) : QString())
              << s2 + QStringLiteral("inputs = inputs.unsqueeze(1) if inputs.dim() == 3 else inputs.permute(0, 3, 1, 2)")
              << s2 + QStringLiteral("targets = dataset.targets");
            convertX = QStringLiteral("inputs");
        } else if (!sklearnLoader.isEmpty()) {
            f << s2 + QStringLiteral("from sklearn.datasets import %1").arg(sklearnLoader)
              << s2 + QStringLiteral("inputs, targets = %1(%2return_X_y=True)").arg(sklearnLoader, sklearnLoader.startsWith(QLatin1String("fetch")) ? QStringLiteral("data_home=root, download_if_missing=download, ") : QString());
        } else if (!kerasLoader.isEmpty()) {
            f << s2 + QStringLiteral("import tensorflow as tf")
              << s2 + QStringLiteral("(x_a, y_a), (x_b, y_b) = tf.keras.datasets.%1.load_data(%2)").arg(kerasLoader, vocabulary > 0 ? QStringLiteral("num_words=%1").arg(vocabulary) : QString())
              << s2 + QStringLiteral("inputs, targets = (x_a, y_a) if train else (x_b, y_b)");
            if (vocabulary > 0)
                f << s2 + QStringLiteral("inputs = tf.keras.preprocessing.sequence.pad_sequences(inputs, maxlen=%1)").arg(shape.value(0, 200));
            if (scale > 0)
                f << s2 + QStringLiteral("inputs = inputs / %1").arg(scale) ;
        } else {
            f << s2 + QStringLiteral("raise RuntimeError(\"no loader for %1 in this framework\")").arg(name);
        }
        if (flatten)
            f << s2 + QStringLiteral("inputs = inputs.reshape(len(inputs), -1)");
        f << s2 + QStringLiteral("return %1, %2").arg(convertX, convertY)
          << sep + QStringLiteral("except Exception as error:  # offline, not installed, or not cached")
          << s2 + QStringLiteral("n = %1 if train else %2").arg(nTrain).arg(nTest);
        const QList<int> sampleShape = flatten ? QList<int>{product} : shape;
        QString shapeText;
        {
            QStringList parts;
            for (int d : sampleShape)
                parts << QString::number(d);
            shapeText = QStringLiteral("(%1%2)").arg(parts.join(QStringLiteral(", ")), parts.size() == 1 ? QStringLiteral(",") : QString());
        }
        f << s2 + QStringLiteral("print(f\"dlrepro: %1 unavailable ({type(error).__name__}: {error}); using a synthetic stand-in: {n} samples of shape %2, %3\")")
                      .arg(name, shapeText, classes > 0 ? QStringLiteral("%1 classes").arg(classes) : QStringLiteral("regression targets"));
        QString x, y;
        if (torch) {
            x = vocabulary > 0 ? QStringLiteral("torch.randint(0, %1, %2)").arg(vocabulary).arg(tupleOf(QStringLiteral("n"), sampleShape))
                               : QStringLiteral("torch.rand%1").arg(tupleOf(QStringLiteral("n"), sampleShape));
            y = classes > 0 ? QStringLiteral("torch.randint(0, %1, (n,))").arg(classes) : QStringLiteral("torch.randn(n)");
        } else {
            x = vocabulary > 0 ? QStringLiteral("np.random.randint(0, %1, size=%2)").arg(vocabulary).arg(tupleOf(QStringLiteral("n"), sampleShape))
                               : QStringLiteral("np.random.rand%1.astype('float32')").arg(tupleOf(QStringLiteral("n"), sampleShape));
            y = classes > 0 ? QStringLiteral("np.random.randint(0, %1, size=(n,))").arg(classes) : QStringLiteral("np.random.randn(n).astype('float32')");
        }
        f << s2 + QStringLiteral("return %1, %2").arg(x, y) << QString() << QString();
        if (torch)
            imports << NeededImport{QStringLiteral("torch"), QStringLiteral("import torch")};
        else
            imports << NeededImport{QStringLiteral("np"), QStringLiteral("import numpy as np")};

        // Bind the snippet's names, split by train/test.
        QString batch = defaultHyperparameter(QStringLiteral("batch_size"));
        if (const Fact *b = hyperparameterFact(context, QStringLiteral("batch_size")); b && b->hasNumber())
            batch = QString::number(qint64(b->number));
        for (const bool test : {false, true}) {
            QString x1, y1;
            for (const QString &n : inputs)
                if (isTestName(n) == test && x1.isEmpty())
                    x1 = n;
            for (const QString &n : targets)
                if (isTestName(n) == test && y1.isEmpty())
                    y1 = n;
            QStringList splitLoaders;
            for (const QString &n : loaders)
                if (isTestName(n) == test)
                    splitLoaders << n;
            if (x1.isEmpty() && y1.isEmpty() && splitLoaders.isEmpty())
                continue;
            const QString pre = test ? QStringLiteral("_dlrepro_test_") : QStringLiteral("_dlrepro_train_");
            const QString xn = x1.isEmpty() ? pre + QStringLiteral("inputs") : x1;
            const QString yn = y1.isEmpty() ? pre + QStringLiteral("targets") : y1;
            f << QStringLiteral("%1, %2 = %3(%4)").arg(xn, yn, fn, test ? QStringLiteral("False") : QStringLiteral("True"));
            for (const QString &n : inputs)
                if (isTestName(n) == test && n != xn)
                    f << QStringLiteral("%1 = %2").arg(n, xn);
            for (const QString &n : targets)
                if (isTestName(n) == test && n != yn)
                    f << QStringLiteral("%1 = %2").arg(n, yn);
            for (const QString &l : splitLoaders) {
                const bool datasetOnly = l.toLower().contains(QLatin1String("dataset")) || l.toLower().endsWith(QLatin1String("_ds"));
                if (torch) {
                    imports << NeededImport{QStringLiteral("TensorDataset"), QStringLiteral("from torch.utils.data import TensorDataset")};
                    if (datasetOnly) {
                        f << QStringLiteral("%1 = TensorDataset(%2, %3)").arg(l, xn, yn);
                    } else {
                        imports << NeededImport{QStringLiteral("DataLoader"), QStringLiteral("from torch.utils.data import DataLoader")};
                        f << QStringLiteral("%1 = DataLoader(TensorDataset(%2, %3), batch_size=%4, shuffle=%5)")
                                 .arg(l, xn, yn, batch, test ? QStringLiteral("False") : QStringLiteral("True"));
                    }
                } else {
                    imports << NeededImport{QStringLiteral("tf"), QStringLiteral("import tensorflow as tf")};
                    f << QStringLiteral("%1 = tf.data.Dataset.from_tensor_slices((%2, %3)).batch(%4)").arg(l, xn, yn, batch);
                }
            }
        }

        qsizetype pos = code.code().size();
        for (const QString &n : inputs + targets + loaders)
            pos = qMin(pos, definitionPoint(code, n));
        Proposal p;
        p.action = action();
        p.originalCode = code.source();
        p.factsUsed << fact;
        p.newCode = insertBlock(code, pos, f, imports, &p.changes, QCoreApplication::translate("edit", "loads %1 for %2").arg(name, (inputs + targets + loaders).join(QStringLiteral(", "))));
        p.rationale = QCoreApplication::translate("edit", "The report names the %1 dataset and the snippet uses %2 without loading it. P loads it with %3 from the "
                         "cache directory $DLREPRO_DATA_DIR (downloading there unless DLREPRO_OFFLINE=1); when that fails — as it "
                         "does without network — the code falls back at run time to a synthetic stand-in with the same shapes "
                         "and %4, and prints so.")
                          .arg(name, (inputs + targets + loaders).join(QStringLiteral(", ")),
                               torch && !torchLoader.isEmpty() ? QStringLiteral("torchvision") : !sklearnLoader.isEmpty() ? QStringLiteral("scikit-learn") : QStringLiteral("tf.keras.datasets"),
                               classes > 0 ? QCoreApplication::translate("edit", "%1 classes").arg(classes) : QCoreApplication::translate("edit", "regression targets"));
        return p;
    }
};

} // namespace

std::unique_ptr<EditActionEngine> makeDatasetProcurementAction()
{
    return std::make_unique<DatasetProcurementAction>();
}

} // namespace dlrepro
