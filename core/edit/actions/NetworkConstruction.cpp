// Neural Network Construction (N): a model the snippet uses but never builds, either completed
// from the snippet's own model class or built from the report's description (layers, widths,
// activations, architecture) in the snippet's framework.
#include "ActionSupport.h"

#include "edit/EditActionFactories.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace dlrepro {

using namespace synth;

namespace {


const QStringList &modelNames()
{
    static const QStringList names = {QStringLiteral("model"), QStringLiteral("net"), QStringLiteral("network"),
                                      QStringLiteral("clf"), QStringLiteral("classifier"), QStringLiteral("mlp"),
                                      QStringLiteral("cnn"), QStringLiteral("rnn"), QStringLiteral("lstm_model")};
    return names;
}

// A model class of the snippet (subclass of nn.Module / keras Model), with its __init__ parameters.
struct ModelClass {
    QString name;
    QStringList parameters;
};

std::optional<ModelClass> findModelClass(const CodeModel &code)
{
    for (const CodeScope &s : code.scopes()) {
        if (s.kind != ScopeKind::Class || s.parent != 0)
            continue;
        const QString header = code.lineText(s.span.line);
        if (!header.contains(QLatin1String("Module")) && !header.contains(QLatin1String("Model")))
            continue;
        ModelClass mc{s.name, {}};
        for (const CodeScope &f : code.scopes()) {
            if (f.parent != s.id || f.name != QLatin1String("__init__"))
                continue;
            const QString signature = code.text(f.span).left(400);
            for (const NameDefinition &d : code.definitions()) {
                if (d.scope != f.id || d.kind != DefinitionKind::Parameter || d.name == QLatin1String("self"))
                    continue;
                // Parameters with a default need no value.
                const qsizetype at = signature.indexOf(d.name);
                const QString after = at >= 0 ? signature.mid(at + d.name.size()).trimmed() : QString();
                if (after.startsWith(u'=') || d.name.startsWith(u'*'))
                    continue;
                mc.parameters << d.name;
            }
        }
        return mc;
    }
    return std::nullopt;
}

struct Widths {
    int input = 0;
    QList<int> hidden;
    int output = 0;
    QList<int> inputShape; // the dataset's per-sample shape when it is an image
    bool binary = false;
    bool regression = false;
    bool tokens = false;
    int vocabulary = 200;
    QString activation = QStringLiteral("relu");
    QString architecture;
    QList<Fact> used;
    QStringList assumed;
};

Widths planWidths(const EditContext &context)
{
    const CodeModel &code = *context.code;
    Widths w;
    for (const Fact &f : context.facts) {
        if (f.kind == FactKind::Layers) {
            if (f.name == QLatin1String("input") && f.detail.toInt() > 0) {
                w.input = f.detail.toInt();
                w.used << f;
            } else if (f.name == QLatin1String("output") && f.detail.toInt() > 0) {
                w.output = f.detail.toInt();
                w.used << f;
            } else if (f.name == QLatin1String("hidden") && !f.detail.isEmpty()) {
                for (const QString &part : f.detail.split(u','))
                    if (part.toInt() > 0)
                        w.hidden << part.toInt();
                w.used << f;
            }
        } else if (f.kind == FactKind::Activation && w.activation == QLatin1String("relu") && !f.name.isEmpty()
                   && f.name != QLatin1String("softmax") && f.name != QLatin1String("sigmoid")) {
            w.activation = f.name.toLower();
            w.used << f;
        } else if (f.kind == FactKind::Architecture && w.architecture.isEmpty()) {
            w.architecture = f.name.toLower();
            w.used << f;
        } else if (f.kind == FactKind::SequenceLength) {
            w.tokens = true;
        }
    }
    Fact datasetFact;
    const QJsonObject dataset = datasetEntry(context, &datasetFact);
    if (!dataset.isEmpty())
        w.used << datasetFact;
    if (w.input == 0) {
        for (const Fact &f : context.facts)
            if (f.kind == FactKind::Shape) {
                const QStringList parts = f.value.mid(1).chopped(1).split(u',');
                if (parts.size() >= 2 && parts.last().trimmed().toInt() > 0) {
                    w.input = parts.last().trimmed().toInt();
                    w.used << f;
                    break;
                }
            }
    }
    if (w.input == 0 && !dataset.isEmpty()) {
        int product = 1;
        for (const auto &d : dataset.value(QStringLiteral("shape")).toArray()) {
            product *= d.toInt();
            w.inputShape << d.toInt();
        }
        w.input = product;
        if (dataset.contains(QStringLiteral("vocabulary"))) {
            w.tokens = true;
            w.vocabulary = dataset.value(QStringLiteral("vocabulary")).toInt();
        }
    }
    if (w.input == 0) {
        w.input = defaultData(QStringLiteral("features"), 10);
        w.assumed << QCoreApplication::translate("edit", "%1 input features").arg(w.input);
    }
    if (w.output == 0) {
        if (const Fact *t = context.firstFact(FactKind::Target)) {
            if (t->value.toLower().contains(QLatin1String("binary")))
                w.output = 1, w.binary = true;
            else if (t->value.toLower().contains(QLatin1String("between")) && t->detail.toInt() > 0)
                w.output = t->detail.toInt();
            else if (t->hasNumber() && t->number >= 2)
                w.output = int(t->number);
            if (w.output > 0)
                w.used << *t;
        }
    }
    if (w.output == 0 && !dataset.isEmpty()) {
        w.output = dataset.value(QStringLiteral("classes")).toInt();
        if (w.output == 0)
            w.output = 1, w.regression = true;
        else if (w.output == 2)
            w.output = 1, w.binary = true;
    }
    if (w.output == 0) {
        w.output = defaultData(QStringLiteral("classes"), 10);
        w.assumed << QCoreApplication::translate("edit", "%1 outputs").arg(w.output);
    }
    const QString src = code.code();
    if (src.contains(QLatin1String("MSELoss")) || src.contains(QLatin1String("'mse'")) || src.contains(QLatin1String("mean_squared_error")))
        w.regression = true;
    if (src.contains(QLatin1String("BCELoss")) || src.contains(QLatin1String("binary_crossentropy")))
        w.binary = true;
    return w;
}

QString torchActivation(const QString &a)
{
    if (a == QLatin1String("tanh"))
        return QStringLiteral("nn.Tanh()");
    if (a == QLatin1String("leaky_relu"))
        return QStringLiteral("nn.LeakyReLU()");
    if (a == QLatin1String("elu"))
        return QStringLiteral("nn.ELU()");
    if (a == QLatin1String("gelu"))
        return QStringLiteral("nn.GELU()");
    return QStringLiteral("nn.ReLU()");
}

bool contains(const QString &arch, std::initializer_list<const char *> words)
{
    for (const char *w : words)
        if (arch.contains(QLatin1String(w)))
            return true;
    return false;
}

QStringList torchModel(const QString &name, const Widths &w, QString *kind)
{
    const QString arch = w.architecture;
    if (w.tokens || contains(arch, {"lstm", "rnn", "gru", "recurrent"})) {
        *kind = QCoreApplication::translate("edit", "an LSTM classifier");
        const int hidden = w.hidden.value(0, defaultHyperparameter(QStringLiteral("hidden_size")).toInt());
        const QString in = w.tokens ? QStringLiteral("embed_dim") : QStringLiteral("input_size");
        QStringList l = {QStringLiteral("class DlreproLSTM(nn.Module):")};
        l << (w.tokens ? QStringLiteral("    def __init__(self, vocab_size=%1, embed_dim=32, hidden_size=%2, num_outputs=%3):").arg(w.vocabulary).arg(hidden).arg(w.output)
                       : QStringLiteral("    def __init__(self, input_size=%1, hidden_size=%2, num_outputs=%3):").arg(w.input).arg(hidden).arg(w.output));
        l << QStringLiteral("        super().__init__()");
        if (w.tokens)
            l << QStringLiteral("        self.embedding = nn.Embedding(vocab_size, embed_dim)");
        l << QStringLiteral("        self.lstm = nn.LSTM(%1, hidden_size, batch_first=True)").arg(in)
          << QStringLiteral("        self.fc = nn.Linear(hidden_size, num_outputs)") << QString()
          << QStringLiteral("    def forward(self, x):")
          << (w.tokens ? QStringLiteral("        out, _ = self.lstm(self.embedding(x))") : QStringLiteral("        out, _ = self.lstm(x)"))
          << QStringLiteral("        return self.fc(out[:, -1, :])") << QString() << QString()
          << name + QStringLiteral(" = DlreproLSTM()");
        return l;
    }
    if (contains(arch, {"cnn", "conv"})) {
        *kind = QCoreApplication::translate("edit", "a small CNN");
        const int channels = w.inputShape.size() == 3 ? w.inputShape.first() : defaultData(QStringLiteral("channels"), 1);
        return {name + QStringLiteral(" = nn.Sequential("),
                QStringLiteral("    nn.Conv2d(%1, 16, kernel_size=3, padding=1), %2, nn.MaxPool2d(2),").arg(channels).arg(torchActivation(w.activation)),
                QStringLiteral("    nn.Conv2d(16, 32, kernel_size=3, padding=1), %1,").arg(torchActivation(w.activation)),
                QStringLiteral("    nn.AdaptiveAvgPool2d((4, 4)), nn.Flatten(), nn.Linear(32 * 4 * 4, %1))").arg(w.output)};
    }
    QStringList layers;
    if (w.inputShape.size() > 1)
        layers << QStringLiteral("nn.Flatten()");
    if (contains(arch, {"logistic regression", "linear regression", "softmax regression", "linear model"}) && w.hidden.isEmpty()) {
        *kind = QCoreApplication::translate("edit", "a %1 model (one linear layer)").arg(arch);
        layers << QStringLiteral("nn.Linear(%1, %2)").arg(w.input).arg(w.output);
        if (w.binary && arch.contains(QLatin1String("logistic")) && !arch.contains(QLatin1String("multinomial")))
            layers << QStringLiteral("nn.Sigmoid()");
    } else {
        const QList<int> hidden = w.hidden.isEmpty() ? QList<int>{defaultHyperparameter(QStringLiteral("hidden_size")).toInt()} : w.hidden;
        *kind = QCoreApplication::translate("edit", "a feed-forward network %1").arg([&] {
            QStringList s{QString::number(w.input)};
            for (int h : hidden)
                s << QString::number(h);
            s << QString::number(w.output);
            return s.join(QStringLiteral("-"));
        }());
        int prev = w.input;
        for (int h : hidden) {
            layers << QStringLiteral("nn.Linear(%1, %2)").arg(prev).arg(h) << torchActivation(w.activation);
            prev = h;
        }
        layers << QStringLiteral("nn.Linear(%1, %2)").arg(prev).arg(w.output);
        if (w.binary && !w.regression && w.output == 1)
            layers << QStringLiteral("nn.Sigmoid()");
    }
    return {name + QStringLiteral(" = nn.Sequential(") + layers.join(QStringLiteral(", ")) + QLatin1Char(')')};
}

QStringList kerasModel(const QString &name, const QString &k, const Widths &w, QString *kind)
{
    const QString outAct = w.regression ? QString() : w.output == 1 ? QStringLiteral(", activation='sigmoid'") : QStringLiteral(", activation='softmax'");
    QStringList layers;
    const QString act = QStringLiteral("activation='%1'").arg(w.activation);
    if (w.tokens || contains(w.architecture, {"lstm", "rnn", "gru", "recurrent"})) {
        *kind = QCoreApplication::translate("edit", "an LSTM classifier");
        if (w.tokens)
            layers << QStringLiteral("%1.layers.Embedding(%2, 32)").arg(k).arg(w.vocabulary);
        layers << QStringLiteral("%1.layers.LSTM(%2)").arg(k).arg(w.hidden.value(0, 64));
    } else if (contains(w.architecture, {"cnn", "conv"})) {
        *kind = QCoreApplication::translate("edit", "a small CNN");
        if (w.inputShape.size() == 3)
            layers << QStringLiteral("%1.layers.Reshape((%2, %3, %4), input_shape=(%2, %3, %4))").arg(k).arg(w.inputShape[1]).arg(w.inputShape[2]).arg(w.inputShape[0]);
        layers << QStringLiteral("%1.layers.Conv2D(16, 3, %2)").arg(k, act) << QStringLiteral("%1.layers.MaxPooling2D()").arg(k)
               << QStringLiteral("%1.layers.Flatten()").arg(k);
    } else {
        *kind = QCoreApplication::translate("edit", "a feed-forward network");
        const QList<int> hidden = contains(w.architecture, {"logistic regression", "linear regression"}) && w.hidden.isEmpty()
            ? QList<int>{} : w.hidden.isEmpty() ? QList<int>{64} : w.hidden;
        if (w.inputShape.size() > 1)
            layers << QStringLiteral("%1.layers.Flatten()").arg(k);
        bool first = w.inputShape.size() <= 1;
        for (int h : hidden) {
            layers << QStringLiteral("%1.layers.Dense(%2%3, %4)").arg(k).arg(h)
                          .arg(first ? QStringLiteral(", input_shape=(%1,)").arg(w.input) : QString(), act);
            first = false;
        }
        layers << QStringLiteral("%1.layers.Dense(%2%3%4)").arg(k).arg(w.output)
                      .arg(first ? QStringLiteral(", input_shape=(%1,)").arg(w.input) : QString(), outAct);
        return {name + QStringLiteral(" = %1.Sequential([").arg(k), QStringLiteral("    ") + layers.join(QStringLiteral(",\n    ")), QStringLiteral("])")};
    }
    layers << QStringLiteral("%1.layers.Dense(%2%3)").arg(k).arg(w.output).arg(outAct);
    return {name + QStringLiteral(" = %1.Sequential([").arg(k), QStringLiteral("    ") + layers.join(QStringLiteral(",\n    ")), QStringLiteral("])")};
}

bool reportNamesPretrained(const EditContext &context)
{
    const QString text = (context.report ? context.report->body.text : QString()) + context.code->code();
    for (const auto &m : knowledge(QStringLiteral("models.json")).value(QStringLiteral("models")).toArray())
        if (text.contains(m.toObject().value(QStringLiteral("name")).toString(), Qt::CaseInsensitive))
            return true;
    return text.contains(QLatin1String("from_pretrained"));
}

class NeuralNetworkConstructionAction final : public EditActionEngine {
public:
    EditAction action() const override { return EditAction::NeuralNetworkConstruction; }

