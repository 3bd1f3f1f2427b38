// StudySession's timing: work from first shown to submit, pauses and interruptions left out,
// whether the gap is on one clock (a crash, the machine up) or not (a reboot); a normal close
// and reopen; events refused when they make no sense; every event on disk at once.
#include "StudyFixture.h"

#include "study/Enrolment.h"
#include "study/StudyClock.h"
#include "study/StudySession.h"
#include "study/StudyStore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace dlrepro;

class TestStudySession : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void timing_data();
    void timing();
    void refusals();
    void systemClockIsMonotonic();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<StudyStore> m_store;
    QString m_path;
    QString m_pid;
};

void TestStudySession::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    StudyDesign design;
    QString error;
    QVERIFY(loadStudyDesign(studytest::writeDesign(m_dir->path()), &design, &error));
    m_path = m_dir->filePath(QStringLiteral("s.sqlite"));
    m_store = StudyStore::create(m_path, design, &error);
    QVERIFY(m_store);
    Demographics d;
    const auto p = enrolParticipant(*m_store, d, &error);
    QVERIFY(p);
    m_pid = p->id;
}

void TestStudySession::timing_data()
{
    QTest::addColumn<QString>("interruption");
    QTest::addColumn<qint64>("workMs");
    QTest::addColumn<qint64>("interruptedMs");
    QTest::addColumn<qint64>("pausedMs");
    QTest::addColumn<bool>("crashed");
    // 100 s before, 50 s after the interruption in every row.
    QTest::newRow("none") << QString() << qint64(150000) << qint64(0) << qint64(0) << false;
    QTest::newRow("crash, machine up 400 s") << QStringLiteral("crash") << qint64(150000) << qint64(400000) << qint64(0) << true;
    QTest::newRow("power cut (reboot)") << QStringLiteral("reboot") << qint64(150000) << qint64(0) << qint64(0) << true;
    QTest::newRow("window closed and reopened") << QStringLiteral("close") << qint64(150000) << qint64(400000) << qint64(0) << false;
    QTest::newRow("pause 400 s") << QStringLiteral("pause") << qint64(150000) << qint64(0) << qint64(400000) << false;
    QTest::newRow("crash while paused") << QStringLiteral("pause+crash") << qint64(150000) << qint64(400000) << qint64(0) << true;
}

void TestStudySession::timing()
{
    QFETCH(QString, interruption);
    QFETCH(qint64, workMs);
    QFETCH(qint64, interruptedMs);
    QFETCH(qint64, pausedMs);
    QFETCH(bool, crashed);
    FakeStudyClock clock(5000);
    QString error;
    auto s = StudySession::open(*m_store, m_pid, clock, &error);
    QVERIFY(s);
    QVERIFY(s->show(&error));
    clock.advance(100000);
    QVERIFY(s->recordRun(5, &error));
    if (interruption == QLatin1String("pause") || interruption == QLatin1String("pause+crash"))
        QVERIFY(s->pause(QStringLiteral("participant left the room"), &error));
    if (interruption == QLatin1String("close"))
        QVERIFY(s->close(&error));
    if (interruption == QLatin1String("reboot")) {
        s.reset();
        m_store.reset();
        clock.reboot(QStringLiteral("fake-boot-2"), 7);
        m_store = StudyStore::open(m_path, &error);
        QVERIFY(m_store);
        s = StudySession::open(*m_store, m_pid, clock, &error);
        QVERIFY(s);
    } else if (!interruption.isEmpty()) {
        clock.advance(400000);
        if (interruption == QLatin1String("pause")) {
            QVERIFY(s->resume(&error));
        } else if (!interruption.isEmpty()) {
            // Everything written so far is on disk: a new connection reopens the study.
            s.reset();
            m_store.reset();
            m_store = StudyStore::open(m_path, &error);
            QVERIFY2(m_store, qPrintable(error));
            s = StudySession::open(*m_store, m_pid, clock, &error);
            QVERIFY(s);
        }
    }
    if (s->isPaused()) // a crash while paused leaves the session paused
        QVERIFY(s->resume(&error));
    QCOMPARE(s->currentIndex(), 0);
    QVERIFY(s->show(&error));
    clock.advance(50000);
    BugAnswers answers;
    answers.selfReportedReproduced = true;
    QVERIFY2(s->submit(answers, &error), qPrintable(error));
    const BugRecord &bug = s->state().bugs.at(0);
    QCOMPARE(bug.workMs, workMs);
    QCOMPARE(bug.interruptedMs, interruptedMs);
    QCOMPARE(bug.pausedMs, pausedMs);
    QCOMPARE(bug.interruptions, interruption.isEmpty() || interruption == QLatin1String("pause") ? 0 : 1);
    const QList<StudyEvent> events = m_store->events(m_pid);
    bool sawRestart = false;
    for (const StudyEvent &e : events) {
        if (e.kind == StudyEventKind::Restart) {
            sawRestart = true;
            QCOMPARE(e.payload.value(QStringLiteral("crashed")).toBool(), crashed);
        }
    }
    QCOMPARE(sawRestart, bug.interruptions > 0);
    QCOMPARE(s->currentIndex(), 1);
    QVERIFY(!s->state().bugs.at(1).shown);
}

void TestStudySession::refusals()
{
    FakeStudyClock clock;
    QString error;
    auto s = StudySession::open(*m_store, m_pid, clock, &error);
    QVERIFY(s);
    QVERIFY(!s->submit(BugAnswers(), &error)); // not shown yet
    QVERIFY(error.contains(QLatin1String("not been shown")));
    QVERIFY(!s->pause(QStringLiteral("  "), &error));
    QVERIFY(!s->resume(&error));
    QVERIFY(s->show(&error));
    QVERIFY(s->pause(QStringLiteral("break"), &error));
    QVERIFY(!s->pause(QStringLiteral("again"), &error));
    QVERIFY(!s->submit(BugAnswers(), &error));
    QVERIFY(error.contains(QLatin1String("paused")));
    QVERIFY(s->resume(&error));
    QVERIFY(s->submit(BugAnswers(), &error));
    QVERIFY(s->show(&error));
    QVERIFY(s->submit(BugAnswers(), &error));
    QVERIFY(s->isFinished());
    QVERIFY(!s->currentBug());
    QVERIFY(!s->recordRun(1, &error));
    // Reopening a finished session records nothing.
    const int before = int(m_store->events(m_pid).size());
    s = StudySession::open(*m_store, m_pid, clock, &error);
    QVERIFY(s && s->isFinished());
    QCOMPARE(m_store->events(m_pid).size(), before);
    QVERIFY(!StudySession::open(*m_store, QStringLiteral("P-NOBODY"), clock, &error));
}

void TestStudySession::systemClockIsMonotonic()
{
    SystemStudyClock a, b;
    const ClockReading r1 = a.now();
    QTest::qWait(20);
    const ClockReading r2 = b.now();
    QCOMPARE(r1.base, r2.base); // two sessions of one boot share the clock
    QVERIFY(r2.ms - r1.ms >= 15);
}

QTEST_GUILESS_MAIN(TestStudySession)
#include "tst_studysession.moc"
