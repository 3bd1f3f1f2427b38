#include "Classification.h"
#include "TextMatch.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>

namespace dlrepro {

namespace {

// Symptom cues for reports without a decisive tag. Each cue adds its weight to its type once
// (presence, not count, so a pasted log of 500 "loss" lines does not drown the rest). A cue
// found in an error message (Error facts, console/traceback blocks) counts 1.5 times: the
// error is the symptom, prose around it is often speculation. Code blocks are not read: code
// mentions layers, losses and devices whatever the bug is.
//
// The weights: 3 = the phrase alone names the type (a shape mismatch message, a CUDA error,
// an unknown attribute); 2–2.5 = a strong symptom (loss NaN, overfitting, activation); 1–1.5 =
// vocabulary that leans one way. A type needs kDecisiveScore to be chosen at all.
struct Cue {
    BugType type;
    const char *phrase; // lowercase
    double weight;
    bool wholeWord; // false: a word prefix ("converg" → converges, convergence)
};

constexpr Cue kCues[] = {
    // Tensor & Input: shapes, dimensions, dtypes of what goes into the model.
    {BugType::TensorInput, "ndim", 3, true},
    {BugType::TensorInput, "size mismatch", 3, true},
    {BugType::TensorInput, "are incompatible", 3, true},
    {BugType::TensorInput, "expected input batch_size", 3, true},
    {BugType::TensorInput, "to have shape", 3, true},
    {BugType::TensorInput, "but got array with shape", 3, true},
    {BugType::TensorInput, "dimensions must be equal", 3, true},
    {BugType::TensorInput, "must match the size", 3, true},
    {BugType::TensorInput, "cannot be multiplied", 3, true},
    {BugType::TensorInput, "expected scalar type", 3, true},
    {BugType::TensorInput, "could not convert string to float", 2.5, true},
    {BugType::TensorInput, "broadcast", 2, false},
    {BugType::TensorInput, "index out of range", 2, true},
    {BugType::TensorInput, "out of bounds", 2, true},
    {BugType::TensorInput, "dimension", 1.5, false},
    {BugType::TensorInput, "reshape", 1.5, false},
    {BugType::TensorInput, "input shape", 1.5, true},
    {BugType::TensorInput, "input_shape", 1.5, true},
    {BugType::TensorInput, "dtype", 1.5, true},
    {BugType::TensorInput, "shape", 1, false},
    {BugType::TensorInput, "mismatch", 1, false},
    {BugType::TensorInput, "tensor", 1, true}, // whole word: not "tensorflow"
    {BugType::TensorInput, "tensors", 1, true},
    {BugType::TensorInput, "one-hot", 1, true},
    // GPU: the device, its driver and its memory.
    {BugType::Gpu, "cuda", 3, false},
    {BugType::Gpu, "cudnn", 3, false},
    {BugType::Gpu, "cublas", 3, false},
    {BugType::Gpu, "out of memory", 3, true},
    {BugType::Gpu, "device-side assert", 3, true},
    {BugType::Gpu, "resourceexhaustederror", 3, true},
    {BugType::Gpu, "oom when allocating", 3, true},
    {BugType::Gpu, "same device", 3, true},
    {BugType::Gpu, "gpu", 2, false},
    {BugType::Gpu, "nvidia", 2, false},
    // API: misuse of a library's interface, usually after a version change.
    {BugType::Api, "has no attribute", 3, true},
    {BugType::Api, "unexpected keyword argument", 3, true},
    {BugType::Api, "no module named", 3, true},
    {BugType::Api, "cannot import name", 3, true},
    {BugType::Api, "importerror", 3, true},
    {BugType::Api, "modulenotfounderror", 3, true},
    {BugType::Api, "syntaxerror", 3, true},
    {BugType::Api, "deprecat", 2.5, false},
    {BugType::Api, "positional argument", 2.5, false},
    {BugType::Api, "attributeerror", 2, true},
    {BugType::Api, "nameerror", 2, true},
    {BugType::Api, "is not callable", 2, true},
    {BugType::Api, "removed in", 2, true},
    {BugType::Api, "upgrad", 1.5, false},
    {BugType::Api, "not supported", 1.5, true},
    {BugType::Api, "typeerror", 1, true},
    {BugType::Api, "version", 1, false},
    {BugType::Api, "api", 1, true},
    // Training: how the loss and the metrics behave over the epochs.
    {BugType::Training, "not decreasing", 3, true},
    {BugType::Training, "does not decrease", 3, true},
    {BugType::Training, "doesn't decrease", 3, true},
    {BugType::Training, "not learning", 3, true},
    {BugType::Training, "overfit", 3, false},
    {BugType::Training, "underfit", 3, false},
    {BugType::Training, "nan", 2.5, true},
    {BugType::Training, "not improving", 2.5, true},
    {BugType::Training, "learning rate", 2.5, true},
    {BugType::Training, "converg", 2.5, false},
    {BugType::Training, "lower than expected", 2.5, true},
    {BugType::Training, "stuck", 2, false},
    {BugType::Training, "low accuracy", 2, true},
    {BugType::Training, "higher accuracy", 2, true},
    {BugType::Training, "always predicts", 2, true},
    {BugType::Training, "exploding", 2, true},
    {BugType::Training, "vanishing", 2, true},
    {BugType::Training, "imbalanc", 2, false},
    {BugType::Training, "loss function", 2, true},
    {BugType::Training, "supposed to be", 1.5, true},
    {BugType::Training, "accuracy", 1, true},
    {BugType::Training, "loss", 1, false},
    {BugType::Training, "epoch", 1, false},
    {BugType::Training, "gradient", 1, false},
    {BugType::Training, "validation", 1, true},
    {BugType::Training, "optimiz", 1, false},
    // Model: the structure of the network.
    {BugType::Model, "architecture", 2, true},
    {BugType::Model, "activation", 2, false},
    {BugType::Model, "hidden layer", 2, false},
    {BugType::Model, "output shape", 2, true},
    {BugType::Model, "model summary", 2, true},
    {BugType::Model, "model.summary", 2, true},
    {BugType::Model, "not updating", 2, true},
    {BugType::Model, "custom layer", 2, false},
    {BugType::Model, "layer", 1.5, false},
    {BugType::Model, "neuron", 1.5, false},
    {BugType::Model, "nodes", 1.5, true},
    {BugType::Model, "pretrained", 1.5, true},
    {BugType::Model, "pre-trained", 1.5, true},
    {BugType::Model, "fine-tun", 1.5, false},
    {BugType::Model, "transfer learning", 1.5, true},
    {BugType::Model, "batchnorm", 1.5, false},
    {BugType::Model, "batch normalization", 1.5, true},
    {BugType::Model, "trainable", 1.5, true},
    {BugType::Model, "freez", 1.5, false},
    {BugType::Model, "frozen", 1.5, true},
    {BugType::Model, "embedding", 1, false},
    {BugType::Model, "dropout", 1, true},
    {BugType::Model, "lstm", 1, false},
    {BugType::Model, "cnn", 1, true},
    {BugType::Model, "convolution", 1, false},
    {BugType::Model, "weights", 1, true},
};

constexpr double kErrorFactor = 1.5;
constexpr double kDecisiveScore = 2.5;
// Two types are "close" when the runner-up reaches this share of the winner's score.
constexpr double kCloseShare = 0.75;

// Ties break towards the more specific symptom: a device or API error says more than a
// vocabulary of training words.
constexpr std::array<BugType, 5> kTypeOrder = {BugType::Gpu, BugType::Api, BugType::TensorInput,
                                               BugType::Training, BugType::Model};

struct TypeScore {
    BugType type = BugType::Unknown;
    double score = 0.0;
    QStringList errorCues, textCues, factCues;
};

// Prose = body text with every code block cut out; console and traceback blocks go to the
// error text instead. Blocks with spans outside the text (hand-made reports) are skipped.
void splitBody(const Post &post, QString *prose, QString *errors)
{
    QList<CodeBlock> blocks = post.codeBlocks;
    std::sort(blocks.begin(), blocks.end(),
              [](const CodeBlock &a, const CodeBlock &b) { return a.span.start < b.span.start; });
    qsizetype pos = 0;
    for (const CodeBlock &b : blocks) {
        const bool traceback = b.kind != CodeBlockKind::Code
            || b.text.contains(QLatin1String("Traceback (most recent call last)"));
        if (traceback)
            errors->append(b.text).append(QLatin1Char('\n'));
        if (!b.span.isValid() || b.span.start < pos || b.span.end() > post.text.size())
            continue;
        prose->append(QStringView(post.text).mid(pos, b.span.start - pos));
        prose->append(QLatin1Char('\n'));
        pos = b.span.end();
    }
    prose->append(QStringView(post.text).mid(pos));
}

QString quotedList(const QStringList &items)
{
    QStringList q;
    for (const QString &s : items)
        q << QLatin1Char('\'') + s + QLatin1Char('\'');
    return q.join(QStringLiteral(", "));
}

QString sourcesOf(const TypeScore &s)
{
    QStringList parts;
    if (!s.errorCues.isEmpty())
        parts << QCoreApplication::translate("Classification", "the errors and logs (%1)").arg(quotedList(s.errorCues));
    if (!s.textCues.isEmpty())
        parts << QCoreApplication::translate("Classification", "the text (%1)").arg(quotedList(s.textCues));
    if (!s.factCues.isEmpty())
        parts << QCoreApplication::translate("Classification", "the facts (%1)").arg(s.factCues.join(QStringLiteral(", ")));
    if (parts.size() <= 1)
        return parts.join(QString());
    const QString last = parts.takeLast();
    return QCoreApplication::translate("Classification", "%1 and %2").arg(parts.join(QStringLiteral(", ")), last);
}

QString score(double v) { return QString::number(v, 'f', 1); }

} // namespace

BugTypeDecision classifyBugType(const Report &report, const QList<Fact> &facts)
{
    BugTypeDecision byTags = classifyBugTypeFromTags(report.tags);
    if (byTags.type != BugType::Unknown)
        return byTags;

    QString prose = report.title + QLatin1Char('\n');
    QString errors;
    splitBody(report.body, &prose, &errors);
    bool anyMetric = false, anyGpu = false, anyModel = false, anyData = false;
    for (const Fact &f : facts) {
        switch (f.kind) {
        case FactKind::Error:
            errors += f.name + QStringLiteral(": ") + f.value + QLatin1Char(' ') + f.detail + QLatin1Char('\n');
            break;
        case FactKind::Metric: anyMetric = true; break;
        case FactKind::Gpu: anyGpu = true; break;
        case FactKind::Architecture:
        case FactKind::Layers:
        case FactKind::Activation: anyModel = true; break;
        case FactKind::Shape:
        case FactKind::DataType: anyData = true; break;
        default: break;
        }
    }
    prose = prose.toLower();
    errors = errors.toLower();

    std::array<TypeScore, kTypeOrder.size()> scores;
    for (size_t i = 0; i < kTypeOrder.size(); ++i)
        scores[i].type = kTypeOrder[i];
    auto slot = [&](BugType t) -> TypeScore & {
        for (auto &s : scores)
            if (s.type == t)
                return s;
        return scores[0];
    };
    for (const Cue &c : kCues) {
        const QLatin1String phrase(c.phrase);
        TypeScore &s = slot(c.type);
        if (const QString m = classify::matchedPhrase(errors, phrase, c.wholeWord); !m.isEmpty()) {
            s.score += c.weight * kErrorFactor;
            s.errorCues << m;
        } else if (const QString w = classify::matchedPhrase(prose, phrase, c.wholeWord); !w.isEmpty()) {
            s.score += c.weight;
            s.textCues << w;
        }
    }
    // Facts already extracted say the same with less noise than words.
    if (anyMetric) {
        slot(BugType::Training).score += 1.5;
        slot(BugType::Training).factCues << QCoreApplication::translate("Classification", "metrics");
    }
    if (anyGpu) {
        slot(BugType::Gpu).score += 2.0;
        slot(BugType::Gpu).factCues << QCoreApplication::translate("Classification", "GPU mentions");
    }
    if (anyModel) {
        slot(BugType::Model).score += 1.0;
        slot(BugType::Model).factCues << QCoreApplication::translate("Classification", "model description");
    }
    if (anyData) {
        slot(BugType::TensorInput).score += 0.5;
        slot(BugType::TensorInput).factCues << QCoreApplication::translate("Classification", "shapes or dtypes");
    }

    // Highest score wins; stable_sort keeps kTypeOrder for ties.
    std::array<TypeScore, kTypeOrder.size()> ranked = scores;
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const TypeScore &a, const TypeScore &b) { return a.score > b.score; });
    const TypeScore &top = ranked[0];
    const TypeScore &next = ranked[1];

    BugTypeDecision d;
    if (top.score < kDecisiveScore) {
        d.reason = QCoreApplication::translate("Classification", "no tag or symptom decides it");
        return d;
    }
    d.type = top.type;
    d.evidence = top.errorCues + top.textCues + top.factCues;
    d.evidence.removeDuplicates();
    // 0.3 for a bare win, up to 0.8 for an unopposed one; weak totals are discounted. A text
    // guess never gets near the 1.0 of a tag.
    const double margin = (top.score - next.score) / top.score;
    double confidence = (0.3 + 0.5 * margin) * (top.score >= 5.0 ? 1.0 : 0.8);
    const bool close = next.score > 0.0 && next.score >= kCloseShare * top.score;
    if (close) {
        confidence = std::min(confidence, 0.35);
        d.reason = QCoreApplication::translate("Classification",
                                               "%1 and %2 score close (%3 vs %4); %1 from %5, with low confidence")
                       .arg(bugTypeName(top.type), bugTypeName(next.type), score(top.score), score(next.score),
                            sourcesOf(top));
    } else if (next.score > 0.0) {
        d.reason = QCoreApplication::translate("Classification", "%1 from %2 (score %3; next %4 %5)")
                       .arg(bugTypeName(top.type), sourcesOf(top), score(top.score), bugTypeName(next.type),
                            score(next.score));
    } else {
        d.reason = QCoreApplication::translate("Classification", "%1 from %2 (score %3)")
                       .arg(bugTypeName(top.type), sourcesOf(top), score(top.score));
    }
    d.confidence = std::clamp(confidence, 0.0, 0.8);
    return d;
}

} // namespace dlrepro
