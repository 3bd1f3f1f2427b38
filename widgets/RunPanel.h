#pragma once

#include "run/PythonEnvironment.h"
#include "run/RunResult.h"
#include "verify/Expectation.h"
#include "verify/Verdict.h"

#include <QHash>
#include <QList>
#include <QWidget>
#include <functional>
#include <memory>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTemporaryDir;
class QTimer;

namespace dlrepro {

class Runner;

// The run pane: interpreter and device pickers (discovered in a background thread), seeds,
// tolerance, the expected error or metric (pre-filled from the report), Run / Verify / Cancel
// with "seed 3 of 5" progress, and one live console per seed. Runs go through core's Runner,
// verdicts through decideVerdict: nothing here decides anything.
class RunPanel : public QWidget
{
    Q_OBJECT
public:
    explicit RunPanel(QWidget *parent = nullptr);
    ~RunPanel() override;

    void setCodeProvider(std::function<QString()> provider) { m_code = std::move(provider); }

    // The report's expectation: fills the field; a field left as filled keeps its origin.
    void setReportExpectation(const Expectation &expectation);
    // What the field says now; false with a message when it cannot be read.
    bool currentExpectation(Expectation *out, QString *error) const;
    QLineEdit *expectedField() const { return m_expected; }

    void setInterpreter(const QString &interpreter); // adds it when not listed, selects it
    QString interpreter() const;
    void setDevice(const QString &device);
    QString device() const;
    void setSeedCount(int seeds);
    int seedCount() const;
    void setTolerance(double fraction);
    double tolerance() const;
    void setTimeoutSeconds(int seconds) { m_timeoutSeconds = seconds; }
    void setMemoryLimitMiB(int mib) { m_memoryMiB = mib; }
    void setParallel(int parallel) { m_parallel = parallel; }

    // Finds and probes interpreters off the UI thread; environmentsChanged() when done.
    void discoverEnvironments(bool refresh = false);
    bool isDiscovering() const { return m_discovering; }
    // Waits until every discovery thread (of any panel) has ended, at most timeoutMs; for exit.
    static bool waitForBackgroundWork(int timeoutMs);
    QList<PythonEnvironment> environments() const { return m_environments; }
    PythonEnvironment currentEnvironment() const; // probed when known, else just the path

    bool start(bool verify); // false (with errorOccurred) when it cannot start
    void cancel();
    bool isRunning() const;
    // Cancels and waits (event loop running) until the runner has finished, at most timeoutMs.
    bool cancelAndWait(int timeoutMs = 10000);

    QList<RunResult> lastResults() const { return m_results; }
    // Training dynamics (PyTorch): the next runs save per-layer weights, biases and gradients,
    // kept in lastOutputDirectory() until the run after.
    void setRecordDynamics(bool on);
    bool recordsDynamics() const;
    QCheckBox *dynamicsBox() const { return m_dynamics; }
    // The folder of the last run's seeds (seed-N/...) when it recorded dynamics, else empty.
    QString lastOutputDirectory() const { return m_lastOutDir; }

    QPushButton *runButton() const { return m_run; }
    QPushButton *verifyButton() const { return m_verify; }
    QPushButton *cancelButton() const { return m_cancel; }
    QProgressBar *progressBar() const { return m_progress; }
    QTabWidget *consoles() const { return m_consoles; }
    QPlainTextEdit *console(int seed) const { return m_consoleBySeed.value(seed); }
    QLabel *statusLabel() const { return m_status; }

signals:
    void runStarted(bool verify);
    void runFinished(const QList<dlrepro::RunResult> &results, bool verify);
    void verdictReady(const dlrepro::Verdict &verdict);
    void environmentsChanged();
    void interpreterChanged(const QString &interpreter);
    void errorOccurred(const QString &title, const QString &message);

private:
    void onEnvironmentsDiscovered(const QList<PythonEnvironment> &environments);
    void refreshDevices();
    void setRunning(bool running);
    void flushConsoles();
    void onFinished(const QList<RunResult> &results);

    std::function<QString()> m_code;
    Runner *m_runner = nullptr;
    std::unique_ptr<QTemporaryDir> m_workDir;
    QComboBox *m_interpreter = nullptr;
    QComboBox *m_device = nullptr;
    QSpinBox *m_seeds = nullptr;
    QDoubleSpinBox *m_tolerance = nullptr;
    QCheckBox *m_dynamics = nullptr;
    QString m_lastOutDir;
    QLineEdit *m_expected = nullptr;
    QPushButton *m_run = nullptr;
    QPushButton *m_verify = nullptr;
    QPushButton *m_cancel = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QTabWidget *m_consoles = nullptr;
    QHash<int, QPlainTextEdit *> m_consoleBySeed;
    QHash<int, QString> m_pending; // output not yet shown: appended on a timer, not per line
    QTimer *m_flush = nullptr;
    QList<PythonEnvironment> m_environments;
    bool m_discovering = false;
    bool m_userChoseInterpreter = false;
    Expectation m_reportExpectation;
    QString m_reportExpectationText;
    bool m_verifying = false;
    int m_finishedSeeds = 0;
    int m_totalSeeds = 0;
    int m_timeoutSeconds = 300;
    int m_memoryMiB = 0;
    int m_parallel = 1;
    QList<RunResult> m_results;
    Expectation m_runExpectation;
};

// The field text for an expectation: "RuntimeError: message", "accuracy=34%"; empty for none.
QString expectationFieldText(const Expectation &expectation);

} // namespace dlrepro
