#include "run/ForkServer.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>

#include <signal.h>
#include <sys/prctl.h>

namespace dlrepro {

namespace {

constexpr qint64 kMaxSnippetBytes = 10LL * 1024 * 1024;

bool isIdentChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

// "a.b as c" → "a"; "(x" → "x".
QString topName(QString word)
{
    word = word.trimmed();
    while (word.startsWith(QLatin1Char('(')))
        word.remove(0, 1);
    qsizetype end = 0;
    while (end < word.size() && (isIdentChar(word.at(end)) || word.at(end) == QLatin1Char('.')))
        ++end;
    word.truncate(end);
    return word.section(QLatin1Char('.'), 0, 0);
}

// Whether `word` occurs in text as a whole identifier (not inside "my_jax_helper").
bool mentions(const QString &text, const QString &word)
{
    qsizetype from = 0;
    for (;;) {
        const qsizetype at = text.indexOf(word, from);
        if (at < 0)
            return false;
        const qsizetype end = at + word.size();
        const bool startOk = at == 0 || !isIdentChar(text.at(at - 1));
        const bool endOk = end >= text.size() || !isIdentChar(text.at(end));
        if (startOk && endOk)
            return true;
        from = at + 1;
    }
}

} // namespace

QStringList snippetImports(const QString &path)
{
    QStringList out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return out;
    const QString text = QString::fromUtf8(f.read(kMaxSnippetBytes));
    auto add = [&out](const QString &name) {
        if (!name.isEmpty() && !out.contains(name))
            out.append(name);
    };
    for (QStringView raw : QStringView(text).split(QLatin1Char('\n'))) {
        // "try: import torch" and "if x: import numpy" put the statement after a colon.
        QString line = raw.trimmed().toString();
        for (const QString &stmt : line.split(QLatin1Char(';'))) {
            QString s = stmt.trimmed();
            const qsizetype colon = s.indexOf(QLatin1Char(':'));
            if (colon > 0 && !s.startsWith(QStringLiteral("import"))
                && !s.startsWith(QStringLiteral("from")))
                s = s.mid(colon + 1).trimmed();
            if (s.startsWith(QStringLiteral("import ")) || s.startsWith(QStringLiteral("import\t"))) {
                for (const QString &part : s.mid(7).split(QLatin1Char(',')))
                    add(topName(part));
            } else if (s.startsWith(QStringLiteral("from ")) || s.startsWith(QStringLiteral("from\t"))) {
                const QString module = s.mid(5).trimmed();
                if (!module.startsWith(QLatin1Char('.')))
                    add(topName(module.section(QLatin1Char(' '), 0, 0)));
            }
        }
    }
    return out;
}

ForkServerChoice chooseForkServer(const RunRequest &request)
{
    ForkServerChoice c;
    if (request.forkServer == ForkServerMode::Off) {
        c.reason = QStringLiteral("the fork server is off: one process per seed");
        return c;
    }
    const QStringList imports = snippetImports(request.snippetPath);
    for (const QString &name : {QStringLiteral("numpy"), QStringLiteral("torch")}) {
        if (imports.contains(name))
            c.preload.append(name);
    }
    if (request.forkServer == ForkServerMode::On) {
        c.use = true;
        c.reason = QStringLiteral("the fork server is on");
        return c;
    }
    QFile f(request.snippetPath);
    QString text;
    if (f.open(QIODevice::ReadOnly))
        text = QString::fromUtf8(f.read(kMaxSnippetBytes));
    // Anything that may load TensorFlow, Keras or JAX (even through importlib) runs as a plain
    // process: those frameworks start threads and devices at import that do not survive fork.
    for (const QString &name : {QStringLiteral("tensorflow"), QStringLiteral("keras"),
                                QStringLiteral("jax"), QStringLiteral("tf_keras")}) {
        if (mentions(text, name)) {
            c.preload.clear();
            c.reason = QStringLiteral("the snippet mentions %1: one process per seed").arg(name);
            return c;
        }
    }
    if (c.preload.isEmpty()) {
        c.reason = QStringLiteral("the snippet imports neither torch nor numpy: one process per seed");
        return c;
    }
    c.use = true;
    c.reason = QStringLiteral("the snippet imports %1: a warm fork server preloads it")
                   .arg(c.preload.join(QStringLiteral(" and ")));
    return c;
}

ForkServer::ForkServer(QObject *parent)
    : QObject(parent)
{
}

ForkServer::~ForkServer()
{
    if (m_process) {
        m_process->disconnect();
        if (m_process->state() != QProcess::NotRunning) {
            m_process->kill();
            m_process->waitForFinished(2000);
        }
    }
}

void ForkServer::start(const QString &interpreter, const QString &harnessDir,
                       const QStringList &preload, const QProcessEnvironment &env)
{
    m_process = new QProcess(this);
    m_process->setProgram(interpreter);
    m_process->setArguments({harnessDir + QStringLiteral("/dlrepro_forkserver.py"),
                             QStringLiteral("--preload"), preload.join(QLatin1Char(','))});
    m_process->setWorkingDirectory(harnessDir);
    m_process->setProcessEnvironment(env);
    // The server must not outlive dlrepro, even when dlrepro is killed.
    m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
    connect(m_process, &QProcess::readyReadStandardOutput, this, &ForkServer::readEvents);
    connect(m_process, &QProcess::readyReadStandardError, this, [this] {
        m_stderrTail += m_process->readAllStandardError();
        if (m_stderrTail.size() > 4096)
            m_stderrTail = m_stderrTail.right(4096);
    });
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart && !m_dead) {
            m_dead = true;
            Q_EMIT died(QStringLiteral("the fork server could not start: %1")
                            .arg(m_process->errorString()));
        }
    });
    connect(m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus status) {
        readEvents();
        if (m_dead)
            return;
        m_dead = true;
        QString why = status == QProcess::CrashExit
            ? QStringLiteral("the fork server was killed by signal %1").arg(code)
            : QStringLiteral("the fork server exited with code %1").arg(code);
        const QString tail = QString::fromUtf8(m_stderrTail).trimmed();
        if (!tail.isEmpty())
            why += QStringLiteral(" (%1)").arg(tail.section(QLatin1Char('\n'), -1));
        Q_EMIT died(why);
    });
    m_process->start();
}

