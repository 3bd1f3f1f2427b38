#include "classify/Classification.h"
#include "ReportBuilder.h"

#include <QTest>

using namespace dlrepro;
using dlrepro::testing::ReportBuilder;
using dlrepro::testing::errorFact;
using dlrepro::testing::fact;

Q_DECLARE_METATYPE(dlrepro::Report)

namespace {

QString S(const char *s) { return QString::fromUtf8(s); }

// Reporter's code for the cross-validation question (written for this test after the thesis's
// description: Keras model, pandas data, scikit-learn cross-validation).
const char *kCrossValidationCode = R"py(import pandas as pd
from keras.models import Sequential
from keras.layers import Dense
from keras.wrappers.scikit_learn import KerasClassifier
from sklearn.model_selection import cross_val_score, StratifiedKFold

dataframe = pd.read_csv("sonar.csv", header=None)
X = dataframe.values[:, 0:60].astype(float)
Y = dataframe.values[:, 60]

def create_baseline():
    model = Sequential()
    model.add(Dense(60, input_dim=60, activation='relu'))
    model.add(Dense(1, activation='sigmoid'))
    model.compile(loss='binary_crossentropy', optimizer='adam', metrics=['accuracy'])
    return model

estimator = KerasClassifier(build_fn=create_baseline, epochs=100, batch_size=5, verbose=0)
kfold = StratifiedKFold(n_splits=10, shuffle=True)
results = cross_val_score(estimator, X, Y, cv=kfold)
print("Accuracy: %.2f%% (%.2f%%)" % (results.mean()*100, results.std()*100)))py";

// A PyTorch classifier for the 80-number sequences (no data code: the data is described in prose).
const char *kSequenceModelCode = R"py(class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.embedding = nn.Embedding(200, 32)
        self.lstm = nn.LSTM(32, 64, batch_first=True)
        self.fc = nn.Linear(64, 3)

    def forward(self, x):
        out, _ = self.lstm(self.embedding(x))
        return self.fc(out[:, -1]))py";

const char *kKerasLog = R"py(Epoch 1/150
32/32 [==============================] - 0s 2ms/step - loss: 0.6932 - acc: 0.5000 - val_loss: 0.6970 - val_acc: 0.1429
Epoch 2/150
32/32 [==============================] - 0s 2ms/step - loss: 0.6932 - acc: 0.5000 - val_loss: 0.6970 - val_acc: 0.1429)py";

const char *kTraceback = R"py(Traceback (most recent call last):
  File "train.py", line 21, in <module>
    model.fit(x, y, epochs=10)
ValueError: Input 0 of layer sequential is incompatible with the layer: expected ndim=3, found ndim=2)py";

} // namespace

