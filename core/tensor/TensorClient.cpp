#include "TensorClient.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QThread>

#include <algorithm>

namespace dlrepro {

namespace {

constexpr int kMaxAttempts = 2;      // the first try and one retry on a fresh helper
constexpr qsizetype kStderrTail = 2000;

} // namespace

TensorClient::TensorClient(QObject *parent)
    : QObject(parent)
    , m_helperPath(locateHelper())
{
    qRegisterMetaType<dlrepro::TensorReply>();
    m_deadlineTimer.setInterval(250);
    connect(&m_deadlineTimer, &QTimer::timeout, this, &TensorClient::checkDeadlines);
}

TensorClient::~TensorClient()
{
    if (!m_process)
        return;
    QProcess *p = m_process;
    m_process = nullptr;
    p->disconnect(this);
    p->closeWriteChannel();
    if (!p->waitForFinished(2000)) {
        p->kill();
        p->waitForFinished(2000);
    }
    delete p;
}

QString TensorClient::locateHelper()
{
    const QString env = qEnvironmentVariable("DLREPRO_TENSOR");
    if (!env.isEmpty())
        return QFileInfo(env).isExecutable() ? QFileInfo(env).absoluteFilePath() : QString();
    if (!QCoreApplication::instance())
        return {};
    const QFileInfo next(QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("dlrepro-tensor")));
    return next.isExecutable() ? next.absoluteFilePath() : QString();
}

bool TensorClient::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

qint64 TensorClient::processId() const
{
    return m_process ? m_process->processId() : 0;
}

bool TensorClient::ensureStarted(QString *error)
{
    if (isRunning())
        return true;
    if (m_helperPath.isEmpty()) {
        *error = QCoreApplication::translate("TensorClient",
                                             "the tensor helper dlrepro-tensor was not found next to %1 "
                                             "(set DLREPRO_TENSOR to its path)")
                     .arg(QCoreApplication::applicationDirPath());
        return false;
    }
    auto *p = new QProcess(this);
    p->setProgram(m_helperPath);
    p->setProcessChannelMode(QProcess::SeparateChannels);
    connect(p, &QProcess::readyReadStandardOutput, this, &TensorClient::readResponses);
    connect(p, &QProcess::readyReadStandardError, this, [this, p] {
        m_stderrTail += p->readAllStandardError();
        if (m_stderrTail.size() > kStderrTail)
            m_stderrTail = m_stderrTail.right(kStderrTail);
    });
    connect(p, &QProcess::finished, this, [this, p] { helperStopped(p); });
    // No errorOccurred(FailedToStart) handler: the start is waited for just below, and a failure
    // there is this request's error (a handler would re-enter this function).
    m_process = p;
    m_buffer.clear();
    m_stderrTail.clear();
    p->start();
    if (!p->waitForStarted(10000)) {
        *error = QCoreApplication::translate("TensorClient", "cannot start the tensor helper %1: %2")
                     .arg(m_helperPath, p->errorString());
        if (m_process == p) {
            m_process = nullptr;
            p->disconnect(this);
            p->deleteLater();
        }
        return false;
    }
    ++m_starts;
    return true;
}

qint64 TensorClient::enqueue(const QString &command, const QJsonObject &arguments, bool sync)
{
    const qint64 id = m_nextId++;
    QJsonObject request = arguments;
    request.insert(QLatin1String("id"), id);
    request.insert(QLatin1String("cmd"), command);
    Pending pending;
    pending.command = command;
    pending.line = QJsonDocument(request).toJson(QJsonDocument::Compact) + '\n';
    pending.sync = sync;
    pending.deadline = QDeadlineTimer(m_timeoutMs);
    m_pending.insert(id, pending);
    send(id);
    return id;
}

void TensorClient::send(qint64 id)
{
    auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    QString error;
    if (!ensureStarted(&error)) {
        complete(id, {false, {}, error});
        return;
    }
    ++it->attempts;
    m_process->write(it->line);
    if (!it->sync && !m_deadlineTimer.isActive())
        m_deadlineTimer.start();
}

qint64 TensorClient::post(const QString &command, const QJsonObject &arguments)
{
    return enqueue(command, arguments, false);
}

TensorReply TensorClient::call(const QString &command, const QJsonObject &arguments)
{
    if (thread() != QThread::currentThread())
        return {false, {}, QStringLiteral("TensorClient::call from a thread other than the client's")};
    const qint64 id = enqueue(command, arguments, true);
    while (m_pending.contains(id)) {
        const Pending &p = m_pending.value(id);
        if (p.deadline.hasExpired()) {
            m_pending.remove(id);
            m_syncDone.insert(id, {false, {}, QCoreApplication::translate("TensorClient",
                                       "the tensor helper did not answer '%1' within %2 s; it was stopped")
                                       .arg(command).arg(m_timeoutMs / 1000.0)});
            if (QProcess *proc = m_process) {
                proc->kill(); // stuck: the next request starts a fresh one
                proc->waitForFinished(5000);
                helperStopped(proc);
            }
            break;
        }
        if (!m_process || m_process->state() == QProcess::NotRunning) {
            if (m_process)
                helperStopped(m_process);
            else if (p.attempts >= kMaxAttempts)
                complete(id, {false, {}, stoppedMessage(command, true)});
            else
                send(id);
            continue;
        }
        // Short slices, so that the deadline and a dead helper are noticed promptly.
        const int slice = int(std::min<qint64>(200, std::max<qint64>(1, p.deadline.remainingTime())));
        if (m_process->waitForReadyRead(slice))
            readResponses();
        else if (m_process && m_process->state() == QProcess::NotRunning)
            helperStopped(m_process);
    }
    return m_syncDone.take(id);
}

