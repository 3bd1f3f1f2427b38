#pragma once

#include "CodeModel.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace dlrepro {

// A replacement of [start, start + length) of a CodeModel's code() by `text`.
struct TextEdit {
    qsizetype start = 0;
    qsizetype length = 0;
    QString text;
};

// Applies non-overlapping edits (any order; sorted here). Overlapping edits after the first are
// dropped (returns false) so that a careless action cannot corrupt the code.
bool applyTextEdits(const QString &code, QList<TextEdit> edits, QString *out);

// Where new module-level imports go: after a leading docstring, comments, `from __future__`
// imports and the first block of imports. Position at the start of a line.
qsizetype importInsertionPoint(const CodeModel &model);

// The code for `line` statements, each ending in '\n', inserted at importInsertionPoint.
TextEdit insertImportsEdit(const CodeModel &model, const QStringList &lines);

// The leading whitespace of a line (1-based) of model.code().
QString lineIndentation(const CodeModel &model, int line);

// The line (1-based) of the statement enclosing `pos`, and the position where that statement
// starts (its line's first non-blank character).
int statementLineAt(const CodeModel &model, qsizetype pos);

// Removes one call argument with its separating comma and the space after it.
TextEdit removeArgumentEdit(const CodeModel &model, const CodeCall &call, int argumentIndex);

} // namespace dlrepro
