// Exporting a session on one machine and merging it into the study on another: no duplicates
// however often it is merged, later exports add only the new events, and refusals for another
// design, a withdrawn participant or a conflicting assignment.
#include "StudyFixture.h"

#include "study/Enrolment.h"
#include "study/SessionTransfer.h"
#include "study/StudyAnalysis.h"
#include "study/StudyClock.h"
#include "study/StudySession.h"
#include "study/StudyStore.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace dlrepro;

class TestSessionTransfer : public QObject
{
    Q_OBJECT
private slots:
    void mergeIsIdempotent();
    void refusals();
};

void TestSessionTransfer::mergeIsIdempotent()
{
    QTemporaryDir dir;
    StudyDesign design;
    QString error;
    QVERIFY(loadStudyDesign(studytest::writeDesign(dir.path()), &design, &error));
    auto lab = StudyStore::create(dir.filePath(QStringLiteral("lab.sqlite")), design, &error);
    auto main = StudyStore::create(dir.filePath(QStringLiteral("main.sqlite")), design, &error);
    QVERIFY(lab && main);
    QCOMPARE(lab->fingerprint(), main->fingerprint());
    const auto p = enrolParticipant(*lab, Demographics(), &error);
    QVERIFY(p);
    FakeStudyClock clock;
    auto s = StudySession::open(*lab, p->id, clock, &error);
    QVERIFY(s->show(&error));
    clock.advance(60000);
    BugAnswers answers;
    answers.selfReportedReproduced = true;
    QVERIFY(s->submit(answers, &error));

    QJsonObject first;
    QVERIFY2(exportSession(*lab, p->id, &first, &error), qPrintable(error));
    QCOMPARE(first.value(QStringLiteral("events")).toArray().size(), 2);
    MergeResult r;
    QVERIFY2(mergeSession(*main, first, &r, &error), qPrintable(error));
    QVERIFY(r.participantAdded);
    QCOMPARE(r.eventsAdded, 2);
    QVERIFY(mergeSession(*main, first, &r, &error));
    QVERIFY(!r.participantAdded);
    QCOMPARE(r.eventsAdded, 0);
    QCOMPARE(r.eventsAlreadyPresent, 2);

    // The session goes on in the lab; the next export adds only what is new.
    QVERIFY(s->show(&error));
    clock.advance(30000);
    QVERIFY(s->submit(answers, &error));
    QJsonObject second;
    QVERIFY(exportSession(*lab, p->id, &second, &error));
    QVERIFY(mergeSession(*main, second, &r, &error));
    QCOMPARE(r.eventsAdded, 2);
    QCOMPARE(r.eventsAlreadyPresent, 2);
    QCOMPARE(main->events(p->id).size(), 4);
    const StudyAnalysis a = analyseStudy(*main, SuccessMeasure::SelfReported);
    QCOMPARE(a.outcomes.size(), 2);
    QCOMPARE(a.outcomes.at(0).record.workMs, qint64(60000));
    QCOMPARE(a.outcomes.at(1).record.workMs, qint64(30000));
    QCOMPARE(main->participant(p->id)->group, p->group);
    QCOMPARE(main->participant(p->id)->setId, p->setId);
}

void TestSessionTransfer::refusals()
{
    QTemporaryDir dir;
    StudyDesign design, other;
    QString error;
    QVERIFY(loadStudyDesign(studytest::writeDesign(dir.path()), &design, &error));
    QTemporaryDir dir2;
    QVERIFY(loadStudyDesign(studytest::writeDesign(dir2.path(), 99), &other, &error));
    auto lab = StudyStore::create(dir.filePath(QStringLiteral("lab.sqlite")), design, &error);
    auto main = StudyStore::create(dir.filePath(QStringLiteral("main.sqlite")), design, &error);
    auto foreign = StudyStore::create(dir.filePath(QStringLiteral("other.sqlite")), other, &error);
    const auto p = enrolParticipant(*lab, Demographics(), &error);
    QJsonObject session;
    QVERIFY(exportSession(*lab, p->id, &session, &error));
    MergeResult r;
    QVERIFY(!mergeSession(*foreign, session, &r, &error));
    QVERIFY(error.contains(QLatin1String("another study design")));
    QVERIFY(mergeSession(*main, session, &r, &error));
    QVERIFY(main->withdraw(p->id, &error));
    QVERIFY(!mergeSession(*main, session, &r, &error));
    QVERIFY(error.contains(QLatin1String("withdrawn")));
    QJsonObject conflicting = session;
    QJsonObject po = conflicting.value(QStringLiteral("participant")).toObject();
    po.insert(QStringLiteral("group"), p->group == StudyGroup::Control ? QStringLiteral("experimental") : QStringLiteral("control"));
    conflicting.insert(QStringLiteral("participant"), po);
    QVERIFY(!mergeSession(*lab, conflicting, &r, &error));
    QVERIFY(error.contains(p->id));
    QVERIFY(!mergeSession(*lab, QJsonObject{{QStringLiteral("schema"), QStringLiteral("x")}}, &r, &error));
}

QTEST_GUILESS_MAIN(TestSessionTransfer)
#include "tst_sessiontransfer.moc"
