#include "ReportJson.h"

#include <QJsonArray>

namespace dlrepro {

namespace {

QJsonObject spanToJson(const TextSpan &s) { return QJsonObject{{QStringLiteral("start"), s.start}, {QStringLiteral("length"), s.length}}; }

TextSpan spanFromJson(const QJsonValue &v)
{
    const QJsonObject o = v.toObject();
    if (o.isEmpty())
        return {};
    return TextSpan{qsizetype(o.value(QLatin1String("start")).toInteger(-1)), qsizetype(o.value(QLatin1String("length")).toInteger(0))};
}

QJsonObject postToJson(const Post &p)
{
    QJsonArray blocks;
    for (const CodeBlock &b : p.codeBlocks)
        blocks.append(QJsonObject{{QStringLiteral("text"), b.text},
                                  {QStringLiteral("kind"), codeBlockKindId(b.kind)},
                                  {QStringLiteral("language"), b.language},
                                  {QStringLiteral("span"), spanToJson(b.span)}});
    QJsonObject o{{QStringLiteral("id"), p.id},
                  {QStringLiteral("author"), p.author},
                  {QStringLiteral("score"), p.score},
                  {QStringLiteral("text"), p.text},
                  {QStringLiteral("format"), markupFormatId(p.format)},
                  {QStringLiteral("code_blocks"), blocks}};
    if (p.created.isValid())
        o.insert(QStringLiteral("created"), p.created.toUTC().toString(Qt::ISODate));
    if (!p.original.isEmpty())
        o.insert(QStringLiteral("original"), p.original);
    return o;
}

bool postFromJson(const QJsonValue &v, Post *p, const QString &where, QString *error)
{
    if (!v.isObject()) {
        *error = where + QStringLiteral(": expected an object");
        return false;
    }
    const QJsonObject o = v.toObject();
    p->id = o.value(QLatin1String("id")).toString();
    p->author = o.value(QLatin1String("author")).toString();
    p->score = o.value(QLatin1String("score")).toInt();
    p->text = o.value(QLatin1String("text")).toString();
    p->original = o.value(QLatin1String("original")).toString();
    p->created = QDateTime::fromString(o.value(QLatin1String("created")).toString(), Qt::ISODate);
    const QString fmt = o.value(QLatin1String("format")).toString();
    p->format = MarkupFormat::PlainText;
    for (MarkupFormat f : {MarkupFormat::PlainText, MarkupFormat::Markdown, MarkupFormat::Html, MarkupFormat::Notebook})
        if (fmt == markupFormatId(f))
            p->format = f;
    p->codeBlocks.clear();
    const QJsonArray blocks = o.value(QLatin1String("code_blocks")).toArray();
    for (const QJsonValue &bv : blocks) {
        const QJsonObject b = bv.toObject();
        CodeBlock block;
        block.text = b.value(QLatin1String("text")).toString();
        block.language = b.value(QLatin1String("language")).toString();
        block.span = spanFromJson(b.value(QLatin1String("span")));
        const QString kind = b.value(QLatin1String("kind")).toString();
        for (CodeBlockKind k : {CodeBlockKind::Code, CodeBlockKind::Console, CodeBlockKind::Traceback})
            if (kind == codeBlockKindId(k))
                block.kind = k;
        if (block.span.isValid() && block.span.end() > p->text.size()) {
            *error = where + QStringLiteral(": a code block's span lies outside the text");
            return false;
        }
        p->codeBlocks.append(block);
    }
    return true;
}

} // namespace

QJsonObject reportToJson(const Report &r)
{
    QJsonArray answers;
    for (const Answer &a : r.answers) {
        QJsonObject o = postToJson(a.post);
        o.insert(QStringLiteral("accepted"), a.accepted);
        QJsonArray comments;
        for (const Post &c : a.comments)
            comments.append(postToJson(c));
        o.insert(QStringLiteral("comments"), comments);
        answers.append(o);
    }
    QJsonArray comments;
    for (const Post &c : r.comments)
        comments.append(postToJson(c));
    return QJsonObject{{QStringLiteral("schema"), QString(kReportSchema)},
                       {QStringLiteral("source"), reportSourceId(r.source)},
                       {QStringLiteral("id"), r.id},
                       {QStringLiteral("url"), r.url},
                       {QStringLiteral("title"), r.title},
                       {QStringLiteral("tags"), QJsonArray::fromStringList(r.tags)},
                       {QStringLiteral("body"), postToJson(r.body)},
                       {QStringLiteral("answers"), answers},
                       {QStringLiteral("comments"), comments},
                       {QStringLiteral("accepted_answer_id"), r.acceptedAnswerId},
                       {QStringLiteral("repository"), r.repository},
                       {QStringLiteral("state"), r.state}};
}

bool reportFromJson(const QJsonObject &o, Report *r, QString *error)
{
    if (o.value(QLatin1String("schema")).toString() != kReportSchema) {
        *error = QStringLiteral("not a dlrepro report (\"schema\" is not \"%1\")").arg(QString(kReportSchema));
        return false;
    }
    *r = Report();
    const QString source = o.value(QLatin1String("source")).toString();
    for (ReportSource s : {ReportSource::File, ReportSource::StackOverflow, ReportSource::GitHub})
        if (source == reportSourceId(s))
            r->source = s;
    r->id = o.value(QLatin1String("id")).toString();
    r->url = o.value(QLatin1String("url")).toString();
    r->title = o.value(QLatin1String("title")).toString();
    for (const QJsonValue &t : o.value(QLatin1String("tags")).toArray())
        r->tags << t.toString();
    if (!postFromJson(o.value(QLatin1String("body")), &r->body, QStringLiteral("body"), error))
        return false;
    const QJsonArray answers = o.value(QLatin1String("answers")).toArray();
    for (qsizetype i = 0; i < answers.size(); ++i) {
        Answer a;
        const QString where = QStringLiteral("answers[%1]").arg(i);
        if (!postFromJson(answers.at(i), &a.post, where, error))
            return false;
        a.accepted = answers.at(i).toObject().value(QLatin1String("accepted")).toBool();
        for (const QJsonValue &c : answers.at(i).toObject().value(QLatin1String("comments")).toArray()) {
            Post p;
            if (!postFromJson(c, &p, where + QStringLiteral(".comments"), error))
                return false;
            a.comments << p;
        }
        r->answers << a;
    }
    for (const QJsonValue &c : o.value(QLatin1String("comments")).toArray()) {
        Post p;
        if (!postFromJson(c, &p, QStringLiteral("comments"), error))
            return false;
        r->comments << p;
    }
    r->acceptedAnswerId = o.value(QLatin1String("accepted_answer_id")).toString();
    r->repository = o.value(QLatin1String("repository")).toString();
    r->state = o.value(QLatin1String("state")).toString();
    return true;
}

} // namespace dlrepro