void TensorClient::readResponses()
{
    if (!m_process)
        return;
    m_buffer += m_process->readAllStandardOutput();
    qsizetype nl;
    while ((nl = m_buffer.indexOf('\n')) >= 0) {
        const QByteArray line = m_buffer.left(nl);
        m_buffer.remove(0, nl + 1);
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &parseError);
        if (!doc.isObject()) {
            qWarning("dlrepro-tensor wrote a line that is not a JSON object: %s", line.left(200).constData());
            continue;
        }
        const QJsonObject o = doc.object();
        const qint64 id = o.value(QLatin1String("id")).toInteger(-1);
        if (!m_pending.contains(id))
            continue; // an answer to a request that already timed out
        TensorReply reply;
        reply.ok = o.value(QLatin1String("ok")).toBool();
        reply.result = o.value(QLatin1String("result")).toObject();
        reply.error = o.value(QLatin1String("error")).toString();
        complete(id, reply);
    }
}

void TensorClient::complete(qint64 id, const TensorReply &reply)
{
    const Pending p = m_pending.take(id);
    if (p.sync) {
        m_syncDone.insert(id, reply);
    } else {
        // Queued: a post() that fails at once must not answer before post() has returned.
        QMetaObject::invokeMethod(this, [this, id, reply] { Q_EMIT replied(id, reply); }, Qt::QueuedConnection);
    }
    if (m_pending.isEmpty())
        m_deadlineTimer.stop();
}

QString TensorClient::stoppedMessage(const QString &command, bool retried) const
{
    QString msg = retried ? QCoreApplication::translate("TensorClient",
                                "the tensor helper stopped (%1) while answering '%2', and again when it was retried")
                          : QCoreApplication::translate("TensorClient", "the tensor helper stopped (%1) while answering '%2'");
    msg = msg.arg(m_lastExit, command);
    const QString tail = QString::fromUtf8(m_stderrTail).trimmed();
    if (!tail.isEmpty())
        msg += QCoreApplication::translate("TensorClient", "; its last messages: %1").arg(tail.right(500));
    return msg;
}

void TensorClient::helperStopped(QProcess *process)
{
    if (process != m_process)
        return; // already handled
    m_stderrTail += process->readAllStandardError();
    m_lastExit = process->error() == QProcess::FailedToStart
        ? process->errorString()
        : process->exitStatus() == QProcess::CrashExit
        ? QCoreApplication::translate("TensorClient", "killed or crashed")
        : QCoreApplication::translate("TensorClient", "exit code %1").arg(process->exitCode());
    m_process = nullptr;
    process->disconnect(this);
    process->deleteLater();
    m_buffer.clear();

    // In id order, so that requests reach the fresh helper in the order they were made.
    QList<qint64> ids = m_pending.keys();
    std::sort(ids.begin(), ids.end());
    for (const qint64 id : std::as_const(ids)) {
        const Pending &p = m_pending.value(id);
        if (p.attempts >= kMaxAttempts)
            complete(id, {false, {}, stoppedMessage(p.command, true)});
    }
    ids = m_pending.keys();
    std::sort(ids.begin(), ids.end());
    for (const qint64 id : std::as_const(ids))
        send(id);
}

void TensorClient::checkDeadlines()
{
    QList<qint64> expired;
    for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it)
        if (!it->sync && it->deadline.hasExpired())
            expired << it.key();
    for (const qint64 id : std::as_const(expired)) {
        const QString command = m_pending.value(id).command;
        complete(id, {false, {}, QCoreApplication::translate("TensorClient",
                                     "the tensor helper did not answer '%1' within %2 s; it was stopped")
                                     .arg(command).arg(m_timeoutMs / 1000.0)});
    }
    if (!expired.isEmpty() && m_process)
        m_process->kill(); // the others are sent again to a fresh helper when it has stopped
}

void TensorClient::stop()
{
    if (!m_process)
        return;
    QProcess *p = m_process;
    m_process = nullptr;
    p->disconnect(this);
    p->closeWriteChannel();
    if (!p->waitForFinished(2000))
        p->kill();
    p->waitForFinished(1000);
    p->deleteLater();
    const QList<qint64> ids = m_pending.keys();
    for (const qint64 id : ids)
        complete(id, {false, {}, QCoreApplication::translate("TensorClient", "the tensor helper was stopped")});
}

} // namespace dlrepro