bool ForkServer::isRunning() const
{
    return m_process && !m_dead;
}

bool ForkServer::isReady() const
{
    return m_ready && !m_dead;
}

qint64 ForkServer::pid() const
{
    return m_process ? m_process->processId() : 0;
}

QStringList ForkServer::preloaded() const
{
    QStringList out;
    for (const QJsonValue &v : m_readyEvent.value(QStringLiteral("preloaded")).toArray())
        out.append(v.toString());
    return out;
}

QJsonObject ForkServer::readyEvent() const
{
    return m_readyEvent;
}

int ForkServer::submit(QJsonObject request)
{
    const int id = m_nextId++;
    request.insert(QStringLiteral("op"), QStringLiteral("run"));
    request.insert(QStringLiteral("id"), id);
    if (m_process && !m_dead)
        m_process->write(QJsonDocument(request).toJson(QJsonDocument::Compact) + '\n');
    return id;
}

void ForkServer::stop(int graceMs)
{
    if (!m_process || m_dead)
        return;
    m_dead = true; // a stop is not a death worth reporting
    m_process->disconnect();
    m_process->closeWriteChannel();
    if (!m_process->waitForFinished(qMax(0, graceMs))) {
        m_process->kill();
        m_process->waitForFinished(2000);
    }
}

void ForkServer::readEvents()
{
    if (!m_process)
        return;
    m_process->setReadChannel(QProcess::StandardOutput);
    while (m_process->canReadLine()) {
        const QByteArray line = m_process->readLine(1024 * 1024);
        const QJsonDocument doc = QJsonDocument::fromJson(line);
        if (doc.isObject())
            handleEvent(doc.object());
    }
}

void ForkServer::handleEvent(const QJsonObject &event)
{
    const QString kind = event.value(QStringLiteral("event")).toString();
    const int id = event.value(QStringLiteral("id")).toInt(-1);
    if (kind == QStringLiteral("ready")) {
        m_readyEvent = event;
        m_ready = true;
        Q_EMIT ready();
    } else if (kind == QStringLiteral("started")) {
        Q_EMIT childStarted(id, qint64(event.value(QStringLiteral("pid")).toDouble()));
    } else if (kind == QStringLiteral("exit")) {
        Q_EMIT childExited(id, event.value(QStringLiteral("code")).toInt(-1),
                           event.value(QStringLiteral("signal")).toInt());
    } else if (kind == QStringLiteral("error")) {
        Q_EMIT requestFailed(id, event.value(QStringLiteral("message")).toString());
    }
}

} // namespace dlrepro
