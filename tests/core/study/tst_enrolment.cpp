// Enrolment: the same seed and order give the same assignment; strata split evenly; sets are
// used equally per group; ids are unique; withdrawing deletes the data but not the counters.
#include "StudyFixture.h"

#include "study/Enrolment.h"
#include "study/StudyClock.h"
#include "study/StudySession.h"
#include "study/StudyStore.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "db/Database.h"

using namespace dlrepro;

namespace {

Demographics person(ExperienceBand dl)
{
    Demographics d;
    d.dlExperience = dl;
    d.bugFixExperience = ExperienceBand::LessThanOne;
    return d;
}

QStringList assignments(StudyStore &store)
{
    QStringList out;
    for (const Participant &p : store.participants())
        out << QStringLiteral("%1/%2/%3").arg(p.stratum, studyGroupId(p.group), p.setId);
    return out;
}

} // namespace

class TestEnrolment : public QObject
{
    Q_OBJECT
private slots:
    void reproducibleAndBalanced_data();
    void reproducibleAndBalanced();
    void seedChangesAssignment();
    void withdrawDeletesData();
    void demographicsErrors_data();
    void demographicsErrors();
};

void TestEnrolment::reproducibleAndBalanced_data()
{
    QTest::addColumn<int>("perStratum");
    QTest::newRow("thesis-like: 6, 11, 5 (Table 4.3)") << 0;
    QTest::newRow("eight per band") << 8;
}

void TestEnrolment::reproducibleAndBalanced()
{
    QFETCH(int, perStratum);
    // Table 4.3's counts per DL-experience band: <1: 6, 1-5: 11, 5-10: 5.
    QList<ExperienceBand> order;
    if (perStratum == 0) {
        for (int i = 0; i < 6; ++i) order << ExperienceBand::LessThanOne;
        for (int i = 0; i < 11; ++i) order << ExperienceBand::OneToFive;
        for (int i = 0; i < 5; ++i) order << ExperienceBand::FiveToTen;
    } else {
        for (int i = 0; i < perStratum * 4; ++i) order << allExperienceBands().at(i % 4);
    }
    QTemporaryDir dir;
    QStringList runs[2];
    for (int run = 0; run < 2; ++run) {
        StudyDesign design;
        QString error;
        QVERIFY2(loadStudyDesign(studytest::writeDesign(dir.path(), 7), &design, &error), qPrintable(error));
        auto store = StudyStore::create(dir.filePath(QStringLiteral("s%1.sqlite").arg(run)), design, &error);
        QVERIFY2(store, qPrintable(error));
        QSet<QString> ids;
        for (ExperienceBand b : order) {
            const auto p = enrolParticipant(*store, person(b), &error);
            QVERIFY2(p, qPrintable(error));
            QVERIFY(p->id.startsWith(QLatin1String("P-")));
            QVERIFY(!ids.contains(p->id));
            ids.insert(p->id);
        }
        runs[run] = assignments(*store);
        // Each stratum: control and experimental differ by at most one.
        QMap<QString, int> balance;
        QMap<QString, int> sets;
        for (const Participant &p : store->participants()) {
            balance[p.stratum] += p.group == StudyGroup::Control ? 1 : -1;
            ++sets[studyGroupId(p.group) + p.setId];
        }
        for (int b : balance)
            QVERIFY(std::abs(b) <= 1);
        // Per group, the sets' counts differ by at most one.
        for (const QString g : {QStringLiteral("control"), QStringLiteral("experimental")}) {
            int lo = 1000, hi = 0;
            for (const StudySet &s : design.sets) {
                lo = std::min(lo, sets.value(g + s.id));
                hi = std::max(hi, sets.value(g + s.id));
            }
            QVERIFY2(hi - lo <= 1, qPrintable(QStringLiteral("%1: %2..%3").arg(g).arg(lo).arg(hi)));
        }
    }
    QCOMPARE(runs[0], runs[1]);
}

void TestEnrolment::seedChangesAssignment()
{
    // Over 16 blocks two seeds practically never give the same sequence.
    QStringList a, b;
    for (int slot = 0; slot < 32; ++slot) {
        a << studyGroupId(assignedGroup(1, QStringLiteral("dl:1-5"), slot));
        b << studyGroupId(assignedGroup(2, QStringLiteral("dl:1-5"), slot));
    }
    QVERIFY(a != b);
    QCOMPARE(a.count(QStringLiteral("control")), 16);
}

void TestEnrolment::withdrawDeletesData()
{
    QTemporaryDir dir;
    StudyDesign design;
    QString error;
    QVERIFY(loadStudyDesign(studytest::writeDesign(dir.path()), &design, &error));
    const QString path = dir.filePath(QStringLiteral("s.sqlite"));
    auto store = StudyStore::create(path, design, &error);
    QVERIFY(store);
    const auto p = enrolParticipant(*store, person(ExperienceBand::FiveToTen), &error);
    const auto q = enrolParticipant(*store, person(ExperienceBand::FiveToTen), &error);
    QVERIFY(p && q);
    QVERIFY(p->group != q->group); // a block of two in one stratum
    FakeStudyClock clock;
    {
        auto s = StudySession::open(*store, p->id, clock, &error);
        QVERIFY(s);
        QVERIFY(s->show(&error));
        clock.advance(1000);
        QVERIFY(s->recordRun(1, &error));
    }
    QCOMPARE(store->events(p->id).size(), 2);
    QVERIFY2(store->withdraw(p->id, &error), qPrintable(error));
    QVERIFY(!store->participant(p->id));
    QVERIFY(store->isWithdrawn(p->id));
    QVERIFY(store->events(p->id).isEmpty());
    QSqlQuery count(store->database().connection());
    QVERIFY(count.exec(QStringLiteral("SELECT COUNT(*) FROM events")) && count.next());
    QCOMPARE(count.value(0).toInt(), 0);
    QVERIFY(!store->withdraw(p->id, &error));
    QVERIFY(error.contains(QLatin1String("already withdrawn")));
    QVERIFY(!StudySession::open(*store, p->id, clock, &error));
    QVERIFY(error.contains(QLatin1String("withdrawn")));
    // The counters go on: the third enrolment of the stratum starts the next block.
    const auto r = enrolParticipant(*store, person(ExperienceBand::FiveToTen), &error);
    QVERIFY(r);
    QCOMPARE(r->slot, 2);
    // A second study in the same file is refused; a project database is not a study.
    QVERIFY(!StudyStore::create(path, design, &error));
    QVERIFY(error.contains(QLatin1String("already holds a study")));
    QVERIFY(!StudyStore::open(dir.filePath(QStringLiteral("missing.sqlite")), &error));
}

void TestEnrolment::demographicsErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    QTest::newRow("band") << QByteArray(R"({"dlExperience":"3","bugFixExperience":"<1","occupation":"researcher"})") << QStringLiteral("dlExperience");
    QTest::newRow("occupation") << QByteArray(R"({"dlExperience":"1-5","bugFixExperience":"<1","occupation":"pilot"})") << QStringLiteral("occupation");
    QTest::newRow("framework") << QByteArray(R"({"dlExperience":"1-5 years","bugFixExperience":"<1","occupation":"industry","frameworks":["jax"]})") << QStringLiteral("jax");
}

void TestEnrolment::demographicsErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    Demographics d;
    QString error;
    QVERIFY(!demographicsFromJson(QJsonDocument::fromJson(json).object(), &d, &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestEnrolment)
#include "tst_enrolment.moc"
