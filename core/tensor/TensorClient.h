#pragma once
// The GUI's and CLI's side of dlrepro-tensor, the helper process that holds LibTorch (which must
// stay out of the Qt processes: docs/toolchain-notes.md). The helper is started on the first
// request, kept warm, and started again when it dies; the protocol is docs/tensor-protocol.md.

#include <QByteArray>
#include <QDeadlineTimer>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QTimer>

class QProcess;

namespace dlrepro {

struct TensorReply
{
    bool ok = false;
    QJsonObject result; // the command's result when ok
    QString error;      // a sentence for the user when not ok
};

// Requests are matched to responses by id, so async requests (post + replied) and sync ones
// (call) may be mixed. A request the helper dies on is sent again once to a fresh helper; when
// that one dies on it too, or no answer comes within timeout(), the request fails with an error
// that says so (and a stuck helper is killed). Use a client from the thread it lives in.
class TensorClient : public QObject
{
    Q_OBJECT
public:
    explicit TensorClient(QObject *parent = nullptr);
    ~TensorClient() override;

    // $DLREPRO_TENSOR when set, else dlrepro-tensor next to the running executable; empty when
    // neither names an executable file.
    static QString locateHelper();

    QString helperPath() const { return m_helperPath; }
    void setHelperPath(const QString &path) { m_helperPath = path; }
    // Milliseconds one request may take, helper start and model loading included (default 120 s).
    int timeout() const { return m_timeoutMs; }
    void setTimeout(int ms) { m_timeoutMs = ms; }

    // Sends a request and returns its id at once; replied() brings the answer (also failures to
    // start the helper, from the event loop).
    qint64 post(const QString &command, const QJsonObject &arguments = {});
    // Sends a request and waits for its answer (no event loop needed: the CLI's way).
    TensorReply call(const QString &command, const QJsonObject &arguments = {});

    bool isRunning() const;
    qint64 processId() const;
    int starts() const { return m_starts; } // how many helpers this client started
    // Closes the helper's input (it exits by itself) and forgets it; pending requests fail.
    void stop();

Q_SIGNALS:
    void replied(qint64 id, const dlrepro::TensorReply &reply);

private:
    struct Pending
    {
        QString command;
        QByteArray line;
        int attempts = 0;
        bool sync = false;
        QDeadlineTimer deadline;
    };

    qint64 enqueue(const QString &command, const QJsonObject &arguments, bool sync);
    bool ensureStarted(QString *error);
    void send(qint64 id);
    void readResponses();
    void helperStopped(QProcess *process);
    void checkDeadlines();
    void complete(qint64 id, const TensorReply &reply);
    QString stoppedMessage(const QString &command, bool retried) const;

    QString m_helperPath;
    int m_timeoutMs = 120000;
    QProcess *m_process = nullptr;
    QByteArray m_buffer;
    QByteArray m_stderrTail;
    QString m_lastExit;
    QHash<qint64, Pending> m_pending;
    QHash<qint64, TensorReply> m_syncDone;
    qint64 m_nextId = 1;
    int m_starts = 0;
    QTimer m_deadlineTimer;
};

} // namespace dlrepro

Q_DECLARE_METATYPE(dlrepro::TensorReply)
