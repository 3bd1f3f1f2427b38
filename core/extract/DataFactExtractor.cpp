#include "DataFactExtractor.h"

#include "ExtractSupport.h"

#include <QHash>

#include <algorithm>
#include <iterator>

namespace dlrepro {

namespace {

#define DLREPRO_NUM R"(-?\d{1,12}(?:\.\d{1,12})?(?:e[-+]?\d{1,3})?)"

// "(2444, 64, 64, 1)", "(None, 80)", "(1000,)"; not a call's arguments ("range(0, 10)").
#define DLREPRO_DIMS R"(((?:None|\d{1,9}|\?)(?:\h{0,3},\h{0,3}(?:None|\d{1,9}|\?)){1,7}|(?:None|\d{1,9})\h{0,3},)\h{0,3},?\h{0,3})"

const QRegularExpression &tupleShape()
{
    static const QRegularExpression re = extract::pattern(QStringLiteral(
        R"((?<![\w)\]])(?:torch\.Size\(\[\h{0,3})" DLREPRO_DIMS R"(\]\)|[(\[]\h{0,3})" DLREPRO_DIMS R"([)\]]))"));
    return re;
}

// "224x224x3", "28 x 28"
const QRegularExpression &crossShape()
{
    static const QRegularExpression re =
        extract::pattern(QStringLiteral(R"((?<![\w.])(\d{1,5}(?:\h?[x×]\h?\d{1,5}){1,4})(?![\w.]))"));
    return re;
}

// "x_train : float32 0.0 1.0 (2444, 64, 64, 1)" – a common debugging print of name, dtype, min,
// max and shape.
const QRegularExpression &summaryLine()
{
    static const QRegularExpression re = extract::pattern(QStringLiteral(
        R"((?<![\w.])([A-Za-z_]\w{0,40})\h{0,3}:\h{0,3}((?:u?int|float|bfloat)\d{1,2}|bool)\h{1,5}()" DLREPRO_NUM R"()\h{1,5}()" DLREPRO_NUM R"()\h{1,5}\()"));
    return re;
}

const QRegularExpression &dtypePattern()
{
    static const QRegularExpression re = extract::pattern(QStringLiteral(
        R"((?<![\w.])((?:np|numpy|torch|tf|jnp)\.)?((?:u?int(?:8|16|32|64))|(?:b?float(?:16|32|64))|complex(?:64|128)|float_|bool_)(?!\w))"
        R"(|(?<![\w.])(torch\.)(double|half|long|bool)(?!\w))"));
    return re;
}

const QRegularExpression &rangePattern()
{
    static const QRegularExpression re = extract::pattern(QStringLiteral(
        R"(\b(?:rang(?:e|es|ing)|normali[sz]ed|scaled|values?|pixels?)\h{1,3}(?:of\h{1,3}|from\h{1,3}|is\h{1,3}|are\h{1,3}|between\h{1,3}|in\h{1,3}|to\h{1,3}|into\h{1,3}|within\h{1,3}|the\h{1,3}|range\h{1,3}){0,4})"
        R"((?:[\[(]\h{0,3}()" DLREPRO_NUM R"()\h{0,3}[,;]\h{0,3}()" DLREPRO_NUM R"()\h{0,3}[\])])"
        R"(|()" DLREPRO_NUM R"()\h{1,3}(?:to|and|-)\h{1,3}()" DLREPRO_NUM R"()(?!\w|\.\d)))"));
    return re;
}

const QRegularExpression &betweenPattern()
{
    static const QRegularExpression re = extract::pattern(QStringLiteral(
        R"(\bbetween\h{1,3}()" DLREPRO_NUM R"()\h{1,3}(?:and|to)\h{1,3}()" DLREPRO_NUM R"()(?!\w|\.\d))"));
    return re;
}

const QRegularExpression &targetPattern()
{
    static const QRegularExpression re = extract::pattern(QStringLiteral(
        R"(\b(?:target|label|output|class|y)s?\b(?:\h{1,3}variable)?[^\n.]{0,40}?\b)"
        R"(((?:binary|multi-?class|multi-?label|continuous|categorical|one-?hot(?:[\h-]encoded)?|real-valued)(?:\h{0,2}\([^)\n]{1,30}\))?))"));
    return re;
}

const QRegularExpression &classCount()
{
    static const QRegularExpression re = extract::pattern(QStringLiteral(
        R"((?<![\w.])(\d{1,6}|two|three|four|five|six|seven|eight|nine|ten)\h{1,3}(?:different\h{1,3}|output\h{1,3}|target\h{1,3})?(?:classes|categories|labels)\b)"));
    return re;
}

const QRegularExpression &sequencePattern()
{
    static const QRegularExpression re = extract::pattern(QStringLiteral(
        R"(\bsequences?\h{1,3}of\h{1,3}(\d{1,7})\h{1,3}(?:numbers|tokens|words|integers|values|steps|time\h?steps|characters|elements|items|frames|samples)\b)"
        R"(|\b(?:sequence|seq)[\h_-]?len(?:gth)?s?\h{0,3}(?:of\h{1,3}|is\h{1,3}|=|:|was\h{1,3})?\h{0,3}(\d{1,7})(?![\w.]))"
        R"(|\b(?:max_?len|max_length|maxlen|max_seq_length|max_sequence_length|timesteps)\h{0,3}=\h{0,3}(\d{1,7})(?![\w.]))"));
    return re;
}

using DatasetRow = extract::PatternRow;

// Order matters only for readability: overlapping hits are removed afterwards.
const DatasetRow kDatasets[] = {
    {u"\\bfashion[\\h_-]?mnist\\b", "Fashion-MNIST", false, "fashion"},
    {u"(?<![\\w-])(?<!fashion[\\h_])mnist\\b", "MNIST", false, "mnist"},
    {u"\\bcifar[\\h_-]?100\\b", "CIFAR-100", false, "cifar"},
    {u"\\bcifar[\\h_-]?10\\b", "CIFAR-10", false, "cifar"},
    {u"\\biris\\b(?:\\h{1,3}(?:data\\h?set|flower))?", "Iris", false, "iris"},
    {u"\\bimdb\\b", "IMDB", false, "imdb"},
    {u"\\bimagenet\\b", "ImageNet", false, "imagenet"},
    {u"\\b(?:ms[\\h-]?)?coco\\b", "COCO", false, "coco|ms"},
    {u"\\bpima(?:\\h{1,3}indians?)?(?:[\\h-]{1,3}diabetes)?\\b", "Pima Indians Diabetes", false, "pima"},
    {u"\\bboston[\\h_-]housing\\b|\\bload_boston\\b", "Boston Housing", false, "boston|load_boston"},
    {u"\\bsst[\\h-]?2\\b", "SST-2", false, "sst"},
    {u"\\breuters\\b", "Reuters", false, "reuters"},
    {u"\\bsvhn\\b", "SVHN", false, "svhn"},
    {u"\\bceleba\\b", "CelebA", false, "celeba"},
    {u"\\btitanic\\b", "Titanic", false, "titanic"},
    {u"\\b(?:pascal[\\h-]?)?voc\\b", "PASCAL VOC", false, "pascal|voc"},
    {u"\\bcityscapes\\b", "Cityscapes", false, "cityscapes"},
    {u"\\bsquad\\b", "SQuAD", false, "squad"},
    {u"\\bwikitext(?:-?\\d{1,3})?\\b", "WikiText", false, "wikitext"},
    {u"\\bpenn\\h{1,3}tree\\s?bank\\b|\\bptb\\b", "Penn Treebank", false, "penn|ptb"},
    {u"\\bconll[\\h-]?2003\\b", "CoNLL-2003", false, "conll"},
    {u"\\bbreast[\\h_]cancer\\b", "Breast Cancer Wisconsin", false, "breast"},
    {u"\\blibrispeech\\b", "LibriSpeech", false, "librispeech"},
    {u"\\bcaltech[\\h-]?101\\b", "Caltech-101", false, "caltech"},
};

QString normaliseShape(QStringView inner)
{
    QStringList dims;
    for (QStringView d : inner.split(QLatin1Char(','))) {
        d = d.trimmed();
        if (!d.isEmpty())
            dims << d.toString();
    }
    if (dims.size() == 1)
        return QLatin1Char('(') + dims.first() + QLatin1String(",)");
    return QLatin1Char('(') + dims.join(QStringLiteral(", ")) + QLatin1Char(')');
}

// The variable a shape describes when the text says so right before it: "x.shape = (…)",
// "input_shape=(…)", "X_train: (…)".
QString shapeOwner(const QString &text, qsizetype start)
{
    static const QRegularExpression re = extract::pattern(
        QStringLiteral(R"(([A-Za-z_][\w]{0,40})(?:\.shape|\.size\(\)|\.get_shape\(\))?\h{0,3}(?:[:=]|\bis|\bhas\h{1,3}shape)\h{0,3}$)"),
        false);
    const qsizetype from = std::max<qsizetype>(0, start - 60);
    const QStringView before = QStringView(text).mid(from, start - from);
    const qsizetype nl = before.lastIndexOf(QLatin1Char('\n'));
    const auto m = re.match(nl >= 0 ? before.mid(nl + 1) : before);
    if (!m.hasMatch())
        return QString();
    // "the following shape: (…)" names no variable; "x.shape", "x_train:", "x = (…)" do.
    const QString name = m.captured(1);
    const QString all = m.captured(0);
    const bool variableLike = all.contains(QLatin1Char('.')) || all.contains(QLatin1Char('='))
        || name.contains(QLatin1Char('_')) || name.contains(QRegularExpression(QStringLiteral("\\d")));
    return variableLike ? name : QString();
}

} // namespace

QList<Fact> extractDataFacts(const QString &text)
{
    QList<Fact> facts;

    extract::forEachMatch(tupleShape(), text, [&](const QRegularExpressionMatch &m) {
        const QStringView all = m.capturedView(0);
        // A bracketed list is a shape only when it says so: torch.Size or "shape … [None, 80]".
        if (all.startsWith(QLatin1Char('['))) {
            const qsizetype from = std::max<qsizetype>(0, m.capturedStart(0) - 30);
            const QStringView before = QStringView(text).mid(from, m.capturedStart(0) - from);
            if (!before.contains(QLatin1String("shape"), Qt::CaseInsensitive))
                return;
        }
        Fact f = extract::makeFact(FactKind::Shape, m);
        f.value = normaliseShape(m.capturedLength(1) > 0 ? m.capturedView(1) : m.capturedView(2));
        f.name = shapeOwner(text, m.capturedStart(0));
        facts.append(f);
    });
    extract::forEachMatch(crossShape(), text, [&](const QRegularExpressionMatch &m) {
        Fact f = extract::makeFact(FactKind::Shape, m);
        QString inner = m.captured(1);
        inner.replace(QChar(0xD7), QLatin1Char(','));
        inner.replace(QLatin1Char('x'), QLatin1Char(','));
        inner.replace(QLatin1Char('X'), QLatin1Char(','));
        f.value = normaliseShape(inner);
        facts.append(f);
    });
    extract::forEachMatch(summaryLine(), text, [&](const QRegularExpressionMatch &m) {
        Fact t = extract::makeFact(FactKind::DataType, m, 2);
        t.name = m.captured(1);
        t.value = m.captured(2).toLower();
        facts.append(t);
        Fact r;
        r.kind = FactKind::ValueRange;
        r.name = m.captured(1);
        r.span = TextSpan{m.capturedStart(3), m.capturedEnd(4) - m.capturedStart(3)};
        r.value = QStringLiteral("[%1, %2]").arg(m.captured(3), m.captured(4));
        r.number = extract::parseNumber(m.capturedView(3));
        r.detail = m.captured(4);
        facts.append(r);
        // The shape that follows is found by tupleShape; give it its owner.
        for (Fact &s : facts)
            if (s.kind == FactKind::Shape && s.span.start == m.capturedEnd(0) - 1)
                s.name = m.captured(1);
    });
    extract::forEachMatch(dtypePattern(), text, [&](const QRegularExpressionMatch &m) {
        Fact f = extract::makeFact(FactKind::DataType, m);
        const bool torchWord = m.capturedLength(4) > 0;
        f.value = (torchWord ? m.captured(4) : m.captured(2)).toLower();
        if (torchWord) {
            static const QHash<QString, QString> alias{{QStringLiteral("double"), QStringLiteral("float64")},
                                                       {QStringLiteral("half"), QStringLiteral("float16")},
                                                       {QStringLiteral("long"), QStringLiteral("int64")},
                                                       {QStringLiteral("bool"), QStringLiteral("bool")}};
            f.value = alias.value(f.value, f.value);
        }
        if (f.value.endsWith(QLatin1Char('_')))
            f.value.chop(1);
        f.detail = m.captured(0);
        facts.append(f);
    });
    auto addRange = [&](const QRegularExpressionMatch &m, int lo, int hi) {
        Fact f = extract::makeFact(FactKind::ValueRange, m);
        f.value = QStringLiteral("[%1, %2]").arg(m.captured(lo), m.captured(hi));
        f.number = extract::parseNumber(m.capturedView(lo));
        f.detail = m.captured(hi);
        facts.append(f);
    };
    extract::forEachMatch(rangePattern(), text, [&](const QRegularExpressionMatch &m) {
        if (m.capturedLength(1) > 0)
            addRange(m, 1, 2);
        else
            addRange(m, 3, 4);
    });
    extract::forEachMatch(betweenPattern(), text, [&](const QRegularExpressionMatch &m) {
        // "target value is just a number between 1 and 3" describes the labels, not the inputs.
        const TextSpan line = extract::lineAround(text, m.capturedStart(0));
        const qsizetype from = std::max(line.start, m.capturedStart(0) - 60);
        QStringView before = QStringView(text).mid(from, m.capturedStart(0) - from);
        const qsizetype stop = std::max({before.lastIndexOf(QLatin1String(". ")), before.lastIndexOf(QLatin1String(" and ")),
                                         before.lastIndexOf(QLatin1Char(','))});
        if (stop >= 0)
            before = before.mid(stop + 1);
        static const QRegularExpression targetWords =
            extract::pattern(QStringLiteral(R"(\b(?:target|label|class|output|y)s?\b)"));
        if (targetWords.match(before).hasMatch()) {
            Fact f = extract::makeFact(FactKind::Target, m);
            f.value = m.captured(0);
            f.number = extract::parseNumber(m.capturedView(1));
            f.detail = m.captured(2);
            facts.append(f);
        } else {
            addRange(m, 1, 2);
        }
    });
    extract::forEachMatch(targetPattern(), text, [&](const QRegularExpressionMatch &m) {
        Fact f = extract::makeFact(FactKind::Target, m, 1);
        f.value = m.captured(1);
        facts.append(f);
    });
    extract::forEachMatch(classCount(), text, [&](const QRegularExpressionMatch &m) {
        Fact f = extract::makeFact(FactKind::Target, m);
        f.value = m.captured(0);
        f.number = extract::numberWord(m.capturedView(1));
        facts.append(f);
    });
    extract::forEachMatch(sequencePattern(), text, [&](const QRegularExpressionMatch &m) {
        Fact f = extract::makeFact(FactKind::SequenceLength, m);
        const int g = m.capturedLength(1) > 0 ? 1 : m.capturedLength(2) > 0 ? 2 : 3;
        f.value = m.captured(g);
        f.number = extract::parseNumber(m.capturedView(g));
        facts.append(f);
    });
    static const extract::RowScanner datasets(kDatasets, std::size(kDatasets));
    datasets.scan(text, [&](int row, qsizetype offset, const QRegularExpressionMatch &m) {
        Fact f = extract::makeFact(FactKind::Dataset, m, 0, offset);
        // A folder named after a dataset ("/home/alice/mnist/train.py" in a traceback) says
        // where code lives, not what data the report describes.
        const qsizetype before = f.span.start - 1, after = f.span.end();
        const auto isSeparator = [](QChar c) { return c == QLatin1Char('/') || c == QLatin1Char('\\'); };
        if ((before >= 0 && isSeparator(text.at(before))) || (after < text.size() && isSeparator(text.at(after))))
            return;
        f.name = QString::fromLatin1(kDatasets[row].name);
        f.value = m.captured(0);
        facts.append(f);
    });
    extract::dropContained(facts);
    // A dataset hit inside a longer one of another name ("MNIST" in "Fashion-MNIST").
    QList<Fact> out;
    for (const Fact &f : facts) {
        if (f.kind == FactKind::Dataset && !out.isEmpty()) {
            bool inside = false;
            for (qsizetype i = out.size() - 1; i >= 0 && i >= out.size() - 8; --i)
                if (out.at(i).kind == FactKind::Dataset && out.at(i).span.contains(f.span))
                    inside = true;
            if (inside)
                continue;
        }
        out.append(f);
    }
    return out;
}

} // namespace dlrepro
