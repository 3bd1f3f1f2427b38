// The study database: design, participants, events; one transaction per change.
#include "study/StudyStore.h"

#include "db/Database.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace dlrepro {

namespace {

const Schema &studySchema()
{
    static const Schema schema{
        QStringLiteral("dlrepro-study"),
        {{1,
          {QStringLiteral("CREATE TABLE design (id INTEGER PRIMARY KEY CHECK (id = 1), json TEXT NOT NULL, fingerprint TEXT NOT NULL)"),
           QStringLiteral("CREATE TABLE participants (id TEXT PRIMARY KEY, enrolled_at TEXT NOT NULL, grp TEXT NOT NULL, "
                          "set_id TEXT NOT NULL, stratum TEXT NOT NULL, slot INTEGER NOT NULL, demographics TEXT NOT NULL)"),
           // Only the id of a withdrawn participant stays: it keeps their exported sessions out.
           QStringLiteral("CREATE TABLE withdrawn (id TEXT PRIMARY KEY)"),
           // Assignment counters per stratum and per group, never decremented, so that the n-th
           // enrolment gets the same assignment whatever happened to earlier participants.
           QStringLiteral("CREATE TABLE assignment_counters (key TEXT PRIMARY KEY, next INTEGER NOT NULL)"),
           QStringLiteral("CREATE TABLE events (id TEXT PRIMARY KEY, participant TEXT NOT NULL REFERENCES participants(id) ON DELETE CASCADE, "
                          "seq INTEGER NOT NULL, bug TEXT NOT NULL, kind TEXT NOT NULL, clock_base TEXT NOT NULL, mono_ms INTEGER NOT NULL, "
                          "wall TEXT NOT NULL, payload TEXT NOT NULL)"),
           QStringLiteral("CREATE INDEX events_by_participant ON events (participant, seq)")}}}};
    return schema;
}

} // namespace

StudyStore::~StudyStore() = default;

QString StudyStore::location() const { return m_db->location(); }

std::unique_ptr<StudyStore> StudyStore::create(const QString &path, const StudyDesign &design, QString *error)
{
    std::unique_ptr<StudyStore> store(new StudyStore);
    store->m_db = openDatabase(path, studySchema(), error, OpenMode::CreateIfMissing);
    if (!store->m_db)
        return nullptr;
    QSqlQuery q(store->m_db->connection());
    if (q.exec(QStringLiteral("SELECT COUNT(*) FROM design")) && q.next() && q.value(0).toInt() > 0) {
        *error = QCoreApplication::translate("StudyStore", "%1: already holds a study; use a new file").arg(path);
        return nullptr;
    }
    q.finish();
    const QString fingerprint = studyDesignFingerprint(design);
    const QString json = QString::fromUtf8(QJsonDocument(studyDesignToJson(design)).toJson(QJsonDocument::Compact));
    const bool ok = store->m_db->write(
        [&](QSqlDatabase &db, QString *err) {
            QSqlQuery w(db);
            w.prepare(QStringLiteral("INSERT INTO design (id, json, fingerprint) VALUES (1, ?, ?)"));
            w.addBindValue(json);
            w.addBindValue(fingerprint);
            return execQuery(w, QStringLiteral("design"), err);
        },
        error);
    if (!ok)
        return nullptr;
    store->m_design = design;
    store->m_fingerprint = fingerprint;
    return store;
}

std::unique_ptr<StudyStore> StudyStore::open(const QString &path, QString *error)
{
    std::unique_ptr<StudyStore> store(new StudyStore);
    store->m_db = openDatabase(path, studySchema(), error, OpenMode::ExistingOnly);
    if (!store->m_db || !store->loadDesign(error))
        return nullptr;
    return store;
}

bool StudyStore::loadDesign(QString *error)
{
    QSqlQuery q(m_db->connection());
    if (!q.exec(QStringLiteral("SELECT json, fingerprint FROM design WHERE id = 1")) || !q.next()) {
        *error = QCoreApplication::translate("StudyStore", "%1: holds no study design (create it with 'dlrepro-cli study create')").arg(location());
        return false;
    }
    const QJsonObject json = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
    m_fingerprint = q.value(1).toString();
    // Report files may have moved since the study was created: the stored design stays valid,
    // and the window says so when it cannot read a report.
    QString why;
    StudyDesign design;
    if (!studyDesignFromJson(json, QString(), &design, &why, false)) {
        *error = QStringLiteral("%1: %2").arg(location(), why);
        return false;
    }
    m_design = design;
    return true;
}

namespace {

Participant participantFromQuery(const QSqlQuery &q)
{
    Participant p;
    p.id = q.value(0).toString();
    p.enrolledAt = QDateTime::fromString(q.value(1).toString(), Qt::ISODate);
    parseStudyGroup(q.value(2).toString(), &p.group);
    p.setId = q.value(3).toString();
    p.stratum = q.value(4).toString();
    p.slot = q.value(5).toInt();
    QString ignored;
    demographicsFromJson(QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object(), &p.demographics, &ignored);
    return p;
}

const QLatin1String kParticipantColumns("id, enrolled_at, grp, set_id, stratum, slot, demographics");

} // namespace

