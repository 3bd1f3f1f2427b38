#include "Inspection.h"

#include <QJsonArray>

namespace dlrepro {

namespace {

QJsonValue numberOrNull(double v)
{
    // JSON has no NaN; a reported "loss: nan" keeps its text in "value".
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null);
}

QJsonObject factToJson(const Fact &f, const QString &bodyText)
{
    const auto category = factCategory(f.kind);
    QJsonObject o{{QStringLiteral("kind"), factKindId(f.kind)},
                  {QStringLiteral("category"), category ? QJsonValue(informationId(*category)) : QJsonValue()},
                  {QStringLiteral("name"), f.name},
                  {QStringLiteral("value"), f.value},
                  {QStringLiteral("number"), numberOrNull(f.number)},
                  {QStringLiteral("unit"), f.unit},
                  {QStringLiteral("detail"), f.detail},
                  {QStringLiteral("confidence"), f.confidence}};
    if (f.span.isValid() && f.span.end() <= bodyText.size()) {
        o.insert(QStringLiteral("start"), f.span.start);
        o.insert(QStringLiteral("length"), f.span.length);
        o.insert(QStringLiteral("text"), bodyText.mid(f.span.start, f.span.length));
    } else {
        o.insert(QStringLiteral("start"), QJsonValue());
        o.insert(QStringLiteral("length"), QJsonValue());
        o.insert(QStringLiteral("text"), QJsonValue());
    }
    return o;
}

QJsonObject reportSummary(const Report &r)
{
    QJsonArray blocks;
    for (const CodeBlock &b : r.body.codeBlocks)
        blocks.append(QJsonObject{{QStringLiteral("kind"), codeBlockKindId(b.kind)},
                                  {QStringLiteral("language"), b.language},
                                  {QStringLiteral("start"), b.span.start},
                                  {QStringLiteral("length"), b.span.length},
                                  {QStringLiteral("text"), b.text}});
    const Answer *accepted = r.acceptedAnswer();
    return QJsonObject{{QStringLiteral("id"), r.id},
                       {QStringLiteral("source"), reportSourceId(r.source)},
                       {QStringLiteral("url"), r.url},
                       {QStringLiteral("title"), r.title},
                       {QStringLiteral("tags"), QJsonArray::fromStringList(r.tags)},
                       {QStringLiteral("format"), markupFormatId(r.body.format)},
                       {QStringLiteral("created"), r.body.created.isValid()
                                                       ? QJsonValue(r.body.created.toUTC().toString(Qt::ISODate))
                                                       : QJsonValue()},
                       {QStringLiteral("text"), r.body.text},
                       {QStringLiteral("code_blocks"), blocks},
                       {QStringLiteral("answers"), int(r.answers.size())},
                       {QStringLiteral("comments"), int(r.comments.size())},
                       {QStringLiteral("has_accepted_answer"), accepted != nullptr}};
}

} // namespace

QJsonObject inspectionToJson(const Inspection &in)
{
    QJsonArray facts;
    for (const Fact &f : in.facts)
        facts.append(factToJson(f, in.report.body.text));

    QJsonArray parts;
    for (BugType t : in.bugType.parts)
        parts.append(bugTypeId(t));
    const QJsonObject bugType{{QStringLiteral("type"), bugTypeId(in.bugType.type)},
                              {QStringLiteral("letter"), QString(bugTypeLetter(in.bugType.type))},
                              {QStringLiteral("name"), bugTypeName(in.bugType.type)},
                              {QStringLiteral("parts"), parts},
                              {QStringLiteral("confidence"), in.bugType.confidence},
                              {QStringLiteral("reason"), in.bugType.reason},
                              {QStringLiteral("evidence"), QJsonArray::fromStringList(in.bugType.evidence)},
                              {QStringLiteral("overridden"), in.bugType.overridden}};

    QJsonArray information;
    for (const InformationAssessment &a : in.information) {
        QJsonArray indexes;
        for (int i : a.factIndexes)
            indexes.append(i);
        information.append(QJsonObject{{QStringLiteral("category"), informationId(a.category)},
                                       {QStringLiteral("letter"), QString(informationLetter(a.category))},
                                       {QStringLiteral("name"), informationName(a.category)},
                                       {QStringLiteral("present"), a.present},
                                       {QStringLiteral("confidence"), a.confidence},
                                       {QStringLiteral("evidence"), a.evidence},
                                       {QStringLiteral("facts"), indexes},
                                       {QStringLiteral("follow_up_question"),
                                        a.present ? QJsonValue() : QJsonValue(a.followUpQuestion)}});
    }

    return QJsonObject{{QStringLiteral("schema"), QStringLiteral("dlrepro.inspection/%1").arg(kInspectionSchemaVersion)},
                       {QStringLiteral("report"), reportSummary(in.report)},
                       {QStringLiteral("frameworks"), QJsonArray::fromStringList(in.frameworks)},
                       {QStringLiteral("bug_type"), bugType},
                       {QStringLiteral("information"), information},
                       {QStringLiteral("facts"), facts}};
}

} // namespace dlrepro
