#pragma once

#include "ReadableText.h"

namespace dlrepro {

// Markdown → readable text. Fenced blocks (``` or ~~~; the info string's first word is the
// language) and indented blocks (4 spaces or a tab, after a blank line, not inside a list)
// become CodeBlocks; inline `code` keeps its text; headings, emphasis markers (**), links and
// escapes are reduced to their words. Line by line and linear.
ReadableText markdownToText(QStringView markdown);

// Markdown inline markup of one line → its words (`code` kept verbatim).
QString markdownInlineToText(QStringView line);

} // namespace dlrepro
