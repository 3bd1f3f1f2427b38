#include "RunPanel.h"

#include "run/EnvironmentDiscovery.h"
#include "run/RunRequest.h"
#include "run/Runner.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <atomic>
#include <cmath>

namespace dlrepro {

namespace {
std::atomic<int> g_discoveryThreads{0};
} // namespace

bool RunPanel::waitForBackgroundWork(int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (g_discoveryThreads.load() > 0 && timer.elapsed() < timeoutMs)
        QThread::msleep(20);
    return g_discoveryThreads.load() == 0;
}

QString expectationFieldText(const Expectation &e)
{
    switch (e.kind) {
    case ExpectationKind::None:
        return QString();
    case ExpectationKind::Error:
        return e.errorMessage.isEmpty() ? e.errorType : e.errorType + QStringLiteral(": ") + e.errorMessage.simplified();
    case ExpectationKind::Metric:
        return e.metricName + QLatin1Char('=') + QString::number(e.metricValue, 'g', 10) + e.metricUnit;
    }
    return QString();
}

RunPanel::RunPanel(QWidget *parent) : QWidget(parent)
{
    m_runner = new Runner(this);
    m_flush = new QTimer(this);
    m_flush->setInterval(60);
    connect(m_flush, &QTimer::timeout, this, &RunPanel::flushConsoles);

    m_interpreter = new QComboBox(this);
    m_interpreter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_interpreter->setMinimumContentsLength(18);
    m_interpreter->setToolTip(tr("The Python interpreter the snippet runs with"));
    auto *browse = new QToolButton(this);
    browse->setText(QStringLiteral("…"));
    browse->setToolTip(tr("Choose another interpreter"));
    connect(browse, &QToolButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Python interpreter"), QStringLiteral("/usr/bin"));
        if (!path.isEmpty())
            setInterpreter(path);
    });
    auto *rescan = new QToolButton(this);
    rescan->setText(QStringLiteral("⟳"));
    rescan->setToolTip(tr("Look for interpreters again and re-probe them"));
    connect(rescan, &QToolButton::clicked, this, [this] { discoverEnvironments(true); });
    m_device = new QComboBox(this);
    m_device->setToolTip(tr("auto: as the environment says; cpu: CUDA hidden; cuda:N: only that GPU"));
    m_seeds = new QSpinBox(this);
    m_seeds->setRange(1, 100);
    m_seeds->setValue(5);
    m_seeds->setToolTip(tr("Seeds 0 … n−1, each in a fresh process"));
    m_tolerance = new QDoubleSpinBox(this);
    m_tolerance->setRange(0.1, 100.0);
    m_tolerance->setDecimals(1);
    m_tolerance->setSuffix(QStringLiteral(" %"));
    m_tolerance->setValue(kDefaultTolerance * 100.0);
    m_tolerance->setToolTip(tr("Relative tolerance for a reported metric"));
    m_expected = new QLineEdit(this);
    m_expected->setClearButtonEnabled(true);
    m_expected->setPlaceholderText(tr("RuntimeError: message   or   accuracy=34%"));
    m_expected->setToolTip(tr("What the report says happens: an error (Type: message) or a metric (name=value)"));

    m_run = new QPushButton(tr("Run"), this);
    m_run->setToolTip(tr("Run the snippet with every seed (Ctrl+R)"));
    m_verify = new QPushButton(tr("Verify"), this);
    m_verify->setToolTip(tr("Run and decide whether the reported bug shows (F5)"));
    m_verify->setDefault(true);
    m_verify->setStyleSheet(QStringLiteral("QPushButton { background:#1E6FD9; color:white; font-weight:600; padding:4px 14px; border-radius:4px; }"
                                           "QPushButton:disabled { background:#9DB8DE; }"));
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setToolTip(tr("Stop the run and every process it started (Shift+F5)"));
    m_cancel->setEnabled(false);
    connect(m_run, &QPushButton::clicked, this, [this] { start(false); });
    connect(m_verify, &QPushButton::clicked, this, [this] { start(true); });
    connect(m_cancel, &QPushButton::clicked, this, &RunPanel::cancel);

