#include "ErrorExtractor.h"

#include "ExtractSupport.h"

namespace dlrepro {

namespace {

constexpr qsizetype kMaxLine = 4000;
constexpr int kMaxContinuationLines = 20;

const QRegularExpression &errorPattern()
{
    // Possessive dotted prefix: a module path cannot be re-split, so no backtracking blow-up.
    static const QRegularExpression re = extract::pattern(QStringLiteral(
        R"((?<![\w.])((?:[A-Za-z_]\w{0,60}+\.){0,12}+([A-Z]\w{0,60}?(?:Error|Exception|Exit|Interrupt)|Exception|StopIteration)):\h{1,10}(\S.{0,3999}))"),
        false);
    return re;
}

bool startsNewBlock(QStringView t)
{
    return t.startsWith(QLatin1String("Traceback (most recent call last)"))
        || t.startsWith(QLatin1String("During handling of the above exception"))
        || t.startsWith(QLatin1String("The above exception was the direct cause"))
        || t.startsWith(QLatin1String("```")) || t.startsWith(QLatin1String("~~~"));
}

bool isChainMarker(QStringView t)
{
    return t.startsWith(QLatin1String("During handling of the above exception"))
        || t.startsWith(QLatin1String("The above exception was the direct cause"));
}

QStringView trimTrailing(QStringView s)
{
    while (!s.isEmpty()) {
        const QChar c = s.back();
        if (c.isSpace() || c == QLatin1Char('`'))
            s.chop(1);
        else
            break;
    }
    return s;
}

struct Line {
    qsizetype start;
    QStringView text;
};

} // namespace

QList<Fact> extractErrors(const QString &text)
{
    // Lines first: a message runs on over following lines, which a single regex over the
    // whole text cannot bound cheaply.
    QList<Line> lines;
    for (qsizetype pos = 0; pos <= text.size();) {
        qsizetype end = text.indexOf(QLatin1Char('\n'), pos);
        if (end < 0)
            end = text.size();
        qsizetype e = end;
        if (e > pos && text.at(e - 1) == QLatin1Char('\r'))
            --e;
        lines.append({pos, QStringView(text).mid(pos, e - pos)});
        pos = end + 1;
    }

    QList<Fact> facts;
    QList<bool> superseded;
    qsizetype lastErrorLine = -1;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const Line &line = lines.at(i);
        const QStringView trimmed = line.text.trimmed();
        if (isChainMarker(trimmed) && lastErrorLine >= 0 && i - lastErrorLine <= 4 && !facts.isEmpty()) {
            superseded.last() = true;
            continue;
        }
        if (line.text.size() > kMaxLine || !line.text.contains(QLatin1Char(':')))
            continue;
        if (!line.text.contains(QLatin1String("Error")) && !line.text.contains(QLatin1String("Exception"))
            && !line.text.contains(QLatin1String("Exit")) && !line.text.contains(QLatin1String("Interrupt"))
            && !line.text.contains(QLatin1String("StopIteration")))
            continue;
        auto it = errorPattern().globalMatch(line.text);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            QStringView message = m.capturedView(3);
            // Inline code: `KeyError: 'label'` ends at the closing backtick.
            if (m.capturedStart(0) > 0 && line.text.at(m.capturedStart(0) - 1) == QLatin1Char('`')) {
                const qsizetype tick = message.indexOf(QLatin1Char('`'));
                if (tick >= 0)
                    message = message.left(tick);
            }
            message = trimTrailing(message);
            if (message.isEmpty())
                continue;
            Fact f;
            f.kind = FactKind::Error;
            f.name = m.captured(2);
            f.detail = m.captured(1);
            f.value = message.toString();
            f.span = TextSpan{line.start + m.capturedStart(0),
                              m.capturedStart(3) + message.size() - m.capturedStart(0)};
            const bool atLineStart = line.text.left(m.capturedStart(0)).trimmed().isEmpty();
            if (atLineStart) {
                // Messages such as Keras's shape errors go on over several lines.
                qsizetype j = i + 1;
                for (; j < lines.size() && j <= i + kMaxContinuationLines; ++j) {
                    const QStringView next = lines.at(j).text;
                    if (next.trimmed().isEmpty() || next.front().isSpace() || next.size() > kMaxLine
                        || startsNewBlock(next) || errorPattern().match(next).hasMatch())
                        break;
                    const QStringView piece = trimTrailing(next);
                    f.value += QLatin1Char('\n') + piece.toString();
                    f.span.length = lines.at(j).start + piece.size() - f.span.start;
                }
                i = j - 1;
            }
            facts.append(f);
            superseded.append(false);
            lastErrorLine = i;
            if (atLineStart)
                break;
        }
    }
    QList<Fact> out;
    for (qsizetype k = 0; k < facts.size(); ++k)
        if (!superseded.at(k))
            out.append(facts.at(k));
    return out;
}

} // namespace dlrepro
