#include "StackExchangeImport.h"

#include "HtmlEntities.h"
#include "HtmlText.h"
#include "MarkdownText.h"

#include <QHash>
#include <QJsonArray>

namespace dlrepro {

namespace {

QString idString(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    const qint64 id = v.toInteger(0);
    return id > 0 ? QString::number(id) : QString();
}

Post postFromItem(const QJsonObject &o, QLatin1StringView idKey)
{
    Post post;
    const QJsonValue body = o.value(QLatin1String("body"));
    if (body.isString()) {
        const QString html = body.toString();
        post = makePost(htmlToText(html), html, MarkupFormat::Html);
    } else if (o.value(QLatin1String("body_markdown")).isString()) {
        // The API escapes HTML characters inside body_markdown as well.
        const QString markdown = decodeHtmlEntities(o.value(QLatin1String("body_markdown")).toString());
        post = makePost(markdownToText(markdown), markdown, MarkupFormat::Markdown);
    }
    post.id = idString(o.value(idKey));
    post.score = o.value(QLatin1String("score")).toInt();
    const QJsonValue created = o.value(QLatin1String("creation_date"));
    if (created.isDouble())
        post.created = QDateTime::fromSecsSinceEpoch(created.toInteger(), Qt::UTC);
    post.author = decodeHtmlEntities(
        o.value(QLatin1String("owner")).toObject().value(QLatin1String("display_name")).toString());
    return post;
}

QList<Post> commentsOf(const QJsonObject &o)
{
    QList<Post> comments;
    for (const QJsonValue &c : o.value(QLatin1String("comments")).toArray())
        if (c.isObject())
            comments.append(postFromItem(c.toObject(), QLatin1StringView("comment_id")));
    return comments;
}

bool isQuestion(const QJsonObject &o)
{
    return o.contains(QLatin1String("question_id")) && !o.contains(QLatin1String("answer_id"))
        && !o.contains(QLatin1String("comment_id"));
}

bool isAnswer(const QJsonObject &o)
{
    return o.contains(QLatin1String("answer_id")) && !o.contains(QLatin1String("comment_id"));
}

Answer answerFromItem(const QJsonObject &o)
{
    Answer a;
    a.post = postFromItem(o, QLatin1StringView("answer_id"));
    a.accepted = o.value(QLatin1String("is_accepted")).toBool();
    a.comments = commentsOf(o);
    return a;
}

bool reportFromQuestion(const QJsonObject &q, Report *r, QString *error)
{
    const QString id = idString(q.value(QLatin1String("question_id")));
    if (id.isEmpty()) {
        *error = QStringLiteral("a question without a valid question_id");
        return false;
    }
    r->source = ReportSource::StackOverflow;
    r->id = QStringLiteral("so:") + id;
    r->url = q.value(QLatin1String("link")).toString();
    if (r->url.isEmpty())
        r->url = stackOverflowQuestionUrl(id.toLongLong());
    r->title = decodeHtmlEntities(q.value(QLatin1String("title")).toString());
    for (const QJsonValue &t : q.value(QLatin1String("tags")).toArray())
        r->tags.append(t.toString());
    r->body = postFromItem(q, QLatin1StringView("question_id"));
    if (r->body.text.trimmed().isEmpty()) {
        *error = QStringLiteral("question %1 has an empty body (request the API with filter=withbody)").arg(id);
        return false;
    }
    r->comments = commentsOf(q);
    r->acceptedAnswerId = idString(q.value(QLatin1String("accepted_answer_id")));
    for (const QJsonValue &a : q.value(QLatin1String("answers")).toArray())
        if (a.isObject())
            r->answers.append(answerFromItem(a.toObject()));
    return true;
}

void settleAccepted(Report *r)
{
    for (Answer &a : r->answers) {
        if (!r->acceptedAnswerId.isEmpty() && a.post.id == r->acceptedAnswerId)
            a.accepted = true;
        if (a.accepted && r->acceptedAnswerId.isEmpty())
            r->acceptedAnswerId = a.post.id;
    }
}

} // namespace

bool isStackExchangeItem(const QJsonObject &o)
{
    return o.contains(QLatin1String("question_id")) || o.contains(QLatin1String("answer_id"));
}

QString stackOverflowQuestionUrl(qint64 questionId)
{
    return QStringLiteral("https://stackoverflow.com/questions/%1").arg(questionId);
}

ImportResult importStackExchangeJson(const QJsonDocument &document, const QString &inputName)
{
    QJsonArray items;
    if (document.isArray()) {
        items = document.array();
    } else {
        const QJsonObject root = document.object();
        if (root.contains(QLatin1String("items"))) {
            if (!root.value(QLatin1String("items")).isArray())
                return ImportResult::failure(inputName, QStringLiteral("\"items\" is not an array"));
            items = root.value(QLatin1String("items")).toArray();
        } else if (isStackExchangeItem(root)) {
            items.append(root);
        } else if (root.contains(QLatin1String("error_id"))) {
            return ImportResult::failure(inputName, QStringLiteral("the API answered with error %1: %2")
                .arg(root.value(QLatin1String("error_id")).toInt())
                .arg(root.value(QLatin1String("error_message")).toString()));
        } else {
            return ImportResult::failure(inputName,
                QStringLiteral("not a Stack Exchange question (no question_id or items)"));
        }
    }

    ImportResult result;
    QHash<QString, qsizetype> reportByQuestion;
    QList<QJsonObject> looseAnswers;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject o = items.at(i).toObject();
        if (isQuestion(o)) {
            Report r;
            QString error;
            if (!reportFromQuestion(o, &r, &error))
                return ImportResult::failure(inputName, error);
            reportByQuestion.insert(idString(o.value(QLatin1String("question_id"))), result.reports.size());
            result.reports.append(r);
        } else if (isAnswer(o)) {
            looseAnswers.append(o);
        }
    }
    if (result.reports.isEmpty())
        return ImportResult::failure(inputName, QStringLiteral("not a question (%1)")
            .arg(looseAnswers.isEmpty() ? QStringLiteral("no question among the items")
                                        : QStringLiteral("only answers, no question")));
    for (const QJsonObject &o : looseAnswers) {
        const auto it = reportByQuestion.constFind(idString(o.value(QLatin1String("question_id"))));
        if (it != reportByQuestion.constEnd())
            result.reports[it.value()].answers.append(answerFromItem(o));
    }
    for (Report &r : result.reports)
        settleAccepted(&r);
    return result;
}

} // namespace dlrepro
