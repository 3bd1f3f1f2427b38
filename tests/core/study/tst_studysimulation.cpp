// A whole study run through the session API with a fake clock: sixteen participants enrolled
// (four per experience band), every bug shown, worked on, verified and submitted, one session
// crashing in the middle (the database closed and reopened), one paused by the facilitator;
// then Tables 4.9 and 4.10, the details, the responses CSV and the plots checked against values
// computed by hand from the behaviour below.
#include "StudyFixture.h"

#include "stats/Glm.h"
#include "study/Enrolment.h"
#include "study/StudyAnalysis.h"
#include "study/StudyClock.h"
#include "study/StudyPlots.h"
#include "study/StudySession.h"
#include "study/StudyStore.h"
#include "verify/Verdict.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace dlrepro;

namespace {

// The behaviour: in set i (0..3), a control participant spends 1000 + 100 i seconds on each bug,
// an experimental one 800 + 100 i; the first of the two participants in a cell 60 s more, the
// second 60 s less (so the cell means are exactly 1000 + 100 i and 800 + 100 i). Of a cell's
// four attempts (a = 2 × rank + position), those with a < failures fail; control fails
// {1, 2, 1, 2} per set, experimental {0, 1, 0, 0}.
constexpr int kControlFailures[] = {1, 2, 1, 2};
constexpr int kExperimentalFailures[] = {0, 1, 0, 0};

double plannedSeconds(StudyGroup g, int set, int rank) { return (g == StudyGroup::Control ? 1000 : 800) + 100 * set + (rank == 0 ? 60 : -60); }
bool plannedSuccess(StudyGroup g, int set, int rank, int position)
{
    const int failures = g == StudyGroup::Control ? kControlFailures[set] : kExperimentalFailures[set];
    return 2 * rank + position >= failures;
}

Verdict verdictOf(bool reproduced)
{
    Verdict v;
    v.status = reproduced ? VerdictStatus::Reproduced : VerdictStatus::NotReproduced;
    v.reasonId = reproduced ? QStringLiteral("error_matched") : QStringLiteral("different_error");
    return v;
}

} // namespace

class TestStudySimulation : public QObject
{
    Q_OBJECT
private slots:
    void wholeStudy();
};

