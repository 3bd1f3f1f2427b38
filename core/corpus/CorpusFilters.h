#pragma once

#include "domain/BugType.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace dlrepro {

// The keyword filter (Humbatova et al.): true when the title holds "how", "install" or "build"
// as a whole word, in any case ("How to…", "BUILD fails"; not "show", "rebuild", "installing").
bool titleHasExcludedWord(const QString &title);

// The code-snippet filter: true when the HTML body holds a code block — a <pre> element, or a
// <code> element whose content spans more than one line. An inline one-line <code>x</code> is
// not a block. Linear scan, no regular expression.
bool htmlHasCodeBlock(const QString &html);

// The first of frameworks (in that order) among the tags, compared case-insensitively; empty
// when none is.
QString frameworkForTags(const QStringList &tags, const QStringList &frameworks);

// Table 4.1 on exact tag matches: the bug type of a question's tags (Mixed when the tags name
// several types; *parts then lists them), Unknown when no tag is in the table.
BugType bugTypeForTags(const QStringList &tags, QList<BugType> *parts = nullptr);

} // namespace dlrepro
