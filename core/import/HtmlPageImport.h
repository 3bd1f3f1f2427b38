#pragma once

#include "ReportImport.h"

namespace dlrepro {

// HTML input: a saved Stack Overflow question page (title from h1 a.question-hyperlink or
// <title>; body from the first s-prose / js-post-body div in #question or div.question; tags
// from a.post-tag; answers from div.answer, "accepted-answer" marking the accepted one), or
// any other page or fragment (<title> and the whole text).
ImportResult importHtml(const QString &html, const QString &inputName);

} // namespace dlrepro