void TestStudySimulation::wholeStudy()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString dbPath = dir.filePath(QStringLiteral("study.sqlite"));
    StudyDesign design;
    QString error;
    QVERIFY2(loadStudyDesign(studytest::writeDesign(dir.path()), &design, &error), qPrintable(error));
    auto store = StudyStore::create(dbPath, design, &error);
    QVERIFY2(store, qPrintable(error));

    // Enrolment: four per DL-experience band; bug-fixing experience and occupation vary.
    const QList<ExperienceBand> bands = allExperienceBands();
    for (int k = 0; k < 16; ++k) {
        Demographics d;
        d.dlExperience = bands.at(k % 4);
        d.bugFixExperience = bands.at(std::min(k % 3, k % 4));
        d.occupation = k % 3 == 0 ? Occupation::Researcher : Occupation::Practitioner;
        d.frameworks = {QStringLiteral("pytorch")};
        if (k % 2)
            d.frameworks << QStringLiteral("keras");
        d.challenges = QStringLiteral("missing data, \"flaky\" runs");
        QVERIFY2(enrolParticipant(*store, d, &error), qPrintable(error));
    }
    const QList<Participant> participants = store->participants();
    QCOMPARE(participants.size(), 16);
    // Balanced: each stratum splits 2/2, each (set, group) cell holds two participants.
    QMap<QString, int> perCell, perStratumGroup;
    for (const Participant &p : participants) {
        ++perCell[p.setId + studyGroupId(p.group)];
        ++perStratumGroup[p.stratum + studyGroupId(p.group)];
    }
    QCOMPARE(perCell.size(), 8);
    for (int n : perCell)
        QCOMPARE(n, 2);
    for (int n : perStratumGroup)
        QCOMPARE(n, 2);

    FakeStudyClock clock;
    QMap<QString, int> rankInCell;
    QString crashedId, pausedId;
    for (const Participant &p : participants) {
        const int set = p.setId.mid(4).toInt() - 1;
        const int rank = rankInCell[p.setId + studyGroupId(p.group)]++;
        auto session = StudySession::open(*store, p.id, clock, &error);
        QVERIFY2(session, qPrintable(error));
        QCOMPARE(session->showsHints(), p.group == StudyGroup::Experimental);
        for (int position = 0; position < 2; ++position) {
            QCOMPARE(session->currentIndex(), position);
            QVERIFY(session->currentBug());
            QVERIFY2(session->show(&error), qPrintable(error));
            const double seconds = plannedSeconds(p.group, set, rank);
            const bool success = plannedSuccess(p.group, set, rank, position);
            clock.advanceSeconds(seconds / 2);
            QVERIFY2(session->recordAction(EditAction::InputDataGeneration, &error), qPrintable(error));
            QVERIFY2(session->recordRun(5, &error), qPrintable(error));
            if (crashedId.isEmpty() && position == 0) {
                // A crash: the process dies without Close; the machine stays up for 500 s.
                crashedId = p.id;
                session.reset();
                store.reset();
                clock.advanceSeconds(500);
                store = StudyStore::open(dbPath, &error);
                QVERIFY2(store, qPrintable(error));
                session = StudySession::open(*store, p.id, clock, &error);
                QVERIFY2(session, qPrintable(error));
                QCOMPARE(session->currentIndex(), 0);
                QVERIFY2(session->show(&error), qPrintable(error));
            }
            if (pausedId.isEmpty() && position == 1 && p.id != crashedId) {
                pausedId = p.id;
                QVERIFY2(session->pause(QStringLiteral("fire alarm"), &error), qPrintable(error));
                QVERIFY(!session->recordRun(5, &error)); // refused while paused
                clock.advanceSeconds(300);
                QVERIFY2(session->resume(&error), qPrintable(error));
            }
            QVERIFY2(session->recordIdle(120000, &error), qPrintable(error));
            clock.advanceSeconds(seconds / 2);
            QVERIFY2(session->recordVerdict(verdictOf(success), &error), qPrintable(error));
            BugAnswers answers;
            answers.editActions = {EditAction::InputDataGeneration, EditAction::ImportAddition};
            answers.editActionsWhy = QStringLiteral("needed data");
            answers.information = {InformationCategory::Data};
            answers.informationWhy = QStringLiteral("shape, 2x3");
            answers.selfReportedReproduced = true; // everybody believes they reproduced it
            QVERIFY2(session->submit(answers, &error), qPrintable(error));
            clock.advanceSeconds(30); // reading the next bug's page before it is shown is not timed
        }
        QVERIFY(session->isFinished());
        QVERIFY(!session->show(&error));
        QVERIFY2(session->close(&error), qPrintable(error));
    }

    const StudyAnalysis a = analyseStudy(*store, SuccessMeasure::Verified, &error);
    QCOMPARE(a.outcomes.size(), 32);
    // The crashed and paused bugs still took exactly their planned time.
    for (const BugOutcome &o : a.outcomes) {
        const int set = o.setId.mid(4).toInt() - 1;
        Q_UNUSED(set);
        QVERIFY(o.record.submitted);
        if (o.participantId == crashedId && o.position == 0) {
            QCOMPARE(o.record.interruptions, 1);
            QCOMPARE(o.record.interruptedMs, qint64(500000));
        }
        if (o.participantId == pausedId && o.position == 1)
            QCOMPARE(o.record.pausedMs, qint64(300000));
        QCOMPARE(o.record.idleMs, qint64(120000));
    }

    // Table 4.9 by hand: control 75, 50, 75, 50 (average 62.5); experimental 100, 75, 100, 100
    // (93.75); increases 25, 25, 25, 50 and 31.25.
    const TextTable t49 = reproductionRateTable(a);
    QCOMPARE(t49.rows.size(), 5);
    QCOMPARE(t49.rows.at(0), (QStringList{QStringLiteral("Set 1"), QStringLiteral("75.00"), QStringLiteral("100.00"), QStringLiteral("25.00")}));
    QCOMPARE(t49.rows.at(1), (QStringList{QStringLiteral("Set 2"), QStringLiteral("50.00"), QStringLiteral("75.00"), QStringLiteral("25.00")}));
    QCOMPARE(t49.rows.at(2), (QStringList{QStringLiteral("Set 3"), QStringLiteral("75.00"), QStringLiteral("100.00"), QStringLiteral("25.00")}));
    QCOMPARE(t49.rows.at(3), (QStringList{QStringLiteral("Set 4"), QStringLiteral("50.00"), QStringLiteral("100.00"), QStringLiteral("50.00")}));
    QCOMPARE(t49.rows.at(4), (QStringList{QStringLiteral("Average"), QStringLiteral("62.50"), QStringLiteral("93.75"), QStringLiteral("31.25")}));

    // Table 4.10 by hand: 1000/800, 1100/900, 1200/1000, 1300/1100 s; decreases 20.00, 18.18,
    // 16.67, 15.38; averages 1150, 950 and (20 + 18.1818 + 16.6667 + 15.3846) / 4 = 17.56.
    const TextTable t410 = reproductionTimeTable(a);
    QCOMPARE(t410.rows.at(0), (QStringList{QStringLiteral("Set 1"), QStringLiteral("1000"), QStringLiteral("800"), QStringLiteral("20.00")}));
    QCOMPARE(t410.rows.at(1), (QStringList{QStringLiteral("Set 2"), QStringLiteral("1100"), QStringLiteral("900"), QStringLiteral("18.18")}));
    QCOMPARE(t410.rows.at(2), (QStringList{QStringLiteral("Set 3"), QStringLiteral("1200"), QStringLiteral("1000"), QStringLiteral("16.67")}));
    QCOMPARE(t410.rows.at(3), (QStringList{QStringLiteral("Set 4"), QStringLiteral("1300"), QStringLiteral("1100"), QStringLiteral("15.38")}));
    QCOMPARE(t410.rows.at(4), (QStringList{QStringLiteral("Average"), QStringLiteral("1150"), QStringLiteral("950"), QStringLiteral("17.56")}));

    // Self-reported success: everybody said yes.
    const StudyAnalysis self = analyseStudy(*store, SuccessMeasure::SelfReported, &error);
    QCOMPARE(reproductionRateTable(self).rows.at(4).at(1), QStringLiteral("100.00"));

    // Details.
    const TextTable people = participantTable(a);
    QCOMPARE(people.rows.size(), 16);
    for (const QStringList &row : people.rows)
        QCOMPARE(row.at(6), QStringLiteral("2/2"));
    const TextTable bugs = bugTable(a);
    QCOMPARE(bugs.rows.size(), 8);
    // b1 is set 1's first bug: control attempts a = 0 (fails) and 2; experimental all succeed.
    QCOMPARE(bugs.rows.at(0), (QStringList{QStringLiteral("b1"), QStringLiteral("easy"), QStringLiteral("2"), QStringLiteral("50.00"),
                                           QStringLiteral("1000"), QStringLiteral("2"), QStringLiteral("100.00"), QStringLiteral("800")}));

    // The responses: one row per participant, Appendix B's numbering.
    const TextTable responses = responsesTable(a);
    QCOMPARE(responses.rows.size(), 16);
    QCOMPARE(responses.headers.size(), 11 + 2 * 22);
    QVERIFY(responses.headers.contains(QStringLiteral("Q6_input-data")));
    QVERIFY(responses.headers.contains(QStringLiteral("Q13_logs")));
    QVERIFY(responses.headers.contains(QStringLiteral("Q15_OtherActions")));
    const int q6 = int(responses.headers.indexOf(QStringLiteral("Q6_input-data")));
    const int q6network = int(responses.headers.indexOf(QStringLiteral("Q6_network")));
    QCOMPARE(responses.rows.at(0).at(q6), QStringLiteral("1"));
    QCOMPARE(responses.rows.at(0).at(q6network), QStringLiteral("0"));
    const QString csv = toCsv(responses);
    QVERIFY(csv.contains(QStringLiteral("\"missing data, \"\"flaky\"\" runs\"")));

    // The study's variables and Table 4.11's model (three dummies plus intercept: aliased).
    const DataTable vars = studyVariables(a);
    QCOMPARE(vars.rows.size(), 32);
    GlmFit fit;
    QVERIFY2(fitStudyGlm(a, thesisGlmFormula(), &fit, &error), qPrintable(error));
    QCOMPARE(fit.observations, 32);
    QCOMPARE(fit.terms.size(), 7);
    QCOMPARE(fit.terms.at(0).name, QStringLiteral("Intercept"));
    QVERIFY(fit.rank < 7);
    GlmFormula formula;
    QVERIFY2(parseStudyFormula(QStringLiteral("BugReproduced ~ Hints + C(DLBugFixExp)"), &formula, &error), qPrintable(error));
    QCOMPARE(formula.dummies, QStringList{QStringLiteral("DLBugFixExp")});
    QVERIFY(!parseStudyFormula(QStringLiteral("BugReproduced ~ Shoe"), &formula, &error));
    QVERIFY(error.contains(QLatin1String("Shoe")));

    // Plots.
    QStringList written;
    QVERIFY2(writeStudyPlots(a, dir.filePath(QStringLiteral("plots")), &written, &error), qPrintable(error));
    QCOMPARE(written.size(), 2);
    QFile svg(written.at(0));
    QVERIFY(svg.open(QIODevice::ReadOnly));
    const QByteArray text = svg.readAll();
    QVERIFY(text.startsWith("<svg"));
    QVERIFY(text.contains("Set 4 Experimental group: 100.0"));
}

QTEST_GUILESS_MAIN(TestStudySimulation)
#include "tst_studysimulation.moc"
