#pragma once

#include "run/RunRequest.h"
#include "run/RunResult.h"

#include <QList>
#include <QObject>
#include <functional>
#include <memory>

namespace dlrepro {

// Runs a snippet through the harness once per seed, each in its own process session so that
// timeouts, limits and cancel kill every process the snippet started. One run at a time per
// Runner; start() returns at once, finished() comes from the event loop. Seeds of torch/numpy
// snippets are forked from a warm server kept for the Runner's life (RunRequest::forkServer,
// docs/fork-server.md); RunResult::forkServer and RunResult::note say how each seed ran.
class Runner : public QObject
{
    Q_OBJECT
public:
    explicit Runner(QObject *parent = nullptr);
    ~Runner() override;

    // false (and no signals) when a run is already in progress.
    bool start(const RunRequest &request);
    bool isRunning() const;
    void cancel(); // remaining seeds are reported Cancelled

    using Callback = std::function<void(const RunResult &)>;
    using LineCallback = std::function<void(int seed, const QString &line, bool isStderr)>;
    // Blocking convenience for the CLI: runs an event loop until every seed finished.
    static QList<RunResult> runSeeds(const RunRequest &request, const Callback &onSeedFinished = {},
                                     const LineCallback &onLine = {});

Q_SIGNALS:
    void seedStarted(int seed, int index, int total);
    void outputLine(int seed, const QString &line, bool isStderr);
    void seedFinished(const dlrepro::RunResult &result);
    void finished(const QList<dlrepro::RunResult> &results); // in the order of request.seeds

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace dlrepro
