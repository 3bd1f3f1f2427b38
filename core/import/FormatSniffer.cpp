#include "FormatSniffer.h"

#include "GitHubIssueImport.h"
#include "StackExchangeImport.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace dlrepro {

namespace {

QString extensionOf(const QString &fileName)
{
    return QFileInfo(fileName).suffix().toLower();
}

qsizetype skipBomAndSpace(const QByteArray &data, qsizetype i = 0)
{
    if (i == 0 && data.startsWith("\xEF\xBB\xBF"))
        i = 3;
    while (i < data.size() && (data.at(i) == ' ' || data.at(i) == '\n' || data.at(i) == '\r' || data.at(i) == '\t'))
        ++i;
    return i;
}

InputFormat formatOfObject(const QJsonObject &o)
{
    if (o.contains(QLatin1String("schema")))
        return InputFormat::ReportJson;
    if (o.contains(QLatin1String("nbformat")) || o.contains(QLatin1String("cells")))
        return InputFormat::Notebook;
    if (o.contains(QLatin1String("items")) || isStackExchangeItem(o) || o.contains(QLatin1String("error_id")))
        return InputFormat::StackExchangeJson;
    if (isGitHubIssue(o))
        return InputFormat::GitHubIssueJson;
    return InputFormat::Auto;
}

bool startsWithTag(QStringView t, QLatin1StringView tag)
{
    return t.startsWith(tag, Qt::CaseInsensitive);
}

} // namespace

bool looksLikeJson(const QByteArray &data, const QString &fileName)
{
    const QString ext = extensionOf(fileName);
    const qsizetype i = skipBomAndSpace(data);
    if (i >= data.size())
        return false;
    const char c = data.at(i);
    if (c != '{' && c != '[')
        return false;
    if (ext == QLatin1String("json") || ext == QLatin1String("jsonl") || ext == QLatin1String("ipynb"))
        return true;
    const qsizetype j = skipBomAndSpace(data, i + 1);
    if (j >= data.size())
        return true; // "{" alone: let the parser say what is wrong
    const char d = data.at(j);
    if (c == '{')
        return d == '"' || d == '}';
    // "[" opens a Markdown link too ("[Bug] ..."): JSON only when a JSON value follows.
    return d == '{' || d == '[' || d == ']' || d == '"' || (d >= '0' && d <= '9') || d == '-';
}

bool looksLikeJsonLines(const QByteArray &data, const QString &fileName)
{
    if (extensionOf(fileName) == QLatin1String("jsonl"))
        return true;
    const qsizetype start = skipBomAndSpace(data);
    if (start >= data.size() || data.at(start) != '{')
        return false;
    const qsizetype eol = data.indexOf('\n', start);
    if (eol < 0)
        return false;
    const qsizetype next = skipBomAndSpace(data, eol + 1);
    if (next >= data.size() || data.at(next) != '{')
        return false;
    // The first line must be a whole object by itself (pretty-printed JSON's first line is not).
    QJsonParseError error;
    const QJsonDocument first = QJsonDocument::fromJson(data.mid(start, eol - start), &error);
    return error.error == QJsonParseError::NoError && first.isObject();
}

InputFormat formatOfJson(const QJsonDocument &document)
{
    if (document.isObject())
        return formatOfObject(document.object());
    const QJsonArray array = document.array();
    if (array.isEmpty() || !array.first().isObject())
        return InputFormat::Auto;
    return formatOfObject(array.first().toObject());
}

InputFormat sniffMarkupFormat(QStringView text, const QString &fileName)
{
    const QString ext = extensionOf(fileName);
    const QStringView t = text.trimmed();
    if (t.startsWith(u'<')) {
        const QStringView head = t.left(4096);
        if (startsWithTag(head, QLatin1StringView("<?xml"))) {
            if (head.contains(QLatin1String("<html"), Qt::CaseInsensitive))
                return InputFormat::Html;
            return InputFormat::PostsXml;
        }
        if (startsWithTag(head, QLatin1StringView("<posts")) || startsWithTag(head, QLatin1StringView("<row")))
            return InputFormat::PostsXml;
        if (startsWithTag(head, QLatin1StringView("<!doctype html")) || startsWithTag(head, QLatin1StringView("<html")))
            return InputFormat::Html;
        const bool tag = t.size() > 1 && (t.at(1).isLetter() || t.at(1) == u'!');
        if (tag) {
            if (ext == QLatin1String("md") || ext == QLatin1String("markdown"))
                return InputFormat::Markdown;
            if (ext == QLatin1String("txt"))
                return InputFormat::PlainText;
            return InputFormat::Html;
        }
    }
    // Markdown signals: a fence, an ATX heading, a link, or bold text at a line start.
    bool markdown = false;
    const QStringView head = text.left(1 << 16);
    for (QStringView line : head.split(u'\n')) {
        const QStringView l = line.trimmed();
        if (l.startsWith(QLatin1String("```")) || l.startsWith(QLatin1String("~~~"))
            || l.startsWith(QLatin1String("# ")) || l.startsWith(QLatin1String("## "))
            || l.startsWith(QLatin1String("### ")) || l.startsWith(QLatin1String("**"))) {
            markdown = true;
            break;
        }
        const qsizetype link = l.indexOf(QLatin1String("]("));
        if (link > 0 && l.lastIndexOf(u'[', link) >= 0 && l.indexOf(u')', link) > link) {
            markdown = true;
            break;
        }
    }
    if (markdown)
        return InputFormat::Markdown;
    if (ext == QLatin1String("md") || ext == QLatin1String("markdown"))
        return InputFormat::Markdown;
    if ((ext == QLatin1String("html") || ext == QLatin1String("htm")) && text.contains(u'<'))
        return InputFormat::Html;
    return InputFormat::PlainText;
}

} // namespace dlrepro
