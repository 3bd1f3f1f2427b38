// Hyperparameter Initialization (H): batch size, epochs, learning rate, optimizer and loss the
// snippet uses but never sets, from the report or the documented defaults, listing the values
// the study tried when it had to guess.
#include "ActionSupport.h"

#include "edit/EditActionFactories.h"

#include <QCoreApplication>

namespace dlrepro {

using namespace synth;

namespace {


// Variable spellings → the report's hyperparameter names (Fact::name).
QString canonical(const QString &name)
{
    const QString n = name.toLower();
    if (n == QLatin1String("batch_size") || n == QLatin1String("bs") || n == QLatin1String("batchsize") || n == QLatin1String("n_batch"))
        return QStringLiteral("batch_size");
    if (n == QLatin1String("epochs") || n == QLatin1String("num_epochs") || n == QLatin1String("n_epochs")
        || n == QLatin1String("nb_epoch") || n == QLatin1String("epoch_num") || n == QLatin1String("max_epochs"))
        return QStringLiteral("epochs");
    if (n == QLatin1String("lr") || n == QLatin1String("learning_rate") || n == QLatin1String("learningrate"))
        return QStringLiteral("learning_rate");
    if (n == QLatin1String("optimizer") || n == QLatin1String("opt") || n == QLatin1String("optimiser"))
        return QStringLiteral("optimizer");
    if (n == QLatin1String("criterion") || n == QLatin1String("loss_fn") || n == QLatin1String("loss_function")
        || n == QLatin1String("loss_func") || n == QLatin1String("lossfn") || n == QLatin1String("loss_fcn"))
        return QStringLiteral("loss");
    if (n == QLatin1String("momentum"))
        return QStringLiteral("momentum");
    if (n == QLatin1String("num_classes") || n == QLatin1String("n_classes") || n == QLatin1String("nb_classes"))
        return QStringLiteral("num_classes");
    if (n == QLatin1String("hidden_size") || n == QLatin1String("hidden_dim") || n == QLatin1String("hidden_units"))
        return QStringLiteral("hidden_size");
    return QString();
}

QString torchOptimizer(const QString &v)
{
    const QString n = v.toLower();
    if (n.contains(QLatin1String("adamw")))
        return QStringLiteral("AdamW");
    if (n.contains(QLatin1String("adam")))
        return QStringLiteral("Adam");
    if (n.contains(QLatin1String("rmsprop")))
        return QStringLiteral("RMSprop");
    if (n.contains(QLatin1String("adagrad")))
        return QStringLiteral("Adagrad");
    if (n.contains(QLatin1String("sgd")))
        return QStringLiteral("SGD");
    return QStringLiteral("Adam");
}

QString lossKind(const QString &v)
{
    const QString n = v.toLower();
    if (n.contains(QLatin1String("logits")))
        return QStringLiteral("bce_logits");
    if (n.contains(QLatin1String("binary")) || n.contains(QLatin1String("bce")))
        return QStringLiteral("bce");
    if (n.contains(QLatin1String("nll")))
        return QStringLiteral("nll");
    if (n.contains(QLatin1String("mse")) || n.contains(QLatin1String("mean_squared")) || n.contains(QLatin1String("squared")))
        return QStringLiteral("mse");
    if (n.contains(QLatin1String("l1")) || n.contains(QLatin1String("mae")) || n.contains(QLatin1String("absolute")))
        return QStringLiteral("l1");
    if (n.contains(QLatin1String("sparse")))
        return QStringLiteral("sparse");
    if (n.contains(QLatin1String("categorical")))
        return QStringLiteral("categorical");
    return QStringLiteral("cross_entropy");
}

QString lossCode(const QString &kind, Framework fw, const QString &k)
{
    if (fw == Framework::Torch) {
        if (kind == QLatin1String("bce_logits"))
            return QStringLiteral("nn.BCEWithLogitsLoss()");
        if (kind == QLatin1String("bce"))
            return QStringLiteral("nn.BCELoss()");
        if (kind == QLatin1String("nll"))
            return QStringLiteral("nn.NLLLoss()");
        if (kind == QLatin1String("mse"))
            return QStringLiteral("nn.MSELoss()");
        if (kind == QLatin1String("l1"))
            return QStringLiteral("nn.L1Loss()");
        return QStringLiteral("nn.CrossEntropyLoss()");
    }
    if (kind == QLatin1String("bce") || kind == QLatin1String("bce_logits"))
        return k + QStringLiteral(".losses.BinaryCrossentropy()");
    if (kind == QLatin1String("mse"))
        return k + QStringLiteral(".losses.MeanSquaredError()");
    if (kind == QLatin1String("l1"))
        return k + QStringLiteral(".losses.MeanAbsoluteError()");
    if (kind == QLatin1String("categorical"))
        return k + QStringLiteral(".losses.CategoricalCrossentropy()");
    return k + QStringLiteral(".losses.SparseCategoricalCrossentropy()");
}

bool boundBefore(const CodeModel &code, const QString &name, qsizetype pos)
{
    for (const NameDefinition &d : code.definitions())
        if (d.name == name && d.scope == 0 && d.span.start < pos)
            return true;
    return false;
}

// The name the snippet's model goes by (defined or not).
QString modelName(const CodeModel &code)
{
    for (const char *n : {"model", "net", "network", "clf", "classifier", "mlp", "cnn", "rnn"})
        if (!code.usesOf(QLatin1String(n)).isEmpty() || code.isBoundInModule(QLatin1String(n)))
            return QLatin1String(n);
    return QStringLiteral("model");
}

class HyperparameterInitializationAction final : public EditActionEngine {
public:
    EditAction action() const override { return EditAction::HyperparameterInitialization; }