    // On the interpreter's row: the button row is already full on a laptop screen.
    m_dynamics = new QCheckBox(tr("Dynamics"), this);
    m_dynamics->setToolTip(tr("Record per-layer weights, biases and gradients of the PyTorch models the snippet "
                              "trains (shown in the Dynamics tab, with data-bug symptoms)"));
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setFormat(tr("idle"));
    m_progress->setTextVisible(true);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);

    m_consoles = new QTabWidget(this);
    m_consoles->setDocumentMode(true);

    auto *grid = new QGridLayout;
    grid->setContentsMargins(0, 0, 0, 0);
    auto *interpreterRow = new QHBoxLayout;
    interpreterRow->addWidget(m_interpreter, 1);
    interpreterRow->addWidget(browse);
    interpreterRow->addWidget(rescan);
    interpreterRow->addSpacing(8);
    interpreterRow->addWidget(new QLabel(tr("Device:"), this));
    interpreterRow->addWidget(m_device);
    interpreterRow->addWidget(m_dynamics);
    grid->addWidget(new QLabel(tr("Interpreter:"), this), 0, 0);
    grid->addLayout(interpreterRow, 0, 1);
    grid->addWidget(new QLabel(tr("Expected:"), this), 1, 0);
    grid->addWidget(m_expected, 1, 1);
    grid->setColumnStretch(1, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_verify);
    buttons->addWidget(m_run);
    buttons->addWidget(m_cancel);
    buttons->addSpacing(8);
    buttons->addWidget(new QLabel(tr("Seeds:"), this));
    buttons->addWidget(m_seeds);
    buttons->addWidget(new QLabel(tr("Tolerance:"), this));
    buttons->addWidget(m_tolerance);
    buttons->addWidget(m_progress, 1);
    grid->addLayout(buttons, 2, 0, 1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(grid);
    layout->addWidget(m_status);
    layout->addWidget(m_consoles, 1);

    connect(m_interpreter, &QComboBox::activated, this, [this] { m_userChoseInterpreter = true; });
    connect(m_interpreter, &QComboBox::currentIndexChanged, this, [this] {
        refreshDevices();
        emit interpreterChanged(interpreter());
    });
    connect(m_runner, &Runner::seedStarted, this, [this](int seed, int index, int total) {
        m_progress->setFormat(tr("seed %1 of %2").arg(index + 1).arg(total));
        if (QPlainTextEdit *c = m_consoleBySeed.value(seed))
            m_consoles->setTabText(m_consoles->indexOf(c), tr("Seed %1 ▶").arg(seed));
    });
    connect(m_runner, &Runner::outputLine, this, [this](int seed, const QString &line, bool) {
        m_pending[seed] += line + QLatin1Char('\n');
        if (!m_flush->isActive())
            m_flush->start();
    });
    connect(m_runner, &Runner::seedFinished, this, [this](const RunResult &r) {
        ++m_finishedSeeds;
        m_progress->setValue(m_finishedSeeds);
        QPlainTextEdit *c = m_consoleBySeed.value(r.seed);
        if (!c)
            return;
        const bool ok = r.status == RunStatus::Finished;
        const QString mark = ok ? QStringLiteral("✓") : r.status == RunStatus::Cancelled ? QStringLiteral("■") : QStringLiteral("✗");
        m_consoles->setTabText(m_consoles->indexOf(c), tr("Seed %1 %2").arg(r.seed).arg(mark));
        flushConsoles();
        QString tail = tr("— %1 after %2 s").arg(runStatusId(r.status)).arg(r.wallSeconds, 0, 'f', 2);
        if (!r.exception.isEmpty())
            tail += QStringLiteral(": ") + r.exception.type + QStringLiteral(": ") + r.exception.message.section(QLatin1Char('\n'), 0, 0);
        else if (!r.errorText.isEmpty())
            tail += QStringLiteral(": ") + r.errorText;
        c->appendPlainText(tail);
    });
    connect(m_runner, &Runner::finished, this, &RunPanel::onFinished);
    refreshDevices();
}

RunPanel::~RunPanel() = default;

