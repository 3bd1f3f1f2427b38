#include "classify/Classification.h"
#include "ReportBuilder.h"

#include <QElapsedTimer>
#include <QTest>

using namespace dlrepro;
using dlrepro::testing::ReportBuilder;
using dlrepro::testing::errorFact;
using dlrepro::testing::fact;

namespace {
// "TMI" → [Training, Model, TensorInput]
QList<BugType> typesOf(const QString &letters)
{
    QList<BugType> out;
    for (QChar c : letters) {
        BugType t = BugType::Unknown;
        if (parseBugType(QString(c), &t))
            out << t;
    }
    return out;
}

// Confidence classes the classifier promises: a tag is certain, a text guess is not.
enum Conf { Tag, Text, Close, None };
} // namespace

class TestBugTypeClassifier : public QObject
{
    Q_OBJECT
private slots:
    void tagTable_data()
    {
        QTest::addColumn<QString>("tag");
        QTest::addColumn<bool>("known");
        QTest::addColumn<QString>("type");
        const QStringList model{QStringLiteral("layer"), QStringLiteral("model"), QStringLiteral("activation-function")};
        for (const QString &t : model)
            QTest::addRow("model %s", qPrintable(t)) << t << true << QStringLiteral("M");
        QTest::newRow("tensor") << QStringLiteral("tensor") << true << QStringLiteral("I");
        const QStringList training{QStringLiteral("loss-function"), QStringLiteral("training-data"),
                                   QStringLiteral("optimization"), QStringLiteral("loss"),
                                   QStringLiteral("data-augmentation"), QStringLiteral("performance"),
                                   QStringLiteral("learning-rate"), QStringLiteral("hyperparameters"),
                                   QStringLiteral("initialization"), QStringLiteral("imbalanced-data"),
                                   QStringLiteral("nan")};
        for (const QString &t : training)
            QTest::addRow("training %s", qPrintable(t)) << t << true << QStringLiteral("T");
        for (const char *t : {"gpu", "nvidia", "cuda"})
            QTest::addRow("gpu %s", t) << QString::fromLatin1(t) << true << QStringLiteral("G");
        for (const char *t : {"TypeError", "ValueError", "AttributeError", "ImportError", "CompilerErrors",
                              "SyntaxError", "ModuleNotFoundError"}) {
            QTest::addRow("api %s", t) << QString::fromLatin1(t) << true << QStringLiteral("A");
            QTest::addRow("api lowercase %s", t) << QString::fromLatin1(t).toLower() << true << QStringLiteral("A");
        }
        QTest::newRow("GitHub label GPU") << QStringLiteral("GPU") << true << QStringLiteral("G");
        QTest::newRow("blanks around") << QStringLiteral("  cuda ") << true << QStringLiteral("G");
        QTest::newRow("near miss keras-layer") << QStringLiteral("keras-layer") << false << QString();
        QTest::newRow("near miss tensorflow-gpu") << QStringLiteral("tensorflow-gpu") << false << QString();
        QTest::newRow("near miss models") << QStringLiteral("models") << false << QString();
        QTest::newRow("near miss loss-functions") << QStringLiteral("loss-functions") << false << QString();
        QTest::newRow("near miss tensorflow") << QStringLiteral("tensorflow") << false << QString();
        QTest::newRow("near miss runtimeerror") << QStringLiteral("runtimeerror") << false << QString();
        QTest::newRow("empty") << QString() << false << QString();
    }
    void tagTable()
    {
        QFETCH(QString, tag);
        QFETCH(bool, known);
        QFETCH(QString, type);
        BugType t = BugType::Unknown;
        QCOMPARE(bugTypeForTag(tag, &t), known);
        if (known)
            QCOMPARE(t, typesOf(type).value(0));
        QCOMPARE(bugTypeForTag(tag, nullptr), known);
    }

    void tableMatchesThesis()
    {
        // Table 4.1: 3 Model tags, 1 Tensor, 11 Training, 3 GPU, 7 API.
        const QList<BugTypeTag> table = bugTypeTagTable();
        QCOMPARE(table.size(), 25);
        QHash<BugType, int> counts;
        for (const BugTypeTag &t : table) {
            ++counts[t.type];
            BugType back = BugType::Unknown;
            QVERIFY(bugTypeForTag(t.tag, &back));
            QCOMPARE(back, t.type);
        }
        QCOMPARE(counts.value(BugType::Model), 3);
        QCOMPARE(counts.value(BugType::TensorInput), 1);
        QCOMPARE(counts.value(BugType::Training), 11);
        QCOMPARE(counts.value(BugType::Gpu), 3);
        QCOMPARE(counts.value(BugType::Api), 7);
        QCOMPARE(table.at(18).tag, QStringLiteral("TypeError"));
    }

