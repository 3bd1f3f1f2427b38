#pragma once

#include "rules/StudyRules.h"
#include "stats/TableFormat.h"

#include <QList>

namespace dlrepro {

// The thesis's tables from a mining pass, laid out as it prints them: one column per group (bug
// type or sub-fault), one row per rank, cells "Code Snippet (0.8600)". Support is printed with
// four decimals (the per-group support, which is the confidence: see StudyRules.h).
TextTable topInformationTable(const QList<StudyTable> &byBugType, const StudyOptions &options = {}); // Table 4.7
TextTable topActionsTable(const QList<StudyTable> &byBugType, const StudyOptions &options = {});     // Table 4.8
TextTable subFaultActionsTable(const QList<StudyTable> &bySubFault, const StudyOptions &options = {}); // section 4.4.2

// Every ranked rule {group} ⇒ {item} of the bug-type tables, one per row: group, class, rank,
// item, count, group size, support, confidence, whether it is under the minimum confidence.
TextTable rulesTable(const QList<StudyTable> &byBugType);

enum class TableFileFormat { Csv, Markdown, Latex };
QString formatTable(const TextTable &table, TableFileFormat format);
// "csv", "md", "tex".
QString tableFileSuffix(TableFileFormat format);

} // namespace dlrepro
