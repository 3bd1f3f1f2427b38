#pragma once

#include <QList>
#include <QtGlobal>

namespace dlrepro {

// The runner starts each harness with setsid(), so the harness is the leader of a new session
// and process group whose id is its pid. These helpers act on every process of that session:
// a child that calls setpgid() leaves the group but not the session.

// Pids of the live processes whose session id is sid (from /proc).
QList<qint64> sessionProcesses(qint64 sid);

// Send sig to the group -sid and to every process of the session. Returns how many processes
// were signalled (0: none left).
int signalSession(qint64 sid, int sig);

// Resident memory (VmRSS) summed over the session's processes, in bytes.
qint64 sessionResidentBytes(qint64 sid);

} // namespace dlrepro
