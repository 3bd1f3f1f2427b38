// Input Data Generation (D): data the snippet uses but never defines, generated to match what
// the report says about it (shapes, dtypes, ranges, targets, sequence lengths), in the
// snippet's framework. What the report leaves open becomes a documented default and a question.
#include "ActionSupport.h"

#include "edit/EditActionFactories.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace dlrepro {

using namespace synth;

namespace {


QList<int> parseShape(const QString &value)
{
    QList<int> dims;
    static const QRegularExpression num(QStringLiteral(R"(\d{1,9})"));
    auto it = num.globalMatch(value);
    while (it.hasNext() && dims.size() < 8)
        dims << it.next().captured(0).toInt();
    return dims;
}

QString tuple(const QList<int> &dims)
{
    QStringList parts;
    for (int d : dims)
        parts << QString::number(d);
    return dims.size() == 1 ? QStringLiteral("(%1,)").arg(parts.first()) : QStringLiteral("(%1)").arg(parts.join(QStringLiteral(", ")));
}

bool boundBefore(const CodeModel &code, const QString &name, qsizetype pos)
{
    for (const NameDefinition &d : code.definitions())
        if (d.name == name && d.scope == 0 && d.span.start < pos)
            return true;
    return false;
}

bool isIdentChar(QChar c) { return c.isLetterOrNumber() || c == u'_'; }

// The identifier an expression starts with ("x" for "x.view(-1)"), or empty.
QString leadingName(const QString &expression)
{
    const QString v = expression.trimmed();
    qsizetype n = 0;
    while (n < v.size() && isIdentChar(v.at(n)))
        ++n;
    return n > 0 && !v.at(0).isDigit() ? v.left(n) : QString();
}

// Whether `name` is the first positional argument (or its head, as in `x.view(-1)`) of a call
// that feeds a model: a fit/forward/predict-like method, a name bound to a constructed object
// (`model = Net()`), or a model-named callee. Such a name is input data whatever it is called.
bool isModelInput(const CodeModel &code, const QString &name)
{
    static const QStringList feeding = {QStringLiteral("fit"), QStringLiteral("forward"), QStringLiteral("predict"),
                                        QStringLiteral("evaluate"), QStringLiteral("train_on_batch"),
                                        QStringLiteral("predict_on_batch"), QStringLiteral("test_on_batch")};
    QSet<QString> constructed;
    for (const CodeAssignment &a : code.assignments()) {
        if (a.targets.size() != 1 || a.op != QLatin1String("="))
            continue;
        const QString v = a.valueText.trimmed();
        const qsizetype paren = v.indexOf(u'(');
        if (paren <= 0 || !v.endsWith(u')'))
            continue;
        const QString callee = v.left(paren).section(u'.', -1);
        if (!callee.isEmpty() && callee.at(0).isUpper())
            constructed.insert(a.targets.first().trimmed());
    }
    QSet<QString> fed;
    for (const CodeCall &c : code.calls()) {
        if (c.arguments.isEmpty() || !c.arguments.first().keyword.isEmpty() || c.callee.isEmpty())
            continue;
        const QString base = c.calleeBaseName().toLower();
        const bool feeds = feeding.contains(c.calleeBaseName()) || constructed.contains(c.callee)
                           || (!c.callee.contains(u'.') && (base.endsWith(QLatin1String("model")) || base.endsWith(QLatin1String("net"))));
        if (!feeds)
            continue;
        if (leadingName(c.arguments.first().valueText) == name)
            return true;
        fed.insert(leadingName(c.arguments.first().valueText));
    }
    // One step of data flow: `x = name.unsqueeze(-1)` then `model(x)`.
    for (const CodeAssignment &a : code.assignments())
        if (a.targets.size() == 1 && fed.contains(a.targets.first().trimmed()) && leadingName(a.valueText) == name)
            return true;
    return false;
}

// Whether a Shape fact of the report names `name` ("`series_windows` has shape (64, 10)").
bool hasNamedShape(const EditContext &context, const QString &name)
{
    for (const Fact &f : context.facts)
        if (f.kind == FactKind::Shape && f.name == name)
            return true;
    return false;
}

// "30 features" / "30 input features" in the report's prose, or 0.
int featuresInProse(const EditContext &context)
{
    if (!context.report)
        return 0;
    static const QRegularExpression re(QStringLiteral(R"(\b(\d{1,6}) (?:input )?features\b)"));
    const QRegularExpressionMatch m = re.match(context.report->body.text.left(200000));
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

// input_size of an RNN/LSTM/GRU layer (first positional argument or keyword), if any.
std::optional<int> recurrentInputSize(const CodeModel &code)
{
    for (const CodeCall &c : code.calls()) {
        const QString base = c.calleeBaseName();
        if (base != QLatin1String("RNN") && base != QLatin1String("LSTM") && base != QLatin1String("GRU"))
            continue;
        const CallArgument *a = c.keywordArgument(QStringLiteral("input_size"));
        if (!a && !c.arguments.isEmpty() && c.arguments.first().keyword.isEmpty())
            a = &c.arguments.first();
        bool ok = false;
        const int n = a ? a->valueText.trimmed().toInt(&ok) : 0;
        if (ok && n >= 1 && n <= 100000)
            return n;
    }
    return std::nullopt;
}

// What D decided the data look like.
struct DataPlan {
    int samples = 1000;
    QList<int> features; // per sample
    bool tokens = false;
    int vocabulary = 200;
    QString dtype;       // "" = the framework's default float
    bool hasRange = false;
    double low = 0, high = 1;
    enum class TargetKind { Classes, Binary, Regression } target = TargetKind::Classes;
    int targetLow = 0, targetHigh = 10; // randint bounds [low, high)
    int outputs = 1;
    QList<Fact> used;
    QStringList assumed; // what came from defaults
};

DataPlan planData(const EditContext &context, const QStringList &inputNames)
{
    const CodeModel &code = *context.code;
    DataPlan p;
    p.samples = defaultData(QStringLiteral("samples"), 1000);
    p.vocabulary = defaultData(QStringLiteral("vocabulary"), 200);

    // Shape: one named after a variable we generate, else an unnamed one.
    const Fact *shape = nullptr;
    for (const Fact &f : context.facts)
        if (f.kind == FactKind::Shape && inputNames.contains(f.name)) {
            shape = &f;
            break;
        }
    // Else an unnamed one, else the first one naming nothing the snippet defines.
    if (!shape)
        for (const Fact &f : context.facts)
            if (f.kind == FactKind::Shape && f.name.isEmpty()) {
                shape = &f;
                break;
            }
    if (!shape)
        for (const Fact &f : context.facts)
            if (f.kind == FactKind::Shape && !code.isDefined(f.name)) {
                shape = &f;
                break;
            }
    const Fact *seq = context.firstFact(FactKind::SequenceLength);
    if (shape) {
        const QList<int> dims = parseShape(shape->value);
        // "3x32x32" images for a Conv2d taking 3 channels: one sample's shape, no batch.
        const auto channels = intArgumentOf(code, QStringLiteral("Conv2d"), 0);
        const bool perSample = dims.size() == 3 && channels && *channels == dims.first();
        if (perSample) {
            p.features = dims;
        } else if (dims.size() >= 2) {
            p.samples = qBound(1, dims.first(), 100000);
            p.features = dims.mid(1);
        } else if (dims.size() == 1) {
            p.features = dims;
        }
        p.used << *shape;
    }
    // A recurrent layer without an Embedding takes float sequences (samples, steps, input_size).
    const std::optional<int> recurrentInput = recurrentInputSize(code);
    const bool embedding = intArgumentOf(code, QStringLiteral("Embedding"), 0).has_value();
    const bool seqOk = seq && seq->hasNumber() && seq->number >= 1 && seq->number <= 100000;
    if (recurrentInput && !embedding && p.features.isEmpty()) {
        const int steps = seqOk ? int(seq->number) : defaultData(QStringLiteral("sequenceLength"), 5);
        p.features = {steps, *recurrentInput};
        if (seqOk)
            p.used << *seq;
        else
            p.assumed << QCoreApplication::translate("edit", "sequences of %1 steps").arg(steps);
    } else if (seqOk) {
        p.tokens = true;
        if (p.features.isEmpty())
            p.features = {int(seq->number)};
        p.used << *seq;
    }
    if (const auto vocab = intArgumentOf(code, QStringLiteral("Embedding"), 0)) {
        p.tokens = true;
        p.vocabulary = *vocab;
    }
    if (p.features.isEmpty()) {
        if (const int n = featuresInProse(context); n > 0 && !p.tokens) {
            p.features = {n};
        } else if (const auto in = intArgumentOf(code, QStringLiteral("Linear"), 0)) {
            p.features = {*in};
        } else if (const auto ch = intArgumentOf(code, QStringLiteral("Conv2d"), 0)) {
            const int side = defaultData(QStringLiteral("imageSize"), 28);
            p.features = {*ch, side, side};
        } else {
            const Fact *inputLayer = nullptr;
            for (const Fact &f : context.facts)
                if (f.kind == FactKind::Layers && f.name == QLatin1String("input") && f.detail.toInt() > 0)
                    inputLayer = &f;
            if (inputLayer) {
                p.features = {inputLayer->detail.toInt()};
                p.used << *inputLayer;
            } else {
                p.features = {defaultData(QStringLiteral("features"), 10)};
                p.assumed << QCoreApplication::translate("edit", "%1 features per sample").arg(p.features.first());
            }
        }
    }
    if (p.tokens && !seq && !shape)
        p.assumed << QCoreApplication::translate("edit", "sequences of %1 token ids").arg(p.features.first());
    if (const Fact *dt = context.firstFact(FactKind::DataType)) {
        p.dtype = dt->value.toLower();
        p.used << *dt;
    }
    if (const Fact *r = context.firstFact(FactKind::ValueRange)) {
        bool ok = false;
        const double hi = r->detail.toDouble(&ok);
        if (ok && r->hasNumber() && hi > r->number) {
            p.hasRange = true;
            p.low = r->number;
            p.high = hi;
            p.used << *r;
        }
    }

    // Targets: the report first, then what the loss implies.
    const Fact *target = context.firstFact(FactKind::Target);
    const bool bce = callsAny(code, {QStringLiteral("BCELoss"), QStringLiteral("BCEWithLogitsLoss")})
        || code.code().contains(QLatin1String("binary_crossentropy"));
    const bool regression = callsAny(code, {QStringLiteral("MSELoss"), QStringLiteral("L1Loss"), QStringLiteral("SmoothL1Loss")})
        || code.code().contains(QLatin1String("'mse'")) || code.code().contains(QLatin1String("\"mse\""))
        || code.code().contains(QLatin1String("mean_squared_error"));
    int classes = defaultData(QStringLiteral("classes"), 10);
    bool classesFromCode = false;
    // The last layer's width is the class count of a classifier.
    for (const CodeCall &c : code.calls())
        if (c.calleeBaseName() == QLatin1String("Linear") && c.arguments.size() >= 2) {
            bool ok = false;
            const int out = c.arguments.at(1).valueText.trimmed().toInt(&ok);
            if (ok && out > 0) {
                classes = out;
                classesFromCode = true;
            }
        }
    // one_hot(y, K) / one_hot(y, num_classes=K) states the class count of the targets it encodes.
    int oneHotClasses = 0;
    for (const CodeCall &c : code.calls()) {
        if (c.calleeBaseName() != QLatin1String("one_hot"))
            continue;
        const CallArgument *k = c.keywordArgument(QStringLiteral("num_classes"));
        if (!k && c.arguments.size() >= 2 && c.arguments.at(1).keyword.isEmpty())
            k = &c.arguments.at(1);
        bool ok = false;
        const int n = k ? k->valueText.trimmed().toInt(&ok) : 0;
        if (ok && n >= 2 && n <= 100000)
            oneHotClasses = n;
    }
    if (target) {
        p.used << *target;
        const QString v = target->value.toLower();
        if (v.contains(QLatin1String("binary"))) {
            p.target = DataPlan::TargetKind::Binary;
        } else if (v.contains(QLatin1String("between")) && target->hasNumber() && target->detail.toInt() > int(target->number)) {
            // As in the thesis's reproduction: randint(low, high) for "between low and high".
            p.targetLow = int(target->number);
            p.targetHigh = target->detail.toInt();
        } else if (target->hasNumber() && target->number >= 2 && target->number <= 100000) {
            p.targetLow = 0;
            p.targetHigh = int(target->number);
        } else {
            p.targetHigh = oneHotClasses > 0 ? oneHotClasses : classes;
        }
    } else if (bce) {
        p.target = DataPlan::TargetKind::Binary;
    } else if (regression) {
        p.target = DataPlan::TargetKind::Regression;
        p.targetHigh = oneHotClasses > 0 ? oneHotClasses : classes; // for targets named as class labels
        if (classesFromCode)
            p.outputs = classes;
    } else if (oneHotClasses > 0) {
        p.targetHigh = oneHotClasses;
    } else {
        p.targetHigh = classes;
        if (!classesFromCode)
            p.assumed << QCoreApplication::translate("edit", "%1 classes").arg(classes);
    }
    if (p.target == DataPlan::TargetKind::Binary && bce)
        p.outputs = 1;
    return p;
}

QString torchDtype(const QString &dtype)
{
    static const QStringList known = {QStringLiteral("float32"), QStringLiteral("float64"), QStringLiteral("float16"),
                                      QStringLiteral("int64"), QStringLiteral("int32"), QStringLiteral("uint8")};
    return known.contains(dtype) ? QStringLiteral("torch.") + dtype : QString();
}

bool isIntDtype(const QString &dtype) { return dtype.startsWith(QLatin1String("int")) || dtype.startsWith(QLatin1String("uint")); }

QString inputsExpr(const DataPlan &p, Framework fw, int n)
{
    QList<int> dims{n};
    dims += p.features;
    const QString shape = tuple(dims);
    if (fw == Framework::Torch) {
        if (p.tokens)
            return QStringLiteral("torch.randint(0, %1, %2)").arg(p.vocabulary).arg(shape);
        const QString dt = torchDtype(p.dtype);
        if (isIntDtype(p.dtype))
            return QStringLiteral("torch.randint(%1, %2, %3, dtype=%4)")
                .arg(p.hasRange ? qint64(p.low) : 0).arg(p.hasRange ? qint64(p.high) + 1 : 256).arg(shape, dt);
        const QString dtArg = dt.isEmpty() || p.dtype == QLatin1String("float32") ? QString() : QStringLiteral(", dtype=") + dt;
        if (p.hasRange)
            return QStringLiteral("torch.empty(%1%2).uniform_(%3, %4)").arg(shape, dtArg, pyNumber(p.low), pyNumber(p.high));
        return QStringLiteral("torch.randn(%1%2)").arg(shape, dtArg);
    }
    if (p.tokens)
        return QStringLiteral("np.random.randint(0, %1, size=%2)").arg(p.vocabulary).arg(shape);
    const QString dt = p.dtype.isEmpty() ? QStringLiteral("float32") : p.dtype;
    if (isIntDtype(dt))
        return QStringLiteral("np.random.randint(%1, %2, size=%3).astype('%4')")
            .arg(p.hasRange ? qint64(p.low) : 0).arg(p.hasRange ? qint64(p.high) + 1 : 256).arg(shape, dt);
    if (p.hasRange)
        return QStringLiteral("np.random.uniform(%1, %2, size=%3).astype('%4')").arg(pyNumber(p.low), pyNumber(p.high), shape, dt);
    QStringList args;
    for (int d : dims)
        args << QString::number(d);
    return QStringLiteral("np.random.randn(%1).astype('%2')").arg(args.join(QStringLiteral(", ")), dt);
}

QString targetsExpr(const DataPlan &p, Framework fw, int n)
{
    const bool torch = fw == Framework::Torch;
    switch (p.target) {
    case DataPlan::TargetKind::Binary:
        return torch ? QStringLiteral("torch.randint(0, 2, (%1, 1)).float()").arg(n)
                     : QStringLiteral("np.random.randint(0, 2, size=(%1,))").arg(n);
    case DataPlan::TargetKind::Regression:
        return torch ? QStringLiteral("torch.randn(%1, %2)").arg(n).arg(p.outputs)
                     : QStringLiteral("np.random.randn(%1, %2).astype('float32')").arg(n).arg(p.outputs);
    case DataPlan::TargetKind::Classes:
        break;
    }
    return torch ? QStringLiteral("torch.randint(%1, %2, (%3,))").arg(p.targetLow).arg(p.targetHigh).arg(n)
                 : QStringLiteral("np.random.randint(%1, %2, size=(%3,))").arg(p.targetLow).arg(p.targetHigh).arg(n);
}

class InputDataGenerationAction final : public EditActionEngine {
public:
    EditAction action() const override { return EditAction::InputDataGeneration; }

    Proposal analyse(const EditContext &context) const override
    {
        const CodeModel &code = *context.code;
        QStringList inputs, targets, loaders;
        for (const QString &n : code.undefinedNames()) {
            if (isLoaderName(n))
                loaders << n;
            else if (isInputDataName(n))
                inputs << n;
            else if (isTargetDataName(n))
                targets << n;
            else if (isIterated(code, n) && n.size() > 1 && !n.startsWith(u'_'))
                loaders << n;
            else if (isModelInput(code, n) || hasNamedShape(context, n))
                inputs << n;
        }
        if (inputs.isEmpty() && targets.isEmpty() && loaders.isEmpty())
            return noChangeProposal(action(), code, QCoreApplication::translate("edit", "the snippet defines every data variable it uses"));

        const Framework fw = detectFramework(context);
        const bool torch = fw == Framework::Torch;
        const DataPlan plan = planData(context, inputs);
        const int testSamples = defaultData(QStringLiteral("testSamples"), 200);

        qsizetype pos = code.code().size();
        for (const QString &n : inputs + targets + loaders)
            pos = qMin(pos, definitionPoint(code, n));

        QStringList block;
        QString what = QCoreApplication::translate("edit", "%1 samples").arg(plan.samples);
        if (plan.tokens)
            what = QCoreApplication::translate("edit", "%1 sequences of %2 token ids below %3").arg(plan.samples).arg(plan.features.value(0)).arg(plan.vocabulary);
        block << QStringLiteral("# dlrepro D: generated data (%1)").arg(what);
        for (const QString &n : inputs)
            block << n + QStringLiteral(" = ") + inputsExpr(plan, fw, isTestName(n) ? testSamples : plan.samples);
        for (const QString &n : targets) {
            // "labels" under a regression loss are still class labels (e.g. compared with an argmax).
            DataPlan forName = plan;
            if (plan.target == DataPlan::TargetKind::Regression && n.toLower().contains(QLatin1String("label")))
                forName.target = DataPlan::TargetKind::Classes;
            block << n + QStringLiteral(" = ") + targetsExpr(forName, fw, isTestName(n) ? testSamples : plan.samples);
        }

        QList<NeededImport> imports;
        if (torch)
            imports << NeededImport{QStringLiteral("torch"), QStringLiteral("import torch")};
        else
            imports << NeededImport{QStringLiteral("np"), QStringLiteral("import numpy as np")};

        QString batch;
        if (boundBefore(code, QStringLiteral("batch_size"), pos))
            batch = QStringLiteral("batch_size");
        else if (const Fact *b = hyperparameterFact(context, QStringLiteral("batch_size")); b && b->hasNumber())
            batch = QString::number(qint64(b->number));
        else
            batch = defaultHyperparameter(QStringLiteral("batch_size"));
        for (const QString &l : loaders) {
            const bool test = isTestName(l);
            // Pair a loader with generated or existing x/y of the same split, else inline data.
            auto pick = [&](const QStringList &names, bool inputSide) -> QString {
                for (const QString &n : names)
                    if (isTestName(n) == test)
                        return n;
                for (const NameDefinition &d : code.definitions())
                    if (d.scope == 0 && d.span.start < pos && isTestName(d.name) == test
                        && (inputSide ? isInputDataName(d.name) : isTargetDataName(d.name)))
                        return d.name;
                const int n = test ? testSamples : plan.samples;
                return inputSide ? inputsExpr(plan, fw, n) : targetsExpr(plan, fw, n);
            };
            const QString x = pick(inputs, true);
            const QString y = pick(targets, false);
            const bool datasetOnly = l.toLower().contains(QLatin1String("dataset")) || l.toLower().endsWith(QLatin1String("_ds"));
            if (torch) {
                imports << NeededImport{QStringLiteral("TensorDataset"), QStringLiteral("from torch.utils.data import TensorDataset")};
                if (datasetOnly) {
                    block << QStringLiteral("%1 = TensorDataset(%2, %3)").arg(l, x, y);
                } else {
                    imports << NeededImport{QStringLiteral("DataLoader"), QStringLiteral("from torch.utils.data import DataLoader")};
                    block << QStringLiteral("%1 = DataLoader(TensorDataset(%2, %3), batch_size=%4, shuffle=%5)")
                                 .arg(l, x, y, batch, test ? QStringLiteral("False") : QStringLiteral("True"));
                }
            } else if (fw == Framework::Keras) {
                imports << NeededImport{QStringLiteral("tf"), QStringLiteral("import tensorflow as tf")};
                block << QStringLiteral("%1 = tf.data.Dataset.from_tensor_slices((%2, %3)).batch(%4)").arg(l, x, y, batch);
            } else {
                block << QStringLiteral("%1 = list(zip(np.array_split(%2, max(1, len(%2) // %4)), np.array_split(%3, max(1, len(%3) // %4))))")
                             .arg(l, x, y, batch);
            }
        }

        Proposal p;
        p.action = action();
        p.originalCode = code.source();
        p.factsUsed = plan.used;
        const QStringList names = inputs + targets + loaders;
        p.newCode = insertBlock(code, pos, block, imports, &p.changes,
                                QCoreApplication::translate("edit", "defines %1, which the snippet uses but never defines").arg(names.join(QStringLiteral(", "))));
        QString rationale = QCoreApplication::translate("edit", "The snippet uses %1 without defining it; D generates %2 data in the snippet's framework (%3)")
                                .arg(names.join(QStringLiteral(", ")), what,
                                     torch ? QStringLiteral("torch") : fw == Framework::Keras ? QStringLiteral("numpy for Keras") : QStringLiteral("numpy"));
        if (!plan.used.isEmpty()) {
            QStringList said;
            for (const Fact &f : plan.used)
                said << factKindId(f.kind) + QStringLiteral(" \"") + (f.value.isEmpty() ? f.name : f.value) + QLatin1Char('"');
            rationale += QCoreApplication::translate("edit", ", shaped by the report's %1").arg(said.join(QStringLiteral(", ")));
        }
        rationale += QLatin1Char('.');
        if (!plan.assumed.isEmpty()) {
            rationale += QCoreApplication::translate("edit", " The report does not say: assumed %1 (resources/knowledge/defaults.json).").arg(plan.assumed.join(QStringLiteral(", ")));
            for (const QString &a : plan.assumed)
                p.questions << QCoreApplication::translate("edit", "The report does not give this; %1 was assumed. What does the real data look like?").arg(a);
        }
        p.rationale = rationale;
        return p;
    }
};

} // namespace

std::unique_ptr<EditActionEngine> makeInputDataGenerationAction()
{
    return std::make_unique<InputDataGenerationAction>();
}

} // namespace dlrepro
