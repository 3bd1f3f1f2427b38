#include "CorpusFilters.h"

#include "classify/Classification.h"

namespace dlrepro {

namespace {

bool isWordChar(QChar c) { return c.isLetterOrNumber() || c == QLatin1Char('_'); }

// Whether html[pos] starts the tag `name` ("<pre", "<code"): '<', the name in any case, then
// '>', '/' or a space (so <precode> or <codex> are not taken for it).
bool startsTag(const QString &html, qsizetype pos, QLatin1StringView name)
{
    const qsizetype end = pos + 1 + name.size();
    if (end >= html.size() || html.at(pos) != QLatin1Char('<'))
        return false;
    if (QStringView(html).mid(pos + 1, name.size()).compare(name, Qt::CaseInsensitive) != 0)
        return false;
    const QChar next = html.at(end);
    return next == QLatin1Char('>') || next == QLatin1Char('/') || next.isSpace();
}

// The Table 4.1 lookup (the classifier's exact tag table: case and surrounding blanks ignored).
bool tagType(const QString &tag, BugType *out)
{
    return bugTypeForTag(tag, out);
}

} // namespace

bool titleHasExcludedWord(const QString &title)
{
    static const QLatin1StringView words[] = {QLatin1StringView("how"), QLatin1StringView("install"),
                                              QLatin1StringView("build")};
    qsizetype i = 0;
    while (i < title.size()) {
        if (!isWordChar(title.at(i))) {
            ++i;
            continue;
        }
        qsizetype j = i;
        while (j < title.size() && isWordChar(title.at(j)))
            ++j;
        const QStringView word = QStringView(title).mid(i, j - i);
        for (QLatin1StringView w : words)
            if (word.compare(w, Qt::CaseInsensitive) == 0)
                return true;
        i = j;
    }
    return false;
}

bool htmlHasCodeBlock(const QString &html)
{
    qsizetype pos = html.indexOf(QLatin1Char('<'));
    while (pos >= 0) {
        if (startsTag(html, pos, QLatin1StringView("pre")))
            return true;
        if (startsTag(html, pos, QLatin1StringView("code"))) {
            const qsizetype open = html.indexOf(QLatin1Char('>'), pos);
            if (open < 0)
                return false;
            qsizetype close = html.indexOf(QLatin1String("</code"), open, Qt::CaseInsensitive);
            if (close < 0)
                close = html.size();
            // Trailing newlines do not make a one-liner a block.
            qsizetype last = close;
            while (last > open + 1 && html.at(last - 1).isSpace())
                --last;
            for (qsizetype k = open + 1; k < last; ++k)
                if (html.at(k) == QLatin1Char('\n'))
                    return true;
            pos = close;
        }
        pos = html.indexOf(QLatin1Char('<'), pos + 1);
    }
    return false;
}

QString frameworkForTags(const QStringList &tags, const QStringList &frameworks)
{
    for (const QString &f : frameworks)
        for (const QString &t : tags)
            if (t.compare(f, Qt::CaseInsensitive) == 0)
                return f;
    return QString();
}

BugType bugTypeForTags(const QStringList &tags, QList<BugType> *parts)
{
    QList<BugType> found;
    for (const QString &t : tags) {
        BugType type = BugType::Unknown;
        if (tagType(t, &type) && !found.contains(type))
            found << type;
    }
    // Parts in the study's type order, whatever the tag order.
    QList<BugType> ordered;
    for (BugType t : allBugTypes())
        if (found.contains(t))
            ordered << t;
    if (parts)
        *parts = ordered.size() > 1 ? ordered : QList<BugType>();
    if (ordered.isEmpty())
        return BugType::Unknown;
    return ordered.size() == 1 ? ordered.first() : BugType::Mixed;
}

} // namespace dlrepro
