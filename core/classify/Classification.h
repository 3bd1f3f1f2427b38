#pragma once

#include "domain/BugType.h"
#include "domain/InformationCategory.h"
#include "report/Fact.h"
#include "report/Report.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace dlrepro {

struct BugTypeDecision {
    BugType type = BugType::Unknown;
    QList<BugType> parts; // for Mixed: the types it mixes
    double confidence = 0.0; // 0..1; 1.0 for a decisive exact tag match
    QString reason;          // one sentence a user reads: "tags 'loss-function', 'nan' (Training)"
    QStringList evidence;    // the tags or phrases that decided it
    bool overridden = false; // set by the user
};

// Thesis Table 4.1 on exact tag matches first; without decisive tags, the error message
// and the text.
BugTypeDecision classifyBugType(const Report &report, const QList<Fact> &facts);

// The exact tag table (tag → type); tags of several types make a Mixed bug.
bool bugTypeForTag(const QString &tag, BugType *out);

// Thesis Table 4.1, row by row in the thesis's spelling ("TypeError"), for display and docs.
struct BugTypeTag {
    QString tag;
    BugType type = BugType::Unknown;
};
QList<BugTypeTag> bugTypeTagTable();

// The tag step alone: Unknown (confidence 0) when no tag is in the table.
BugTypeDecision classifyBugTypeFromTags(const QStringList &tags);

struct InformationAssessment {
    InformationCategory category = InformationCategory::Data;
    bool present = false;
    double confidence = 0.0;
    QString evidence;          // what showed it, or why it is judged missing
    QList<int> factIndexes;    // indexes into the facts list given to assessInformation
    QString followUpQuestion;  // for missing ones: what to ask the reporter
};

// One entry per category, in allInformationCategories() order.
QList<InformationAssessment> assessInformation(const Report &report, const QList<Fact> &facts,
                                               BugType type);

// What to ask the reporter when a category is missing, worded for the bug type (translated).
QString followUpQuestion(InformationCategory category, BugType type);

} // namespace dlrepro
