#pragma once

#include "report/Report.h"

#include <QList>
#include <QString>

namespace dlrepro {

// The snippet the code pane starts from: the report's code blocks joined in order. Console
// output and tracebacks are pasted results, not code, so they are not chosen by default.
QList<int> defaultSnippetBlocks(const Report &report); // indices into report.body.codeBlocks
QString assembleSnippet(const Report &report, const QList<int> &chosenBlocks);

// A one-line label for the block chooser: "Block 2 · code · 14 lines · import torch".
QString snippetBlockLabel(const CodeBlock &block, int index);

} // namespace dlrepro