    void classify_data()
    {
        QTest::addColumn<QStringList>("tags");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("prose");
        QTest::addColumn<QString>("codeBlock");      // CodeBlockKind::Code
        QTest::addColumn<QString>("tracebackBlock"); // CodeBlockKind::Traceback
        QTest::addColumn<QList<Fact>>("facts");
        QTest::addColumn<QString>("type");  // letter, '?' for Unknown
        QTest::addColumn<QString>("parts"); // letters, for Mixed
        QTest::addColumn<int>("conf");
        QTest::addColumn<QString>("reasonHas");
        QTest::addColumn<QStringList>("evidence"); // all of these, in this order, at the start

        const QList<Fact> none;
        const QString n;
        auto S = [](const char *s) { return QString::fromUtf8(s); };
        auto L = [](std::initializer_list<const char *> items) {
            QStringList out;
            for (const char *s : items)
                out << QString::fromUtf8(s);
            return out;
        };

        // --- Decisive tags (Table 4.1) ---
        QTest::newRow("tags training") << L({"python", "keras", "loss-function", "nan"}) << n << n << n << n << none
                                       << S("T") << n << int(Tag) << S("tags 'loss-function', 'nan' (Training)")
                                       << L({"loss-function", "nan"});
        QTest::newRow("tag model") << L({"python", "tensorflow", "layer"}) << n << n << n << n << none << S("M") << n
                                   << int(Tag) << S("tag 'layer' (Model)") << L({"layer"});
        QTest::newRow("tag tensor") << L({"pytorch", "tensor"}) << n << n << n << n << none << S("I") << n << int(Tag)
                                    << S("tag 'tensor' (Tensor & Input)") << L({"tensor"});
        QTest::newRow("tag gpu") << L({"pytorch", "gpu"}) << n << n << n << n << none << S("G") << n << int(Tag)
                                 << S("tag 'gpu' (GPU)") << L({"gpu"});
        QTest::newRow("tags gpu nvidia cuda") << L({"nvidia", "cuda", "gpu"}) << n << n << n << n << none << S("G") << n
                                              << int(Tag) << S("tags 'nvidia', 'cuda', 'gpu' (GPU)")
                                              << L({"nvidia", "cuda", "gpu"});
        QTest::newRow("tag typeerror lowercase") << L({"python", "typeerror"}) << n << n << n << n << none << S("A")
                                                 << n << int(Tag) << S("tag 'typeerror' (API)") << L({"typeerror"});
        QTest::newRow("tag TypeError as in thesis") << L({"TypeError"}) << n << n << n << n << none << S("A") << n
                                                    << int(Tag) << S("tag 'TypeError' (API)") << L({"TypeError"});
        QTest::newRow("tag modulenotfounderror") << L({"modulenotfounderror"}) << n << n << n << n << none << S("A")
                                                 << n << int(Tag) << S("(API)") << L({"modulenotfounderror"});
        QTest::newRow("tag compilererrors") << L({"compilererrors"}) << n << n << n << n << none << S("A") << n
                                            << int(Tag) << S("(API)") << L({"compilererrors"});
        QTest::newRow("GitHub label GPU") << L({"bug", "GPU"}) << n << n << n << n << none << S("G") << n << int(Tag)
                                          << S("tag 'GPU' (GPU)") << L({"GPU"});
        QTest::newRow("duplicate tag case") << L({"nan", "NaN"}) << n << n << n << n << none << S("T") << n << int(Tag)
                                            << S("tag 'nan' (Training)") << L({"nan"});
        QTest::newRow("mixed tensor api") << L({"valueerror", "tensor"}) << n << n << n << n << none << S("X") << S("IA")
                                          << int(Tag)
                                          << S("tags 'tensor' (Tensor & Input), 'valueerror' (API): tags of several types make a Mixed bug")
                                          << L({"valueerror", "tensor"});
        QTest::newRow("mixed three") << L({"cuda", "layer", "nan"}) << n << n << n << n << none << S("X") << S("TMG")
                                     << int(Tag) << S("'nan' (Training), 'layer' (Model), 'cuda' (GPU)")
                                     << L({"cuda", "layer", "nan"});
        QTest::newRow("mixed training model") << L({"model", "learning-rate"}) << n << n << n << n << none << S("X")
                                              << S("TM") << int(Tag) << S("Mixed") << L({"model", "learning-rate"});
        QTest::newRow("tag beats text") << L({"cuda"}) << S("size mismatch")
                                        << S("RuntimeError: size mismatch, m1: [64 x 784], m2: [128 x 10]") << n << n
                                        << none << S("G") << n << int(Tag) << S("tag 'cuda' (GPU)") << L({"cuda"});

        // --- Near-miss tags decide nothing ---
        QTest::newRow("near-miss tags only") << L({"keras-layer", "tensorflow-gpu", "models"}) << n << n << n << n
                                             << none << S("?") << n << int(None) << S("no tag or symptom decides it")
                                             << QStringList();

        // --- No tags: the error message decides ---
        QTest::newRow("error ndim") << QStringList() << n << n << n << n
                                    << QList<Fact>{errorFact(S("ValueError"),
                                                             S("Input 0 of layer sequential is incompatible with the layer: expected ndim=3, found ndim=2. Full shape received: (None, 720)"))}
                                    << S("I") << n << int(Text) << S("Tensor & Input from the errors and logs ('ndim'")
                                    << L({"ndim"});
        QTest::newRow("error size mismatch") << QStringList() << n << n << n << n
                                             << QList<Fact>{errorFact(S("RuntimeError"), S("size mismatch, m1: [64 x 784], m2: [128 x 10]"))}
                                             << S("I") << n << int(Text) << S("the errors and logs ('size mismatch', 'mismatch')")
                                             << L({"size mismatch", "mismatch"});
        QTest::newRow("error shapes incompatible") << QStringList() << n << n << n << n
                                                   << QList<Fact>{errorFact(S("ValueError"), S("Shapes (None, 1) and (None, 10) are incompatible"))}
                                                   << S("I") << n << int(Text) << S("'are incompatible'")
                                                   << L({"are incompatible", "shapes"});
        QTest::newRow("error batch_size") << QStringList() << n << n << n << n
                                          << QList<Fact>{errorFact(S("ValueError"), S("Expected input batch_size (32) to match target batch_size (64)."))}
                                          << S("I") << n << int(Text) << S("'expected input batch_size'")
                                          << L({"expected input batch_size"});
        QTest::newRow("error cuda oom") << QStringList() << n << n << n << n
                                        << QList<Fact>{errorFact(S("RuntimeError"), S("CUDA out of memory. Tried to allocate 2.00 GiB (GPU 0; 7.79 GiB total capacity)"))}
                                        << S("G") << n << int(Text) << S("GPU from the errors and logs ('cuda', 'out of memory', 'gpu')")
                                        << L({"cuda", "out of memory", "gpu"});
        QTest::newRow("error device-side assert") << QStringList() << n << n << n << n
                                                  << QList<Fact>{errorFact(S("RuntimeError"), S("CUDA error: device-side assert triggered"))}
                                                  << S("G") << n << int(Text) << S("'device-side assert'")
                                                  << L({"cuda", "device-side assert"});
        QTest::newRow("error cudnn") << QStringList() << n << n << n << n
                                     << QList<Fact>{errorFact(S("UnknownError"), S("Failed to get convolution algorithm. This is probably because cuDNN failed to initialize"))}
                                     << S("G") << n << int(Text) << S("'cudnn'") << L({"cudnn"});
        QTest::newRow("error no attribute") << QStringList() << n << n << n << n
                                            << QList<Fact>{errorFact(S("AttributeError"), S("module 'tensorflow' has no attribute 'Session'"))}
                                            << S("A") << n << int(Text) << S("API from the errors and logs ('has no attribute', 'attributeerror')")
                                            << L({"has no attribute", "attributeerror"});
        QTest::newRow("error unexpected keyword") << QStringList() << n << n << n << n
                                                  << QList<Fact>{errorFact(S("TypeError"), S("__init__() got an unexpected keyword argument 'input_dim'"))}
                                                  << S("A") << n << int(Text) << S("'unexpected keyword argument'")
                                                  << L({"unexpected keyword argument"});
        QTest::newRow("error module not found") << QStringList() << n << n << n << n
                                                << QList<Fact>{errorFact(S("ModuleNotFoundError"), S("No module named 'keras.layers.advanced_activations'"))}
                                                << S("A") << n << int(Text) << S("'no module named'")
                                                << L({"no module named", "modulenotfounderror"});
        QTest::newRow("error import name") << QStringList() << n << n << n << n
                                           << QList<Fact>{errorFact(S("ImportError"), S("cannot import name 'adam' from 'keras.optimizers'"))}
                                           << S("A") << n << int(Text) << S("'cannot import name'")
                                           << L({"cannot import name", "importerror"});
        QTest::newRow("traceback block cuda") << QStringList() << n << S("Training crashes right away.") << n
                                              << S("Traceback (most recent call last):\n  File \"train.py\", line 12, in <module>\n    out = model(x)\nRuntimeError: CUDA error: out of memory")
                                              << none << S("G") << n << int(Text) << S("the errors and logs ('cuda', 'out of memory')")
                                              << L({"cuda", "out of memory"});

        // --- No tags, no error: the text decides ---
        QTest::newRow("text loss nan") << QStringList() << S("Loss becomes NaN") << S("After a few steps the loss becomes nan.")
                                       << n << n << none << S("T") << n << int(Text) << S("Training from the text ('nan', 'loss')")
                                       << L({"nan", "loss"});
        QTest::newRow("text stuck not decreasing") << QStringList() << n
                                                   << S("My validation accuracy is stuck at 0.5 and the loss is not decreasing.")
                                                   << n << n << none << S("T") << n << int(Text) << S("'not decreasing'")
                                                   << L({"not decreasing", "stuck", "accuracy", "loss", "validation"});
        QTest::newRow("text overfitting with metrics") << QStringList() << S("Model overfitting")
                                                       << S("Training accuracy reaches 99% but validation stays at 60%, clearly overfitting.")
                                                       << n << n
                                                       << QList<Fact>{fact(FactKind::Metric, S("accuracy"), S("99%"), 99, S("%"))}
                                                       << S("T") << n << int(Text) << S("the facts (metrics)")
                                                       << L({"overfitting", "accuracy", "validation", "metrics"});
        QTest::newRow("text output shape of layer") << QStringList() << S("Output shape of a Conv2D layer")
                                                    << S("Why does the model summary show this output shape for the layer with padding='same'?")
                                                    << n << n << none << S("M") << n << int(Text) << S("Model from the text (")
                                                    << L({"output shape", "model summary", "layer"});
        QTest::newRow("text weights not updating") << QStringList() << n
                                                   << S("The weights of my custom layer are not updating during backprop.")
                                                   << n << n << none << S("M") << n << int(Text) << S("'not updating'")
                                                   << L({"not updating", "custom layer", "layer", "weights"});
        QTest::newRow("text deprecated") << QStringList() << n
                                         << S("fit_generator is deprecated in TF 2.1; after upgrading the call warns.")
                                         << n << n << none << S("A") << n << int(Text) << S("API from the text ('deprecated', 'upgrading')")
                                         << L({"deprecated", "upgrading"});
        QTest::newRow("text nvidia gpu") << QStringList() << n << S("Training on my NVIDIA RTX 3090 GPU is slower than on the CPU.")
                                         << n << n << none << S("G") << n << int(Text) << S("GPU from the text ('gpu', 'nvidia')")
                                         << L({"gpu", "nvidia"});
        QTest::newRow("gpu facts and text") << QStringList() << n << S("It only happens on the gpu.") << n << n
                                            << QList<Fact>{fact(FactKind::Gpu, QString(), S("RTX 3090"))} << S("G") << n
                                            << int(Text) << S("the text ('gpu') and the facts (GPU mentions)")
                                            << L({"gpu", "GPU mentions"});
        QTest::newRow("close tensor vs training") << QStringList() << n
                                                  << S("The loss becomes nan. Could the dimension of the input shape be wrong?")
                                                  << n << n << none << S("I") << n << int(Close)
                                                  << S("Tensor & Input and Training score close (4.0 vs 3.5)")
                                                  << L({"dimension", "input shape", "shape"});
        QTest::newRow("metrics and accuracy") << QStringList() << n << S("I got an accuracy of 34%.") << n << n
                                              << QList<Fact>{fact(FactKind::Metric, S("accuracy"), S("34%"), 34, S("%"))}
                                              << S("T") << n << int(Text) << S("Training from the text ('accuracy') and the facts (metrics) (score 2.5)")
                                              << L({"accuracy", "metrics"});

        // --- Thesis reports (chapter 4 quotes) ---
        QTest::newRow("thesis Accuracy 34%")
            << QStringList() << S("Neural network model evaluation")
            << S("I followed a tutorial on neural network model evaluation using cross-validation with code (given below). "
                 "The accuracy was supposed to be around 95.33% (4.27%) but I got ~Accuracy: 34.00% (13.15%) on a few "
                 "attempts. The model code seems exactly the same. I downloaded the data from here as instructed. What could go wrong? Thanks")
            << n << n
            << QList<Fact>{fact(FactKind::Metric, S("accuracy"), S("95.33%"), 95.33, S("%")),
                           fact(FactKind::Metric, S("accuracy"), S("34.00%"), 34.0, S("%"))}
            << S("T") << n << int(Text) << S("Training from the text ('supposed to be', 'accuracy', 'validation') and the facts (metrics)")
            << L({"supposed to be", "accuracy", "validation", "metrics"});
        QTest::newRow("thesis sequence of 80 numbers")
            << QStringList() << S("Model is not learning")
            << S("The model is not learning - the training loss stays constant across the epochs. My training data has input "
                 "as a sequence of 80 numbers in which each represent a word and target value is just a number between 1 and 3.")
            << n << n << none << S("T") << n << int(Text) << S("'not learning'")
            << L({"not learning", "loss", "epochs"});

        // Without its tags this one is genuinely between Training and Model (the study's hints
        // treated it as Model): the classifier must say so rather than pretend.
        QTest::newRow("thesis 12 and 3 nodes")
            << QStringList() << S("Neural network accuracy optimization")
            << S("I have constructed an ANN in keras which has 1 input layer(3 inputs), one output layer (1 output) and "
                 "two hidden layers with with 12 and 3 nodes respectively, as shown below in the code. The dataset has 4 "
                 "columns: 3 columns with values in the range [60, 70] and the target variable is binary (0/1 output) so "
                 "after 150 epochs i get: loss: 0.6932 - acc: 0.5000 - val_loss: 0.6970 - val_acc: 0.1429 My question "
                 "is: how could i modify my NN in order to achieve higher accuracy?")
            << n << n
            << QList<Fact>{fact(FactKind::Layers, QString(), S("two hidden layers with with 12 and 3 nodes")),
                           fact(FactKind::Metric, S("loss"), S("0.6932"), 0.6932)}
            << S("T") << n << int(Close) << S("Training and Model score close (7.5 vs 6.0)")
            << L({"higher accuracy", "accuracy", "loss", "epochs", "optimization", "metrics"});

        // --- Nothing decides ---
        QTest::newRow("empty report") << QStringList() << n << n << n << n << none << S("?") << n << int(None)
                                      << S("no tag or symptom decides it") << QStringList();
        QTest::newRow("off topic") << L({"python", "jupyter-notebook"}) << S("How do I install Jupyter?")
                                   << S("pip fails on my laptop.") << n << n << none << S("?") << n << int(None)
                                   << S("no tag or symptom decides it") << QStringList();
        QTest::newRow("code is not read") << QStringList() << n << S("Here is my code:")
                                          << S("model.add(Dense(10, activation='relu'))\nmodel.compile(loss='mse', optimizer='adam')\nx = x.cuda()")
                                          << n << none << S("?") << n << int(None) << S("no tag or symptom decides it")
                                          << QStringList();
        QTest::newRow("nan inside words") << QStringList() << n << S("A banana classifier from Nantes, finance data.")
                                          << n << n << none << S("?") << n << int(None)
                                          << S("no tag or symptom decides it") << QStringList();
        QTest::newRow("tensorflow is not tensor") << QStringList() << n << S("I use tensorflow and TensorBoard.") << n << n
                                                  << none << S("?") << n << int(None)
                                                  << S("no tag or symptom decides it") << QStringList();
        QTest::newRow("weak vocabulary only") << QStringList() << n << S("Some loss.") << n << n << none << S("?") << n
                                              << int(None) << S("no tag or symptom decides it") << QStringList();
    }

