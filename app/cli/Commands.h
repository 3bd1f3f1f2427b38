#pragma once

#include <QStringList>
#include <QTextStream>

// Each dlrepro-cli command: takes its own arguments (without the command name) and returns the
// process exit code: 0 success, 1 a negative result the command reports, 2 bad input or usage.
namespace dlrepro::cli {

struct Io {
    QTextStream &out;
    QTextStream &err;
};

int runInspect(const QStringList &args, Io io);
int runSelect(const QStringList &args, Io io);
int runEnv(const QStringList &args, Io io);
int runRun(const QStringList &args, Io io);
int runVerify(const QStringList &args, Io io);
int runMine(const QStringList &args, Io io);
int runHints(const QStringList &args, Io io);
int runReproduce(const QStringList &args, Io io);
int runEdit(const QStringList &args, Io io);
int runWorkspace(const QStringList &args, Io io);
int runProject(const QStringList &args, Io io);
int runAgreement(const QStringList &args, Io io);
int runGlm(const QStringList &args, Io io);
int runStudy(const QStringList &args, Io io);
int runDynamics(const QStringList &args, Io io);

} // namespace dlrepro::cli
