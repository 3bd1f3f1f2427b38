#pragma once

#include "domain/BugType.h"
#include "domain/InformationCategory.h"
#include "hints/Rulebook.h"
#include "report/Report.h"
#include "rules/Item.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace dlrepro {

struct Inspection;
class StatementScorer;

// One recommended item: an information category (with whether this report has it) or an edit
// action, with the rule's confidence.
struct HintItem
{
    int rank = 0;
    Item item;
    QString name; // as the hint prints it: "Code Snippet", "Import Addition"
    double confidence = 0;
    bool belowMinConfidence = false;
    // Information only: whether the report carries it (Inspection::information), why, and what
    // to ask the reporter when it does not.
    bool present = false;
    QString evidence;
    QString followUpQuestion;
};

// The sub-fault the report points to (thesis section 4.4.2) and its edit actions.
struct SubFaultHint
{
    QString subFault; // canonical ("Loss function"); empty when none
    QStringList evidence; // the keywords or tags that pointed to it
    QList<HintItem> actions;
};

// Everything the hint for one report says; the CLI prints it and the GUI shows it.
struct Hints
{
    BugType bugType = BugType::Unknown;
    QList<BugType> rulesFrom; // the types whose rules were used (several for Mixed; empty = overall)
    QString bugTypeReason;
    QString rulesSource;   // Rulebook::source()
    QString rulesNote;     // how the rules were chosen: "Mixed bug: rules of Training and Model merged ..."
    double minConfidence = 0.30;

    QList<HintItem> information; // top 3 for the type
    QList<HintItem> actions;     // top 5 for the type

    InformationCategory focusCategory = InformationCategory::Data; // the top information category
    QStringList focusKeyPhrases;
    QString focusStatement; // empty when the report has no prose
    TextSpan focusSpan;     // in Report::body.text
    double focusScore = 0;
    QString scorerId;
    QString scorerNote; // why the lexical scorer ranked instead of the one asked for (empty: none)
    QString focusNote; // why the statement was chosen when no sentence matched, or empty

    SubFaultHint subFault;
    QStringList followUpQuestions; // for the missing information: top-3 categories first

    // The three lines of the thesis's template (section 4.3.7), each ending in '\n'.
    QString templateText() const;
    // The follow-up questions as one comment to paste on the report; empty when none.
    QString followUpComment() const;
};

// The hint for an inspected report. The bug type is Inspection::bugType (override it with
// overrideBugType first); Mixed merges the rules of BugTypeDecision::parts with
// mergeRuleTables (mean confidence, an unlisted item counting 0); Unknown, and a type the
// rulebook has no table for, use Rulebook::overall(). scorer defaults to the lexical one.
Hints buildHints(const Inspection &inspection, const Rulebook &rulebook, const StatementScorer *scorer = nullptr);

// The sub-fault the text points to, from a keyword table over the prose (code blocks left out),
// title and tags, restricted to the sub-faults of the bug type (Training: Optimisation, Loss
// function, Hyperparameters; Model: Layer type & properties, Model type & properties; Mixed:
// those of its parts; Unknown: all; others: none). The sub-fault with most distinct keywords
// wins (a tag counts 2), ties in allSubFaults() order.
SubFaultHint detectSubFault(const Report &report, BugType type, const QList<BugType> &parts = {});

// The template's three lines, then the rest: rule source, confidences, present/missing,
// focus, sub-fault and follow-up questions.
QString hintsToText(const Hints &hints);
// Stable JSON of `dlrepro-cli hints --json` (schema "dlrepro.hints/1").
QJsonObject hintsToJson(const Hints &hints);

} // namespace dlrepro
