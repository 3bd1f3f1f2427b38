#pragma once

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace dlrepro {

// What became of one run of a snippet with one seed. A run that raised an exception in the
// snippet "completed" as far as the runner is concerned: the exception is the evidence.
enum class RunStatus {
    Finished,      // the snippet ran to its end (exit code 0)
    Exception,     // the snippet raised; see RunResult::exception
    Exited,        // exit code != 0 without a captured exception (sys.exit(3), os._exit)
    Crashed,       // killed by a signal it raised itself (SIGSEGV, SIGABRT, …)
    TimedOut,      // the wall-clock limit was reached; the process group was killed
    MemoryLimit,   // resident memory went over the limit; killed
    OutputLimit,   // printed more than the output cap; killed
    Cancelled,     // the user cancelled
    FailedToStart, // the interpreter or harness could not be started
};

QString runStatusId(RunStatus status); // finished, exception, exited, crashed, timed_out, …

struct ExceptionInfo {
    QString qualifiedType; // "torch.nn.modules.module.ModuleAttributeError", "builtins.ValueError" → "ValueError"
    QString type;          // short name: "RuntimeError"
    QString message;
    QString traceback;     // the full formatted traceback
    int snippetLine = 0;   // innermost frame that lies in the snippet file (0: none)
    QString snippetCode;   // the source line of that frame
    bool isEmpty() const { return type.isEmpty(); }
};

struct MetricValue {
    QString name;   // normalised as the report extraction does ("acc" → "accuracy")
    double value = 0.0;
    QString unit;   // "%" or empty
    QString source; // "report" (dlrepro.report call) or "output" (parsed from what it printed)
};

struct RunResult {
    int seed = 0;
    RunStatus status = RunStatus::FailedToStart;
    int exitCode = -1;
    int signal = 0;             // the signal that ended it (SIGSEGV; SIGTERM/SIGKILL when dlrepro killed it)
    ExceptionInfo exception;
    QList<MetricValue> metrics; // every value seen, in order; the last of a name is the result
    double wallSeconds = 0.0;
    qint64 peakRssBytes = 0;
    QString device;             // "cpu", "cuda:0"
    qint64 peakGpuMemoryBytes = 0;
    QString output;             // stdout and stderr interleaved as captured (capped)
    bool outputTruncated = false;
    QString runDirectory;       // where it ran, when kept
    QString resultPath;         // the harness's JSON result file
    QString errorText;          // why it failed to start / was killed, in words
    QJsonObject environment;    // interpreter, versions, device, driver (harness result "environment")
    QStringList importedModules; // top-level modules the run imported that are not in the
                                 // standard library ("torch", "numpy"): for requirements.txt
    bool forkServer = false;    // forked from the warm fork server (else its own interpreter)
    QString note;               // how it was run when that is worth knowing ("the fork server
                                // died twice; this seed ran as a plain process")

    // The last value reported for a metric name, if any.
    const MetricValue *lastMetric(const QString &name) const;
};

bool parseRunStatus(const QString &id, RunStatus *out);

// The whole result as JSON (for --json output and verdict evidence) and back.
QJsonObject runResultToJson(const RunResult &result);
RunResult runResultFromJson(const QJsonObject &o);

// "torch==1.13.0\nnumpy==1.24.2\n": the non-stdlib modules the run imported, with the versions
// in its environment (pip distribution names where they differ: sklearn → scikit-learn).
QString requirementsText(const RunResult &result);

} // namespace dlrepro
