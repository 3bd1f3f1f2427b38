#pragma once

#include "domain/EditAction.h"
#include "domain/InformationCategory.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace dlrepro {

// Appendix B, Q1/Q2: years of experience, in the form's four bands.
enum class ExperienceBand { LessThanOne, OneToFive, FiveToTen, MoreThanTen };
QString experienceBandId(ExperienceBand band); // "<1", "1-5", "5-10", ">10"
QString experienceBandName(ExperienceBand band); // translatable: "1-5 Years"
bool parseExperienceBand(const QString &text, ExperienceBand *out); // an id, or "1-5 years" etc.
QList<ExperienceBand> allExperienceBands();

// Appendix B, Q3. Field in the GLM (Table 4.11) is 1 for researchers (academia), 0 for industry.
enum class Occupation { Practitioner, Researcher };
QString occupationId(Occupation o); // practitioner, researcher
QString occupationName(Occupation o);
bool parseOccupation(const QString &text, Occupation *out); // also "industry" / "academia"

// The demographics page (Appendix B, Q1–Q5).
struct Demographics
{
    ExperienceBand dlExperience = ExperienceBand::LessThanOne;       // Q1
    ExperienceBand bugFixExperience = ExperienceBand::LessThanOne;   // Q2
    Occupation occupation = Occupation::Practitioner;                // Q3
    QStringList frameworks;                                          // Q4: tensorflow, pytorch, keras, other
    QString challenges;                                              // Q5, free text
};
QStringList studyFrameworkIds(); // tensorflow, pytorch, keras, other (Q4's boxes)
QJsonObject demographicsToJson(const Demographics &d);
// Keys dlExperience, bugFixExperience, occupation (required), frameworks, challenges. Returns
// false with a message naming the key and what is wrong.
bool demographicsFromJson(const QJsonObject &o, Demographics *out, QString *error);

// The questions after each bug (Appendix B, Q6–Q10 for the first bug, Q11–Q15 for the second).
struct BugAnswers
{
    QList<EditAction> editActions;             // which of the 10 boxes were ticked
    QString editActionsWhy;
    QList<InformationCategory> information;    // which of the 5 boxes were ticked
    QString informationWhy;
    QString otherActions;
    bool selfReportedReproduced = false;       // "I reproduced the bug" (the thesis's success measure)
};
QJsonObject bugAnswersToJson(const BugAnswers &a);
bool bugAnswersFromJson(const QJsonObject &o, BugAnswers *out, QString *error);

// The number Appendix B gives the first question about the bug at position `index` (0-based) of
// a participant's set: 6, 11, 16, ...
inline int firstBugQuestionNumber(int index) { return 6 + 5 * index; }

} // namespace dlrepro
