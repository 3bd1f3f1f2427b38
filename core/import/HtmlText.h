#pragma once

#include "ReadableText.h"

namespace dlrepro {

// HTML (a post body, a fragment or a whole page) → readable text. Paragraphs, headings and
// block quotes are separated by blank lines, <br> breaks a line, list items become "- " or
// "1. " bullets; <pre> (with or without <code>) becomes a CodeBlock whose language comes from
// class="lang-py" / "language-python"; inline <code> stays in the text; script, style, title
// and head are dropped. Iterative and linear: deep nesting and 10 MB inputs are fine.
ReadableText htmlToText(QStringView html);

// The language named by a class attribute ("lang-py s-code-block" → "python"), or empty.
QString languageFromClass(const QString &classAttribute);

} // namespace dlrepro