void RunPanel::setReportExpectation(const Expectation &expectation)
{
    m_reportExpectation = expectation;
    m_reportExpectationText = expectationFieldText(expectation);
    m_expected->setText(m_reportExpectationText);
    m_expected->setToolTip(expectation.origin.isEmpty() ? tr("What the report says happens")
                                                        : tr("From the report: %1").arg(expectation.origin));
    if (expectation.kind == ExpectationKind::Metric)
        setTolerance(expectation.tolerance);
}

bool RunPanel::currentExpectation(Expectation *out, QString *error) const
{
    const QString text = m_expected->text().trimmed();
    Expectation e;
    if (text.isEmpty()) {
        e = Expectation();
    } else if (text == m_reportExpectationText.trimmed() && m_reportExpectation.isValid()) {
        e = m_reportExpectation;
    } else {
        // name=value is a metric unless a colon (an error message) comes before the '='.
        const qsizetype eq = text.indexOf(QLatin1Char('='));
        const qsizetype colon = text.indexOf(QLatin1Char(':'));
        const bool metric = eq > 0 && (colon < 0 || colon > eq);
        const bool ok = metric ? parseExpectedMetric(text, &e, error) : parseExpectedError(text, &e, error);
        if (!ok)
            return false;
        e.source = ExpectationSource::User;
        e.origin = tr("typed in the run pane");
        e.bugType = m_reportExpectation.bugType;
        e.gpuBug = e.gpuBug || m_reportExpectation.gpuBug;
        e.frameworks = m_reportExpectation.frameworks;
    }
    e.tolerance = tolerance();
    *out = e;
    return true;
}

void RunPanel::setInterpreter(const QString &interpreter)
{
    if (interpreter.isEmpty())
        return;
    int index = m_interpreter->findData(interpreter);
    if (index < 0) {
        m_interpreter->addItem(interpreter, interpreter);
        index = m_interpreter->count() - 1;
    }
    m_userChoseInterpreter = true;
    m_interpreter->setCurrentIndex(index);
}

QString RunPanel::interpreter() const
{
    return m_interpreter->currentData().toString();
}

void RunPanel::setDevice(const QString &device)
{
    int index = m_device->findData(device);
    if (index < 0) {
        m_device->addItem(device, device);
        index = m_device->count() - 1;
    }
    m_device->setCurrentIndex(index);
}

QString RunPanel::device() const
{
    const QString d = m_device->currentData().toString();
    return d.isEmpty() ? QStringLiteral("auto") : d;
}

void RunPanel::setSeedCount(int seeds)
{
    m_seeds->setValue(seeds);
}

int RunPanel::seedCount() const
{
    return m_seeds->value();
}

void RunPanel::setTolerance(double fraction)
{
    m_tolerance->setValue(fraction * 100.0);
}

double RunPanel::tolerance() const
{
    return m_tolerance->value() / 100.0;
}

PythonEnvironment RunPanel::currentEnvironment() const
{
    const QString path = interpreter();
    for (const PythonEnvironment &env : m_environments)
        if (env.interpreter == path || env.resolvedPath == path)
            return env;
    PythonEnvironment env;
    env.interpreter = path;
    return env;
}

