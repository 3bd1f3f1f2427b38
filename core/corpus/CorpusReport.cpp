#include "CorpusReport.h"

#include "import/HtmlText.h"
#include "report/ReportJson.h"

#include <QJsonArray>

namespace dlrepro {

namespace {

// The importers' own conversion, so that a selected question reads exactly like the same
// question imported from a file.
Post postFromHtml(const QString &html)
{
    return makePost(htmlToText(html), html, MarkupFormat::Html);
}

} // namespace

Report reportFromQuestionRow(const PostRow &q)
{
    Report r;
    r.source = ReportSource::StackOverflow;
    r.id = QStringLiteral("so:") + QString::number(q.id);
    r.url = QStringLiteral("https://stackoverflow.com/questions/") + QString::number(q.id);
    r.title = q.title;
    r.tags = q.tags;
    r.body = postFromHtml(q.body);
    r.body.id = QString::number(q.id);
    r.body.created = q.creationDate;
    r.body.score = q.score;
    if (q.acceptedAnswerId > 0)
        r.acceptedAnswerId = QString::number(q.acceptedAnswerId);
    return r;
}

Answer acceptedAnswerFromRow(const PostRow &a)
{
    Answer answer;
    answer.post = postFromHtml(a.body);
    answer.post.id = QString::number(a.id);
    answer.post.created = a.creationDate;
    answer.post.score = a.score;
    answer.accepted = true;
    return answer;
}

QJsonObject selectedQuestionToJson(const SelectedQuestion &q)
{
    QJsonObject o = reportToJson(q.report);
    QJsonArray parts;
    for (BugType t : q.bugTypeParts)
        parts.append(bugTypeId(t));
    o.insert(QStringLiteral("selection"),
             QJsonObject{{QStringLiteral("framework"), q.framework},
                         {QStringLiteral("bug_type"), bugTypeId(q.bugType)},
                         {QStringLiteral("bug_type_parts"), parts}});
    return o;
}

} // namespace dlrepro
