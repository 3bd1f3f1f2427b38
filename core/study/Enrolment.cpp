// Stratified, seeded assignment of participants to groups and sets.
#include "study/Enrolment.h"

#include "db/Database.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#include <random>

namespace dlrepro {

namespace {

// A generator for one block, from the seed and the block's name only (std::seed_seq and
// mt19937_64 are fully specified by the standard, so every platform draws the same numbers).
std::mt19937_64 blockGenerator(quint64 seed, const QString &key, int block)
{
    const QByteArray digest = QCryptographicHash::hash(
        QStringLiteral("%1|%2|%3").arg(seed).arg(key).arg(block).toUtf8(), QCryptographicHash::Sha256);
    std::vector<std::uint32_t> words;
    for (int i = 0; i + 4 <= digest.size(); i += 4)
        words.push_back((std::uint32_t(quint8(digest[i])) << 24) | (std::uint32_t(quint8(digest[i + 1])) << 16)
                        | (std::uint32_t(quint8(digest[i + 2])) << 8) | std::uint32_t(quint8(digest[i + 3])));
    std::seed_seq seq(words.begin(), words.end());
    return std::mt19937_64(seq);
}

// Fisher–Yates with the generator's raw output (std::uniform_int_distribution differs between
// standard libraries).
QList<int> permutedBlock(quint64 seed, const QString &key, int block, int size)
{
    QList<int> order;
    for (int i = 0; i < size; ++i)
        order << i;
    std::mt19937_64 rng = blockGenerator(seed, key, block);
    for (int i = size - 1; i > 0; --i)
        order.swapItemsAt(i, int(rng() % std::uint64_t(i + 1)));
    return order;
}

bool nextSlot(QSqlDatabase &db, const QString &key, int *slot, QString *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT next FROM assignment_counters WHERE key = ?"));
    q.addBindValue(key);
    if (!execQuery(q, QStringLiteral("assignment"), error))
        return false;
    *slot = q.next() ? q.value(0).toInt() : 0;
    q.finish();
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO assignment_counters (key, next) VALUES (?, ?)"));
    q.addBindValue(key);
    q.addBindValue(*slot + 1);
    return execQuery(q, QStringLiteral("assignment"), error);
}

} // namespace

QString assignmentStratum(const Demographics &d)
{
    return QStringLiteral("dl:") + experienceBandId(d.dlExperience);
}

StudyGroup assignedGroup(quint64 seed, const QString &stratum, int slot)
{
    const QList<int> block = permutedBlock(seed, QStringLiteral("group:") + stratum, slot / 2, 2);
    return block.at(slot % 2) == 0 ? StudyGroup::Control : StudyGroup::Experimental;
}

QString assignedSet(quint64 seed, const QList<StudySet> &sets, StudyGroup group, int slot)
{
    if (sets.isEmpty())
        return {};
    const int n = int(sets.size());
    const QList<int> block = permutedBlock(seed, QStringLiteral("set:") + studyGroupId(group), slot / n, n);
    return sets.at(block.at(slot % n)).id;
}

std::optional<Participant> enrolParticipant(StudyStore &store, const Demographics &demographics, QString *error)
{
    Participant p;
    p.demographics = demographics;
    p.stratum = assignmentStratum(demographics);
    p.enrolledAt = QDateTime::currentDateTimeUtc();
    do {
        p.id = QStringLiteral("P-") + QUuid::createUuid().toString(QUuid::Id128).left(8).toUpper();
    } while (store.participant(p.id) || store.isWithdrawn(p.id));

    const StudyDesign &design = store.design();
    const bool ok = store.database().write(
        [&](QSqlDatabase &db, QString *err) {
            if (!nextSlot(db, QStringLiteral("stratum:") + p.stratum, &p.slot, err))
                return false;
            p.group = assignedGroup(design.seed, p.stratum, p.slot);
            int setSlot = 0;
            if (!nextSlot(db, QStringLiteral("group:") + studyGroupId(p.group), &setSlot, err))
                return false;
            p.setId = assignedSet(design.seed, design.sets, p.group, setSlot);
            return insertParticipantRow(db, p, err);
        },
        error);
    if (!ok)
        return std::nullopt;
    return p;
}

} // namespace dlrepro