void RunPanel::discoverEnvironments(bool refresh)
{
    if (m_discovering)
        return;
    m_discovering = true;
    m_status->setText(tr("Looking for Python interpreters…"));
    // Probing starts interpreters that import torch (seconds each): never on the UI thread.
    // The result goes through the thread's finished() signal, which a destroyed panel no
    // longer receives, so the thread may outlive the window safely.
    auto found = std::make_shared<QList<PythonEnvironment>>();
    ++g_discoveryThreads;
    QThread *thread = QThread::create([found, refresh] {
        *found = EnvironmentDiscovery().discover(refresh);
        --g_discoveryThreads;
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    connect(thread, &QThread::finished, this, [this, found] { onEnvironmentsDiscovered(*found); });
    thread->start(QThread::LowPriority);
}

void RunPanel::onEnvironmentsDiscovered(const QList<PythonEnvironment> &environments)
{
    m_discovering = false;
    m_environments = environments;
    const QString chosen = interpreter();
    const QSignalBlocker block(m_interpreter);
    m_interpreter->clear();
    for (const PythonEnvironment &env : environments) {
        QString label = env.interpreter;
        if (env.isUsable()) {
            label += QStringLiteral("  (Python %1").arg(env.pythonVersion);
            const QStringList fw = env.frameworks();
            for (const QString &f : fw)
                label += QStringLiteral(", %1 %2").arg(f, env.packageVersion(f));
            label += QLatin1Char(')');
        } else {
            label += QStringLiteral("  (") + tr("unusable: %1").arg(env.probeError) + QLatin1Char(')');
        }
        m_interpreter->addItem(label, env.interpreter);
    }
    int index = -1;
    if (m_userChoseInterpreter && !chosen.isEmpty()) {
        index = m_interpreter->findData(chosen);
        if (index < 0) {
            m_interpreter->addItem(chosen, chosen);
            index = m_interpreter->count() - 1;
        }
    } else {
        const EnvironmentDiscovery::DefaultChoice choice = EnvironmentDiscovery::chooseDefault(environments);
        index = choice.index;
        m_status->setText(choice.reason);
    }
    if (environments.isEmpty())
        m_status->setText(tr("No Python interpreter found. Choose one with “…”."));
    else if (m_userChoseInterpreter)
        m_status->setText(tr("%n interpreter(s) found", nullptr, int(environments.size())));
    m_interpreter->setCurrentIndex(std::max(0, index));
    refreshDevices();
    emit environmentsChanged();
    emit interpreterChanged(interpreter());
}

void RunPanel::refreshDevices()
{
    const QString current = m_device->currentData().toString();
    const QSignalBlocker block(m_device);
    m_device->clear();
    m_device->addItem(tr("auto"), QStringLiteral("auto"));
    m_device->addItem(tr("CPU"), QStringLiteral("cpu"));
    const PythonEnvironment env = currentEnvironment();
    for (int i = 0; i < env.gpus.size(); ++i)
        m_device->addItem(QStringLiteral("cuda:%1 — %2").arg(i).arg(env.gpus.at(i).name), QStringLiteral("cuda:%1").arg(i));
    const int index = m_device->findData(current);
    m_device->setCurrentIndex(std::max(0, index));
}

void RunPanel::setRecordDynamics(bool on)
{
    m_dynamics->setChecked(on);
}

bool RunPanel::recordsDynamics() const
{
    return m_dynamics->isChecked();
}

bool RunPanel::isRunning() const
{
    return m_runner->isRunning();
}

bool RunPanel::start(bool verify)
{
    if (isRunning())
        return false;
    const QString python = interpreter();
    if (python.isEmpty()) {
        emit errorOccurred(tr("Cannot run"), tr("No Python interpreter is chosen.\n\nPick one in the run pane, or choose a file with “…”."));
        return false;
    }
    const QString code = m_code ? m_code() : QString();
    if (code.trimmed().isEmpty()) {
        emit errorOccurred(tr("Cannot run"), tr("The snippet is empty.\n\nChoose the report's code blocks or write the snippet first."));
        return false;
    }
    Expectation expectation;
    QString error;
    if (verify && !currentExpectation(&expectation, &error)) {
        emit errorOccurred(tr("Cannot verify"), tr("The expected result cannot be read: %1\n\nWrite an error as “Type: message” or a metric as “name=value”.").arg(error));
        return false;
    }
    m_workDir = std::make_unique<QTemporaryDir>();
    const QString path = m_workDir->isValid() ? m_workDir->filePath(QStringLiteral("snippet.py")) : QString();
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(code.toUtf8()) < 0) {
        emit errorOccurred(tr("Cannot run"), tr("Could not write the snippet to a temporary file (%1).\n\nCheck the free space in the temporary folder.").arg(file.errorString()));
        return false;
    }
    file.close();

    RunRequest request;
    request.snippetPath = path;
    request.interpreter = python;
    request.device = device();
    request.seeds.clear();
    for (int s = 0; s < seedCount(); ++s)
        request.seeds << s;
    request.parallel = m_parallel;
    request.timeoutMs = m_timeoutSeconds * 1000;
    request.memoryLimitBytes = qint64(m_memoryMiB) * 1024 * 1024;
    m_lastOutDir.clear();
    if (m_dynamics->isChecked()) {
        // The tensors stay in the run's folder for the Dynamics tab (until the next run).
        request.dynamics = true;
        request.outDir = m_workDir->filePath(QStringLiteral("runs"));
        m_lastOutDir = request.outDir;
    }

    m_consoles->clear();
    qDeleteAll(m_consoleBySeed);
    m_consoleBySeed.clear();
    m_pending.clear();
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (int seed : std::as_const(request.seeds)) {
        auto *console = new QPlainTextEdit(m_consoles);
        console->setReadOnly(true);
        console->setFont(mono);
        console->setMaximumBlockCount(20000);
        console->setLineWrapMode(QPlainTextEdit::NoWrap);
        m_consoleBySeed.insert(seed, console);
        m_consoles->addTab(console, tr("Seed %1").arg(seed));
    }
    m_verifying = verify;
    m_runExpectation = expectation;
    m_finishedSeeds = 0;
    m_totalSeeds = int(request.seeds.size());
    m_progress->setRange(0, m_totalSeeds);
    m_progress->setValue(0);
    m_progress->setFormat(tr("starting…"));
    if (!m_runner->start(request)) {
        emit errorOccurred(tr("Cannot run"), tr("A run is already in progress."));
        return false;
    }
    setRunning(true);
    m_status->setText(verify ? tr("Verifying with %1 on %2…").arg(python, request.device)
                             : tr("Running with %1 on %2…").arg(python, request.device));
    emit runStarted(verify);
    return true;
}

void RunPanel::cancel()
{
    if (!isRunning())
        return;
    m_status->setText(tr("Cancelling…"));
    m_runner->cancel();
}

bool RunPanel::cancelAndWait(int timeoutMs)
{
    if (!isRunning())
        return true;
    QEventLoop loop;
    connect(m_runner, &Runner::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    cancel();
    if (isRunning())
        loop.exec();
    return !isRunning();
}

void RunPanel::setRunning(bool running)
{
    m_run->setEnabled(!running);
    m_verify->setEnabled(!running);
    m_cancel->setEnabled(running);
    m_interpreter->setEnabled(!running);
    m_device->setEnabled(!running);
    m_seeds->setEnabled(!running);
}

void RunPanel::flushConsoles()
{
    for (auto it = m_pending.begin(); it != m_pending.end(); ++it) {
        QPlainTextEdit *c = m_consoleBySeed.value(it.key());
        if (!c || it.value().isEmpty())
            continue;
        QString text = it.value();
        text.chop(1); // appendPlainText adds the line break itself
        c->appendPlainText(text);
    }
    m_pending.clear();
    m_flush->stop();
}

void RunPanel::onFinished(const QList<RunResult> &results)
{
    flushConsoles();
    m_results = results;
    setRunning(false);
    const int cancelled = int(std::count_if(results.cbegin(), results.cend(),
                                            [](const RunResult &r) { return r.status == RunStatus::Cancelled; }));
    m_progress->setValue(m_totalSeeds);
    if (cancelled > 0) {
        m_progress->setFormat(tr("cancelled"));
        m_status->setText(tr("Cancelled: %1 of %2 seeds did not finish.").arg(cancelled).arg(results.size()));
    } else {
        m_progress->setFormat(tr("done: %n seed(s)", nullptr, int(results.size())));
        m_status->setText(QString());
    }
    emit runFinished(results, m_verifying);
    if (m_verifying) {
        const PythonEnvironment env = currentEnvironment();
        VerifyContext context;
        context.interpreter = interpreter();
        context.device = device();
        context.gpuAvailable = env.cudaAvailable && context.device != QLatin1String("cpu");
        if (env.probed)
            context.environment = env.toJson();
        emit verdictReady(decideVerdict(m_runExpectation, results, context));
    }
}

} // namespace dlrepro
