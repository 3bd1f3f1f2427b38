// The study window: the participant's current bug only, hints only in the experimental group,
// the questions required before Submit, Submit moving to the next bug and then to the thank-you
// page, a facilitator's pause blocking the work; a real Verify with /usr/bin/python3 recorded
// as an event. Saves /tmp/study.png.
#include "../../core/study/StudyFixture.h"

#include "CodePane.h"
#include "HintsPanel.h"
#include "ReportView.h"
#include "VerdictPanel.h"
#include "study/StudyWindow.h"

#include "study/Enrolment.h"
#include "study/StudySession.h"
#include "study/StudyStore.h"

#include <QCheckBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace dlrepro;

class TestStudyWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void groups();
    void submitFlowAndPause();
    void verifyIsRecorded();

private:
    QTemporaryDir m_dir;
    QString m_db;
    QString m_control;
    QString m_experimental;
};

void TestStudyWindow::initTestCase()
{
    StudyDesign design;
    QString error;
    QVERIFY(loadStudyDesign(studytest::writeDesign(m_dir.path()), &design, &error));
    m_db = m_dir.filePath(QStringLiteral("study.sqlite"));
    auto store = StudyStore::create(m_db, design, &error);
    QVERIFY(store);
    while (m_control.isEmpty() || m_experimental.isEmpty()) {
        const auto p = enrolParticipant(*store, Demographics(), &error);
        QVERIFY(p);
        (p->group == StudyGroup::Control ? m_control : m_experimental) = p->id;
    }
}

void TestStudyWindow::groups()
{
    FakeStudyClock clock;
    QString error;
    auto control = StudyWindow::open(m_db, m_control, &error, &clock);
    QVERIFY2(control, qPrintable(error));
    QVERIFY(!control->hintsPanel());
    QVERIFY(control->codePane()->code().contains(QLatin1String("x.view(4)")));
    auto experimental = StudyWindow::open(m_db, m_experimental, &error, &clock);
    QVERIFY2(experimental, qPrintable(error));
    QVERIFY(experimental->hintsPanel());
    QVERIFY(experimental->hintsPanel()->hasHints());
    experimental->resize(1500, 900);
    experimental->show();
    QVERIFY(QTest::qWaitForWindowExposed(experimental.get()));
    experimental->grab().save(QStringLiteral("/tmp/study.png"));
    QVERIFY(!StudyWindow::open(m_db, QStringLiteral("P-NOBODY"), &error, &clock));
    QVERIFY(error.contains(QLatin1String("P-NOBODY")));
}

void TestStudyWindow::submitFlowAndPause()
{
    FakeStudyClock clock;
    QString error;
    auto w = StudyWindow::open(m_db, m_control, &error, &clock);
    QVERIFY(w);
    QCOMPARE(w->session().currentIndex(), 0);
    QVERIFY(!w->submit()); // nothing ticked
    QVERIFY(w->statusLabel()->text().contains(QLatin1String("tick")));

    QVERIFY(w->pause(QStringLiteral("participant asked a question")));
    QVERIFY(w->pauseBanner()->isVisibleTo(w.get()));
    QVERIFY(!w->submitButton()->isEnabled());
    clock.advanceSeconds(100);
    QVERIFY(w->resume());
    QVERIFY(w->submitButton()->isEnabled());

    QSignalSpy changed(w.get(), &StudyWindow::bugChanged);
    clock.advanceSeconds(50);
    w->actionBoxes().at(0)->setChecked(true);
    w->informationBoxes().at(0)->setChecked(true);
    w->reproducedBox()->setChecked(true);
    QVERIFY(w->submit());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(w->session().currentIndex(), 1);
    QVERIFY(!w->actionBoxes().at(0)->isChecked()); // a fresh form for the next bug
    const BugRecord &first = w->session().state().bugs.at(0);
    QCOMPARE(first.workMs, qint64(50000));
    QCOMPARE(first.pausedMs, qint64(100000));
    QVERIFY(first.answers.selfReportedReproduced);

    QSignalSpy finished(w.get(), &StudyWindow::finished);
    w->actionBoxes().at(3)->setChecked(true);
    w->informationBoxes().at(4)->setChecked(true);
    QVERIFY(w->submit());
    QCOMPARE(finished.count(), 1);
    QVERIFY(w->isShowingThanks());
}

void TestStudyWindow::verifyIsRecorded()
{
    FakeStudyClock clock;
    QString error;
    auto w = StudyWindow::open(m_db, m_experimental, &error, &clock);
    QVERIFY(w);
    w->setInterpreter(QStringLiteral("/usr/bin/python3"));
    w->setSeeds(1);
    QSignalSpy recorded(w.get(), &StudyWindow::verdictRecorded);
    w->verify();
    QVERIFY(recorded.count() == 1 || recorded.wait(120000));
    // The snippet raises the reported RuntimeError.
    QVERIFY2(w->verdictPanel()->verdict().isReproduced(), qPrintable(w->verdictPanel()->verdict().reason));
    QVERIFY(w->session().state().bugs.at(0).verifiedReproduced);
}

QTEST_MAIN(TestStudyWindow)
#include "tst_studywindow.moc"
