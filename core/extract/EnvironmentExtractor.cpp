#include "EnvironmentExtractor.h"

#include "ExtractSupport.h"

#include <QSet>

namespace dlrepro {

namespace {

QString canonicalFramework(QString n)
{
    n = n.toLower();
    if (n == QLatin1String("torch") || n == QLatin1String("pytorch") || n == QLatin1String("nn"))
        return QStringLiteral("pytorch");
    if (n.startsWith(QLatin1String("tensorflow")) || n == QLatin1String("tf"))
        return QStringLiteral("tensorflow");
    if (n == QLatin1String("jnp") || n == QLatin1String("jax") || n == QLatin1String("jaxlib"))
        return QStringLiteral("jax");
    if (n == QLatin1String("sklearn") || n == QLatin1String("scikit-learn") || n == QLatin1String("scikit"))
        return QStringLiteral("sklearn");
    if (n.startsWith(QLatin1String("keras")) || n == QLatin1String("tf.keras"))
        return QStringLiteral("keras");
    return n;
}

const QRegularExpression &importPattern()
{
    static const QRegularExpression re = extract::pattern(QStringLiteral(
        R"((?<![\w.])(?:import\h{1,5}(torch|tensorflow|keras|jax|sklearn)\b|from\h{1,5}(torch|tensorflow|keras|jax|sklearn)(?:\.[\w.]{1,100})?\h{1,5}import\b)[^\n]{0,200})"),
        false);
    return re;
}

const QRegularExpression &apiPattern()
{
    static const QRegularExpression re = extract::pattern(
        QStringLiteral(R"((?<![\w.])(tf|torch|jax|jnp|sklearn|keras)\.[A-Za-z_]|(?<![\w.])(nn)\.Module\b)"), false);
    return re;
}

const QRegularExpression &mentionPattern()
{
    static const QRegularExpression re = extract::pattern(
        QStringLiteral(R"((?<![\w.])(pytorch|tensorflow|keras|jax|scikit-learn|sklearn)(?![\w]))"));
    return re;
}

const QRegularExpression &versionPattern()
{
    static const QRegularExpression re = extract::pattern(QStringLiteral(
        R"((?<![\w.])(tensorflow(?:-gpu|-cpu)?|tf|pytorch|torch|torchvision|keras|jax|jaxlib|scikit-learn|sklearn|numpy|python|cuda|cudnn|transformers|nvidia\h{1,3}driver)\h{0,3})"
        R"((?:version\h{0,3}|v\.?\h{0,2}|==\h{0,2}|=\h{0,2}|:\h{0,2}|is\h{1,3}|was\h{1,3}|toolkit\h{1,3}){0,3})"
        R"((\d{1,2}\.\d{1,3}(?:\.\d{1,4}){0,2}(?:(?:a|b|rc|\.post|\.dev)\d{1,4})?(?:\+\w{1,20})?)(?![\w.]|\.\d))"));
    return re;
}

const QRegularExpression &gpuPattern()
{
    static const QRegularExpression re = extract::pattern(QStringLiteral(
        R"((?<![\w.])((?:NVIDIA\h{1,3})?(?:GeForce\h{1,3})?(?:RTX|GTX)\h?\d{3,4}(?:\h?Ti|\h?SUPER)?)(?![\w]))"
        R"(|(?<![\w.])((?:NVIDIA\h{1,3})?Tesla\h{1,3}[KPVT]\d{1,3}|(?:NVIDIA\h{1,3})?(?:A100|H100|A10G|A6000|V100|P100|K80)|T4\h{1,3}GPU)(?!\w))"
        R"(|\b(CUDA\h{1,3}out\h{1,3}of\h{1,3}memory|CUDA\h{1,3}error|CUBLAS_STATUS_\w{1,40}|CUDNN_STATUS_\w{1,40}|nvidia-smi|OOM\h{1,3}when\h{1,3}allocating)\b)"
        R"(|(?<![\w])(cuda:\d{1,2}|torch\.cuda\.is_available\(\)|device\h{0,3}=\h{0,3}['"]cuda['"])|(\.cuda\(\)))"
        R"(|\b(GPUs?)\b)"),
        false);
    return re;
}

} // namespace

QList<Fact> extractEnvironment(const QString &text)
{
    QList<Fact> facts;
    QSet<QString> seenFramework; // "pytorch/api": the first of each framework and way
    auto addFramework = [&](const QString &name, const QString &how, const TextSpan &span, double conf) {
        const QString key = name + QLatin1Char('/') + how;
        if (seenFramework.contains(key))
            return;
        seenFramework.insert(key);
        Fact f;
        f.kind = FactKind::Framework;
        f.name = name;
        f.detail = how;
        f.span = span;
        f.confidence = conf;
        facts.append(f);
    };
    QList<TextSpan> codeSpans;
    extract::forEachMatch(importPattern(), text, [&](const QRegularExpressionMatch &m) {
        const int g = m.capturedLength(1) > 0 ? 1 : 2;
        addFramework(canonicalFramework(m.captured(g)), QStringLiteral("import"), extract::spanOf(m, g), 1.0);
        codeSpans.append(extract::spanOf(m));
    });
    // Matches come in text order, and so do the import spans: one cursor each keeps it linear.
    qsizetype apiCursor = 0, mentionCursor = 0;
    auto insideImport = [&](const TextSpan &s, qsizetype &cursor) {
        while (cursor < codeSpans.size() && codeSpans.at(cursor).end() <= s.start)
            ++cursor;
        return cursor < codeSpans.size() && codeSpans.at(cursor).overlaps(s);
    };
    extract::forEachMatch(apiPattern(), text, [&](const QRegularExpressionMatch &m) {
        const int g = m.capturedLength(1) > 0 ? 1 : 2;
        if (insideImport(extract::spanOf(m, g), apiCursor)) // "import torch.nn" is an import, not a use
            return;
        addFramework(canonicalFramework(m.captured(g)), QStringLiteral("api"), extract::spanOf(m, g), 0.9);
    });
    extract::forEachMatch(mentionPattern(), text, [&](const QRegularExpressionMatch &m) {
        const TextSpan s = extract::spanOf(m);
        if (insideImport(s, mentionCursor))
            return;
        addFramework(canonicalFramework(m.captured(1)), QStringLiteral("mention"), s, 0.8);
    });
    extract::forEachMatch(versionPattern(), text, [&](const QRegularExpressionMatch &m) {
        QString lib = m.captured(1).toLower();
        lib.replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
        if (lib == QLatin1String("tf") || lib.startsWith(QLatin1String("tensorflow")) || lib == QLatin1String("torch")
            || lib == QLatin1String("pytorch") || lib == QLatin1String("scikit-learn") || lib == QLatin1String("jaxlib"))
            lib = canonicalFramework(lib == QLatin1String("jaxlib") ? QStringLiteral("jax") : lib);
        Fact f = extract::makeFact(lib == QLatin1String("python") ? FactKind::PythonVersion : FactKind::FrameworkVersion, m);
        f.name = lib;
        f.value = m.captured(2);
        facts.append(f);
        if (lib == QLatin1String("cuda")) {
            Fact g = extract::makeFact(FactKind::Gpu, m);
            g.value = m.captured(0);
            facts.append(g);
        }
    });
    extract::forEachMatch(gpuPattern(), text, [&](const QRegularExpressionMatch &m) {
        int g = 1;
        while (g < 6 && m.capturedLength(g) <= 0)
            ++g;
        Fact f = extract::makeFact(FactKind::Gpu, m, g);
        f.value = m.captured(g);
        if (g == 6)
            f.confidence = 0.5; // "GPU" alone says little about the machine
        facts.append(f);
    });
    extract::dropContained(facts);
    return facts;
}

QList<Fact> extractEnvironment(const Report &report)
{
    QList<Fact> facts;
    QSet<QString> seen;
    for (const QString &tag : report.tags) {
        const QString t = tag.trimmed().toLower();
        QString name;
        if (t == QLatin1String("pytorch") || t == QLatin1String("torch") || t.startsWith(QLatin1String("pytorch-")))
            name = QStringLiteral("pytorch");
        else if (t == QLatin1String("tf.keras") || t == QLatin1String("keras") || t.startsWith(QLatin1String("keras-")))
            name = QStringLiteral("keras");
        else if (t.startsWith(QLatin1String("tensorflow")))
            name = QStringLiteral("tensorflow");
        else if (t == QLatin1String("jax") || t == QLatin1String("flax"))
            name = QStringLiteral("jax");
        else if (t == QLatin1String("scikit-learn") || t == QLatin1String("sklearn"))
            name = QStringLiteral("sklearn");
        if (name.isEmpty() || seen.contains(name))
            continue;
        seen.insert(name);
        Fact f;
        f.kind = FactKind::Framework;
        f.name = name;
        f.value = tag;
        f.detail = QStringLiteral("tag");
        facts.append(f); // no span: the tag is not in the body
    }
    facts += extractEnvironment(report.body.text);
    return facts;
}

} // namespace dlrepro