    Proposal analyse(const EditContext &context) const override
    {
        const CodeModel &code = *context.code;
        QStringList names;
        for (const QString &n : code.undefinedNames())
            if (!canonical(n).isEmpty())
                names << n;
        if (names.isEmpty())
            return noChangeProposal(action(), code, QCoreApplication::translate("edit", "the snippet sets every hyperparameter it uses"));

        const Framework fw = detectFramework(context);
        const QString k = kerasModule(code);
        Proposal p;
        p.action = action();
        p.originalCode = code.source();
        QStringList fromReport, assumed;
        QList<NeededImport> imports;

        auto valueOf = [&](const QString &hp, QString *shown) -> QString {
            if (const Fact *f = hyperparameterFact(context, hp)) {
                p.factsUsed << *f;
                fromReport << hp;
                *shown = f->value;
                return f->hasNumber() ? (hp == QLatin1String("learning_rate") || hp == QLatin1String("momentum") ? pyNumber(f->number)
                                                                                                                  : QString::number(qint64(f->number)))
                                      : f->value;
            }
            const QString v = defaultHyperparameter(hp);
            const QStringList alt = hyperparameterAlternatives(hp);
            assumed << (alt.isEmpty() ? QStringLiteral("%1 = %2").arg(hp, v)
                                      : QCoreApplication::translate("edit", "%1 = %2 (the study tried %3)").arg(hp, v, alt.join(QStringLiteral("/"))));
            *shown = v;
            return v;
        };

        // Plain values first (one block before the earliest use), the optimizer last, since it
        // needs the model and the learning rate.
        QStringList plain, optimizerLines;
        QString optimizerName, lrName;
        qsizetype plainPos = code.code().size();
        for (const QString &n : names) {
            const QString hp = canonical(n);
            QString shown;
            if (hp == QLatin1String("optimizer")) {
                optimizerName = n;
                continue;
            }
            if (hp == QLatin1String("loss")) {
                const QString v = valueOf(QStringLiteral("loss"), &shown);
                plain << n + QStringLiteral(" = ") + lossCode(lossKind(v), fw, k);
                if (fw == Framework::Torch)
                    imports << NeededImport{QStringLiteral("nn"), QStringLiteral("import torch.nn as nn")};
                else
                    imports << NeededImport{k == QLatin1String("keras") ? QStringLiteral("keras") : QStringLiteral("tf"),
                                            k == QLatin1String("keras") ? QStringLiteral("import keras") : QStringLiteral("import tensorflow as tf")};
            } else {
                plain << n + QStringLiteral(" = ") + valueOf(hp, &shown);
                if (hp == QLatin1String("learning_rate"))
                    lrName = n;
            }
            plainPos = qMin(plainPos, definitionPoint(code, n));
        }
        if (!optimizerName.isEmpty()) {
            QString shown;
            const QString opt = torchOptimizer(valueOf(QStringLiteral("optimizer"), &shown));
            const qsizetype optPos = definitionPoint(code, optimizerName);
            QString lr = lrName;
            if (lr.isEmpty())
                for (const char *cand : {"lr", "learning_rate", "LR", "LEARNING_RATE"})
                    if (boundBefore(code, QLatin1String(cand), optPos))
                        lr = QLatin1String(cand);
            if (lr.isEmpty()) {
                QString s;
                lr = valueOf(QStringLiteral("learning_rate"), &s);
            }
            QString momentum;
            if (opt == QLatin1String("SGD"))
                if (const Fact *m = hyperparameterFact(context, QStringLiteral("momentum")); m && m->hasNumber()) {
                    momentum = QStringLiteral(", momentum=") + pyNumber(m->number);
                    p.factsUsed << *m;
                }
            if (fw == Framework::Torch) {
                optimizerLines << QStringLiteral("%1 = optim.%2(%3.parameters(), lr=%4%5)").arg(optimizerName, opt, modelName(code), lr, momentum);
                imports << NeededImport{QStringLiteral("optim"), QStringLiteral("import torch.optim as optim")};
            } else {
                optimizerLines << QStringLiteral("%1 = %2.optimizers.%3(learning_rate=%4%5)").arg(optimizerName, k, opt, lr, momentum);
                imports << NeededImport{k == QLatin1String("keras") ? QStringLiteral("keras") : QStringLiteral("tf"),
                                        k == QLatin1String("keras") ? QStringLiteral("import keras") : QStringLiteral("import tensorflow as tf")};
            }
            // With the other values when the model already exists there; else right before its use.
            const QString model = modelName(code);
            if (plain.isEmpty() || (plainPos <= optPos && boundBefore(code, model, plainPos))) {
                plain += optimizerLines;
                plainPos = qMin(plainPos, optPos);
                optimizerLines.clear();
            }
        }

        const QString header = QStringLiteral("# dlrepro H: hyperparameters %1").arg(fromReport.isEmpty() ? QCoreApplication::translate("edit", "(documented defaults)") : QCoreApplication::translate("edit", "from the report and defaults"));
        QString newCode;
        if (optimizerLines.isEmpty()) {
            newCode = insertBlock(code, plainPos, QStringList{header} + plain, imports, &p.changes,
                                  QCoreApplication::translate("edit", "sets %1, which the snippet uses but never sets").arg(names.join(QStringLiteral(", "))));
        } else {
            // Two places: the later one first (into the original), then the earlier one with
            // the imports, so that no position moves.
            const qsizetype optPos = definitionPoint(code, optimizerName);
            const bool optimizerLater = optPos >= plainPos;
            const QStringList plainBlock = QStringList{header} + plain;
            const QString once = insertBlock(code, optimizerLater ? optPos : plainPos, optimizerLater ? optimizerLines : plainBlock, {},
                                             &p.changes, optimizerLater ? QCoreApplication::translate("edit", "creates %1 right before its first use, after the model").arg(optimizerName)
                                                                        : QCoreApplication::translate("edit", "sets the remaining hyperparameters before their first use"));
            const CodeModel second = CodeModel::parse(once);
            newCode = insertBlock(second, optimizerLater ? plainPos : optPos, optimizerLater ? plainBlock : optimizerLines, imports, &p.changes,
                                  optimizerLater ? QCoreApplication::translate("edit", "sets the remaining hyperparameters before their first use")
                                                 : QCoreApplication::translate("edit", "creates %1 right before its first use, after the model").arg(optimizerName));
        }
        p.newCode = newCode;
        p.rationale = QCoreApplication::translate("edit", "The snippet uses %1 without setting %2.").arg(names.join(QStringLiteral(", ")), names.size() == 1 ? QCoreApplication::translate("edit", "it") : QCoreApplication::translate("edit", "them"));
        if (!fromReport.isEmpty())
            p.rationale += QCoreApplication::translate("edit", " From the report: %1.").arg(fromReport.join(QStringLiteral(", ")));
        if (!assumed.isEmpty()) {
            p.rationale += QCoreApplication::translate("edit", " Not in the report, so the defaults of resources/knowledge/defaults.json: %1.").arg(assumed.join(QStringLiteral("; ")));
            p.questions << QCoreApplication::translate("edit", "Which values did the reporter use? Assumed: %1").arg(assumed.join(QStringLiteral("; ")));
        }
        return p;
    }
};

} // namespace

std::unique_ptr<EditActionEngine> makeHyperparameterInitializationAction()
{
    return std::make_unique<HyperparameterInitializationAction>();
}

} // namespace dlrepro
