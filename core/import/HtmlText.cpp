#include "HtmlText.h"

#include "HtmlEntities.h"
#include "HtmlTokenizer.h"

namespace dlrepro {

namespace {

enum class TagRole { Other, Paragraph, Line, ListItem, List, LineBreak, Pre, Skipped, Cell };

TagRole roleOf(const QString &name)
{
    static const QLatin1StringView paragraphs[] = {
        QLatin1StringView("p"), QLatin1StringView("h1"), QLatin1StringView("h2"),
        QLatin1StringView("h3"), QLatin1StringView("h4"), QLatin1StringView("h5"),
        QLatin1StringView("h6"), QLatin1StringView("blockquote"), QLatin1StringView("table"),
        QLatin1StringView("hr"), QLatin1StringView("dl"), QLatin1StringView("figure"),
        QLatin1StringView("aside"),
    };
    static const QLatin1StringView lines[] = {
        QLatin1StringView("div"), QLatin1StringView("tr"), QLatin1StringView("section"),
        QLatin1StringView("article"), QLatin1StringView("header"), QLatin1StringView("footer"),
        QLatin1StringView("dt"), QLatin1StringView("dd"), QLatin1StringView("details"),
        QLatin1StringView("summary"), QLatin1StringView("form"), QLatin1StringView("main"),
        QLatin1StringView("nav"), QLatin1StringView("body"), QLatin1StringView("caption"),
        QLatin1StringView("figcaption"),
    };
    for (QLatin1StringView p : paragraphs)
        if (name == p)
            return TagRole::Paragraph;
    for (QLatin1StringView l : lines)
        if (name == l)
            return TagRole::Line;
    if (name == QLatin1String("li"))
        return TagRole::ListItem;
    if (name == QLatin1String("ul") || name == QLatin1String("ol"))
        return TagRole::List;
    if (name == QLatin1String("br"))
        return TagRole::LineBreak;
    if (name == QLatin1String("pre"))
        return TagRole::Pre;
    if (name == QLatin1String("td") || name == QLatin1String("th"))
        return TagRole::Cell;
    if (name == QLatin1String("script") || name == QLatin1String("style")
        || name == QLatin1String("title") || name == QLatin1String("head")
        || name == QLatin1String("noscript") || name == QLatin1String("template")
        || name == QLatin1String("svg"))
        return TagRole::Skipped;
    return TagRole::Other;
}

struct ListLevel {
    bool ordered = false;
    int next = 1;
};

// Deep nesting may not make output grow quadratically: indentation stops here.
constexpr int kMaxListIndent = 8;

} // namespace

QString languageFromClass(const QString &classAttribute)
{
    const QStringList classes = classAttribute.split(u' ', Qt::SkipEmptyParts);
    for (const QString &c : classes) {
        if (c.startsWith(QLatin1String("lang-")))
            return normalizeLanguage(QStringView(c).mid(5));
        if (c.startsWith(QLatin1String("language-")))
            return normalizeLanguage(QStringView(c).mid(9));
    }
    return QString();
}

ReadableText htmlToText(QStringView input)
{
    QString normalized;
    QStringView html = input;
    if (input.contains(u'\r')) {
        normalized = input.toString();
        normalized.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        normalized.replace(u'\r', u'\n');
        html = normalized;
    }

    TextBuilder out;
    HtmlTokenizer tokenizer(html);
    HtmlToken token;
    QList<ListLevel> lists;
    int preDepth = 0;
    int skipDepth = 0;
    bool preLeadingNewline = false;
    QString preLanguage;

    while (tokenizer.next(&token)) {
        if (token.type == HtmlToken::Text) {
            if (skipDepth > 0)
                continue;
            QString text = decodeHtmlEntities(html.mid(token.start, token.end - token.start));
            if (preDepth > 0) {
                if (preLeadingNewline && text.startsWith(u'\n'))
                    text.remove(0, 1);
                preLeadingNewline = false;
                text.replace(QChar(0xA0), u' ');
                out.appendVerbatim(text);
            } else {
                out.appendFlowing(text);
            }
            continue;
        }
        const bool start = token.type == HtmlToken::StartTag;
        const TagRole role = roleOf(token.name);
        if (role == TagRole::Skipped) {
            if (start && !token.selfClosing)
                ++skipDepth;
            else if (!start && skipDepth > 0)
                --skipDepth;
            continue;
        }
        if (skipDepth > 0)
            continue;
        if (preDepth > 0) {
            // Inside a code block only line breaks and the block's own end matter.
            if (role == TagRole::LineBreak) {
                out.appendVerbatim(QStringLiteral("\n"));
            } else if (role == TagRole::Pre) {
                if (start) {
                    ++preDepth;
                } else if (--preDepth == 0) {
                    out.endCode(preLanguage);
                }
            } else if (start && token.name == QLatin1String("code") && preLanguage.isEmpty()) {
                preLanguage = languageFromClass(token.attribute(QLatin1StringView("class")));
            }
            continue;
        }
        switch (role) {
        case TagRole::Paragraph:
            out.breakLines(lists.isEmpty() ? 2 : 1);
            break;
        case TagRole::Line:
            out.breakLines(1);
            break;
        case TagRole::LineBreak:
            if (start)
                out.appendNewline();
            break;
        case TagRole::Cell:
            out.setPendingSpace();
            break;
        case TagRole::List:
            if (start && !token.selfClosing) {
                out.breakLines(lists.isEmpty() ? 2 : 1);
                lists.append(ListLevel{token.name == QLatin1String("ol"), 1});
            } else if (!start) {
                if (!lists.isEmpty())
                    lists.removeLast();
                out.breakLines(lists.isEmpty() ? 2 : 1);
            }
            break;
        case TagRole::ListItem:
            if (start) {
                out.breakLines(1);
                const int depth = int(qMin<qsizetype>(lists.size(), kMaxListIndent));
                QString bullet(qMax(0, depth - 1) * 2, u' ');
                if (!lists.isEmpty() && lists.last().ordered)
                    bullet += QString::number(lists.last().next++) + QStringLiteral(". ");
                else
                    bullet += QStringLiteral("- ");
                out.appendVerbatim(bullet);
            } else {
                out.breakLines(1);
            }
            break;
        case TagRole::Pre:
            if (start && !token.selfClosing) {
                out.breakLines(2);
                out.beginCode();
                preDepth = 1;
                preLeadingNewline = true;
                preLanguage = languageFromClass(token.attribute(QLatin1StringView("class")));
            }
            break;
        case TagRole::Other:
        case TagRole::Skipped:
            break;
        }
    }
    if (preDepth > 0)
        out.endCode(preLanguage);
    return out.finish();
}

} // namespace dlrepro
