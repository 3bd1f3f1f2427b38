#pragma once

#include "ReportImport.h"

namespace dlrepro {

// A Markdown file: the title is a leading "# heading" (taken out of the body) or the first line.
ImportResult importMarkdown(const QString &markdown, const QString &inputName);
// A plain text file: the title is the first non-empty line; the text is kept whole.
ImportResult importPlainText(const QString &text, const QString &inputName);

} // namespace dlrepro
