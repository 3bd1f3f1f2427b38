#pragma once

#include "run/RunResult.h"

#include <QString>

namespace dlrepro {

// How closely an observed exception matches the reported one, best first.
enum class MatchLevel {
    Exact,      // same type, same message
    Normalised, // equal after normaliseErrorMessage on both sides
    TypeOnly,   // same exception type, different message
    Different,  // another exception type
    NoError,    // the run raised nothing
};

QString matchLevelId(MatchLevel level);   // exact, normalised, type_only, different, no_error
QString matchLevelName(MatchLevel level); // translatable words
// Exact and Normalised count as showing the reported error.
inline bool showsError(MatchLevel level) { return level == MatchLevel::Exact || level == MatchLevel::Normalised; }

// Rewrites what legitimately differs between two runs of the same bug (docs/verdict-schema.md):
//  - file paths (/home/u/x.py, C:\x\y.py, "<stdin>")  → <path>
//  - memory addresses 0x7f3a…                          → 0x<addr>
//  - "line 12"                                          → line <n>
//  - object ids (integers of 9+ digits, id=…)           → <id>
//  - amounts of memory ("2.00 GiB", "20.00 MiB", "512 bytes") → <size> <unit-free>
//  - shapes: every number inside a bracketed list of numbers ([64, 3], (64x784 and 128x10),
//    torch.Size([2, 3])) → N, with the spacing rewritten as ", "; the rank stays;
//  - quotes " → ', runs of whitespace → one space, trimmed.
// Other numbers are kept: "expected 3 channels, but got 1" names the bug, a batch size does not.
QString normaliseErrorMessage(const QString &message);

struct ErrorComparison {
    MatchLevel level = MatchLevel::NoError;
    QString observedLine; // "RuntimeError: …" as the run raised it
    QString expectedLine;
};

// Types compare by their short name (builtins.ValueError = ValueError). A reported message
// ending in "..." or "…" was cut off: a normalised prefix then matches. A multi-line observed
// message also matches on its first line when the reported one is a single line.
ErrorComparison compareErrors(const ExceptionInfo &observed, const QString &expectedType,
                              const QString &expectedMessage);

} // namespace dlrepro
