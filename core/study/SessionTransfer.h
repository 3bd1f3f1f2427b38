#pragma once

#include "study/StudyStore.h"

#include <QJsonObject>

namespace dlrepro {

// A participant's session as a file (schema "dlrepro.study-session/1"): the design's fingerprint,
// the participant (assignment and demographics) and every event. Moves a session from the
// machine it ran on to the study's main database.
bool exportSession(const StudyStore &store, const QString &participantId, QJsonObject *out, QString *error);

struct MergeResult
{
    QString participantId;
    bool participantAdded = false;
    int eventsAdded = 0;
    int eventsAlreadyPresent = 0;
};

// Merges an exported session in one transaction. Idempotent: events are keyed by their UUIDs, so
// merging the same file again (or a later export of the same session) adds only what is new.
// Refuses a session of another design, of a withdrawn participant, or one whose participant is
// already here with another assignment.
bool mergeSession(StudyStore &store, const QJsonObject &session, MergeResult *result, QString *error);

} // namespace dlrepro
