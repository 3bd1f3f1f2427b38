#pragma once

#include "report/Fact.h"
#include "report/Report.h"

#include <QList>

namespace dlrepro {

// Tells code from pasted console output and tracebacks (each block's kind).
CodeBlockKind classifyCodeBlock(const QString &blockText);
void classifyCodeBlocks(Report &report);

// Runs every extractor over the report body (prose and code blocks alike) and returns the facts
// sorted by span start, duplicates (same kind, same span) removed. Must stay fast and linear on a
// 10 MB body: no regex with catastrophic backtracking.
QList<Fact> extractFacts(const Report &report);

} // namespace dlrepro
