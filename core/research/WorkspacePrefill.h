#pragma once

#include "research/ProjectStore.h"

#include <QString>

namespace dlrepro {

// What a reproduction workspace recorded about its bug (its transaction.json): the bug type, the
// information present, the edit actions actually applied, the time spent and the verdict.
struct WorkspaceLabel
{
    Annotation annotation;     // prefilled = true, annotator empty
    BugReproduction reproduction; // workspace = the folder
};

// Reads `dir`/transaction.json. Tolerant: unknown keys are ignored, items may be ids, names or
// letters, times may be minutes or seconds ("minutesSpent", "secondsSpent", "timeSpent"); a
// missing or malformed file gives false and a message naming it.
bool readWorkspaceLabel(const QString &dir, WorkspaceLabel *out, QString *error);

// Pre-fills `annotator`'s annotation of bug `bugKey` from the workspace, in one transaction: the
// reproduction gets the folder, verdict and time; the annotation is written marked prefilled
// unless the annotator has already saved one of their own (then it is left alone and *out holds
// the saved one). *out gets the annotation as it is now.
bool prefillAnnotation(ProjectStore &store, qint64 bugKey, const QString &dir, const QString &annotator,
                       Annotation *out, QString *error);

} // namespace dlrepro
