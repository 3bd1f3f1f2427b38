#include "ReportImport.h"

#include "FormatSniffer.h"
#include "GitHubIssueImport.h"
#include "HtmlPageImport.h"
#include "JsonInput.h"
#include "NotebookImport.h"
#include "PostsXmlImport.h"
#include "ReportJsonImport.h"
#include "StackExchangeImport.h"
#include "TextImport.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace dlrepro {

namespace {

struct FormatName {
    InputFormat format;
    const char *id;
};

constexpr FormatName kFormatNames[] = {
    {InputFormat::Auto, "auto"},
    {InputFormat::StackExchangeJson, "stackexchange"},
    {InputFormat::PostsXml, "posts-xml"},
    {InputFormat::GitHubIssueJson, "github"},
    {InputFormat::Markdown, "markdown"},
    {InputFormat::PlainText, "text"},
    {InputFormat::Html, "html"},
    {InputFormat::Notebook, "notebook"},
    {InputFormat::ReportJson, "report"},
};

QString decodeText(const QByteArray &data)
{
    QString text = QString::fromUtf8(data); // invalid sequences become U+FFFD
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return text;
}

ImportResult importJson(const QByteArray &data, InputFormat format, const QString &inputName)
{
    QJsonDocument doc;
    QString error;
    if (!parseJsonInput(data, &doc, &error))
        return ImportResult::failure(inputName, error);
    if (format == InputFormat::Auto) {
        format = formatOfJson(doc);
        if (format == InputFormat::Auto)
            return ImportResult::failure(inputName, doc.isArray() && doc.array().isEmpty()
                ? QStringLiteral("an empty JSON array holds no report")
                : QStringLiteral("unrecognised JSON: expected a Stack Exchange question, a GitHub issue, "
                                 "a Jupyter notebook or a dlrepro report"));
    }
    switch (format) {
    case InputFormat::StackExchangeJson:
        return importStackExchangeJson(doc, inputName);
    case InputFormat::GitHubIssueJson: {
        if (doc.isArray())
            return ImportResult::failure(inputName, QStringLiteral(
                "expected one GitHub issue object, got a JSON array (pass comments separately)"));
        const QJsonObject issue = doc.object();
        // The REST "comments" field is a count; an array there holds the comments themselves.
        const QJsonArray comments = issue.value(QLatin1String("comments")).toArray();
        return importGitHubIssueObject(issue, comments, inputName);
    }
    case InputFormat::Notebook:
        if (!doc.isObject())
            return ImportResult::failure(inputName, QStringLiteral("a notebook is a JSON object, not an array"));
        return importNotebook(doc.object(), decodeText(data), inputName);
    case InputFormat::ReportJson:
        if (!doc.isObject())
            return ImportResult::failure(inputName, QStringLiteral("a dlrepro report is a JSON object, not an array"));
        return importReportJsonObject(doc.object(), inputName);
    default:
        return ImportResult::failure(inputName, QStringLiteral("not a JSON format"));
    }
}

ImportResult importXml(const QByteArray &data, const QString &inputName)
{
    QByteArray bytes = sanitizedUtf8(data);
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    return importPostsXml(&buffer, inputName);
}

} // namespace

ImportResult ImportResult::failure(const QString &input, const QString &what)
{
    ImportResult r;
    r.error = input + QStringLiteral(": ") + what;
    return r;
}

QString inputFormatId(InputFormat format)
{
    for (const FormatName &n : kFormatNames)
        if (n.format == format)
            return QString::fromLatin1(n.id);
    return QString();
}

bool parseInputFormat(const QString &id, InputFormat *out)
{
    const QString key = id.trimmed().toLower();
    for (const FormatName &n : kFormatNames) {
        if (key == QLatin1String(n.id)) {
            *out = n.format;
            return true;
        }
    }
    // Common spellings people type.
    if (key.isEmpty()) {
        *out = InputFormat::Auto;
        return true;
    }
    if (key == QLatin1String("md")) {
        *out = InputFormat::Markdown;
        return true;
    }
    if (key == QLatin1String("txt") || key == QLatin1String("plain")) {
        *out = InputFormat::PlainText;
        return true;
    }
    if (key == QLatin1String("ipynb")) {
        *out = InputFormat::Notebook;
        return true;
    }
    return false;
}

ImportResult importReportData(const QByteArray &data, InputFormat format, const QString &inputName)
{
    if (data.size() > kMaxReportFileBytes)
        return ImportResult::failure(inputName, QStringLiteral("too large (%1 bytes; the limit is %2 MiB)")
            .arg(data.size()).arg(kMaxReportFileBytes / (1024 * 1024)));
    if (data.contains('\0'))
        return ImportResult::failure(inputName, QStringLiteral("binary data (it holds NUL bytes), not a report"));
    if (data.trimmed().isEmpty())
        return ImportResult::failure(inputName, QStringLiteral("empty input"));

    if (format == InputFormat::Auto) {
        if (looksLikeJsonLines(data, inputName))
            return importReportJsonLines(data, inputName);
        if (looksLikeJson(data, inputName))
            return importJson(data, InputFormat::Auto, inputName);
        format = sniffMarkupFormat(decodeText(data), inputName);
    }
    switch (format) {
    case InputFormat::StackExchangeJson:
    case InputFormat::GitHubIssueJson:
    case InputFormat::Notebook:
        return importJson(data, format, inputName);
    case InputFormat::ReportJson:
        if (looksLikeJsonLines(data, inputName))
            return importReportJsonLines(data, inputName);
        return importJson(data, format, inputName);
    case InputFormat::PostsXml:
        return importXml(data, inputName);
    case InputFormat::Html:
        return importHtml(decodeText(data), inputName);
    case InputFormat::Markdown:
        return importMarkdown(decodeText(data), inputName);
    case InputFormat::PlainText:
    case InputFormat::Auto:
        return importPlainText(decodeText(data), inputName);
    }
    return ImportResult::failure(inputName, QStringLiteral("unknown input format"));
}

ImportResult importReportFile(const QString &path, InputFormat format)
{
    const QFileInfo info(path);
    if (!info.exists())
        return ImportResult::failure(path, QStringLiteral("no such file"));
    if (info.isDir())
        return ImportResult::failure(path, QStringLiteral("is a directory, not a report file"));
    if (info.size() > kMaxReportFileBytes)
        return ImportResult::failure(path, QStringLiteral("too large (%1 bytes; the limit is %2 MiB)")
            .arg(info.size()).arg(kMaxReportFileBytes / (1024 * 1024)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return ImportResult::failure(path, QStringLiteral("cannot read: ") + file.errorString());
    // read() up to one byte past the limit: a file that grew (or a pipe) is still refused.
    const QByteArray data = file.read(kMaxReportFileBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return ImportResult::failure(path, QStringLiteral("cannot read: ") + file.errorString());
    ImportResult result = importReportData(data, format, path);
    // Reports without an id of their own are named after the file, not its whole path.
    for (Report &r : result.reports)
        if (r.id == path)
            r.id = info.fileName();
    return result;
}

} // namespace dlrepro
