#pragma once

#include "run/RunRequest.h"

#include <QJsonObject>
#include <QObject>
#include <QProcessEnvironment>
#include <QStringList>

class QProcess;

namespace dlrepro {

// Whether a run goes through the fork server (docs/fork-server.md) and what the server
// preloads. Auto: only for snippets whose import statements name torch or numpy and that never
// mention tensorflow, keras or jax (those run as plain processes); On: every snippet; Off: none.
struct ForkServerChoice {
    bool use = false;
    QStringList preload; // "numpy", "torch": what the server imports before forking
    QString reason;      // why (not) in words: "the snippet imports TensorFlow: plain processes"
};
ForkServerChoice chooseForkServer(const RunRequest &request);

// Top-level module names of a Python file's import statements ("import a.b as c, d",
// "from e.f import g"; relative imports skipped), in order, without duplicates. At most the
// first 10 MB are read.
QStringList snippetImports(const QString &path);

// The warm Python process of the fork path: started with the harness directory's
// dlrepro_forkserver.py, it imports the preload modules once and forks one harness child per
// submitted request; each child is the leader of its own session, so the runner's session
// kill, memory polling and timeouts work on it as on a plain harness process. Events arrive
// from the event loop.
class ForkServer : public QObject
{
    Q_OBJECT
public:
    explicit ForkServer(QObject *parent = nullptr);
    ~ForkServer() override; // kills the server; children are the runner's to kill

    // Starts the server process; ready() or died() follows. env is the server's environment
    // (its PYTHONHASHSEED is every child's str hash seed).
    void start(const QString &interpreter, const QString &harnessDir, const QStringList &preload,
               const QProcessEnvironment &env);
    bool isRunning() const; // started and not dead
    bool isReady() const;
    qint64 pid() const;
    QStringList preloaded() const;
    QJsonObject readyEvent() const; // the server's "ready" line
    // Sends a "run" request (the "id" is filled in); returns the id.
    int submit(QJsonObject request);
    // Closes its stdin and kills it after graceMs (children keep running: they are sessions
    // of their own).
    void stop(int graceMs = 0);

Q_SIGNALS:
    void ready();
    void childStarted(int id, qint64 pid);
    void childExited(int id, int exitCode, int signal); // signal != 0: killed by it
    void requestFailed(int id, const QString &message);
    void died(const QString &why); // before or after ready; pending requests are lost

private:
    void readEvents();
    void handleEvent(const QJsonObject &event);
    QProcess *m_process = nullptr;
    bool m_ready = false;
    bool m_dead = false;
    int m_nextId = 1;
    QJsonObject m_readyEvent;
    QByteArray m_stderrTail;
};

} // namespace dlrepro
