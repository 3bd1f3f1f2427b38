#include "study/SessionReplay.h"

namespace dlrepro {

SessionState replaySession(const QList<StudyEvent> &events, const QStringList &setBugs)
{
    SessionState s;
    for (const QString &id : setBugs) {
        BugRecord b;
        b.bugId = id;
        s.bugs << b;
    }
    const auto record = [&](const QString &id) -> BugRecord * {
        for (BugRecord &b : s.bugs)
            if (b.bugId == id)
                return &b;
        return nullptr;
    };

    BugRecord *open = nullptr; // the bug whose clock runs
    const StudyEvent *last = nullptr;
    for (const StudyEvent &e : events) {
        s.started = true;
        if (last && open) {
            const bool sameClock = last->time.base == e.time.base && e.time.ms >= last->time.ms;
            const qint64 dt = sameClock ? e.time.ms - last->time.ms : 0;
            if (e.kind == StudyEventKind::Restart) {
                ++open->interruptions;
                open->interruptedMs += dt;
            } else if (s.paused) {
                open->pausedMs += dt;
            } else {
                open->workMs += dt;
            }
        }
        BugRecord *bug = record(e.bug);
        switch (e.kind) {
        case StudyEventKind::Shown:
            if (bug && !bug->submitted) {
                if (!bug->shown)
                    bug->firstShown = e.time.wall;
                bug->shown = true;
                open = bug;
            }
            break;
        case StudyEventKind::Run:
            if (bug)
                ++bug->runs;
            break;
        case StudyEventKind::Verify:
            if (bug) {
                ++bug->verifies;
                bug->lastVerdict = e.payload.value(QStringLiteral("status")).toString();
                if (bug->lastVerdict == QLatin1String("reproduced"))
                    bug->verifiedReproduced = true;
            }
            break;
        case StudyEventKind::Action:
            if (bug)
                bug->actionsApplied << e.payload.value(QStringLiteral("action")).toString();
            break;
        case StudyEventKind::Idle:
            if (bug)
                bug->idleMs += qint64(e.payload.value(QStringLiteral("idleMs")).toDouble());
            break;
        case StudyEventKind::Submit:
            if (bug && !bug->submitted) {
                QString ignored;
                bugAnswersFromJson(e.payload.value(QStringLiteral("answers")).toObject(), &bug->answers, &ignored);
                bug->submitted = true;
                bug->submittedAt = e.time.wall;
                if (open == bug)
                    open = nullptr;
            }
            break;
        case StudyEventKind::Pause:
            s.paused = true;
            s.pauseReason = e.payload.value(QStringLiteral("reason")).toString();
            break;
        case StudyEventKind::Resume:
            s.paused = false;
            s.pauseReason.clear();
            break;
        case StudyEventKind::Restart:
        case StudyEventKind::Close:
            break;
        }
        s.closed = e.kind == StudyEventKind::Close;
        last = &e;
    }
    s.currentIndex = int(s.bugs.size());
    for (int i = 0; i < s.bugs.size(); ++i) {
        if (!s.bugs.at(i).submitted) {
            s.currentIndex = i;
            break;
        }
    }
    return s;
}

} // namespace dlrepro
