#pragma once

#include "study/StudyClock.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace dlrepro {

// What a participant's session records, one row per event, written at once.
enum class StudyEventKind {
    Shown,   // the bug was put on screen (the first one starts its clock)
    Run,     // the participant ran the snippet
    Verify,  // the runner's verdict (payload: status, reasonId)
    Action,  // an edit action was applied (payload: action id)
    Idle,    // no input for a while (payload: idleMs); recorded, still counted as time on the bug
    Submit,  // the questionnaire for the bug was submitted (payload: the answers); stops its clock
    Pause,   // the facilitator paused (payload: reason); time until Resume is not work
    Resume,
    Restart, // the session was opened again (payload: crashed = no Close before it)
    Close,   // the window was closed normally
};
QString studyEventKindId(StudyEventKind kind); // shown, run, verify, action, idle, submit, pause, resume, restart, close
bool parseStudyEventKind(const QString &id, StudyEventKind *out);

struct StudyEvent
{
    QString id;          // a UUID: the same event merged twice is stored once
    QString participant;
    int seq = 0;         // order within the participant's session
    QString bug;         // the bug on screen; empty before the first
    StudyEventKind kind = StudyEventKind::Shown;
    ClockReading time;
    QJsonObject payload;
};

QJsonObject studyEventToJson(const StudyEvent &e);
bool studyEventFromJson(const QJsonObject &o, StudyEvent *out, QString *error);

} // namespace dlrepro
