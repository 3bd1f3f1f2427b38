#include "run/ProcessGroup.h"

#include <QByteArray>
#include <QDir>
#include <QFile>

#include <signal.h>

namespace dlrepro {

namespace {

// Session id from /proc/<pid>/stat: "pid (comm) state ppid pgrp session …"; comm may hold
// spaces and parentheses, so fields are counted from the last ')'.
qint64 sessionOf(const QString &pid)
{
    QFile f(QStringLiteral("/proc/") + pid + QStringLiteral("/stat"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = f.read(4096);
    const qsizetype close = line.lastIndexOf(')');
    if (close < 0)
        return -1;
    const QList<QByteArray> fields = line.mid(close + 2).split(' ');
    // fields: state ppid pgrp session
    if (fields.size() < 4)
        return -1;
    bool ok = false;
    const qint64 sid = fields.at(3).toLongLong(&ok);
    return ok ? sid : -1;
}

qint64 residentBytes(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray text = f.read(16384);
    const qsizetype at = text.indexOf("\nVmRSS:");
    if (at < 0)
        return 0; // a zombie or a kernel thread
    const qsizetype end = text.indexOf('\n', at + 1);
    QByteArray value = text.mid(at + 7, end < 0 ? -1 : end - at - 7).trimmed();
    if (value.endsWith(" kB"))
        value.chop(3);
    return value.trimmed().toLongLong() * 1024;
}

} // namespace

QList<qint64> sessionProcesses(qint64 sid)
{
    QList<qint64> out;
    if (sid <= 0)
        return out;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &entry : entries) {
        bool ok = false;
        const qint64 pid = entry.toLongLong(&ok);
        if (ok && sessionOf(entry) == sid)
            out.append(pid);
    }
    return out;
}

int signalSession(qint64 sid, int sig)
{
    if (sid <= 1)
        return 0;
    int count = 0;
    if (::kill(pid_t(-sid), sig) == 0)
        ++count;
    for (qint64 pid : sessionProcesses(sid)) {
        if (::kill(pid_t(pid), sig) == 0)
            ++count;
    }
    return count;
}

qint64 sessionResidentBytes(qint64 sid)
{
    qint64 total = 0;
    for (qint64 pid : sessionProcesses(sid))
        total += residentBytes(pid);
    return total;
}

} // namespace dlrepro
