#include "PostsXmlImport.h"

#include "HtmlText.h"
#include "PostsXmlReader.h"
#include "StackExchangeImport.h"

#include <QHash>

namespace dlrepro {

namespace {

Post postFromRow(const PostRow &row)
{
    Post post = makePost(htmlToText(row.body), row.body, MarkupFormat::Html);
    post.id = QString::number(row.id);
    post.score = row.score;
    post.created = row.creationDate;
    return post;
}

} // namespace

ImportResult importPostsXml(QIODevice *device, const QString &inputName)
{
    PostsXmlReader reader(device);
    PostRow row;
    ImportResult result;
    QHash<qint64, qsizetype> reportByQuestion;
    QList<PostRow> answers;
    qint64 answerRows = 0;
    while (reader.readNext(&row)) {
        if (row.postTypeId == 1) {
            Report r;
            r.source = ReportSource::StackOverflow;
            r.id = QStringLiteral("so:%1").arg(row.id);
            r.url = stackOverflowQuestionUrl(row.id);
            r.title = row.title;
            r.tags = row.tags;
            r.body = postFromRow(row);
            if (row.acceptedAnswerId > 0)
                r.acceptedAnswerId = QString::number(row.acceptedAnswerId);
            if (r.body.text.trimmed().isEmpty())
                return ImportResult::failure(inputName, QStringLiteral("question %1 has an empty body").arg(row.id));
            reportByQuestion.insert(row.id, result.reports.size());
            result.reports.append(r);
        } else if (row.postTypeId == 2) {
            ++answerRows;
            answers.append(row);
        }
        // Answers are attached as they come when their question is known; the rest wait.
        if (!answers.isEmpty()) {
            const PostRow &a = answers.last();
            const auto it = reportByQuestion.constFind(a.parentId);
            if (it != reportByQuestion.constEnd()) {
                Report &r = result.reports[it.value()];
                Answer answer;
                answer.post = postFromRow(a);
                answer.accepted = QString::number(a.id) == r.acceptedAnswerId;
                r.answers.append(answer);
                answers.removeLast();
            }
        }
    }
    if (!reader.error().isEmpty())
        return ImportResult::failure(inputName, reader.error());
    if (result.reports.isEmpty())
        return ImportResult::failure(inputName, reader.rowsRead() == 0
            ? QStringLiteral("not a question (no <row> in the Posts.xml)")
            : QStringLiteral("not a question (%1 rows, %2 answers, no question)").arg(reader.rowsRead()).arg(answerRows));
    for (const PostRow &a : answers) {
        const auto it = reportByQuestion.constFind(a.parentId);
        if (it == reportByQuestion.constEnd())
            continue;
        Report &r = result.reports[it.value()];
        Answer answer;
        answer.post = postFromRow(a);
        answer.accepted = answer.post.id == r.acceptedAnswerId;
        r.answers.append(answer);
    }
    return result;
}

} // namespace dlrepro
