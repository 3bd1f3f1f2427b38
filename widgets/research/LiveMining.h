#pragma once

#include "rules/StudyRules.h"
#include "rules/Transaction.h"

#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>

namespace dlrepro {

// What one mining pass over a project's transactions gave: the study's rankings per bug type and
// per sub-fault (core/rules StudyRules), the same ones the workbench's hints are built from.
struct MiningResult
{
    bool ok = false;
    QString error;
    qint64 transactionCount = 0;
    QList<StudyTable> byBugType;
    QList<StudyTable> bySubFault;
    double elapsedMs = 0;
};

// Runs StudyRules on a project's transactions off the UI thread, debounced: a burst of saves
// (one per checkbox click) gives one pass after the burst, and a save during a pass gives one
// more pass after it, so the result always reflects the last save.
//
// The source runs in the worker thread: it must read the transactions through a connection of
// its own (a QSqlDatabase belongs to the thread that opened it), e.g. by opening the project
// again there; SQLite's WAL lets it read while the UI thread writes.
class LiveMining : public QObject
{
    Q_OBJECT
public:
    using Source = std::function<bool(QList<Transaction> *transactions, QString *error)>;

    explicit LiveMining(Source source, QObject *parent = nullptr);
    ~LiveMining() override; // waits for a pass in flight (its source holds a connection)

    void setDebounceMs(int ms) { m_debounce.setInterval(ms); }
    int debounceMs() const { return m_debounce.interval(); }
    void setOptions(const StudyOptions &options) { m_options = options; }

    void requestUpdate(); // debounced
    void updateNow();     // starts at once (or right after the pass in flight)
    bool isBusy() const { return m_running || m_debounce.isActive(); }
    const MiningResult &result() const { return m_result; }
    int passes() const { return m_passes; }

signals:
    void started();
    void updated(const dlrepro::MiningResult &result);

private:
    void start();
    void finished();

    Source m_source;
    StudyOptions m_options;
    QTimer m_debounce;
    QFutureWatcher<MiningResult> m_watcher;
    MiningResult m_result;
    bool m_running = false;
    bool m_again = false;
    int m_passes = 0;
};

} // namespace dlrepro