    void classify()
    {
        QFETCH(QStringList, tags);
        QFETCH(QString, title);
        QFETCH(QString, prose);
        QFETCH(QString, codeBlock);
        QFETCH(QString, tracebackBlock);
        QFETCH(QList<Fact>, facts);
        QFETCH(QString, type);
        QFETCH(QString, parts);
        QFETCH(int, conf);
        QFETCH(QString, reasonHas);
        QFETCH(QStringList, evidence);

        ReportBuilder b;
        b.tags(tags).title(title);
        if (!prose.isEmpty())
            b.text(prose);
        if (!codeBlock.isEmpty())
            b.code(codeBlock);
        if (!tracebackBlock.isEmpty())
            b.code(tracebackBlock, CodeBlockKind::Traceback, QString());
        const BugTypeDecision d = classifyBugType(b.build(), facts);

        QCOMPARE(QString(bugTypeLetter(d.type)), type);
        QCOMPARE(d.parts, typesOf(parts));
        QVERIFY2(d.reason.contains(reasonHas), qPrintable(d.reason));
        QCOMPARE(d.evidence.mid(0, evidence.size()), evidence);
        QVERIFY(!d.overridden);
        switch (Conf(conf)) {
        case Tag: QCOMPARE(d.confidence, 1.0); break;
        case Text: QVERIFY2(d.confidence > 0.35 && d.confidence <= 0.8, qPrintable(QString::number(d.confidence))); break;
        case Close: QVERIFY2(d.confidence > 0.0 && d.confidence <= 0.35, qPrintable(QString::number(d.confidence))); break;
        case None:
            QCOMPARE(d.confidence, 0.0);
            QVERIFY(d.evidence.isEmpty());
            break;
        }
    }

