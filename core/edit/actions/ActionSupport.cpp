#include "ActionSupport.h"

#include "edit/CodeEdits.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QMutex>

namespace dlrepro::synth {

Framework detectFramework(const EditContext &context)
{
    const CodeModel &code = *context.code;
    if (code.importsModule(QStringLiteral("torch")))
        return Framework::Torch;
    if (code.importsModule(QStringLiteral("tensorflow")) || code.importsModule(QStringLiteral("keras")))
        return Framework::Keras;
    for (const Fact &f : context.facts) {
        if (f.kind != FactKind::Framework)
            continue;
        const QString n = f.name.toLower();
        if (n == QLatin1String("pytorch") || n == QLatin1String("torch"))
            return Framework::Torch;
        if (n == QLatin1String("tensorflow") || n == QLatin1String("keras"))
            return Framework::Keras;
    }
    // Names give it away when the imports are missing.
    for (const NameUse &u : code.uses()) {
        if (u.name == QLatin1String("torch") || u.name == QLatin1String("nn") || u.name == QLatin1String("optim"))
            return Framework::Torch;
        if (u.name == QLatin1String("tf") || u.name == QLatin1String("keras") || u.name == QLatin1String("Sequential")
            || u.name == QLatin1String("Dense"))
            return Framework::Keras;
    }
    if (code.importsModule(QStringLiteral("numpy")) || code.importsModule(QStringLiteral("sklearn")))
        return Framework::Numpy;
    return Framework::Torch;
}

QString kerasModule(const CodeModel &code)
{
    if (code.importsModule(QStringLiteral("keras")) && !code.importsModule(QStringLiteral("tensorflow")))
        return QStringLiteral("keras");
    return QStringLiteral("tf.keras");
}

QJsonObject knowledge(const QString &file)
{
    static QMutex mutex;
    static QHash<QString, QJsonObject> cache;
    QMutexLocker lock(&mutex);
    auto it = cache.constFind(file);
    if (it != cache.constEnd())
        return *it;
    QFile f(QStringLiteral(":/dlrepro/knowledge/") + file);
    QJsonObject o;
    if (f.open(QIODevice::ReadOnly))
        o = QJsonDocument::fromJson(f.readAll()).object();
    cache.insert(file, o);
    return o;
}

QString defaultHyperparameter(const QString &name)
{
    return knowledge(QStringLiteral("defaults.json"))
        .value(QStringLiteral("hyperparameters")).toObject()
        .value(name).toObject().value(QStringLiteral("value")).toString();
}

QStringList hyperparameterAlternatives(const QString &name)
{
    QStringList out;
    const QJsonArray a = knowledge(QStringLiteral("defaults.json"))
                             .value(QStringLiteral("hyperparameters")).toObject()
                             .value(name).toObject().value(QStringLiteral("alternatives")).toArray();
    for (const auto &v : a)
        out << v.toString();
    return out;
}

int defaultData(const QString &key, int fallback)
{
    return knowledge(QStringLiteral("defaults.json")).value(QStringLiteral("data")).toObject().value(key).toInt(fallback);
}

const Fact *hyperparameterFact(const EditContext &context, const QString &name)
{
    for (const Fact &f : context.facts)
        if (f.kind == FactKind::Hyperparameter && f.name == name)
            return &f;
    return nullptr;
}

qsizetype topLevelStatementStart(const CodeModel &code, qsizetype pos)
{
    const QList<SyntaxNode> &nodes = code.nodes();
    if (!nodes.isEmpty()) {
        for (int c : nodes[0].children) {
            const SyntaxNode &n = nodes[c];
            if (n.span.start <= pos && pos < n.span.end)
                return code.lineStart(n.span.line);
        }
    }
    return code.lineStart(code.lineOf(pos));
}

qsizetype definitionPoint(const CodeModel &code, const QString &name)
{
    const QList<NameUse> uses = code.usesOf(name);
    if (uses.isEmpty())
        return code.code().size();
    qsizetype first = uses.first().span.start;
    for (const NameUse &u : uses)
        first = qMin(first, u.span.start);
    return topLevelStatementStart(code, first);
}

QString insertBlock(const CodeModel &code, qsizetype pos, const QStringList &block,
                    const QList<NeededImport> &imports, QList<CodeChange> *changes, const QString &why)
{
    QStringList importLines;
    for (const NeededImport &i : imports)
        if (!code.importBinding(i.bound) && !code.isBoundInModule(i.bound) && !importLines.contains(i.line))
            importLines << i.line;
    const qsizetype importPos = importInsertionPoint(code);
    QStringList lines = block;
    QList<TextEdit> edits;
    if (!importLines.isEmpty() && pos <= importPos)
        lines = importLines + lines;
    else if (!importLines.isEmpty())
        edits << insertImportsEdit(code, importLines);
    QString text;
    if (pos > 0 && pos == code.code().size() && !code.code().endsWith(u'\n'))
        text += u'\n';
    text += lines.join(u'\n') + u'\n';
    edits << TextEdit{pos, 0, text};
    QString out;
    applyTextEdits(code.code(), edits, &out);
    if (changes) {
        if (!importLines.isEmpty() && pos > importPos)
            changes->append(CodeChange{code.lineOf(importPos), QString(), importLines.join(u'\n'),
                                       QStringLiteral("imports the generated code needs")});
        changes->append(CodeChange{pos >= code.code().size() ? code.lineCount() + 1 : code.lineOf(pos), QString(),
                                   lines.join(u'\n'), why});
    }
    return out;
}

QStringList undefinedAmong(const CodeModel &code, const QStringList &names)
{
    QStringList out;
    for (const QString &n : code.undefinedNames())
        if (names.contains(n))
            out << n;
    return out;
}

bool isIterated(const CodeModel &code, const QString &name)
{
    // A `for … in name` (or enumerate(name)) makes it an iterable of batches.
    const QList<SyntaxNode> &nodes = code.nodes();
    for (const NameUse &u : code.usesOf(name)) {
        for (const SyntaxNode &n : nodes) {
            if (n.type != QLatin1String("for_statement"))
                continue;
            for (int c : n.children) {
                const SyntaxNode &child = nodes[c];
                if (child.field == QLatin1String("right") && child.span.start <= u.span.start
                    && u.span.end <= child.span.end)
                    return true;
            }
        }
    }
    return false;
}

std::optional<int> intArgumentOf(const CodeModel &code, const QString &callee, int index)
{
    for (const CodeCall &c : code.calls()) {
        if (c.calleeBaseName() != callee)
            continue;
        int positional = 0;
        for (const CallArgument &a : c.arguments) {
            if (!a.keyword.isEmpty())
                continue;
            if (positional++ == index) {
                bool ok = false;
                const int v = a.valueText.trimmed().toInt(&ok);
                if (ok && v > 0)
                    return v;
                break;
            }
        }
    }
    return std::nullopt;
}

bool callsAny(const CodeModel &code, const QStringList &baseNames)
{
    for (const CodeCall &c : code.calls())
        if (baseNames.contains(c.calleeBaseName()))
            return true;
    return false;
}

QString pyNumber(double v)
{
    QString s = QLocale::c().toString(v, 'g', 12);
    if (!s.contains(u'.') && !s.contains(u'e'))
        s += QStringLiteral(".0");
    return s;
}

QJsonObject datasetEntry(const EditContext &context, Fact *used)
{
    const QJsonArray all = knowledge(QStringLiteral("datasets.json")).value(QStringLiteral("datasets")).toArray();
    for (const Fact &f : context.facts) {
        if (f.kind != FactKind::Dataset)
            continue;
        const QString want = f.name.toLower();
        for (const auto &v : all) {
            const QJsonObject d = v.toObject();
            bool match = d.value(QStringLiteral("name")).toString().toLower() == want;
            for (const auto &a : d.value(QStringLiteral("aliases")).toArray())
                match = match || a.toString() == want;
            if (match) {
                if (used)
                    *used = f;
                return d;
            }
        }
    }
    return {};
}

namespace {

QString stem(const QString &name)
{
    QString n = name.toLower();
    for (const char *suffix : {"_train", "_test", "_val", "_valid", "_batch", "train", "test", "_tr", "_te"}) {
        const QString s = QLatin1String(suffix);
        if (n.size() > s.size() && n.endsWith(s)) {
            n.chop(s.size());
            break;
        }
    }
    for (const char *prefix : {"train_", "test_", "val_", "valid_", "batch_"}) {
        const QString p = QLatin1String(prefix);
        if (n.size() > p.size() && n.startsWith(p)) {
            n = n.mid(p.size());
            break;
        }
    }
    return n;
}

} // namespace

bool isInputDataName(const QString &name)
{
    static const QStringList stems = {QStringLiteral("x"), QStringLiteral("inputs"), QStringLiteral("features"),
                                      QStringLiteral("images"), QStringLiteral("data"), QStringLiteral("input_data"),
                                      QStringLiteral("sequences"), QStringLiteral("samples"), QStringLiteral("imgs"),
                                      QStringLiteral("input_ids"), QStringLiteral("train_x"), QStringLiteral("test_x")};
    return stems.contains(stem(name)) || stems.contains(name.toLower());
}

bool isTargetDataName(const QString &name)
{
    static const QStringList stems = {QStringLiteral("y"), QStringLiteral("labels"), QStringLiteral("targets"),
                                      QStringLiteral("target"), QStringLiteral("label"), QStringLiteral("train_y"),
                                      QStringLiteral("test_y")};
    return stems.contains(stem(name)) || stems.contains(name.toLower());
}

bool isLoaderName(const QString &name)
{
    const QString n = name.toLower();
    return n.contains(QLatin1String("loader")) || n == QLatin1String("dataset") || n.endsWith(QLatin1String("_dataset"))
        || n == QLatin1String("train_ds") || n == QLatin1String("test_ds") || n == QLatin1String("batches");
}

bool isTestName(const QString &name)
{
    const QString n = name.toLower();
    return n.contains(QLatin1String("test")) || n.contains(QLatin1String("val")) || n.endsWith(QLatin1String("_te"));
}

} // namespace dlrepro::synth