class TestInformationAssessor : public QObject
{
    Q_OBJECT
private slots:
    void assess_data()
    {
        QTest::addColumn<Report>("report");
        QTest::addColumn<QList<Fact>>("facts");
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("present"); // letters of the categories present (D N H C L)
        QTest::addColumn<QList<int>>("dataIdx");
        QTest::addColumn<QList<int>>("modelIdx");
        QTest::addColumn<QList<int>>("hyperIdx");
        QTest::addColumn<QList<int>>("logsIdx");

        const QList<int> no;

        // Thesis, user study bug (Appendix B): "Accuracy: 34.00%", code given only as a Colab link.
        const Report accuracy34 =
            ReportBuilder()
                .title(S("Neural network model evaluation"))
                .text(S("I followed a tutorial on neural network model evaluation using cross-validation with code (given "
                        "below). The accuracy was supposed to be around 95.33% (4.27%) but I got ~Accuracy: 34.00% "
                        "(13.15%) on a few attempts. The model code seems exactly the same. I downloaded the data from "
                        "[here](#) as instructed. What could go wrong? Thanks"))
                .build();
        const QList<Fact> accuracy34Facts{fact(FactKind::Metric, S("accuracy"), S("95.33%"), 95.33, S("%")),
                                          fact(FactKind::Metric, S("accuracy"), S("34.00%"), 34.0, S("%"))};
        QTest::newRow("thesis Accuracy 34% without code")
            << accuracy34 << accuracy34Facts << int(BugType::Training) << S("L") << no << no << no << QList<int>{0, 1};

        // The same question with the reporter's code pasted in: data, model, hyperparameters
        // and code are all shown by the code itself, and no fact indexes point at them.
        ReportBuilder withCode;
        withCode.title(accuracy34.title).text(accuracy34.body.text).code(S(kCrossValidationCode));
        QTest::newRow("thesis Accuracy 34% with code")
            << withCode.build() << accuracy34Facts << int(BugType::Training) << S("DNHCL") << no << no << no
            << QList<int>{0, 1};

        // Thesis, user study bug: "12 and 3 nodes" (SO 39525358), facts as an extractor would give
        // them, sorted by position; the Framework fact belongs to no category.
        const Report nodes =
            ReportBuilder()
                .title(S("Neural network accuracy optimization"))
                .text(S("I have constructed an ANN in keras which has 1 input layer(3 inputs), one output layer (1 output) "
                        "and two hidden layers with with 12 and 3 nodes respectively, as shown below in the code.\n\n"
                        "The dataset has 4 columns: 3 columns with values in the range [60, 70] and the target variable "
                        "is binary (0/1 output)\n\nso after 150 epochs i get: **loss: 0.6932 - acc: 0.5000 - val_loss: "
                        "0.6970 - val_acc: 0.1429**\n\nMy question is: how could i modify my NN in order to achieve "
                        "higher accuracy?"))
                .build();
        const QList<Fact> nodesFacts{
            fact(FactKind::Architecture, S("ANN")),
            fact(FactKind::Framework, S("keras")),
            fact(FactKind::Layers, QString(), S("two hidden layers with with 12 and 3 nodes")),
            fact(FactKind::ValueRange, QString(), S("[60, 70]"), 60),
            fact(FactKind::Target, QString(), S("binary (0/1 output)")),
            fact(FactKind::Hyperparameter, S("epochs"), S("150"), 150),
            fact(FactKind::Metric, S("loss"), S("0.6932"), 0.6932),
            fact(FactKind::Metric, S("acc"), S("0.5000"), 0.5),
            fact(FactKind::Metric, S("val_loss"), S("0.6970"), 0.6970),
            fact(FactKind::Metric, S("val_acc"), S("0.1429"), 0.1429),
        };
        QTest::newRow("thesis 12 and 3 nodes") << nodes << nodesFacts << int(BugType::Model) << S("DNHL")
                                               << QList<int>{3, 4} << QList<int>{0, 2} << QList<int>{5}
                                               << QList<int>{6, 7, 8, 9};

        // Thesis, edit action A_1 example (SO 61781193): data described in words only.
        const QString seqText =
            S("The model is not learning: the training loss stays constant across the epochs. My training data has input "
              "as a sequence of 80 numbers in which each represent a word and target value is just a number between 1 and 3.");
        const QList<Fact> seqFacts{fact(FactKind::SequenceLength, QString(), S("80"), 80),
                                   fact(FactKind::Target, QString(), S("between 1 and 3"))};
        QTest::newRow("thesis sequence of 80 numbers") << ReportBuilder().text(seqText).build() << seqFacts
                                                       << int(BugType::Training) << S("D") << QList<int>{0, 1} << no
                                                       << no << no;
        QTest::newRow("thesis sequence of 80 numbers with model code")
            << ReportBuilder().text(seqText).code(S(kSequenceModelCode)).build() << seqFacts << int(BugType::Training)
            << S("DNC") << QList<int>{0, 1} << no << no << no;

        // Tensor bug: shape and dtype facts, an error fact, the traceback as its own block.
        const QList<Fact> tensorFacts{
            fact(FactKind::Shape, S("x_train"), S("(300, 5, 720)")),
            fact(FactKind::DataType, QString(), S("float32")),
            errorFact(S("ValueError"), S("Input 0 of layer sequential is incompatible with the layer: expected ndim=3, found ndim=2")),
            fact(FactKind::PythonVersion, QString(), S("3.8")),
        };
        QTest::newRow("tensor facts and traceback")
            << ReportBuilder().text(S("My x_train has shape (300, 5, 720) and dtype float32.")).code(S(kTraceback), CodeBlockKind::Traceback, QString()).build()
            << tensorFacts << int(BugType::TensorInput) << S("DL") << QList<int>{0, 1} << no << no << QList<int>{2};

        // Code and its blocks, without facts.
        QTest::newRow("one-liner is not a snippet")
            << ReportBuilder().text(S("I call")).code(S("model.fit(x, y, epochs=10)")).build() << QList<Fact>()
            << int(BugType::Api) << S("H") << no << no << no << no;
        QTest::newRow("keras log in a code fence is not code")
            << ReportBuilder().text(S("Output:")).code(S(kKerasLog)).build() << QList<Fact>() << int(BugType::Training)
            << S("") << no << no << no << no;
        QTest::newRow("console block is a log")
            << ReportBuilder().text(S("Output:")).code(S(kKerasLog), CodeBlockKind::Console, QString()).build()
            << QList<Fact>() << int(BugType::Training) << S("L") << no << no << no << no;
        QTest::newRow("unclassified traceback in a code fence")
            << ReportBuilder().code(S(kTraceback)).build() << QList<Fact>() << int(BugType::TensorInput) << S("L") << no
            << no << no << no;
        QTest::newRow("bash block is not python")
            << ReportBuilder().code(S("pip install tensorflow==2.3\nexport CUDA_VISIBLE_DEVICES=0\npython train.py --lr=0.1"), CodeBlockKind::Code, S("bash")).build()
            << QList<Fact>() << int(BugType::Gpu) << S("H") << no << no << no << no; // --lr=0.1 sets one
        QTest::newRow("synthetic data, model and fit")
            << ReportBuilder()
                   .code(S("import numpy as np\nfrom tensorflow import keras\nx = np.random.rand(100, 3)\ny = np.random.randint(0, 2, 100)\n"
                           "model = keras.Sequential([keras.layers.Dense(12, activation='relu'), keras.layers.Dense(1)])\n"
                           "model.compile(optimizer='adam', loss='mse')\nmodel.fit(x, y, epochs=10, batch_size=32)"))
                   .build()
            << QList<Fact>() << int(BugType::Training) << S("DNHC") << no << no << no << no;
        QTest::newRow("pytorch loss assignment is not a hyperparameter")
            << ReportBuilder().code(S("for x, y in loader:\n    out = net(x)\n    loss = criterion(out, y)\n    loss.backward()")).build()
            << QList<Fact>() << int(BugType::Training) << S("C") << no << no << no << no;

        // Environment facts count for no category.
        QTest::newRow("environment facts only")
            << ReportBuilder().text(S("TF 2.4 on an RTX 3090")).build()
            << QList<Fact>{fact(FactKind::FrameworkVersion, S("tensorflow"), S("2.4")), fact(FactKind::Gpu, QString(), S("RTX 3090"))}
            << int(BugType::Gpu) << S("") << no << no << no << no;
        QTest::newRow("empty report, unknown type") << Report() << QList<Fact>() << int(BugType::Unknown) << S("") << no
                                                    << no << no << no;
        QTest::newRow("empty report, mixed type") << Report() << QList<Fact>() << int(BugType::Mixed) << S("") << no
                                                  << no << no << no;
    }