    void exactConfidence()
    {
        // One cue alone: margin 1, total 3 × 1.5 = 4.5 < 5, so (0.3 + 0.5) × 0.8.
        const BugTypeDecision d = classifyBugType(
            ReportBuilder().build(), {errorFact(QStringLiteral("UnknownError"), QStringLiteral("cuDNN failed to initialize"))});
        QCOMPARE(d.type, BugType::Gpu);
        QCOMPARE(d.confidence, 0.64);
        QCOMPARE(d.reason, QStringLiteral("GPU from the errors and logs ('cudnn') (score 4.5)"));
    }

    void tagsOnlyEntryPoint()
    {
        const BugTypeDecision none = classifyBugTypeFromTags({QStringLiteral("python")});
        QCOMPARE(none.type, BugType::Unknown);
        QCOMPARE(none.confidence, 0.0);
        QVERIFY(none.reason.isEmpty());
        const BugTypeDecision mixed = classifyBugTypeFromTags({QStringLiteral("gpu"), QStringLiteral("tensor")});
        QCOMPARE(mixed.type, BugType::Mixed);
        QCOMPARE(mixed.parts, (QList<BugType>{BugType::TensorInput, BugType::Gpu}));
    }

    void robustness()
    {
        // 10 MB of near misses ("banana" holds "nan" inside a word) plus invalid UTF-8 and code
        // block spans that point outside the text: no crash, no hang, and nothing decided.
        QByteArray bytes;
        bytes.reserve(10 * 1024 * 1024 + 64);
        while (bytes.size() < 10 * 1024 * 1024)
            bytes.append("banana tensorflow \xff\xfe\xc3 ");
        Report r;
        r.body.text = QString::fromUtf8(bytes);
        CodeBlock bad;
        bad.text = QStringLiteral("x = 1");
        bad.span = {r.body.text.size() - 2, 100};
        CodeBlock negative;
        negative.text = QStringLiteral("y = 2");
        negative.span = {-1, 5};
        r.body.codeBlocks << bad << negative;
        QElapsedTimer timer;
        timer.start();
        const BugTypeDecision d = classifyBugType(r, {});
        QCOMPARE(d.type, BugType::Unknown);
        QVERIFY2(timer.elapsed() < 20000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(assessInformation(r, {}, d.type).size(), 5);
    }
};

QTEST_GUILESS_MAIN(TestBugTypeClassifier)
#include "tst_bugtypeclassifier.moc"
