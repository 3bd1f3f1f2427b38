#pragma once

// Helpers shared by the extractors (not part of the public API).

#include "report/Fact.h"

#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringView>

#include <functional>

namespace dlrepro::extract {

// Every pattern is compiled with these options; JIT compilation happens on first use.
QRegularExpression pattern(const QString &re, bool caseInsensitive = true);

// Runs re over the whole text. All patterns in this folder keep to one line ([^\n], \h) and
// bound every repetition, so each start position costs a bounded amount and the scan is linear.
template<class F>
void forEachMatch(const QRegularExpression &re, const QString &text, F &&f)
{
    auto it = re.globalMatch(text);
    while (it.hasNext())
        f(it.next());
}

// A table of patterns (architectures, datasets) scanned without one pass per row: a single
// walk over the word starts of the text, and a row's pattern is tried, anchored, only where
// the word begins with one of its triggers (lowercase prefixes of the first word it can match,
// '|'-separated). Rows must start matching at a word start.
struct PatternRow {
    const char16_t *re;
    const char *name;
    bool caseSensitive;
    const char *triggers;
};

class RowScanner
{
public:
    RowScanner(const PatternRow *rows, qsizetype count);
    // f(row index, offset, match) for every row matching at every word start, in text order;
    // the match's positions are relative to offset.
    void scan(const QString &text,
              const std::function<void(int, qsizetype, const QRegularExpressionMatch &)> &f) const;

private:
    struct Trigger {
        int row;
        QString prefix;
    };
    QList<QRegularExpression> m_patterns;
    QList<QList<Trigger>> m_buckets; // by the trigger's first character: a-z, 0-9, other
};

TextSpan spanOf(const QRegularExpressionMatch &m, int group = 0, qsizetype offset = 0);
Fact makeFact(FactKind kind, const QRegularExpressionMatch &m, int group = 0, qsizetype offset = 0);

// "0.25", "1e-3", "nan", "-inf", "1,000" → number; NaN when it is not a number.
double parseNumber(QStringView s);

// The line around pos, without its line break.
TextSpan lineAround(const QString &text, qsizetype pos);

// Small English number words ("two" → 2, "a"/"single" → 1); -1 when not one.
int numberWord(QStringView word);

// Removes facts whose span lies inside another fact of the same kind and name (a code
// pattern and a prose pattern seeing the same words).
void dropContained(QList<Fact> &facts);

// Sorts by span start, then longer first, then kind; drops exact duplicates (kind+span).
void sortAndDedupe(QList<Fact> &facts);

} // namespace dlrepro::extract
