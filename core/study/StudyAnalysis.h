#pragma once

#include "stats/Glm.h"
#include "stats/TableFormat.h"
#include "study/SessionReplay.h"
#include "study/StudyStore.h"

#include <QJsonObject>
#include <QList>
#include <QMap>

#include <cmath>

namespace dlrepro {

// Which success the tables count: the runner's verdict (some Verify on the bug said
// "reproduced"), or the participant's own answer (what the thesis had).
enum class SuccessMeasure { Verified, SelfReported };
QString successMeasureId(SuccessMeasure m); // verified, self-reported
bool parseSuccessMeasure(const QString &text, SuccessMeasure *out);

// One participant on one bug of their set.
struct BugOutcome
{
    QString participantId;
    StudyGroup group = StudyGroup::Control;
    QString setId;
    int position = 0; // in the set
    QString bugId;
    BugDifficulty difficulty = BugDifficulty::Easy;
    BugRecord record;
    bool reproduced = false; // by the analysis's measure; false when not submitted
    double seconds() const { return double(record.workMs) / 1000.0; }
};

// The bugs of one set and group that were submitted (the unit of Tables 4.9 and 4.10).
struct SetGroupCell
{
    int bugs = 0;
    int reproduced = 0;
    double totalSeconds = 0;
    double percentReproduced() const { return bugs ? 100.0 * reproduced / bugs : std::nan(""); }
    double meanSeconds() const { return bugs ? totalSeconds / bugs : std::nan(""); }
};

struct StudyAnalysis
{
    SuccessMeasure measure = SuccessMeasure::Verified;
    QList<Participant> participants;
    QList<BugOutcome> outcomes; // every bug of every participant's set, submitted or not
    QStringList sets;           // the design's order
    QMap<QString, SetGroupCell> control;
    QMap<QString, SetGroupCell> experimental;

    // Averages over the sets that have data in the group (the thesis's "Average" rows).
    double averagePercent(StudyGroup g) const;
    double averageSeconds(StudyGroup g) const;
    // Mean over sets with data in both groups of (control − experimental) / control × 100.
    double averageTimeDecrease() const;
};

// Reads every participant's events and replays them (only submitted bugs enter the tables).
StudyAnalysis analyseStudy(const StudyStore &store, SuccessMeasure measure, QString *error = nullptr);

// Table 4.9: Set, % control, % experimental, % increase (experimental − control, points), and an
// Average row (means of the set percentages). Table 4.10: Set, mean seconds control and
// experimental, % decrease ((control − experimental) / control), Average row (means of the set
// values). Cells without data are "–"; numbers have two decimals, seconds none.
TextTable reproductionRateTable(const StudyAnalysis &a);
TextTable reproductionTimeTable(const StudyAnalysis &a);
// Per participant: id, group, set, experience, bugs submitted, reproduced, total seconds,
// interruptions. Per bug: bug, difficulty, and per group attempts, % reproduced, mean seconds.
TextTable participantTable(const StudyAnalysis &a);
TextTable bugTable(const StudyAnalysis &a);

// One row per submitted bug with the study's variables: BugReproduced (0/1), Hints (1 in the
// experimental group), DLExp (Q1 band: 0 <1, 1 1-5, 2 5-10, 3 >10 years), Field (1 academia
// i.e. researcher, 0 industry), DLBugFixExp (Q2 band, same coding), Set, Bug, Difficulty
// (1 difficult), Seconds.
DataTable studyVariables(const StudyAnalysis &a);
// Table 4.11's model: BugReproduced ~ Hints + DLExp + Field + dummies of DLBugFixExp, every
// level's dummy kept next to the intercept as the thesis did.
GlmFormula thesisGlmFormula();
// Parses "BugReproduced ~ Hints + DLExp + Field + C(DLBugFixExp)": C(x) marks dummies; a
// missing left side means BugReproduced. Names must be columns of studyVariables.
bool parseStudyFormula(const QString &text, GlmFormula *out, QString *error);
bool fitStudyGlm(const StudyAnalysis &a, const GlmFormula &formula, GlmFit *fit, QString *error);

QJsonObject studyAnalysisToJson(const StudyAnalysis &a); // schema dlrepro.study-analysis/1

// All answers, one row per participant, columns as Appendix B numbers them: Q1..Q5, then per
// bug of the set Q6..Q10, Q11..Q15, ... with one 0/1 column per checkbox, plus the bug id, the
// self-reported and verified success and the seconds.
TextTable responsesTable(const StudyAnalysis &a);

} // namespace dlrepro
