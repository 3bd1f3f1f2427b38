#pragma once

#include "CodeModel.h"

#include <QList>
#include <QString>

namespace dlrepro {

// Rewrites what tree-sitter cannot parse (console and IPython prompts, notebook magics, mixed
// tab/space indentation) line by line, keeping the number of lines, and says what it did.
QString normaliseSnippet(const QString &source, QList<Normalisation> *done);

} // namespace dlrepro
