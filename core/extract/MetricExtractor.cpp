#include "MetricExtractor.h"

#include "ExtractSupport.h"

#include <QHash>

namespace dlrepro {

namespace {

#define DLREPRO_NUMBER R"((?:-?\d{1,12}(?:\.\d{1,12})?(?:e[-+]?\d{1,3})?|-?\.\d{1,12}|nan|[-+]?inf)(?![\w/]))"

const QRegularExpression &metricPattern()
{
    static const QRegularExpression re = extract::pattern(QStringLiteral(
        R"((?<![\w.])((?:val|validation|test|train|training|eval)[\h_]{1,2})?)"
        R"((accuracy|acc|loss|mae|mse|rmse|auc|f1(?:[\h_-]?score)?|precision|recall|perplexity|top-?[15][\h_-]accuracy)(?!\w))"
        R"(((?:(?!epoch|iteration|step|batch|layer|sample|class|time|size)[^\d\n.!?;()\[\]{}<>]){0,40}?))"
        R"(~?\h{0,2}()" DLREPRO_NUMBER R"())"
        R"((?!\h{0,3}(?:epochs?|iterations?|iters?|steps?|batch(?:es)?|samples|images|examples|layers?|classes|times|x|/)\b))"
        R"((\h{0,2}%)?)"
        R"((?:\h{0,3}\(\h{0,3}(?:\+/-|±)?\h{0,3}(\d{1,12}(?:\.\d{1,12})?)\h{0,2}%?\h{0,3}\))?)"));
    return re;
}

const QRegularExpression &epochOnLine()
{
    static const QRegularExpression re =
        extract::pattern(QStringLiteral(R"(\bepoch\h{0,3}[:#]?\h{0,3}(\d{1,7})(?:\h{0,3}/\h{0,3}(\d{1,7}))?)"));
    return re;
}

const QRegularExpression &comparison()
{
    static const QRegularExpression re = extract::pattern(QStringLiteral(
        R"(\b(lower than|less than|below|under|higher than|greater than|more than|above|over|at least|at most|not more than|not less than)\b)"));
    return re;
}

const QRegularExpression &expectation()
{
    static const QRegularExpression re = extract::pattern(QStringLiteral(
        R"(\b(?:suppos|expect|should|tutorial|paper|reported|claimed|target)\w{0,6})"));
    return re;
}

QString normaliseName(QStringView prefix, QStringView base)
{
    QString b = base.toString().toLower();
    if (b == QLatin1String("acc"))
        b = QStringLiteral("accuracy");
    else if (b.startsWith(QLatin1String("f1")))
        b = QStringLiteral("f1");
    else if (b.startsWith(QLatin1String("top"))) {
        b.remove(QLatin1Char('-'));
        b.replace(QLatin1Char(' '), QLatin1Char('_'));
    }
    const QString p = prefix.trimmed().toString().toLower().remove(QLatin1Char('_'));
    if (p == QLatin1String("val") || p == QLatin1String("validation"))
        return QStringLiteral("val_") + b;
    if (p == QLatin1String("test") || p == QLatin1String("eval"))
        return QStringLiteral("test_") + b;
    return b; // training is what Keras calls plain "loss"
}

// "Epoch 3/10" on the line itself or on the Keras header line just above its progress bar.
QString epochContext(const QString &text, const TextSpan &line)
{
    const QStringView lineText = QStringView(text).mid(line.start, line.length);
    if (lineText.size() <= 4000) {
        const auto m = epochOnLine().match(lineText);
        if (m.hasMatch())
            return m.capturedLength(2) > 0 ? QStringLiteral("epoch %1/%2").arg(m.captured(1), m.captured(2))
                                           : QStringLiteral("epoch %1").arg(m.captured(1));
    }
    TextSpan cur = line;
    for (int back = 0; back < 3 && cur.start > 0; ++back) {
        cur = extract::lineAround(text, cur.start - 1);
        const QStringView t = QStringView(text).mid(cur.start, cur.length).trimmed();
        if (t.isEmpty() || t.size() > 200)
            break;
        if (t.startsWith(QLatin1String("Epoch "))) {
            const auto m = epochOnLine().match(t);
            if (m.hasMatch() && m.capturedLength(2) > 0)
                return QStringLiteral("epoch %1/%2").arg(m.captured(1), m.captured(2));
            break;
        }
        if (!t.contains(QLatin1String("loss")) && !t.contains(QLatin1String("[=")) && !t.contains(QLatin1String("ETA")))
            break;
    }
    return QString();
}

} // namespace

QList<Fact> extractMetrics(const QString &text)
{
    QList<Fact> facts;
    QList<bool> series;
    TextSpan line;
    QString epoch;
    bool lineHasDashes = false;
    extract::forEachMatch(metricPattern(), text, [&](const QRegularExpressionMatch &m) {
        Fact f = extract::makeFact(FactKind::Metric, m);
        f.name = normaliseName(m.capturedView(1), m.capturedView(2));
        f.value = m.captured(4);
        f.number = extract::parseNumber(m.capturedView(4));
        if (m.capturedLength(5) > 0)
            f.unit = QStringLiteral("%");
        const QStringView gap = m.capturedView(3);
        QStringList detail;
        if (expectation().match(gap).hasMatch()) {
            detail << QStringLiteral("expected");
        } else {
            const auto c = comparison().match(gap);
            if (c.hasMatch())
                detail << c.captured(1).toLower();
            if (m.capturedLength(6) > 0)
                detail << QStringLiteral("std ") + m.captured(6);
        }
        // Line context is computed once per line: a long line with many metrics stays linear.
        if (!(line.isValid() && m.capturedStart(0) >= line.start && m.capturedStart(0) <= line.end())) {
            line = extract::lineAround(text, m.capturedStart(0));
            epoch = epochContext(text, line);
            lineHasDashes = QStringView(text).mid(line.start, line.length).contains(QLatin1String(" - "));
        }
        if (!epoch.isEmpty())
            detail.prepend(epoch);
        f.detail = detail.join(QStringLiteral("; "));
        // A Keras progress line ("loss: … - acc: …") or an epoch-tagged value is one point of
        // a series; only its last point is the reported result.
        const bool keras = lineHasDashes && gap.trimmed() == QLatin1String(":");
        facts.append(f);
        series.append(keras || !epoch.isEmpty());
    });
    QHash<QString, qsizetype> last;
    for (qsizetype i = 0; i < facts.size(); ++i)
        if (series.at(i))
            last.insert(facts.at(i).name, i);
    for (qsizetype i = 0; i < facts.size(); ++i)
        if (series.at(i) && last.value(facts.at(i).name) != i)
            facts[i].confidence = 0.5;
    return facts;
}

} // namespace dlrepro
