#include "Classification.h"
#include "TextMatch.h"

#include <QCoreApplication>

#include <algorithm>

namespace dlrepro {

namespace {

// For texts marked with QT_TRANSLATE_NOOP and passed around as pointers.
QString translated(const char *text) { return QCoreApplication::translate("Classification", text); }

// Code that shows what the data, the model or the hyperparameters are, when the prose does not
// say it in words. Case-sensitive identifiers, matched at a word start; `wholeWord` false lets
// "torch.rand" cover randn/randint.
struct CodeCue {
    const char *text;
    bool wholeWord;
};

constexpr CodeCue kDataCode[] = {
    {"np.random", false}, {"numpy.random", false}, {"load_data", true}, {"DataFrame", true},
    {"read_csv", true}, {"read_excel", true}, {"torch.rand", false}, {"tf.random", false},
    {"make_classification", true}, {"make_regression", true}, {"make_blobs", true},
    {"load_iris", true}, {"load_digits", true}, {"np.load", false}, {"ImageDataGenerator", true},
    {"flow_from_directory", true}, {"image_dataset_from_directory", true}, {"TensorDataset", true},
    {"tfds.load", true}, {"load_dataset", true}, {"torchvision.datasets", false},
};

constexpr CodeCue kModelCode[] = {
    {"Sequential", true}, {"Dense", true}, {"Conv1D", true}, {"Conv2D", true}, {"Conv3D", true},
    {"nn.Module", true}, {"nn.Linear", true}, {"nn.Conv", false}, {"LSTM", false}, {"GRU", true},
    {"SimpleRNN", true}, {"keras.Model", true}, {"Model(", false}, {"from_pretrained", true},
};

// Assigned or passed as keyword arguments. "loss" is left out: `loss = criterion(out, y)` in a
// PyTorch loop is a value, not a choice of loss function.
constexpr const char *kHyperparameterNames[] = {
    "epochs", "nb_epoch", "num_epochs", "batch_size", "learning_rate", "lr", "optimizer", "momentum",
};
constexpr CodeCue kOptimizerCode[] = {
    {"SGD(", false}, {"Adam(", false}, {"AdamW(", false}, {"RMSprop(", false}, {"Adagrad(", false},
};

// Languages a fence or class names that are certainly not Python source.
constexpr const char *kNotPython[] = {
    "bash", "sh", "shell", "console", "text", "plaintext", "none", "output", "log", "json",
    "yaml", "xml", "html", "diff",
};

constexpr int kMaxEvidenceItems = 6;

bool isTracebackBlock(const CodeBlock &b)
{
    return b.kind == CodeBlockKind::Traceback
        || (b.kind == CodeBlockKind::Code && b.text.contains(QLatin1String("Traceback (most recent call last)")));
}

// Code blocks the reporter wrote as code (not output pasted into a code fence).
QList<const CodeBlock *> sourceBlocks(const Report &report)
{
    QList<const CodeBlock *> out;
    for (const CodeBlock &b : report.body.codeBlocks)
        if (b.kind == CodeBlockKind::Code && !isTracebackBlock(b))
            out << &b;
    return out;
}

bool isWordChar(QChar c) { return c.isLetterOrNumber() || c == QLatin1Char('_'); }

// A line is Python-like when it imports, defines, assigns or calls. Progress bars
// ("[=====]") and error lines ("shapes (None, 1)") are not: the '=' or '(' must follow a name.
bool looksLikePythonLine(QStringView line)
{
    const QStringView t = line.trimmed();
    if (t.startsWith(u"import ") || t.startsWith(u"from ") || t.startsWith(u"def ") || t.startsWith(u"class ")
        || t.startsWith(u"return") || t.startsWith(u"for ") || t.startsWith(u"with "))
        return true;
    for (qsizetype i = 1; i < t.size(); ++i) {
        const QChar c = t.at(i);
        if (c == QLatin1Char('(') && isWordChar(t.at(i - 1)))
            return true;
        if (c == QLatin1Char('=')) {
            qsizetype j = i - 1;
            while (j > 0 && t.at(j) == QLatin1Char(' '))
                --j;
            const QChar prev = t.at(j);
            const bool afterName = isWordChar(prev) || prev == QLatin1Char(')') || prev == QLatin1Char(']');
            const bool comparison = (i + 1 < t.size() && t.at(i + 1) == QLatin1Char('='))
                || QStringLiteral("=!<>+-*/").contains(prev);
            if (afterName && !comparison)
                return true;
        }
    }
    return false;
}

struct CodeShape {
    int lines = 0;       // non-blank, non-comment lines
    int pythonLines = 0; // lines that import, define, assign or call
    bool imports = false;
};

CodeShape measure(const CodeBlock &b)
{
    CodeShape s;
    const QString lang = b.language.trimmed().toLower();
    for (const char *np : kNotPython)
        if (lang == QLatin1String(np))
            return s;
    for (QStringView line : QStringView(b.text).split(QLatin1Char('\n'))) {
        const QStringView t = line.trimmed();
        if (t.isEmpty() || t.startsWith(QLatin1Char('#')))
            continue;
        ++s.lines;
        if (looksLikePythonLine(t))
            ++s.pythonLines;
        if (t.startsWith(u"import ") || t.startsWith(u"from "))
            s.imports = true;
    }
    return s;
}

// "Real Python": a few lines, most of them code. One-liners ("model.fit(x, y)") show a call,
// not a program one can run.
bool isRealPython(const CodeShape &s) { return s.lines >= 3 && s.pythonLines >= 2 && 2 * s.pythonLines >= s.lines; }

QString clipped(const QString &s, qsizetype max = 80)
{
    const QString one = s.simplified();
    return one.size() <= max ? one : one.left(max - 1) + QChar(0x2026);
}

QString factValue(const Fact &f)
{
    if (!f.value.isEmpty())
        return clipped(f.value);
    if (f.hasNumber())
        return QString::number(f.number, 'g', 6) + f.unit;
    return clipped(f.name);
}

QString describeFact(const Fact &f)
{
    switch (f.kind) {
    case FactKind::Shape: return QCoreApplication::translate("Classification", "shape %1").arg(factValue(f));
    case FactKind::DataType: return QCoreApplication::translate("Classification", "dtype %1").arg(factValue(f));
    case FactKind::ValueRange: return QCoreApplication::translate("Classification", "values in %1").arg(factValue(f));
    case FactKind::Target: return QCoreApplication::translate("Classification", "target %1").arg(factValue(f));
    case FactKind::SequenceLength: return QCoreApplication::translate("Classification", "sequence length %1").arg(factValue(f));
    case FactKind::Dataset: return QCoreApplication::translate("Classification", "dataset %1").arg(f.name.isEmpty() ? factValue(f) : clipped(f.name));
    case FactKind::Architecture: return QCoreApplication::translate("Classification", "architecture %1").arg(f.name.isEmpty() ? factValue(f) : clipped(f.name));
    case FactKind::Layers: return QCoreApplication::translate("Classification", "layers: %1").arg(factValue(f));
    case FactKind::Activation: return QCoreApplication::translate("Classification", "activation %1").arg(f.name.isEmpty() ? factValue(f) : clipped(f.name));
    case FactKind::Hyperparameter: return QCoreApplication::translate("Classification", "%1 %2").arg(clipped(f.name), factValue(f));
    case FactKind::Metric: return QCoreApplication::translate("Classification", "%1 %2").arg(clipped(f.name), factValue(f));
    case FactKind::Error:
        return QCoreApplication::translate("Classification", "error %1").arg(f.value.isEmpty() ? clipped(f.name) : clipped(f.name + QStringLiteral(": ") + f.value));
    default: return factValue(f);
    }
}

QString joinEvidence(QStringList items)
{
    items.removeDuplicates();
    if (items.size() > kMaxEvidenceItems) {
        const int more = int(items.size()) - kMaxEvidenceItems;
        items = items.mid(0, kMaxEvidenceItems);
        items << QCoreApplication::translate("Classification", "and %n more", nullptr, more);
    }
    return items.join(QStringLiteral("; "));
}

QStringList codeCuesFound(const QList<const CodeBlock *> &blocks, const CodeCue *begin, const CodeCue *end)
{
    QStringList found;
    for (const CodeCue *c = begin; c != end; ++c)
        for (const CodeBlock *b : blocks)
            if (classify::containsPhrase(b->text, QLatin1String(c->text), c->wholeWord)) {
                QString shown = QString::fromLatin1(c->text);
                if (shown.endsWith(QLatin1Char('(')))
                    shown.chop(1); // "SGD(" is matched with its call parenthesis, shown as "SGD"
                found << shown;
                break;
            }
    return found;
}

// Facts of the category, plus what the code shows; facts win on confidence.
InformationAssessment fromFacts(InformationCategory category, const QList<Fact> &facts, const QStringList &codeCues,
                                const char *codeEvidence, double codeConfidence, const char *missingEvidence)
{
    InformationAssessment a;
    a.category = category;
    QStringList items;
    for (int i = 0; i < facts.size(); ++i) {
        if (factCategory(facts.at(i).kind) != category)
            continue;
        a.factIndexes << i;
        items << describeFact(facts.at(i));
        a.confidence = std::max(a.confidence, std::clamp(facts.at(i).confidence, 0.0, 1.0));
    }
    if (!codeCues.isEmpty()) {
        QStringList shown = codeCues.mid(0, 4);
        items << translated(codeEvidence).arg(shown.join(QStringLiteral(", ")));
        a.confidence = std::max(a.confidence, codeConfidence);
    }
    a.present = !items.isEmpty();
    a.evidence = a.present ? joinEvidence(items) : translated(missingEvidence);
    return a;
}

InformationAssessment assessCode(const Report &report)
{
    InformationAssessment a;
    a.category = InformationCategory::CodeSnippet;
    int realBlocks = 0, longest = 0, oneLiners = 0;
    bool imports = false;
    for (const CodeBlock *b : sourceBlocks(report)) {
        const CodeShape s = measure(*b);
        if (isRealPython(s)) {
            ++realBlocks;
            if (s.lines > longest) {
                longest = s.lines;
                imports = s.imports;
            }
        } else if (s.pythonLines > 0) {
            ++oneLiners;
        }
    }
    if (realBlocks > 0) {
        a.present = true;
        // A snippet with its imports and some length is what the study counted as runnable code.
        a.confidence = (longest >= 5 && imports) ? 1.0 : 0.8;
        a.evidence = realBlocks == 1
            ? QCoreApplication::translate("Classification", "a Python code block of %n lines", nullptr, longest)
            : QCoreApplication::translate("Classification", "%1 Python code blocks, the longest of %2 lines")
                  .arg(realBlocks)
                  .arg(longest);
        if (!imports)
            a.evidence += QCoreApplication::translate("Classification", " (without imports)");
    } else if (oneLiners > 0) {
        a.evidence = QCoreApplication::translate("Classification", "only code fragments of a line or two, no runnable snippet");
    } else {
        a.evidence = QCoreApplication::translate("Classification", "no code block with Python code");
    }
    return a;
}

InformationAssessment assessLogs(const Report &report, const QList<Fact> &facts)
{
    InformationAssessment a = fromFacts(InformationCategory::Logs, facts, {}, "", 0.0,
                                        QT_TRANSLATE_NOOP("Classification",
                                                          "no error message, metrics, console output or traceback"));
    int tracebacks = 0, consoles = 0;
    for (const CodeBlock &b : report.body.codeBlocks) {
        if (isTracebackBlock(b))
            ++tracebacks;
        else if (b.kind == CodeBlockKind::Console)
            ++consoles;
    }
    if (tracebacks == 0 && consoles == 0)
        return a;
    QStringList items;
    if (a.present)
        items << a.evidence;
    if (tracebacks > 0)
        items << QCoreApplication::translate("Classification", "%n traceback block(s)", nullptr, tracebacks);
    if (consoles > 0)
        items << QCoreApplication::translate("Classification", "%n console output block(s)", nullptr, consoles);
    a.present = true;
    a.confidence = std::max(a.confidence, 0.9);
    a.evidence = items.join(QStringLiteral("; "));
    return a;
}

} // namespace

QList<InformationAssessment> assessInformation(const Report &report, const QList<Fact> &facts, BugType type)
{
    const QList<const CodeBlock *> code = sourceBlocks(report);

    QStringList hyperCode;
    for (const char *name : kHyperparameterNames)
        for (const CodeBlock *b : code)
            if (classify::containsAssignment(b->text, QLatin1String(name))) {
                hyperCode << QString::fromLatin1(name);
                break;
            }
    hyperCode += codeCuesFound(code, std::begin(kOptimizerCode), std::end(kOptimizerCode));

    QList<InformationAssessment> out;
    for (InformationCategory c : allInformationCategories()) {
        InformationAssessment a;
        switch (c) {
        case InformationCategory::Data:
            a = fromFacts(c, facts, codeCuesFound(code, std::begin(kDataCode), std::end(kDataCode)),
                          QT_TRANSLATE_NOOP("Classification", "code that makes or loads data (%1)"), 0.7,
                          QT_TRANSLATE_NOOP("Classification",
                                            "no shape, dtype, value range, target or dataset, and no code that makes or loads data"));
            break;
        case InformationCategory::Model:
            a = fromFacts(c, facts, codeCuesFound(code, std::begin(kModelCode), std::end(kModelCode)),
                          QT_TRANSLATE_NOOP("Classification", "model code (%1)"), 0.8,
                          QT_TRANSLATE_NOOP("Classification", "no architecture, layers or activations, and no model code"));
            break;
        case InformationCategory::Hyperparameters:
            a = fromFacts(c, facts, hyperCode, QT_TRANSLATE_NOOP("Classification", "set in the code (%1)"), 0.6,
                          QT_TRANSLATE_NOOP("Classification",
                                            "no batch size, epochs, learning rate, optimizer or loss"));
            break;
        case InformationCategory::CodeSnippet:
            a = assessCode(report);
            break;
        case InformationCategory::Logs:
            a = assessLogs(report, facts);
            break;
        }
        a.category = c;
        if (!a.present) {
            a.confidence = 0.0;
            a.factIndexes.clear();
            a.followUpQuestion = followUpQuestion(c, type);
        }
        out << a;
    }
    return out;
}

} // namespace dlrepro