    void assess()
    {
        QFETCH(Report, report);
        QFETCH(QList<Fact>, facts);
        QFETCH(int, type);
        QFETCH(QString, present);
        QFETCH(QList<int>, dataIdx);
        QFETCH(QList<int>, modelIdx);
        QFETCH(QList<int>, hyperIdx);
        QFETCH(QList<int>, logsIdx);

        const QList<InformationAssessment> result = assessInformation(report, facts, BugType(type));
        QCOMPARE(result.size(), 5);
        const QList<InformationCategory> order = allInformationCategories();
        const QList<QList<int>> indexes{dataIdx, modelIdx, hyperIdx, {}, logsIdx};
        for (int i = 0; i < 5; ++i) {
            const InformationAssessment &a = result.at(i);
            const QString label = informationName(order.at(i));
            QCOMPARE(a.category, order.at(i));
            QVERIFY2(a.present == present.contains(informationLetter(a.category)),
                     qPrintable(label + QStringLiteral(": ") + a.evidence));
            QCOMPARE(a.factIndexes, indexes.at(i));
            QVERIFY2(!a.evidence.isEmpty(), qPrintable(label));
            if (a.present) {
                QVERIFY2(a.confidence > 0.0 && a.confidence <= 1.0, qPrintable(label));
                QVERIFY2(a.followUpQuestion.isEmpty(), qPrintable(label));
            } else {
                QCOMPARE(a.confidence, 0.0);
                QCOMPARE(a.followUpQuestion, followUpQuestion(a.category, BugType(type)));
                QVERIFY2(a.followUpQuestion.endsWith(QLatin1Char('?')), qPrintable(a.followUpQuestion));
            }
        }
    }

