#include "TextImport.h"

#include "MarkdownText.h"

namespace dlrepro {

namespace {

constexpr qsizetype kMaxTitleLength = 200;

QString firstLine(const QString &text)
{
    for (QStringView line : QStringView(text).split(u'\n')) {
        const QStringView t = line.trimmed();
        if (!t.isEmpty())
            return t.left(kMaxTitleLength).toString();
    }
    return QString();
}

ImportResult single(Report r, const QString &inputName)
{
    if (r.body.text.trimmed().isEmpty())
        return ImportResult::failure(inputName, QStringLiteral("empty body (the file holds no text)"));
    ImportResult result;
    result.reports.append(std::move(r));
    return result;
}

} // namespace

ImportResult importMarkdown(const QString &markdown, const QString &inputName)
{
    Report r;
    r.id = inputName;
    QString source = markdown;
    // A leading "# Title" is the report's title, not part of its text.
    qsizetype start = 0;
    while (start < source.size() && source.at(start).isSpace())
        ++start;
    if (source.mid(start, 2) == QLatin1String("# ")) {
        qsizetype end = source.indexOf(u'\n', start);
        if (end < 0)
            end = source.size();
        r.title = QStringView(source).mid(start + 2, end - start - 2).trimmed().toString();
        while (r.title.endsWith(u'#'))
            r.title.chop(1);
        r.title = markdownInlineToText(r.title.trimmed()).left(kMaxTitleLength);
        source.remove(0, end);
    }
    r.body = makePost(markdownToText(source), markdown, MarkupFormat::Markdown);
    if (r.title.isEmpty())
        r.title = firstLine(r.body.text);
    return single(r, inputName);
}

ImportResult importPlainText(const QString &text, const QString &inputName)
{
    Report r;
    r.id = inputName;
    QString normalized = text;
    normalized.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    while (normalized.endsWith(u'\n') || normalized.endsWith(u' '))
        normalized.chop(1);
    r.body.text = normalized;
    r.body.format = MarkupFormat::PlainText;
    if (normalized != text)
        r.body.original = text;
    r.title = firstLine(normalized);
    return single(r, inputName);
}

} // namespace dlrepro
