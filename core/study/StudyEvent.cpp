#include "study/StudyEvent.h"

#include <QCoreApplication>

namespace dlrepro {

namespace {
struct KindId { StudyEventKind kind; const char *id; };
constexpr KindId kKinds[] = {
    {StudyEventKind::Shown, "shown"},   {StudyEventKind::Run, "run"},         {StudyEventKind::Verify, "verify"},
    {StudyEventKind::Action, "action"}, {StudyEventKind::Idle, "idle"},       {StudyEventKind::Submit, "submit"},
    {StudyEventKind::Pause, "pause"},   {StudyEventKind::Resume, "resume"},   {StudyEventKind::Restart, "restart"},
    {StudyEventKind::Close, "close"},
};
} // namespace

QString studyEventKindId(StudyEventKind kind)
{
    for (const KindId &k : kKinds)
        if (k.kind == kind)
            return QLatin1String(k.id);
    return {};
}

bool parseStudyEventKind(const QString &id, StudyEventKind *out)
{
    for (const KindId &k : kKinds) {
        if (id == QLatin1String(k.id)) {
            *out = k.kind;
            return true;
        }
    }
    return false;
}

QJsonObject studyEventToJson(const StudyEvent &e)
{
    return {{QStringLiteral("id"), e.id},
            {QStringLiteral("seq"), e.seq},
            {QStringLiteral("bug"), e.bug},
            {QStringLiteral("kind"), studyEventKindId(e.kind)},
            {QStringLiteral("clock"), e.time.base},
            {QStringLiteral("ms"), QString::number(e.time.ms)},
            {QStringLiteral("wall"), e.time.wall.toString(Qt::ISODateWithMs)},
            {QStringLiteral("payload"), e.payload}};
}

bool studyEventFromJson(const QJsonObject &o, StudyEvent *out, QString *error)
{
    StudyEvent e;
    e.id = o.value(QStringLiteral("id")).toString();
    if (e.id.isEmpty()) {
        *error = QCoreApplication::translate("StudyEvent", "an event has no 'id'");
        return false;
    }
    if (!parseStudyEventKind(o.value(QStringLiteral("kind")).toString(), &e.kind)) {
        *error = QCoreApplication::translate("StudyEvent", "event %1: unknown kind '%2'").arg(e.id, o.value(QStringLiteral("kind")).toString());
        return false;
    }
    bool ok = false;
    e.time.ms = o.value(QStringLiteral("ms")).toString().toLongLong(&ok);
    e.time.base = o.value(QStringLiteral("clock")).toString();
    if (!ok || e.time.base.isEmpty()) {
        *error = QCoreApplication::translate("StudyEvent", "event %1: no clock reading ('clock' and 'ms')").arg(e.id);
        return false;
    }
    e.time.wall = QDateTime::fromString(o.value(QStringLiteral("wall")).toString(), Qt::ISODateWithMs);
    e.seq = o.value(QStringLiteral("seq")).toInt();
    e.bug = o.value(QStringLiteral("bug")).toString();
    e.payload = o.value(QStringLiteral("payload")).toObject();
    *out = e;
    return true;
}

} // namespace dlrepro