    void evidenceText_data()
    {
        QTest::addColumn<Report>("report");
        QTest::addColumn<QList<Fact>>("facts");
        QTest::addColumn<int>("category");
        QTest::addColumn<QString>("evidence");
        QTest::addColumn<double>("confidence");

        const QList<Fact> shapeDtype{fact(FactKind::Shape, S("x"), S("(300, 5, 720)")),
                                     fact(FactKind::DataType, QString(), S("float32"))};
        QTest::newRow("data facts") << Report() << shapeDtype << int(InformationCategory::Data)
                                    << S("shape (300, 5, 720); dtype float32") << 1.0;
        QList<Fact> unsure = shapeDtype;
        unsure[0].confidence = 0.6;
        unsure[1].confidence = 0.4;
        QTest::newRow("fact confidence carries") << Report() << unsure << int(InformationCategory::Data)
                                                 << S("shape (300, 5, 720); dtype float32") << 0.6;
        QTest::newRow("range and target")
            << Report()
            << QList<Fact>{fact(FactKind::ValueRange, QString(), S("[60, 70]"), 60),
                           fact(FactKind::Target, QString(), S("binary (0/1 output)")),
                           fact(FactKind::SequenceLength, QString(), QString(), 80),
                           fact(FactKind::Dataset, S("MNIST"))}
            << int(InformationCategory::Data)
            << S("values in [60, 70]; target binary (0/1 output); sequence length 80; dataset MNIST") << 1.0;
        QTest::newRow("data from code")
            << ReportBuilder().code(S("import pandas as pd\ndf = pd.read_csv('a.csv')\nx = np.random.rand(10, 3)")).build()
            << QList<Fact>() << int(InformationCategory::Data) << S("code that makes or loads data (np.random, read_csv)")
            << 0.7;
        QTest::newRow("model facts")
            << Report()
            << QList<Fact>{fact(FactKind::Architecture, S("ANN")),
                           fact(FactKind::Layers, QString(), S("two hidden layers with 12 and 3 nodes")),
                           fact(FactKind::Activation, S("relu"))}
            << int(InformationCategory::Model) << S("architecture ANN; layers: two hidden layers with 12 and 3 nodes; activation relu")
            << 1.0;
        QTest::newRow("model code")
            << ReportBuilder().code(S(kSequenceModelCode)).build() << QList<Fact>() << int(InformationCategory::Model)
            << S("model code (nn.Module, nn.Linear, LSTM)") << 0.8;
        QTest::newRow("hyperparameter facts")
            << Report()
            << QList<Fact>{fact(FactKind::Hyperparameter, S("epochs"), S("150"), 150),
                           fact(FactKind::Hyperparameter, S("learning_rate"), QString(), 0.001)}
            << int(InformationCategory::Hyperparameters) << S("epochs 150; learning_rate 0.001") << 1.0;
        QTest::newRow("hyperparameters in code")
            << ReportBuilder().code(S("opt = optim.SGD(net.parameters(), lr = 0.1)\nnum_epochs=5")).build() << QList<Fact>()
            << int(InformationCategory::Hyperparameters) << S("set in the code (num_epochs, lr, SGD)") << 0.6;
        QTest::newRow("missing hyperparameters") << Report() << QList<Fact>() << int(InformationCategory::Hyperparameters)
                                                 << S("no batch size, epochs, learning rate, optimizer or loss") << 0.0;
        QTest::newRow("code with imports")
            << ReportBuilder().code(S(kCrossValidationCode)).build() << QList<Fact>() << int(InformationCategory::CodeSnippet)
            << S("a Python code block of 18 lines") << 1.0;
        QTest::newRow("code without imports")
            << ReportBuilder().code(S(kSequenceModelCode)).build() << QList<Fact>() << int(InformationCategory::CodeSnippet)
            << S("a Python code block of 9 lines (without imports)") << 0.8;
        QTest::newRow("two code blocks")
            << ReportBuilder().code(S(kSequenceModelCode)).text(S("and")).code(S("x = 1\ny = f(x)\nprint(y)")).build()
            << QList<Fact>() << int(InformationCategory::CodeSnippet)
            << S("2 Python code blocks, the longest of 9 lines (without imports)") << 0.8;
        QTest::newRow("one-liner") << ReportBuilder().code(S("model.fit(x, y)")).build() << QList<Fact>()
                                   << int(InformationCategory::CodeSnippet)
                                   << S("only code fragments of a line or two, no runnable snippet") << 0.0;
        QTest::newRow("no code") << Report() << QList<Fact>() << int(InformationCategory::CodeSnippet)
                                 << S("no code block with Python code") << 0.0;
        QTest::newRow("logs from facts")
            << Report()
            << QList<Fact>{errorFact(S("AttributeError"), S("module 'tensorflow' has no attribute 'Session'")),
                           fact(FactKind::Metric, S("accuracy"), QString(), 34, S("%"))}
            << int(InformationCategory::Logs)
            << S("error AttributeError: module 'tensorflow' has no attribute 'Session'; accuracy 34%") << 1.0;
        QTest::newRow("logs from facts and blocks")
            << ReportBuilder().code(S(kTraceback), CodeBlockKind::Traceback, QString()).code(S(kKerasLog), CodeBlockKind::Console, QString()).build()
            << QList<Fact>{errorFact(S("ValueError"), S("bad"))} << int(InformationCategory::Logs)
            << S("error ValueError: bad; 1 traceback block(s); 1 console output block(s)") << 1.0;
        QTest::newRow("logs from a block") << ReportBuilder().code(S(kTraceback), CodeBlockKind::Traceback, QString()).build()
                                           << QList<Fact>() << int(InformationCategory::Logs)
                                           << S("1 traceback block(s)") << 0.9;
        QTest::newRow("missing logs") << Report() << QList<Fact>() << int(InformationCategory::Logs)
                                      << S("no error message, metrics, console output or traceback") << 0.0;
        QList<Fact> many;
        for (int i = 0; i < 9; ++i)
            many << fact(FactKind::Shape, QString(), QStringLiteral("(%1, 3)").arg(i));
        many << fact(FactKind::Shape, QString(), S("(0, 3)")); // repeated: shown once
        QTest::newRow("long evidence is cut") << Report() << many << int(InformationCategory::Data)
                                              << S("shape (0, 3); shape (1, 3); shape (2, 3); shape (3, 3); shape (4, 3); shape (5, 3); and 3 more")
                                              << 1.0;
    }

