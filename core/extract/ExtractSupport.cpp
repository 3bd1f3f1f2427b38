#include "ExtractSupport.h"

#include <algorithm>
#include <limits>

namespace dlrepro::extract {

QRegularExpression pattern(const QString &re, bool caseInsensitive)
{
    // ASCII \d and \w on purpose: numbers go through QString::toDouble, identifiers are ASCII.
    QRegularExpression::PatternOptions opts = QRegularExpression::NoPatternOption;
    if (caseInsensitive)
        opts |= QRegularExpression::CaseInsensitiveOption;
    QRegularExpression r(re, opts);
    if (!r.isValid()) // a programming error; the tests fail on this warning
        qWarning("extract: invalid pattern %s: %s", qPrintable(re), qPrintable(r.errorString()));
    return r;
}

namespace {
bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}
int bucketOf(QChar c)
{
    const char16_t u = c.toLower().unicode();
    if (u >= u'a' && u <= u'z')
        return u - u'a';
    if (u >= u'0' && u <= u'9')
        return 26 + (u - u'0');
    return 36;
}
} // namespace

RowScanner::RowScanner(const PatternRow *rows, qsizetype count)
    : m_buckets(37)
{
    for (qsizetype i = 0; i < count; ++i) {
        m_patterns.append(pattern(QString::fromUtf16(rows[i].re), !rows[i].caseSensitive));
        for (const QString &t : QString::fromLatin1(rows[i].triggers).split(QLatin1Char('|'), Qt::SkipEmptyParts))
            m_buckets[bucketOf(t.at(0))].append({int(i), t});
    }
}

void RowScanner::scan(const QString &text,
                      const std::function<void(int, qsizetype, const QRegularExpressionMatch &)> &f) const
{
    constexpr qsizetype kLookBehind = 32; // longest lookbehind of any row
    constexpr qsizetype kWindow = 400;    // longest match of any row
    const QStringView view(text);
    bool prevWord = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const bool word = isWordChar(c);
        if (word && !prevWord) {
            int lastRow = -1;
            const qsizetype windowFrom = std::max<qsizetype>(0, i - kLookBehind);
            const qsizetype windowTo = std::min(text.size(), i + kWindow);
            for (const Trigger &t : m_buckets.at(bucketOf(c))) {
                if (t.row == lastRow || view.mid(i, t.prefix.size()).compare(t.prefix, Qt::CaseInsensitive) != 0)
                    continue;
                lastRow = t.row;
                // A short window, not the whole text: PCRE2 validates the UTF-16 of the subject
                // on every call, which over a 10 MB body per word start would be quadratic.
                // Offsets in the match are made absolute by matching on a view of the text.
                const auto m = m_patterns.at(t.row).match(view.mid(windowFrom, windowTo - windowFrom),
                                                          i - windowFrom, QRegularExpression::NormalMatch,
                                                          QRegularExpression::AnchorAtOffsetMatchOption);
                if (m.hasMatch())
                    f(t.row, windowFrom, m);
            }
        }
        prevWord = word;
    }
}

TextSpan spanOf(const QRegularExpressionMatch &m, int group, qsizetype offset)
{
    if (m.capturedStart(group) < 0)
        return {};
    return TextSpan{offset + m.capturedStart(group), m.capturedLength(group)};
}

Fact makeFact(FactKind kind, const QRegularExpressionMatch &m, int group, qsizetype offset)
{
    Fact f;
    f.kind = kind;
    f.span = spanOf(m, group, offset);
    return f;
}

double parseNumber(QStringView s)
{
    QString t = s.trimmed().toString();
    t.remove(QLatin1Char(','));
    t.remove(QLatin1Char('_'));
    const QString lower = t.toLower();
    if (lower == QLatin1String("nan"))
        return std::numeric_limits<double>::quiet_NaN();
    if (lower == QLatin1String("inf") || lower == QLatin1String("+inf"))
        return std::numeric_limits<double>::infinity();
    if (lower == QLatin1String("-inf"))
        return -std::numeric_limits<double>::infinity();
    bool ok = false;
    const double v = t.toDouble(&ok);
    return ok ? v : std::nan("");
}

TextSpan lineAround(const QString &text, qsizetype pos)
{
    // Bounded both ways, so that asking for the line of every match on one huge line stays
    // linear; a clipped line is as good as the whole for the context this is used for.
    constexpr qsizetype kReach = 2000;
    pos = std::clamp<qsizetype>(pos, 0, text.size());
    const qsizetype from = std::max<qsizetype>(0, pos - kReach);
    const qsizetype nlBefore = QStringView(text).mid(from, pos - from).lastIndexOf(QLatin1Char('\n'));
    const qsizetype start = nlBefore >= 0 ? from + nlBefore + 1 : from;
    const qsizetype nlAfter = QStringView(text).mid(pos, kReach).indexOf(QLatin1Char('\n'));
    qsizetype end = nlAfter >= 0 ? pos + nlAfter : std::min(text.size(), pos + kReach);
    if (end > start && text.at(end - 1) == QLatin1Char('\r'))
        --end;
    return TextSpan{start, end - start};
}

int numberWord(QStringView word)
{
    static const char *const words[] = {"zero", "one", "two", "three", "four", "five", "six",
                                        "seven", "eight", "nine", "ten", "eleven", "twelve"};
    for (int i = 0; i < int(std::size(words)); ++i)
        if (word.compare(QLatin1String(words[i]), Qt::CaseInsensitive) == 0)
            return i;
    if (word.compare(QLatin1String("a"), Qt::CaseInsensitive) == 0
        || word.compare(QLatin1String("an"), Qt::CaseInsensitive) == 0
        || word.compare(QLatin1String("single"), Qt::CaseInsensitive) == 0)
        return 1;
    bool ok = false;
    const int n = word.toInt(&ok);
    return ok ? n : -1;
}

void dropContained(QList<Fact> &facts)
{
    // Sorted by start then longest first, a contained fact follows its container; the
    // window of candidate containers is short because facts keep to one line.
    sortAndDedupe(facts);
    QList<Fact> out;
    out.reserve(facts.size());
    for (const Fact &f : facts) {
        bool inside = false;
        for (qsizetype i = out.size() - 1; i >= 0 && i >= out.size() - 16; --i) {
            const Fact &o = out.at(i);
            if (o.kind == f.kind && o.name == f.name && o.span.contains(f.span)) {
                inside = true;
                break;
            }
        }
        if (!inside)
            out.append(f);
    }
    facts = std::move(out);
}

void sortAndDedupe(QList<Fact> &facts)
{
    std::stable_sort(facts.begin(), facts.end(), [](const Fact &a, const Fact &b) {
        if (a.span.start != b.span.start)
            return a.span.start < b.span.start;
        if (a.span.length != b.span.length)
            return a.span.length > b.span.length;
        return int(a.kind) < int(b.kind);
    });
    QList<Fact> out;
    out.reserve(facts.size());
    for (const Fact &f : facts) {
        bool dup = false;
        for (qsizetype i = out.size() - 1; i >= 0; --i) {
            const Fact &o = out.at(i);
            if (o.span != f.span)
                break;
            // Facts without a span (from tags) are duplicates only when they say the same.
            if (o.kind == f.kind && (f.span.isValid() || (o.name == f.name && o.value == f.value))) {
                dup = true;
                break;
            }
        }
        if (!dup)
            out.append(f);
    }
    facts = std::move(out);
}

} // namespace dlrepro::extract
