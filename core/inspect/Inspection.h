#pragma once

#include "classify/Classification.h"
#include "report/Fact.h"
#include "report/Report.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace dlrepro {

// Everything `inspect` says about one report: the facts found, the bug type and the
// information table. The GUI and the CLI both show this one structure.
struct Inspection {
    Report report;
    QList<Fact> facts;
    QStringList frameworks; // detected, most likely first
    BugTypeDecision bugType;
    QList<InformationAssessment> information;
};

// The pipeline: classify code blocks, extract facts, classify the bug, assess information.
Inspection inspectReport(Report report);

// Re-runs the information assessment for a type the user chose instead (hints follow it).
void overrideBugType(Inspection &inspection, BugType type);

// The stable JSON schema of `dlrepro-cli inspect --json` (docs/inspect-schema.md).
constexpr int kInspectionSchemaVersion = 1;
QJsonObject inspectionToJson(const Inspection &inspection);

// The human-readable report `dlrepro-cli inspect` prints.
QString inspectionToText(const Inspection &inspection);

} // namespace dlrepro
