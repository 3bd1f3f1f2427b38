#include "SyntaxChecker.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

namespace dlrepro {

namespace {
// Reads the code from stdin, compiles it without running it, answers one JSON line. -I keeps
// the user's site and working directory out of it.
const char kScript[] = R"PY(
import sys, json
src = sys.stdin.buffer.read().decode('utf-8', 'replace')
try:
    compile(src, '<snippet>', 'exec', dont_inherit=True)
    print(json.dumps({'line': 0}))
except SyntaxError as e:
    print(json.dumps({'line': e.lineno or 1, 'column': e.offset or 1, 'message': '%s: %s' % (type(e).__name__, e.msg)}))
except Exception as e:
    print(json.dumps({'line': 0, 'note': str(e)}))
)PY";
} // namespace

SyntaxChecker::SyntaxChecker(QObject *parent) : QObject(parent) {}

SyntaxChecker::~SyntaxChecker()
{
    stop();
}

bool SyntaxChecker::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

void SyntaxChecker::stop()
{
    if (!m_process)
        return;
    m_process->disconnect(this);
    if (m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished(1000);
    }
    m_process->deleteLater();
    m_process = nullptr;
}

void SyntaxChecker::check(const QString &interpreter, const QString &code)
{
    stop();
    if (interpreter.isEmpty())
        return;
    auto *process = new QProcess(this);
    m_process = process;
    connect(process, &QProcess::finished, this, [this, process](int exitCode, QProcess::ExitStatus status) {
        if (process != m_process)
            return;
        const QJsonObject o = QJsonDocument::fromJson(process->readAllStandardOutput().trimmed()).object();
        m_process = nullptr;
        process->deleteLater();
        if (status != QProcess::NormalExit || exitCode != 0 || o.isEmpty())
            return; // no answer is no verdict on the code
        emit checked(o.value(QStringLiteral("line")).toInt(), o.value(QStringLiteral("column")).toInt(),
                     o.value(QStringLiteral("message")).toString());
    });
    connect(process, &QProcess::errorOccurred, this, [this, process](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart && process == m_process) {
            m_process = nullptr;
            process->deleteLater();
        }
    });
    process->start(interpreter, {QStringLiteral("-I"), QStringLiteral("-c"), QString::fromUtf8(kScript)});
    process->write(code.toUtf8());
    process->closeWriteChannel();
}

} // namespace dlrepro
