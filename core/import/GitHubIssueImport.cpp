#include "GitHubIssueImport.h"

#include "JsonInput.h"
#include "MarkdownText.h"

#include <QJsonDocument>
#include <QUrl>

namespace dlrepro {

namespace {

Post postFromObject(const QJsonObject &o)
{
    const QString markdown = o.value(QLatin1String("body")).toString();
    Post post = makePost(markdownToText(markdown), markdown, MarkupFormat::Markdown);
    const qint64 id = o.value(QLatin1String("id")).toInteger();
    if (id > 0)
        post.id = QString::number(id);
    post.author = o.value(QLatin1String("user")).toObject().value(QLatin1String("login")).toString();
    post.created = QDateTime::fromString(o.value(QLatin1String("created_at")).toString(), Qt::ISODate);
    const QJsonObject reactions = o.value(QLatin1String("reactions")).toObject();
    post.score = reactions.value(QLatin1String("+1")).toInt() - reactions.value(QLatin1String("-1")).toInt();
    return post;
}

} // namespace

bool isGitHubIssue(const QJsonObject &o)
{
    return o.contains(QLatin1String("number"))
        && (o.contains(QLatin1String("title")) || o.contains(QLatin1String("html_url"))
            || o.contains(QLatin1String("repository_url")));
}

QString gitHubRepositoryFromUrl(const QString &url)
{
    const QStringList parts = QUrl(url).path().split(u'/', Qt::SkipEmptyParts);
    if (parts.size() >= 3 && parts.at(0) == QLatin1String("repos"))
        return parts.at(1) + u'/' + parts.at(2);
    if (parts.size() >= 2 && parts.at(0) != QLatin1String("repos"))
        return parts.at(0) + u'/' + parts.at(1);
    return QString();
}

ImportResult importGitHubIssueObject(const QJsonObject &issue, const QJsonArray &comments,
                                     const QString &inputName)
{
    if (!issue.value(QLatin1String("number")).isDouble() || !issue.value(QLatin1String("title")).isString())
        return ImportResult::failure(inputName,
            QStringLiteral("not a GitHub issue (an issue object needs \"number\" and \"title\")"));
    const qint64 number = issue.value(QLatin1String("number")).toInteger();
    Report r;
    r.source = ReportSource::GitHub;
    r.title = issue.value(QLatin1String("title")).toString();
    r.url = issue.value(QLatin1String("html_url")).toString();
    r.repository = gitHubRepositoryFromUrl(issue.value(QLatin1String("repository_url")).toString());
    if (r.repository.isEmpty())
        r.repository = gitHubRepositoryFromUrl(r.url);
    r.id = QStringLiteral("gh:%1#%2").arg(r.repository).arg(number);
    r.state = issue.value(QLatin1String("state")).toString();
    for (const QJsonValue &label : issue.value(QLatin1String("labels")).toArray()) {
        // Labels come as objects, or as plain names when an issue is created through the API.
        const QString name = label.isString() ? label.toString()
                                              : label.toObject().value(QLatin1String("name")).toString();
        if (!name.isEmpty())
            r.tags.append(name);
    }
    r.body = postFromObject(issue);
    r.body.id = QString::number(number);
    if (r.body.text.trimmed().isEmpty())
        return ImportResult::failure(inputName, QStringLiteral("issue #%1 has an empty body").arg(number));
    for (qsizetype i = 0; i < comments.size(); ++i) {
        if (!comments.at(i).isObject())
            return ImportResult::failure(inputName, QStringLiteral("comment %1 is not an object").arg(i));
        r.comments.append(postFromObject(comments.at(i).toObject()));
    }
    ImportResult result;
    result.reports.append(r);
    return result;
}

ImportResult importGitHubIssue(const QByteArray &issueJson, const QByteArray &commentsJson,
                               const QString &inputName)
{
    QJsonDocument issue;
    QString error;
    if (!parseJsonInput(issueJson, &issue, &error))
        return ImportResult::failure(inputName, error);
    if (issue.isArray())
        return ImportResult::failure(inputName,
            QStringLiteral("expected one GitHub issue object, got a JSON array"));
    QJsonArray comments;
    if (!commentsJson.trimmed().isEmpty()) {
        QJsonDocument doc;
        if (!parseJsonInput(commentsJson, &doc, &error))
            return ImportResult::failure(inputName, QStringLiteral("comments: ") + error);
        if (!doc.isArray())
            return ImportResult::failure(inputName, QStringLiteral("comments: expected a JSON array of comments"));
        comments = doc.array();
    }
    return importGitHubIssueObject(issue.object(), comments, inputName);
}

} // namespace dlrepro
