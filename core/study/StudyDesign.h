#pragma once

#include "domain/BugType.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace dlrepro {

// Easy: one edit action reproduces the bug; difficult: several (thesis section 4.3.7).
enum class BugDifficulty { Easy, Difficult };
QString bugDifficultyId(BugDifficulty d); // easy, difficult
bool parseBugDifficulty(const QString &text, BugDifficulty *out);

// Control: no hints; experimental: the hints of core/hints next to the report.
enum class StudyGroup { Control, Experimental };
QString studyGroupId(StudyGroup g); // control, experimental
QString studyGroupName(StudyGroup g); // translatable
bool parseStudyGroup(const QString &text, StudyGroup *out);

// One bug of the pool: the report a participant reads and what reproducing it must show.
struct StudyBug
{
    QString id;            // "b1"
    QString title;         // shown to the facilitator, not needed by participants
    QString reportPath;    // absolute once loaded (a design file's paths are relative to it)
    BugType bugType = BugType::Unknown;
    BugDifficulty difficulty = BugDifficulty::Easy;
    QString expectedError;  // "ValueError: ..." (as `dlrepro-cli verify --expect-error`)
    QString expectedMetric; // "accuracy=34%" (as `--expect-metric`)
    double tolerance = 0.05;
};

struct StudySet
{
    QString id;       // "Set 1"
    QStringList bugs; // bug ids, in the order a participant meets them
};

// A study: the bug pool, the sets, and the seed of the assignment. The groups are always control
// and experimental, and the questionnaire is Appendix B's (study/Questionnaire.h).
struct StudyDesign
{
    QString name;
    quint64 seed = 0;
    QList<StudyBug> bugs;
    QList<StudySet> sets;

    const StudyBug *bug(const QString &id) const;
    const StudySet *set(const QString &id) const;
};

// JSON (schema "dlrepro.study-design/1"):
//   {"name": ..., "seed": 42, "bugs": [{"id", "title", "report", "bugType", "difficulty",
//    "expectedError" | "expectedMetric", "tolerance"}], "sets": [{"id", "bugs": [ids]}]}
QJsonObject studyDesignToJson(const StudyDesign &design);
// Checks everything a study needs: unique ids, at least one set, every set's bugs in the pool,
// a report file that exists (relative paths are taken from baseDir), an expected error or
// metric per bug. Messages name the bug or set and what is wrong. requireReportFiles false
// skips the file check (a stored design whose reports have moved).
bool studyDesignFromJson(const QJsonObject &json, const QString &baseDir, StudyDesign *out, QString *error,
                         bool requireReportFiles = true);
bool loadStudyDesign(const QString &path, StudyDesign *out, QString *error);
// A short hash of the design's JSON: two study databases with the same fingerprint run the same
// study, so sessions can move between them.
QString studyDesignFingerprint(const StudyDesign &design);

} // namespace dlrepro