    void evidenceText()
    {
        QFETCH(Report, report);
        QFETCH(QList<Fact>, facts);
        QFETCH(int, category);
        QFETCH(QString, evidence);
        QFETCH(double, confidence);
        const InformationAssessment a = assessInformation(report, facts, BugType::Training).at(category);
        QCOMPARE(int(a.category), category);
        QCOMPARE(a.evidence, evidence);
        QCOMPARE(a.confidence + 1.0, confidence + 1.0); // fuzzy compare that also works for 0
    }

    void questionsByType_data()
    {
        QTest::addColumn<int>("category");
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("question");
        QTest::newRow("data tensor") << int(InformationCategory::Data) << int(BugType::TensorInput)
                                     << S("What are the shape and dtype of the input you pass to the model (e.g. print(x.shape, x.dtype))?");
        QTest::newRow("logs unknown") << int(InformationCategory::Logs) << int(BugType::Unknown)
                                      << S("Could you paste the full traceback / the training log (loss and accuracy per epoch)?");
        QTest::newRow("logs mixed uses the general one") << int(InformationCategory::Logs) << int(BugType::Mixed)
                                                         << S("Could you paste the full traceback / the training log (loss and accuracy per epoch)?");
        QTest::newRow("logs training") << int(InformationCategory::Logs) << int(BugType::Training)
                                       << S("Could you paste the training log (loss and accuracy per epoch, for training and validation)?");
        QTest::newRow("logs gpu") << int(InformationCategory::Logs) << int(BugType::Gpu)
                                  << S("Could you paste the full error message and the output of nvidia-smi, with your CUDA and driver versions?");
        QTest::newRow("hyperparameters training") << int(InformationCategory::Hyperparameters) << int(BugType::Training)
                                                  << S("Which optimizer, learning rate, loss function, batch size and number of epochs do you train with?");
        QTest::newRow("code api") << int(InformationCategory::CodeSnippet) << int(BugType::Api)
                                  << S("Could you post a minimal, complete code snippet, with its imports, that raises the error?");
        QTest::newRow("model falls back for training") << int(InformationCategory::Model) << int(BugType::Training)
                                                       << S("Could you share the model definition: the layers, their sizes and activations (e.g. the output of model.summary() or print(model))?");
    }
    void questionsByType()
    {
        QFETCH(int, category);
        QFETCH(int, type);
        QFETCH(QString, question);
        QCOMPARE(followUpQuestion(InformationCategory(category), BugType(type)), question);
    }

    void everyCombinationHasAQuestion()
    {
        QList<BugType> types = allBugTypes();
        types << BugType::Unknown;
        for (InformationCategory c : allInformationCategories()) {
            QSet<QString> distinct;
            for (BugType t : types) {
                const QString q = followUpQuestion(c, t);
                QVERIFY2(q.endsWith(QLatin1Char('?')), qPrintable(informationId(c) + bugTypeId(t)));
                distinct.insert(q);
            }
            QVERIFY2(distinct.size() >= 4, qPrintable(informationId(c))); // worded for the type
        }
    }
};

QTEST_GUILESS_MAIN(TestInformationAssessor)
#include "tst_informationassessor.moc"
