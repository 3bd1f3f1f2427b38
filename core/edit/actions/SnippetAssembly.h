#pragma once

#include "report/Report.h"

#include <QString>
#include <QStringList>

namespace dlrepro {

// The snippet built from a report: its code blocks (console output and tracebacks left out) in
// an order where definitions come before their use, the report's inline driver calls
// (`model.fit(X, y)` quoted in the prose) appended when they call what the code defines, and
// printed tensors (`x = tensor([[1., -5.]])` in console output) turned into data for names the
// code needs but never defines.
struct AssembledSnippet {
    QString code;
    QStringList notes; // one sentence per decision, for the transaction
    int blocksUsed = 0;
};

// At most 200 blocks and 1 MB of code are taken (the rest is noted). Needs classified code
// blocks (classifyCodeBlocks / inspectReport).
AssembledSnippet assembleSnippet(const Report &report);

} // namespace dlrepro
