#include "study/SessionTransfer.h"

#include "db/Database.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace dlrepro {

bool exportSession(const StudyStore &store, const QString &participantId, QJsonObject *out, QString *error)
{
    const std::optional<Participant> p = store.participant(participantId);
    if (!p) {
        *error = QCoreApplication::translate("SessionTransfer", "no participant %1 in %2").arg(participantId, store.location());
        return false;
    }
    QString readError;
    const QList<StudyEvent> events = store.events(participantId, &readError);
    if (!readError.isEmpty()) {
        *error = readError;
        return false;
    }
    QJsonArray list;
    for (const StudyEvent &e : events)
        list.append(studyEventToJson(e));
    *out = {{QStringLiteral("schema"), QStringLiteral("dlrepro.study-session/1")},
            {QStringLiteral("design"), store.fingerprint()},
            {QStringLiteral("participant"),
             QJsonObject{{QStringLiteral("id"), p->id},
                         {QStringLiteral("enrolledAt"), p->enrolledAt.toUTC().toString(Qt::ISODate)},
                         {QStringLiteral("group"), studyGroupId(p->group)},
                         {QStringLiteral("set"), p->setId},
                         {QStringLiteral("stratum"), p->stratum},
                         {QStringLiteral("slot"), p->slot},
                         {QStringLiteral("demographics"), demographicsToJson(p->demographics)}}},
            {QStringLiteral("events"), list}};
    return true;
}

bool mergeSession(StudyStore &store, const QJsonObject &session, MergeResult *result, QString *error)
{
    if (session.value(QStringLiteral("schema")).toString() != QLatin1String("dlrepro.study-session/1")) {
        *error = QCoreApplication::translate("SessionTransfer", "not a study session (schema dlrepro.study-session/1)");
        return false;
    }
    if (session.value(QStringLiteral("design")).toString() != store.fingerprint()) {
        *error = QCoreApplication::translate("SessionTransfer", "the session belongs to another study design (%1, this study is %2)")
                     .arg(session.value(QStringLiteral("design")).toString(), store.fingerprint());
        return false;
    }
    const QJsonObject po = session.value(QStringLiteral("participant")).toObject();
    Participant p;
    p.id = po.value(QStringLiteral("id")).toString();
    p.enrolledAt = QDateTime::fromString(po.value(QStringLiteral("enrolledAt")).toString(), Qt::ISODate);
    p.setId = po.value(QStringLiteral("set")).toString();
    p.stratum = po.value(QStringLiteral("stratum")).toString();
    p.slot = po.value(QStringLiteral("slot")).toInt();
    if (p.id.isEmpty() || !parseStudyGroup(po.value(QStringLiteral("group")).toString(), &p.group) || !store.design().set(p.setId)) {
        *error = QCoreApplication::translate("SessionTransfer", "the session's participant has no id, group or known set");
        return false;
    }
    if (!demographicsFromJson(po.value(QStringLiteral("demographics")).toObject(), &p.demographics, error))
        return false;
    if (store.isWithdrawn(p.id)) {
        *error = QCoreApplication::translate("SessionTransfer", "participant %1 has withdrawn; their session is not merged").arg(p.id);
        return false;
    }
    const std::optional<Participant> existing = store.participant(p.id);
    if (existing && (existing->group != p.group || existing->setId != p.setId)) {
        *error = QCoreApplication::translate("SessionTransfer", "participant %1 is here already in %2/%3, the session says %4/%5")
                     .arg(p.id, studyGroupId(existing->group), existing->setId, studyGroupId(p.group), p.setId);
        return false;
    }
    QList<StudyEvent> events;
    for (const QJsonValue &v : session.value(QStringLiteral("events")).toArray()) {
        StudyEvent e;
        if (!studyEventFromJson(v.toObject(), &e, error))
            return false;
        e.participant = p.id;
        events << e;
    }
    MergeResult r;
    r.participantId = p.id;
    const bool ok = store.database().write(
        [&](QSqlDatabase &db, QString *err) {
            if (!existing) {
                if (!insertParticipantRow(db, p, err))
                    return false;
                r.participantAdded = true;
            }
            for (const StudyEvent &e : events) {
                bool inserted = false;
                if (!insertEventRow(db, e, true, &inserted, err))
                    return false;
                inserted ? ++r.eventsAdded : ++r.eventsAlreadyPresent;
            }
            return true;
        },
        error);
    if (ok && result)
        *result = r;
    return ok;
}

} // namespace dlrepro
