#include "study/StudySession.h"

#include "study/StudyClock.h"
#include "verify/Verdict.h"

#include <QCoreApplication>
#include <QUuid>

namespace dlrepro {

std::unique_ptr<StudySession> StudySession::open(StudyStore &store, const QString &participantId, const StudyClock &clock,
                                                 QString *error)
{
    const std::optional<Participant> p = store.participant(participantId);
    if (!p) {
        *error = store.isWithdrawn(participantId)
            ? QCoreApplication::translate("StudySession", "participant %1 has withdrawn from the study").arg(participantId)
            : QCoreApplication::translate("StudySession", "no participant %1 in %2").arg(participantId, store.location());
        return nullptr;
    }
    const StudySet *set = store.design().set(p->setId);
    if (!set) {
        *error = QCoreApplication::translate("StudySession", "participant %1 is assigned to set '%2', which the design lacks")
                     .arg(participantId, p->setId);
        return nullptr;
    }
    std::unique_ptr<StudySession> s(new StudySession(store, clock));
    s->m_participant = *p;
    s->m_setBugs = set->bugs;
    QString readError;
    s->m_events = store.events(participantId, &readError);
    if (!readError.isEmpty()) {
        *error = readError;
        return nullptr;
    }
    s->m_state = replaySession(s->m_events, s->m_setBugs);
    if (s->m_state.started && !s->m_state.finished()) {
        const bool crashed = !s->m_state.closed;
        if (!s->record(StudyEventKind::Restart, {{QStringLiteral("crashed"), crashed}}, error, true))
            return nullptr;
    }
    return s;
}

const StudyBug *StudySession::currentBug() const
{
    if (isFinished())
        return nullptr;
    return m_store.design().bug(m_state.bugs.at(m_state.currentIndex).bugId);
}

qint64 StudySession::currentWorkMs() const
{
    return isFinished() ? 0 : m_state.bugs.at(m_state.currentIndex).workMs;
}

bool StudySession::record(StudyEventKind kind, const QJsonObject &payload, QString *error, bool allowWhilePaused)
{
    if (isFinished() && kind != StudyEventKind::Close) {
        *error = QCoreApplication::translate("StudySession", "the session of %1 is finished").arg(m_participant.id);
        return false;
    }
    if (m_state.paused && !allowWhilePaused) {
        *error = QCoreApplication::translate("StudySession", "the session is paused (%1); resume it first").arg(m_state.pauseReason);
        return false;
    }
    StudyEvent e;
    e.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    e.participant = m_participant.id;
    e.bug = isFinished() ? QString() : m_state.bugs.at(m_state.currentIndex).bugId;
    e.kind = kind;
    e.time = m_clock.now();
    e.payload = payload;
    if (!m_store.appendEvent(e, error))
        return false;
    m_events << e;
    m_state = replaySession(m_events, m_setBugs);
    return true;
}

bool StudySession::requireOpenBug(QString *error) const
{
    if (!isFinished() && !m_state.bugs.at(m_state.currentIndex).shown) {
        *error = QCoreApplication::translate("StudySession", "the bug has not been shown yet");
        return false;
    }
    return true;
}

bool StudySession::show(QString *error)
{
    return record(StudyEventKind::Shown, {}, error);
}

bool StudySession::recordRun(int seeds, QString *error)
{
    return requireOpenBug(error) && record(StudyEventKind::Run, {{QStringLiteral("seeds"), seeds}}, error);
}

bool StudySession::recordVerdict(const Verdict &verdict, QString *error)
{
    return requireOpenBug(error)
        && record(StudyEventKind::Verify,
                  {{QStringLiteral("status"), verdictStatusId(verdict.status)},
                   {QStringLiteral("reasonId"), verdict.reasonId},
                   {QStringLiteral("seedsShowing"), verdict.seedsShowing},
                   {QStringLiteral("seeds"), int(verdict.seeds.size())}},
                  error);
}

bool StudySession::recordAction(EditAction action, QString *error)
{
    return requireOpenBug(error) && record(StudyEventKind::Action, {{QStringLiteral("action"), editActionId(action)}}, error);
}

bool StudySession::recordIdle(qint64 idleMs, QString *error)
{
    return requireOpenBug(error) && record(StudyEventKind::Idle, {{QStringLiteral("idleMs"), double(idleMs)}}, error);
}

bool StudySession::submit(const BugAnswers &answers, QString *error)
{
    return requireOpenBug(error) && record(StudyEventKind::Submit, {{QStringLiteral("answers"), bugAnswersToJson(answers)}}, error);
}

bool StudySession::pause(const QString &reason, QString *error)
{
    if (reason.trimmed().isEmpty()) {
        *error = QCoreApplication::translate("StudySession", "a pause needs a reason");
        return false;
    }
    if (m_state.paused) {
        *error = QCoreApplication::translate("StudySession", "the session is already paused");
        return false;
    }
    return record(StudyEventKind::Pause, {{QStringLiteral("reason"), reason.trimmed()}}, error);
}

bool StudySession::resume(QString *error)
{
    if (!m_state.paused) {
        *error = QCoreApplication::translate("StudySession", "the session is not paused");
        return false;
    }
    return record(StudyEventKind::Resume, {}, error, true);
}

bool StudySession::close(QString *error)
{
    if (!m_state.started || m_state.closed)
        return true;
    return record(StudyEventKind::Close, {}, error, true);
}

} // namespace dlrepro
