#pragma once

#include "study/Questionnaire.h"
#include "study/StudyEvent.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace dlrepro {

// What one participant did on one bug, rebuilt from the event log.
struct BugRecord
{
    QString bugId;
    bool shown = false;
    bool submitted = false;
    qint64 workMs = 0;        // from first shown to submit, less pauses and interruptions
    qint64 pausedMs = 0;      // facilitator pauses (on one clock; across a reboot unknown, not counted)
    qint64 interruptedMs = 0; // from the last event before a crash or close to the restart, where measurable
    int interruptions = 0;    // restarts while the bug was open
    qint64 idleMs = 0;        // reported idle time (included in workMs)
    int runs = 0;
    int verifies = 0;
    bool verifiedReproduced = false; // some verdict on this bug was "reproduced"
    QString lastVerdict;             // status id of the last verdict
    QStringList actionsApplied;      // edit action ids, in order
    BugAnswers answers;              // valid when submitted
    QDateTime firstShown;
    QDateTime submittedAt;
};

struct SessionState
{
    QList<BugRecord> bugs; // in the set's order
    int currentIndex = 0;  // the first bug not submitted; bugs.size() when finished
    bool paused = false;
    QString pauseReason;
    bool started = false;  // there are events
    bool closed = false;   // the last event is a Close
    bool finished() const { return currentIndex >= bugs.size(); }
};

// Replays the log in seq order. The time between two consecutive events counts as work on the
// bug on screen when its clock runs (shown, not yet submitted), the session is not paused, both
// readings are on the same clock base, and the later event is not a Restart: the gap before a
// restart is an interruption (a crash, a power cut, a closed window), never work, whether or not
// the clock can measure it.
SessionState replaySession(const QList<StudyEvent> &events, const QStringList &setBugs);

} // namespace dlrepro
