#include "EditProposal.h"

#include "LineDiff.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace dlrepro {

QString Proposal::diff(const QString &fileName) const
{
    return unifiedDiff(originalCode, newCode, fileName, fileName);
}

bool applyProposal(const Proposal &p, const QString &currentCode, QString *result, QString *error)
{
    if (currentCode != p.originalCode) {
        if (error)
            *error = QCoreApplication::translate("EditProposal",
                                                 "the code changed since the proposal was made; analyse it again");
        return false;
    }
    *result = p.newCode;
    return true;
}

QJsonObject factToJson(const Fact &f)
{
    QJsonObject o{{QStringLiteral("kind"), factKindId(f.kind)}};
    if (!f.name.isEmpty())
        o.insert(QStringLiteral("name"), f.name);
    if (!f.value.isEmpty())
        o.insert(QStringLiteral("value"), f.value);
    if (f.hasNumber())
        o.insert(QStringLiteral("number"), f.number);
    if (!f.unit.isEmpty())
        o.insert(QStringLiteral("unit"), f.unit);
    if (!f.detail.isEmpty())
        o.insert(QStringLiteral("detail"), f.detail);
    if (f.span.isValid()) {
        o.insert(QStringLiteral("start"), double(f.span.start));
        o.insert(QStringLiteral("length"), double(f.span.length));
    }
    return o;
}

namespace {

bool factFromJson(const QJsonObject &o, Fact *f)
{
    if (!parseFactKind(o.value(QStringLiteral("kind")).toString(), &f->kind))
        return false;
    f->name = o.value(QStringLiteral("name")).toString();
    f->value = o.value(QStringLiteral("value")).toString();
    if (o.contains(QStringLiteral("number")))
        f->number = o.value(QStringLiteral("number")).toDouble();
    f->unit = o.value(QStringLiteral("unit")).toString();
    f->detail = o.value(QStringLiteral("detail")).toString();
    if (o.contains(QStringLiteral("start"))) {
        f->span.start = qsizetype(o.value(QStringLiteral("start")).toDouble());
        f->span.length = qsizetype(o.value(QStringLiteral("length")).toDouble());
    }
    return true;
}

} // namespace

QJsonObject proposalToJson(const Proposal &p)
{
    QJsonArray facts, changes, questions;
    for (const Fact &f : p.factsUsed)
        facts.append(factToJson(f));
    for (const CodeChange &c : p.changes)
        changes.append(QJsonObject{{QStringLiteral("line"), c.line},
                                   {QStringLiteral("before"), c.before},
                                   {QStringLiteral("after"), c.after},
                                   {QStringLiteral("description"), c.description}});
    for (const QString &q : p.questions)
        questions.append(q);
    QJsonObject files;
    for (auto it = p.files.begin(); it != p.files.end(); ++it)
        files.insert(it.key(), it.value());
    return QJsonObject{
        {QStringLiteral("action"), editActionId(p.action)},
        {QStringLiteral("letter"), QString(editActionLetter(p.action))},
        {QStringLiteral("changed"), p.hasChanges()},
        {QStringLiteral("rationale"), p.rationale},
        {QStringLiteral("nothingToDo"), p.nothingToDo},
        {QStringLiteral("factsUsed"), facts},
        {QStringLiteral("changes"), changes},
        {QStringLiteral("files"), files},
        {QStringLiteral("questions"), questions},
        {QStringLiteral("originalCode"), p.originalCode},
        {QStringLiteral("newCode"), p.newCode},
        {QStringLiteral("diff"), p.diff()},
    };
}

bool proposalFromJson(const QJsonObject &o, Proposal *out, QString *error)
{
    auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    Proposal p;
    if (!parseEditAction(o.value(QStringLiteral("action")).toString(), &p.action))
        return fail(QCoreApplication::translate("EditProposal", "unknown action \"%1\"")
                        .arg(o.value(QStringLiteral("action")).toString()));
    if (!o.value(QStringLiteral("originalCode")).isString() || !o.value(QStringLiteral("newCode")).isString())
        return fail(QCoreApplication::translate("EditProposal", "originalCode and newCode must be strings"));
    p.originalCode = o.value(QStringLiteral("originalCode")).toString();
    p.newCode = o.value(QStringLiteral("newCode")).toString();
    p.rationale = o.value(QStringLiteral("rationale")).toString();
    p.nothingToDo = o.value(QStringLiteral("nothingToDo")).toString();
    for (const QJsonValue &v : o.value(QStringLiteral("factsUsed")).toArray()) {
        Fact f;
        if (!factFromJson(v.toObject(), &f))
            return fail(QCoreApplication::translate("EditProposal", "a fact has an unknown kind"));
        p.factsUsed.append(f);
    }
    for (const QJsonValue &v : o.value(QStringLiteral("changes")).toArray()) {
        const QJsonObject c = v.toObject();
        p.changes.append({c.value(QStringLiteral("line")).toInt(), c.value(QStringLiteral("before")).toString(),
                          c.value(QStringLiteral("after")).toString(),
                          c.value(QStringLiteral("description")).toString()});
    }
    const QJsonObject files = o.value(QStringLiteral("files")).toObject();
    for (auto it = files.begin(); it != files.end(); ++it)
        p.files.insert(it.key(), it.value().toString());
    for (const QJsonValue &v : o.value(QStringLiteral("questions")).toArray())
        p.questions.append(v.toString());
    *out = p;
    return true;
}

} // namespace dlrepro
