#pragma once

#include "domain/EditAction.h"
#include "study/SessionReplay.h"
#include "study/StudyStore.h"

#include <memory>

namespace dlrepro {

class StudyClock;
struct Verdict;

// One participant's session: which bug is on screen, and every event stored at once (one
// transaction, synchronous=FULL) with a reading of the injected clock. Reopening a session whose
// log does not end in Close records a Restart with crashed=true; the gap before it is an
// interruption, not work (SessionReplay). Not a QObject: the study window drives it.
class StudySession
{
public:
    // Opens the session of an enrolled participant; records a Restart when the log has events
    // and the session is not finished. The store and clock must outlive the session.
    static std::unique_ptr<StudySession> open(StudyStore &store, const QString &participantId, const StudyClock &clock,
                                              QString *error);

    const Participant &participant() const { return m_participant; }
    bool showsHints() const { return m_participant.group == StudyGroup::Experimental; }
    const SessionState &state() const { return m_state; }
    bool isFinished() const { return m_state.finished(); }
    bool isPaused() const { return m_state.paused; }
    int bugCount() const { return int(m_state.bugs.size()); }
    int currentIndex() const { return m_state.currentIndex; }
    // The bug on screen; nullptr when finished.
    const StudyBug *currentBug() const;
    // Work time on the current bug so far, up to the last event (what the log can prove).
    qint64 currentWorkMs() const;

    // Each returns false with *error when the event makes no sense now (paused, finished, a
    // submit before the bug was shown) or cannot be stored; nothing is recorded then.
    bool show(QString *error);
    bool recordRun(int seeds, QString *error);
    bool recordVerdict(const Verdict &verdict, QString *error);
    bool recordAction(EditAction action, QString *error);
    bool recordIdle(qint64 idleMs, QString *error);
    // Stores the answers and moves to the next bug (not shown yet: call show()).
    bool submit(const BugAnswers &answers, QString *error);
    bool pause(const QString &reason, QString *error); // the facilitator's; a reason is required
    bool resume(QString *error);
    // The window closes normally; reopening then records Restart with crashed=false.
    bool close(QString *error);

private:
    StudySession(StudyStore &store, const StudyClock &clock) : m_store(store), m_clock(clock) {}
    bool record(StudyEventKind kind, const QJsonObject &payload, QString *error, bool allowWhilePaused = false);
    bool requireOpenBug(QString *error) const;
    StudyStore &m_store;
    const StudyClock &m_clock;
    Participant m_participant;
    QStringList m_setBugs;
    QList<StudyEvent> m_events;
    SessionState m_state;
};

} // namespace dlrepro
