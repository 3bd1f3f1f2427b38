#include "TextMatch.h"

#include <algorithm>

namespace dlrepro::classify {

namespace {
bool isWordChar(QChar c) { return c.isLetterOrNumber() || c == QLatin1Char('_'); }
} // namespace

namespace {
qsizetype findPhrase(const QString &hay, QLatin1String needle, bool wholeWord, Qt::CaseSensitivity cs)
{
    if (needle.isEmpty())
        return -1;
    const bool startsWord = isWordChar(QChar(needle.front()));
    const bool endsWord = isWordChar(QChar(needle.back()));
    qsizetype from = 0;
    while (from < hay.size()) {
        const qsizetype at = hay.indexOf(needle, from, cs);
        if (at < 0)
            return -1;
        const qsizetype end = at + needle.size();
        const bool okStart = !startsWord || at == 0 || !isWordChar(hay.at(at - 1));
        const bool okEnd = !wholeWord || !endsWord || end >= hay.size() || !isWordChar(hay.at(end));
        if (okStart && okEnd)
            return at;
        from = at + 1;
    }
    return -1;
}
} // namespace

bool containsPhrase(const QString &hay, QLatin1String needle, bool wholeWord, Qt::CaseSensitivity cs)
{
    return findPhrase(hay, needle, wholeWord, cs) >= 0;
}

QString matchedPhrase(const QString &hay, QLatin1String needle, bool wholeWord, Qt::CaseSensitivity cs)
{
    const qsizetype at = findPhrase(hay, needle, wholeWord, cs);
    if (at < 0)
        return QString();
    qsizetype end = at + needle.size();
    // Bounded so that a 10 MB run of letters cannot make a 10 MB "word".
    const qsizetype limit = std::min(hay.size(), end + 40);
    while (!wholeWord && end < limit && isWordChar(hay.at(end)))
        ++end;
    return hay.mid(at, end - at);
}

bool containsAssignment(const QString &hay, QLatin1String name)
{
    qsizetype from = 0;
    while (from < hay.size()) {
        const qsizetype at = hay.indexOf(name, from);
        if (at < 0)
            return false;
        from = at + 1;
        if (at > 0 && isWordChar(hay.at(at - 1)))
            continue;
        qsizetype i = at + name.size();
        while (i < hay.size() && (hay.at(i) == QLatin1Char(' ') || hay.at(i) == QLatin1Char('\t')))
            ++i;
        // "=" but not "==": a comparison says nothing about the value used.
        if (i < hay.size() && hay.at(i) == QLatin1Char('=')
            && (i + 1 >= hay.size() || hay.at(i + 1) != QLatin1Char('=')))
            return true;
    }
    return false;
}

} // namespace dlrepro::classify
