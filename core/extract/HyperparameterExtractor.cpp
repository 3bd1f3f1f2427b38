#include "HyperparameterExtractor.h"

#include "ExtractSupport.h"

namespace dlrepro {

namespace {

#define DLREPRO_HNUM R"((\d{1,9}(?:\.\d{1,12})?(?:e[-+]?\d{1,3})?|\.\d{1,12}|\d{1,3}(?:,\d{3}){1,3})(?![\w/]|\.\d))"

const QRegularExpression &numericPattern()
{
    static const QRegularExpression re = extract::pattern(QStringLiteral(
        R"((?<![\w.])(batch[\h_-]?sizes?|mini-?batch(?:[\h_-]?size)?|num_epochs|nb_epochs?|n_epochs|max_epochs|epochs|learning[\h_-]?rates?|lr|base_lr|init_lr|dropout(?:[\h_-]?rate)?|momentum|weight[\h_-]?decay|decay))"
        R"(\h{0,3}(?:of|is|was|=|:|to|set\h{1,3}to|equal\h{1,3}to|equals|as)?\h{0,3})"
        DLREPRO_HNUM));
    return re;
}

const QRegularExpression &countBefore()
{
    // "trained for 100 epochs", "batches of 64", "a batch of 32"
    static const QRegularExpression re = extract::pattern(QStringLiteral(
        R"((?<![\w.,/])(\d{1,7})\h{1,3}(epochs)\b)"
        R"(|\bbatch(?:es)?\h{1,3}of\h{1,3}(\d{1,6})\b)"));
    return re;
}

const QRegularExpression &dropoutCall()
{
    static const QRegularExpression re = extract::pattern(QStringLiteral(
        R"(\bDropout\(\h{0,3}(?:p\h{0,2}=\h{0,2}|rate\h{0,2}=\h{0,2})?)" DLREPRO_HNUM), false);
    return re;
}

const QRegularExpression &optimizerPattern()
{
    static const QRegularExpression re = extract::pattern(QStringLiteral(
        R"(\boptimizer\h{0,3}=\h{0,3}['"](\w{1,30})['"])"
        R"(|(?<![\w])(SGD|Adam|AdamW|RMSprop|Adagrad|Adadelta|Adamax|Nadam|LBFGS|Ftrl|SparseAdam)(?:\(|\h{1,3}optimi[sz]er\b|\h{1,3}optimi[sz]ation\b))"
        R"(|\b(?:using|use|with|used)\h{1,3}(?:the\h{1,3})?(SGD|Adam|AdamW|RMSprop|Adagrad|Adadelta|Nadam)\b(?!\h{1,3}optimi))"
        R"(|\boptimi[sz]er\h{0,3}(?:is|:|was|of)?\h{0,3}(SGD|Adam|AdamW|RMSprop|Adagrad|Adadelta|Adamax|Nadam)\b)"));
    return re;
}

const QRegularExpression &lossPattern()
{
    static const QRegularExpression re = extract::pattern(QStringLiteral(
        R"(\bloss\h{0,3}=\h{0,3}['"](\w{1,60})['"])"
        R"(|\bloss\h{0,3}=\h{0,3}(?:tf\.keras\.|keras\.)?losses\.(\w{1,60}))"
        R"(|(?<![\w])(?:nn\.|torch\.nn\.)(\w{1,40}Loss)\()"
        R"(|\b(binary[\h_-]cross[\h_-]?entropy|sparse[\h_-]categorical[\h_-]cross[\h_-]?entropy|categorical[\h_-]cross[\h_-]?entropy|cross[\h_-]?entropy|mean[\h_-]squared[\h_-]error|mean[\h_-]absolute[\h_-]error|MSE|MAE|hinge|huber|NLL|BCE)\h{1,3}loss\b)"));
    return re;
}

QString canonicalName(QString n)
{
    n = n.toLower();
    if (n.startsWith(QLatin1String("batch")) || n.startsWith(QLatin1String("mini")))
        return QStringLiteral("batch_size");
    if (n.contains(QLatin1String("epoch")))
        return QStringLiteral("epochs");
    if (n.startsWith(QLatin1String("learning")) || n.endsWith(QLatin1String("lr")))
        return QStringLiteral("learning_rate");
    if (n.startsWith(QLatin1String("dropout")))
        return QStringLiteral("dropout");
    if (n.startsWith(QLatin1String("weight")) || n == QLatin1String("decay"))
        return QStringLiteral("weight_decay");
    return n; // momentum
}

QString canonicalLoss(QString l)
{
    l = l.toLower();
    l.replace(QLatin1Char(' '), QLatin1Char('_'));
    l.replace(QLatin1Char('-'), QLatin1Char('_'));
    l.replace(QLatin1String("cross_entropy"), QLatin1String("crossentropy"));
    if (l == QLatin1String("mse"))
        return QStringLiteral("mean_squared_error");
    if (l == QLatin1String("mae"))
        return QStringLiteral("mean_absolute_error");
    if (l == QLatin1String("bce"))
        return QStringLiteral("binary_crossentropy");
    return l;
}

Fact hp(const QRegularExpressionMatch &m, const QString &name, int valueGroup)
{
    Fact f = extract::makeFact(FactKind::Hyperparameter, m);
    f.name = name;
    f.value = m.captured(valueGroup);
    f.number = extract::parseNumber(m.capturedView(valueGroup));
    return f;
}

} // namespace

QList<Fact> extractHyperparameters(const QString &text)
{
    QList<Fact> facts;
    extract::forEachMatch(numericPattern(), text, [&](const QRegularExpressionMatch &m) {
        const QString name = canonicalName(m.captured(1));
        // "epochs 1/10" is Keras's progress, and "decay" alone needs a number that looks like one.
        facts.append(hp(m, name, 2));
    });
    extract::forEachMatch(countBefore(), text, [&](const QRegularExpressionMatch &m) {
        if (m.capturedLength(1) > 0)
            facts.append(hp(m, QStringLiteral("epochs"), 1));
        else
            facts.append(hp(m, QStringLiteral("batch_size"), 3));
    });
    extract::forEachMatch(dropoutCall(), text, [&](const QRegularExpressionMatch &m) {
        facts.append(hp(m, QStringLiteral("dropout"), 1));
    });
    extract::forEachMatch(optimizerPattern(), text, [&](const QRegularExpressionMatch &m) {
        Fact f = extract::makeFact(FactKind::Hyperparameter, m);
        f.name = QStringLiteral("optimizer");
        for (int g = 1; g <= 4; ++g)
            if (m.capturedLength(g) > 0)
                f.value = m.captured(g).toLower();
        facts.append(f);
    });
    extract::forEachMatch(lossPattern(), text, [&](const QRegularExpressionMatch &m) {
        Fact f = extract::makeFact(FactKind::Hyperparameter, m);
        f.name = QStringLiteral("loss");
        if (m.capturedLength(1) > 0)
            f.value = m.captured(1);
        else if (m.capturedLength(2) > 0)
            f.value = m.captured(2);
        else if (m.capturedLength(3) > 0)
            f.value = m.captured(3);
        else
            f.value = canonicalLoss(m.captured(4));
        facts.append(f);
    });
    extract::dropContained(facts);
    return facts;
}

} // namespace dlrepro
