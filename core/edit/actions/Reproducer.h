#pragma once

#include "edit/EditProposal.h"
#include "inspect/Inspection.h"
#include "verify/Expectation.h"
#include "verify/Verdict.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

namespace dlrepro {

// One step of an automatic reproduction: the action applied and what the run said after it.
struct ReproductionStep {
    EditAction action = EditAction::ImportAddition;
    Proposal proposal;
    bool verified = false; // a verdict was computed after the step
    Verdict verdict;
};

struct Reproduction {
    QString assembledCode;
    QStringList assemblyNotes;
    Expectation expectation;
    QList<EditAction> plan; // the order actions were tried in
    Verdict initialVerdict; // of the assembled snippet as it is
    QList<ReproductionStep> steps;
    QString finalCode;
    Verdict verdict;
    bool reproduced = false;
    QString stopReason;

    QList<EditAction> transaction() const; // the actions needed, in order
};

// Runs a snippet and decides (the CLI: write, Runner::runSeeds, decideVerdict).
using VerifySnippet = std::function<Verdict(const QString &code, const Expectation &expectation)>;

// Assemble the snippet from the report, verify it, then apply edit actions one at a time —
// C first when it does not parse, R when names are undefined, then the top actions the hints
// recommend for its bug type (by confidence), then any other action with something to do —
// verifying after each, until the bug is reproduced, no action has anything to do, or maxSteps.
Reproduction reproduceReport(const Inspection &inspection, const VerifySnippet &verify, int maxSteps = 8);

QJsonObject reproductionToJson(const Reproduction &r);
QString reproductionToText(const Reproduction &r);

} // namespace dlrepro
