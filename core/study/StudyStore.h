#pragma once

#include "study/Questionnaire.h"
#include "study/StudyDesign.h"
#include "study/StudyEvent.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <optional>

namespace dlrepro {

class Database;

struct Participant
{
    QString id;          // "P-3F9A21C7": what the participant quotes to withdraw
    QDateTime enrolledAt;
    StudyGroup group = StudyGroup::Control;
    QString setId;
    QString stratum;     // the experience band the assignment was stratified by
    int slot = 0;        // position in its stratum's assignment sequence
    Demographics demographics;
};

// The study database (schema application "dlrepro-study", through core/db so that a server
// backend can hold it later): the design, the participants and every session event. Each
// change is one transaction on disk (synchronous=FULL) before the call returns.
class StudyStore
{
public:
    ~StudyStore();

    // Creates a study database from a design. Refuses a database that already holds a study.
    static std::unique_ptr<StudyStore> create(const QString &path, const StudyDesign &design, QString *error);
    // Opens an existing study database.
    static std::unique_ptr<StudyStore> open(const QString &path, QString *error);

    const StudyDesign &design() const { return m_design; }
    QString fingerprint() const { return m_fingerprint; }
    QString location() const;
    Database &database() const { return *m_db; }

    QList<Participant> participants(QString *error = nullptr) const; // in enrolment order
    std::optional<Participant> participant(const QString &id) const;
    bool isWithdrawn(const QString &id) const;
    // Deletes the participant and all their events; the id is kept (alone) so that a session
    // exported before the withdrawal is not merged back.
    bool withdraw(const QString &id, QString *error);

    QList<StudyEvent> events(const QString &participantId, QString *error = nullptr) const; // in seq order
    // Stores the event at once with the next seq of its participant (set in `event`).
    bool appendEvent(StudyEvent &event, QString *error);

private:
    StudyStore() = default;
    bool loadDesign(QString *error);
    std::unique_ptr<Database> m_db;
    StudyDesign m_design;
    QString m_fingerprint;
};

// Rows of the participants table, for the enrolment and the merge (which write their own
// transactions through StudyStore::database()).
bool insertParticipantRow(QSqlDatabase &db, const Participant &p, QString *error);
bool insertEventRow(QSqlDatabase &db, const StudyEvent &e, bool ignoreDuplicate, bool *inserted, QString *error);

} // namespace dlrepro