    Proposal analyse(const EditContext &context) const override
    {
        const CodeModel &code = *context.code;
        const QStringList missing = undefinedAmong(code, modelNames());
        if (missing.isEmpty())
            return noChangeProposal(action(), code, QCoreApplication::translate("edit", "the snippet defines the model it uses"));
        if (reportNamesPretrained(context))
            return noChangeProposal(action(), code, QCoreApplication::translate("edit", "the model is a pretrained one: Downloading Models & Tokenizers (M) loads it"));
        const QString name = missing.first();
        const qsizetype pos = definitionPoint(code, name);
        const Framework fw = detectFramework(context);

        Proposal p;
        p.action = action();
        p.originalCode = code.source();
        QStringList block;
        QList<NeededImport> imports;
        if (const auto mc = findModelClass(code)) {
            // Complete a partial model: the snippet has the class but never instantiates it.
            QStringList args;
            for (const QString &param : mc->parameters) {
                const QString l = param.toLower();
                int v = defaultData(QStringLiteral("features"), 10);
                if (l.contains(QLatin1String("class")) || l.contains(QLatin1String("out")))
                    v = defaultData(QStringLiteral("classes"), 10);
                else if (l.contains(QLatin1String("hidden")))
                    v = defaultHyperparameter(QStringLiteral("hidden_size")).toInt();
                else if (l.contains(QLatin1String("vocab")))
                    v = defaultData(QStringLiteral("vocabulary"), 200);
                args << QStringLiteral("%1=%2").arg(param).arg(v);
                p.questions << QCoreApplication::translate("edit", "What value of %1 does the reporter pass to %2? %3 was assumed.").arg(param, mc->name).arg(v);
            }
            block << QStringLiteral("# dlrepro N: the snippet defines %1 but never creates it").arg(mc->name)
                  << QStringLiteral("%1 = %2(%3)").arg(name, mc->name, args.join(QStringLiteral(", ")));
            p.rationale = QCoreApplication::translate("edit", "The snippet uses %1 but never creates it; it defines the model class %2, so N instantiates it%3.")
                              .arg(name, mc->name, args.isEmpty() ? QString() : QCoreApplication::translate("edit", " (constructor arguments assumed: %1)").arg(args.join(QStringLiteral(", "))));
        } else {
            const Widths w = planWidths(context);
            QString kind;
            QStringList modelCode;
            if (fw == Framework::Torch) {
                modelCode = torchModel(name, w, &kind);
                imports << NeededImport{QStringLiteral("nn"), QStringLiteral("import torch.nn as nn")};
            } else {
                const QString k = kerasModule(code);
                modelCode = kerasModel(name, k, w, &kind);
                imports << (k == QLatin1String("keras") ? NeededImport{QStringLiteral("keras"), QStringLiteral("import keras")}
                                                        : NeededImport{QStringLiteral("tf"), QStringLiteral("import tensorflow as tf")});
            }
            block << QStringLiteral("# dlrepro N: %1 built from the report's description").arg(kind) << modelCode;
            p.factsUsed = w.used;
            p.rationale = QCoreApplication::translate("edit", "The snippet uses %1 but never builds it; N builds %2 in %3 from the report%4.")
                              .arg(name, kind, fw == Framework::Torch ? QStringLiteral("PyTorch") : QStringLiteral("Keras"),
                                   w.assumed.isEmpty() ? QString() : QCoreApplication::translate("edit", " (not said, assumed: %1)").arg(w.assumed.join(QStringLiteral(", "))));
            for (const QString &a : w.assumed)
                p.questions << QCoreApplication::translate("edit", "The report does not describe the model fully: %1 was assumed. What is the real architecture?").arg(a);
        }
        p.newCode = insertBlock(code, pos, block, imports, &p.changes, QCoreApplication::translate("edit", "defines %1 before its first use").arg(name));
        return p;
    }
};

} // namespace

std::unique_ptr<EditActionEngine> makeNeuralNetworkConstructionAction()
{
    return std::make_unique<NeuralNetworkConstructionAction>();
}

} // namespace dlrepro