QList<Participant> StudyStore::participants(QString *error) const
{
    QList<Participant> out;
    QSqlQuery q(m_db->connection());
    if (!q.exec(QStringLiteral("SELECT %1 FROM participants ORDER BY enrolled_at, rowid").arg(kParticipantColumns))) {
        if (error)
            *error = q.lastError().text();
        return out;
    }
    while (q.next())
        out << participantFromQuery(q);
    return out;
}

std::optional<Participant> StudyStore::participant(const QString &id) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT %1 FROM participants WHERE id = ?").arg(kParticipantColumns));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return participantFromQuery(q);
}

bool StudyStore::isWithdrawn(const QString &id) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT 1 FROM withdrawn WHERE id = ?"));
    q.addBindValue(id);
    return q.exec() && q.next();
}

bool StudyStore::withdraw(const QString &id, QString *error)
{
    if (!participant(id)) {
        *error = isWithdrawn(id) ? QCoreApplication::translate("StudyStore", "participant %1 has already withdrawn").arg(id)
                                 : QCoreApplication::translate("StudyStore", "no participant %1 in %2").arg(id, location());
        return false;
    }
    return m_db->write(
        [&](QSqlDatabase &db, QString *err) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("DELETE FROM events WHERE participant = ?"));
            q.addBindValue(id);
            if (!execQuery(q, QStringLiteral("withdraw"), err))
                return false;
            q.prepare(QStringLiteral("DELETE FROM participants WHERE id = ?"));
            q.addBindValue(id);
            if (!execQuery(q, QStringLiteral("withdraw"), err))
                return false;
            q.prepare(QStringLiteral("INSERT OR IGNORE INTO withdrawn (id) VALUES (?)"));
            q.addBindValue(id);
            return execQuery(q, QStringLiteral("withdraw"), err);
        },
        error);
}

QList<StudyEvent> StudyStore::events(const QString &participantId, QString *error) const
{
    QList<StudyEvent> out;
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT id, participant, seq, bug, kind, clock_base, mono_ms, wall, payload FROM events "
                             "WHERE participant = ? ORDER BY seq, rowid"));
    q.addBindValue(participantId);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return out;
    }
    while (q.next()) {
        StudyEvent e;
        e.id = q.value(0).toString();
        e.participant = q.value(1).toString();
        e.seq = q.value(2).toInt();
        e.bug = q.value(3).toString();
        parseStudyEventKind(q.value(4).toString(), &e.kind);
        e.time.base = q.value(5).toString();
        e.time.ms = q.value(6).toLongLong();
        e.time.wall = QDateTime::fromString(q.value(7).toString(), Qt::ISODateWithMs);
        e.payload = QJsonDocument::fromJson(q.value(8).toString().toUtf8()).object();
        out << e;
    }
    return out;
}

bool StudyStore::appendEvent(StudyEvent &event, QString *error)
{
    return m_db->write(
        [&](QSqlDatabase &db, QString *err) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT COALESCE(MAX(seq), 0) + 1 FROM events WHERE participant = ?"));
            q.addBindValue(event.participant);
            if (!execQuery(q, QStringLiteral("event"), err) || !q.next())
                return false;
            event.seq = q.value(0).toInt();
            q.finish();
            bool inserted = false;
            return insertEventRow(db, event, false, &inserted, err);
        },
        error);
}

bool insertParticipantRow(QSqlDatabase &db, const Participant &p, QString *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO participants (%1) VALUES (?, ?, ?, ?, ?, ?, ?)").arg(kParticipantColumns));
    q.addBindValue(p.id);
    q.addBindValue(p.enrolledAt.toUTC().toString(Qt::ISODate));
    q.addBindValue(studyGroupId(p.group));
    q.addBindValue(p.setId);
    q.addBindValue(p.stratum);
    q.addBindValue(p.slot);
    q.addBindValue(QString::fromUtf8(QJsonDocument(demographicsToJson(p.demographics)).toJson(QJsonDocument::Compact)));
    return execQuery(q, QStringLiteral("participant %1").arg(p.id), error);
}

bool insertEventRow(QSqlDatabase &db, const StudyEvent &e, bool ignoreDuplicate, bool *inserted, QString *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT %1 INTO events (id, participant, seq, bug, kind, clock_base, mono_ms, wall, payload) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                  .arg(ignoreDuplicate ? QStringLiteral("OR IGNORE") : QString()));
    q.addBindValue(e.id);
    q.addBindValue(e.participant);
    q.addBindValue(e.seq);
    q.addBindValue(e.bug.isNull() ? QStringLiteral("") : e.bug); // a null QString binds as NULL
    q.addBindValue(studyEventKindId(e.kind));
    q.addBindValue(e.time.base);
    q.addBindValue(e.time.ms);
    q.addBindValue(e.time.wall.toUTC().toString(Qt::ISODateWithMs));
    q.addBindValue(QString::fromUtf8(QJsonDocument(e.payload).toJson(QJsonDocument::Compact)));
    if (!execQuery(q, QStringLiteral("event %1").arg(e.id), error))
        return false;
    *inserted = q.numRowsAffected() > 0;
    return true;
}

} // namespace dlrepro
