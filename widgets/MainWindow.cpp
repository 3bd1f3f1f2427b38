#include "MainWindow.h"

#include "ActionChecklist.h"
#include "ClassificationPanel.h"
#include "CodeEditor.h"
#include "CodePane.h"
#include "EnvironmentPanel.h"
#include "FactListView.h"
#include "FactModel.h"
#include "HintsEmbedder.h"
#include "HintsPanel.h"
#include "InformationTable.h"
#include "RecentFiles.h"
#include "ReportLoader.h"
#include "ReportView.h"
#include "RunPanel.h"
#include "Session.h"
#include "SettingsDialog.h"
#include "Theme.h"
#include "VerdictPanel.h"
#include "dynamics/DynamicsView.h"
#include "workspace/WorkspaceHistoryView.h"

#include "dynamics/DynamicsLoader.h"
#include "dynamics/DynamicsSymptom.h"
#include "dynamics/DynamicsThresholds.h"
#include "edit/EditActionEngine.h"
#include "tensor/TensorClient.h"
#include "verify/Expectation.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QProgressDialog>
#include <QtConcurrent/QtConcurrentRun>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace dlrepro {

namespace {

QString firstLocalFile(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls())
        return QString();
    for (const QUrl &url : mime->urls())
        if (url.isLocalFile())
            return url.toLocalFile();
    return QString();
}

constexpr int kAutosaveMs = 15000;

} // namespace

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent), m_rulebook(Rulebook::published())
{
    setWindowTitle(tr("dlrepro"));
    setObjectName(QStringLiteral("dlreproMainWindow"));
    setAcceptDrops(true);
    m_reportError = [this](const QString &title, const QString &message) {
        QMessageBox::warning(this, title, message);
    };
    m_confirmClose = [this] {
        return QMessageBox::question(this, tr("A run is in progress"),
                                     tr("Stop the run and close? Every process the snippet started is killed."),
                                     QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            == QMessageBox::Yes;
    };

    m_reportView = new ReportView(this);
    m_factList = new FactListView(this);
    m_classification = new ClassificationPanel(this);
    m_information = new InformationTable(this);
    m_hintsPanel = new HintsPanel(this);
    m_codePane = new CodePane(this);
    m_runPanel = new RunPanel(this);
    m_verdictPanel = new VerdictPanel(this);
    m_environmentPanel = new EnvironmentPanel(this);

    // Left: what the reporter wrote, and what was found in it.
    m_leftTabs = new QTabWidget(this);
    m_leftTabs->setDocumentMode(true);
    m_leftTabs->addTab(m_factList, tr("Facts"));
    m_leftTabs->addTab(m_information, tr("Information"));
    m_leftSplitter = new QSplitter(Qt::Vertical, this);
    m_leftSplitter->setObjectName(QStringLiteral("leftSplitter"));
    m_leftSplitter->addWidget(m_reportView);
    m_leftSplitter->addWidget(m_leftTabs);
    m_leftSplitter->setStretchFactor(0, 3);
    m_leftSplitter->setStretchFactor(1, 1);

    // Middle: the snippet, and what running it gave.
    m_bottomTabs = new QTabWidget(this);
    m_bottomTabs->setDocumentMode(true);
    m_bottomTabs->addTab(m_runPanel, tr("Run"));
    m_bottomTabs->addTab(m_verdictPanel, tr("Verdict"));
    m_bottomTabs->addTab(m_environmentPanel, tr("Environment"));
    m_dynamicsView = new DynamicsView(this);
    m_dynamicsView->setMessage(tr("Tick “Dynamics” before a run of a PyTorch snippet to see its layers' weights, "
                                  "biases and gradients here, with data-bug symptoms."));
    m_bottomTabs->addTab(m_dynamicsView, tr("Dynamics"));
    m_middleSplitter = new QSplitter(Qt::Vertical, this);
    m_middleSplitter->setObjectName(QStringLiteral("middleSplitter"));
    m_middleSplitter->addWidget(m_codePane);
    m_middleSplitter->addWidget(m_bottomTabs);
    m_middleSplitter->setStretchFactor(0, 1);
    m_middleSplitter->setStretchFactor(1, 1);

    // Right: the bug type and the hint. A layout, not a splitter: it gives the panel's
    // word-wrapped reason the height it needs.
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_classification, 0);
    rightLayout->addWidget(m_hintsPanel, 1);

    m_mainSplitter = new QSplitter(Qt::Horizontal, this);
    m_mainSplitter->setObjectName(QStringLiteral("mainSplitter"));
    m_mainSplitter->addWidget(m_leftSplitter);
    m_mainSplitter->addWidget(m_middleSplitter);
    m_mainSplitter->addWidget(right);
    m_mainSplitter->setStretchFactor(0, 4);
    m_mainSplitter->setStretchFactor(1, 5);
    m_mainSplitter->setStretchFactor(2, 3);
    m_mainSplitter->setSizes({500, 640, 430});
    m_middleSplitter->setSizes({430, 400});
    m_leftSplitter->setSizes({600, 230});
    setCentralWidget(m_mainSplitter);
    // Explicit minimums: the legend row and the run pane's button row would otherwise make the
    // window wider than a 1366-pixel laptop screen; narrowed panes clip them instead.
    m_leftSplitter->setMinimumWidth(260);
    m_middleSplitter->setMinimumWidth(320);
    right->setMinimumWidth(260);

    m_statusLabel = new QLabel(this);
    statusBar()->addWidget(m_statusLabel, 1);
    m_appliedLabel = new QLabel(this);
    m_appliedLabel->setObjectName(QStringLiteral("appliedActions"));
    statusBar()->addPermanentWidget(m_appliedLabel);
    m_appliedLabel->hide();
    m_statusLabel->setText(tr("Open a report: File > Open, or drop a file here"));

    connect(m_factList, &FactListView::factSelected, m_reportView, &ReportView::selectFact);
    connect(m_reportView, &ReportView::factActivated, m_factList, &FactListView::selectFact);
    connect(m_classification, &ClassificationPanel::overrideRequested, this, &MainWindow::setBugTypeOverride);
    connect(m_information, &InformationTable::questionCopied, this, [this] {
        statusBar()->showMessage(tr("Question copied to the clipboard"), 3000);
    });
    connect(m_hintsPanel, &HintsPanel::followUpsCopied, this, [this] {
        statusBar()->showMessage(tr("Follow-up questions copied to the clipboard"), 3000);
    });
    connect(m_hintsPanel, &HintsPanel::focusActivated, this, [this] { m_reportView->showFocus(); });
    connect(m_hintsPanel, &HintsPanel::actionRequested, this, &MainWindow::onActionRequested);

    m_runPanel->setCodeProvider([this] { return m_codePane->code(); });
    connect(m_runPanel, &RunPanel::errorOccurred, this, [this](const QString &t, const QString &m) { m_reportError(t, m); });
    connect(m_runPanel, &RunPanel::interpreterChanged, this, [this](const QString &interpreter) {
        m_codePane->setInterpreter(interpreter);
        m_environmentPanel->setEnvironment(m_runPanel->currentEnvironment());
    });
    connect(m_runPanel, &RunPanel::environmentsChanged, this, [this] {
        m_environmentPanel->setEnvironment(m_runPanel->currentEnvironment());
    });
    connect(m_runPanel, &RunPanel::runStarted, this, [this](bool verify) {
        m_bottomTabs->setCurrentWidget(m_runPanel);
        m_codePane->editor()->setExceptionLine(0, QString());
        if (verify)
            m_verdictPanel->clear();
        statusBar()->showMessage(verify ? tr("Verifying…") : tr("Running…"));
    });
    connect(m_runPanel, &RunPanel::runFinished, this, [this](const QList<RunResult> &, bool verify) { onRunFinished(verify); });
    connect(m_runPanel, &RunPanel::verdictReady, this, &MainWindow::onVerdict);
    connect(m_codePane, &CodePane::codeChanged, this, &MainWindow::markDirty);

    m_embedder = new HintsEmbedder(this);

    m_autosave = new QTimer(this);
    m_autosave->setInterval(kAutosaveMs);
    connect(m_autosave, &QTimer::timeout, this, [this] {
        if (m_dirty)
            autosaveNow();
    });
    m_autosave->start();

    // The history of the open reproduction workspace; shown when one is opened.
    m_historyView = new WorkspaceHistoryView(this);
    m_historyView->setErrorReporter([this](const QString &t, const QString &m) { m_reportError(t, m); });
    m_historyDock = new QDockWidget(tr("History"), this);
    m_historyDock->setObjectName(QStringLiteral("historyDock"));
    m_historyDock->setWidget(m_historyView);
    addDockWidget(Qt::RightDockWidgetArea, m_historyDock);
    m_historyDock->hide();
    connect(m_historyView, &WorkspaceHistoryView::workspaceChanged, this, [this] {
        // A revert or a branch switch changed main.py under us: show what is on disk now.
        if (!m_workspace)
            return;
        m_codePane->setCode(m_workspace->mainCode());
        WorkspaceTransaction t;
        QString error;
        if (m_workspace->deriveTransaction(&t, &error))
            setAppliedActions(t.actionsInOrder);
    });

    createMenus();
    resize(1540, 920);
    applySettings(WorkbenchSettings::load());
    restoreLayout();
    if (QFileInfo::exists(autosavePath()))
        m_statusLabel->setText(tr("An autosaved session from an earlier run exists: File > Recover autosaved session"));
}

MainWindow::~MainWindow()
{
    cancelFetch();
}


void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open report…"), this, &MainWindow::openFileDialog);
    open->setShortcut(QKeySequence::Open);
    QAction *online = file->addAction(tr("Open &online…"), this, &MainWindow::openOnlineDialog);
    online->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    QAction *paste = file->addAction(tr("&Paste report text"), this, &MainWindow::pasteReport);
    paste->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    m_recentMenu = file->addMenu(tr("Open &recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    rebuildRecentMenu();
    file->addSeparator();
    QAction *openSessionAction = file->addAction(tr("Open &session…"), this, &MainWindow::openSessionDialog);
    openSessionAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_O));
    QAction *save = file->addAction(tr("&Save session…"), this, &MainWindow::saveSessionDialog);
    save->setShortcut(QKeySequence::Save);
    m_recoverAction = file->addAction(tr("Recover autosaved session"), this, [this] { openSession(autosavePath()); });
    file->addSeparator();
    QAction *settings = file->addAction(tr("Se&ttings…"), this, &MainWindow::showSettingsDialog);
    settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    connect(file, &QMenu::aboutToShow, this, [this] { m_recoverAction->setEnabled(QFileInfo::exists(autosavePath())); });

    QMenu *workspaceMenu = menuBar()->addMenu(tr("&Workspace"));
    QAction *newWorkspace = workspaceMenu->addAction(tr("&New workspace from this report…"), this, &MainWindow::createWorkspaceDialog);
    workspaceMenu->addAction(tr("&Open workspace…"), this, &MainWindow::openWorkspaceDialog);
    workspaceMenu->addAction(tr("&Clone a GitHub project…"), this, &MainWindow::cloneProjectDialog);
    workspaceMenu->addSeparator();
    QAction *checkpoint = workspaceMenu->addAction(tr("Commit a &checkpoint"), this, [this] { checkpointWorkspace(); });
    checkpoint->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    QAction *exportReplication = workspaceMenu->addAction(tr("Export as &replication package…"), this, [this] { exportWorkspaceDialog(false); });
    QAction *exportNotebook = workspaceMenu->addAction(tr("Export as &notebook…"), this, [this] { exportWorkspaceDialog(true); });
    QAction *showHistory = m_historyDock->toggleViewAction();
    showHistory->setText(tr("Show &history"));
    workspaceMenu->addAction(showHistory);
    QAction *closeWs = workspaceMenu->addAction(tr("Clo&se workspace"), this, &MainWindow::closeWorkspace);
    m_workspaceActions = {checkpoint, exportReplication, exportNotebook, closeWs};
    connect(workspaceMenu, &QMenu::aboutToShow, this, [this, newWorkspace] {
        newWorkspace->setEnabled(m_inspection.has_value());
        updateWorkspaceActions();
    });
    updateWorkspaceActions();

    QMenu *research = menuBar()->addMenu(tr("Rese&arch"));
    research->addAction(tr("Open &annotation project…"), this, &MainWindow::openProjectDialog);
    research->addAction(tr("Start a &study session…"), this, &MainWindow::openStudyDialog);

    QMenu *run = menuBar()->addMenu(tr("&Run"));
    QAction *verify = run->addAction(tr("&Verify"), this, [this] { m_runPanel->start(true); });
    verify->setShortcuts({QKeySequence(Qt::Key_F5), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R)});
    QAction *runAction = run->addAction(tr("&Run seeds"), this, [this] { m_runPanel->start(false); });
    runAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    QAction *cancel = run->addAction(tr("&Cancel run"), m_runPanel, &RunPanel::cancel);
    cancel->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F5));
    run->addSeparator();
    QAction *syntax = run->addAction(tr("Check &syntax"), m_codePane, &CodePane::checkSyntaxNow);
    syntax->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    run->addAction(tr("Find &interpreters again"), this, [this] { m_runPanel->discoverEnvironments(true); });

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    m_editActionMenu = edit->addMenu(tr("Apply &edit action"));
    m_editActionMenu->setObjectName(QStringLiteral("editActionMenu"));
    for (EditAction a : allEditActions()) {
        QAction *item = m_editActionMenu->addAction(QStringLiteral("&%1  %2").arg(editActionLetter(a), editActionName(a)),
                                                    this, [this, a] { applyEditAction(a); });
        item->setData(int(a));
    }
    m_editActionMenu->setEnabled(false); // until a report is shown

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *nextHint = view->addAction(tr("&Next hint"), m_hintsPanel, &HintsPanel::focusNextAction);
    nextHint->setShortcut(QKeySequence(Qt::Key_F8));
    QAction *focus = view->addAction(tr("Show the &focus statement"), m_reportView, &ReportView::showFocus);
    focus->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_J));
    QAction *find = view->addAction(tr("&Find in snippet"), this, [this] { m_codePane->showFindBar(false); });
    find->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    view->addSeparator();
    for (int i = 0; i < 3; ++i) {
        static const char *const names[] = {QT_TR_NOOP("Run pane"), QT_TR_NOOP("Verdict pane"), QT_TR_NOOP("Environment pane")};
        QAction *a = view->addAction(tr(names[i]), this, [this, i] { m_bottomTabs->setCurrentIndex(i); });
        a->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)));
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Keyboard shortcuts"), this, [this] {
        QMessageBox::information(this, tr("Keyboard shortcuts"),
                                 tr("<table>"
                                    "<tr><td><b>Ctrl+O</b></td><td>open a report</td></tr>"
                                    "<tr><td><b>F5</b></td><td>verify</td></tr>"
                                    "<tr><td><b>Ctrl+R</b></td><td>run the seeds</td></tr>"
                                    "<tr><td><b>Shift+F5</b></td><td>cancel the run</td></tr>"
                                    "<tr><td><b>F8</b></td><td>next hint</td></tr>"
                                    "<tr><td><b>Ctrl+J</b></td><td>show the focus statement</td></tr>"
                                    "<tr><td><b>Ctrl+F / Ctrl+H</b></td><td>find / replace in the snippet</td></tr>"
                                    "<tr><td><b>Ctrl+S</b></td><td>save the session</td></tr>"
                                    "<tr><td><b>Alt+1…3</b></td><td>run, verdict, environment</td></tr>"
                                    "</table>"));
    });
    help->addAction(tr("&About dlrepro"), this, [this] {
        QMessageBox::about(this, tr("About dlrepro"),
                           tr("<p><b>dlrepro %1</b></p><p>A workbench for reproducing deep-learning bugs "
                              "from Stack Overflow questions and GitHub issues.</p>")
                               .arg(QCoreApplication::applicationVersion()));
    });

    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->addAction(open);
    bar->addAction(online);
    bar->addAction(save);
    bar->addSeparator();
    bar->addAction(verify);
    bar->addAction(runAction);
    bar->addAction(cancel);
    bar->addSeparator();
    bar->addAction(m_editActionMenu->menuAction());
    if (auto *button = qobject_cast<QToolButton *>(bar->widgetForAction(m_editActionMenu->menuAction())))
        button->setPopupMode(QToolButton::InstantPopup);
    bar->addSeparator();
    bar->addAction(settings);
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList entries = RecentFiles::entries();
    for (const QString &entry : entries) {
        QAction *a = m_recentMenu->addAction(entry);
        connect(a, &QAction::triggered, this, [this, entry] {
            if (reportOrigin(entry) == ReportOrigin::Online)
                openOnline(entry);
            else
                openReport(entry);
        });
    }
    if (entries.isEmpty())
        m_recentMenu->addAction(tr("(none)"))->setEnabled(false);
    m_recentMenu->addSeparator();
    QAction *clear = m_recentMenu->addAction(tr("Clear list"), this, [] { RecentFiles::clear(); });
    clear->setEnabled(!entries.isEmpty());
}

void MainWindow::openFileDialog()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open report"), QString(),
        tr("Reports (*.json *.jsonl *.xml *.md *.markdown *.txt *.html *.htm *.ipynb);;All files (*)"));
    if (!path.isEmpty())
        openReport(path);
}

void MainWindow::openOnlineDialog()
{
    bool ok = false;
    const QString spec = QInputDialog::getText(
        this, tr("Open online report"),
        tr("Stack Overflow question or GitHub issue\n(so:ID, gh:owner/repo#N, or its web address):"),
        QLineEdit::Normal, QString(), &ok);
    if (ok && !spec.trimmed().isEmpty())
        openOnline(spec.trimmed());
}

void MainWindow::pasteReport()
{
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(
        this, tr("Paste report"), tr("The report's text (Markdown or plain text; the first line is the title):"),
        QApplication::clipboard()->text(), &ok);
    if (!ok || text.trimmed().isEmpty())
        return;
    const ImportResult result = importReportData(text.toUtf8(), InputFormat::Markdown, tr("pasted text"));
    if (!result.ok() || result.reports.isEmpty()) {
        m_reportError(tr("Cannot read the pasted text"), result.ok() ? tr("No report found in the text.") : result.error);
        return;
    }
    showInspection(inspectReport(result.reports.first()));
    setWindowFilePath(QString());
}

bool MainWindow::openReport(const QString &input)
{
    const bool online = reportOrigin(input) == ReportOrigin::Online;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    statusBar()->showMessage(online ? tr("Fetching %1…").arg(input) : tr("Opening %1…").arg(input));
    const ImportResult result = loadReport(input);
    QApplication::restoreOverrideCursor();
    statusBar()->clearMessage();
    return showLoaded(input, result, online);
}

bool MainWindow::showLoaded(const QString &input, const ImportResult &result, bool online)
{
    if (!result.ok() || result.reports.isEmpty()) {
        const QString what = result.ok() ? tr("%1: no report found").arg(input) : result.error;
        m_reportError(tr("Cannot open report"), tr("Could not open %1.\n\n%2").arg(input, what));
        return false;
    }
    showInspection(inspectReport(result.reports.first()));
    const QString entry = online ? input : QFileInfo(input).absoluteFilePath();
    RecentFiles::add(entry);
    if (result.reports.size() > 1)
        m_statusLabel->setText(tr("%1: %2 reports in this input; showing the first")
                                   .arg(input)
                                   .arg(result.reports.size()));
    setWindowFilePath(online ? QString() : entry);
    return true;
}

void MainWindow::openOnline(const QString &spec)
{
    cancelFetch();
    m_fetchSpec = spec;
    m_fetch = new QFutureWatcher<ImportResult>(this);
    connect(m_fetch, &QFutureWatcherBase::finished, this, &MainWindow::onFetchDone);
    // fetchOnlineReport makes its own QNetworkAccessManager and local event loop, so it runs
    // in a pool thread as well as here, without freezing the window for up to its timeout.
    m_fetch->setFuture(QtConcurrent::run([spec] { return loadReport(spec); }));

    m_fetchProgress = new QProgressDialog(this);
    m_fetchProgress->setWindowModality(Qt::WindowModal);
    m_fetchProgress->setLabelText(tr("Fetching %1…").arg(spec));
    m_fetchProgress->setRange(0, 0); // no size known in advance: a busy indicator
    m_fetchProgress->setMinimumDuration(0);
    connect(m_fetchProgress, &QProgressDialog::canceled, this, &MainWindow::cancelFetch);
    m_fetchProgress->show();
    statusBar()->showMessage(tr("Fetching %1…").arg(spec));
}

void MainWindow::cancelFetch()
{
    // The worker cannot be interrupted; it ends within its timeout and its result is dropped.
    if (m_fetch) {
        m_fetch->disconnect(this);
        m_fetch->deleteLater();
        m_fetch = nullptr;
    }
    if (m_fetchProgress) {
        m_fetchProgress->disconnect(this);
        m_fetchProgress->hide();
        m_fetchProgress->deleteLater();
        m_fetchProgress = nullptr;
        statusBar()->clearMessage();
    }
}

void MainWindow::onFetchDone()
{
    const ImportResult result = m_fetch->result();
    const QString spec = m_fetchSpec;
    cancelFetch();
    emit onlineFetchFinished(showLoaded(spec, result, true));
}

void MainWindow::showInspection(const Inspection &inspection)
{
    m_inspection = inspection;
    m_override.reset();
    m_classified = inspection.bugType;
    m_classifiedInformation = inspection.information;
    m_reportView->setInspection(inspection);
    m_factList->factModel()->setFacts(inspection.facts);
    m_codePane->setReport(inspection.report);
    m_verdictPanel->clear();
    m_environmentPanel->setReportFacts(inspection.facts);
    refreshClassification();
    const QString title = inspection.report.title.simplified();
    setWindowTitle(title.isEmpty() ? tr("dlrepro") : tr("%1 — dlrepro").arg(title));
    QString status = tr("%1 · %n fact(s)", nullptr, int(inspection.facts.size())).arg(inspection.report.id);
    if (!inspection.frameworks.isEmpty())
        status += QStringLiteral(" · ") + tr("framework: %1").arg(inspection.frameworks.join(QStringLiteral(", ")));
    if (m_reportView->highlightedCount() == ReportView::kMaxHighlights && inspection.facts.size() > ReportView::kMaxHighlights)
        status += QStringLiteral(" · ") + tr("the first %1 highlighted").arg(ReportView::kMaxHighlights);
    m_statusLabel->setText(status);
    m_editActionMenu->setEnabled(true);
    setAppliedActions({});
    markDirty();
}

void MainWindow::setBugTypeOverride(std::optional<BugType> type)
{
    if (!m_inspection)
        return;
    m_override = type;
    if (type) {
        overrideBugType(*m_inspection, *type);
    } else {
        m_inspection->bugType = m_classified;
        m_inspection->information = m_classifiedInformation;
    }
    refreshClassification();
    markDirty();
}

void MainWindow::refreshClassification()
{
    if (!m_inspection) {
        m_classification->clear();
        m_information->setAssessments({});
        m_hintsPanel->clear();
        m_reportView->setFocusSpan(TextSpan());
        return;
    }
    m_classification->setDecision(m_inspection->bugType);
    m_information->setAssessments(m_inspection->information);
    m_hints = buildHints(*m_inspection, m_rulebook);
    m_hintsPanel->setHints(m_hints);
    m_reportView->setFocusSpan(m_hints.focusSpan);
    // With a sentence-embedding model configured, the study's own ranking replaces the lexical
    // one when it arrives (the helper needs seconds to start; the window does not wait).
    if (m_embedder->isEnabled()) {
        m_embedder->rank(*m_inspection, m_rulebook, [this](const Hints &hints) {
            if (!m_inspection)
                return;
            m_hints = hints;
            m_hintsPanel->setHints(m_hints);
            m_reportView->setFocusSpan(m_hints.focusSpan);
            if (!hints.scorerNote.isEmpty())
                statusBar()->showMessage(hints.scorerNote, 10000);
        });
    }
    m_runPanel->setReportExpectation(expectationFromInspection(*m_inspection));
}

void MainWindow::onActionRequested(const HintItem &action)
{
    if (action.item.itemClass() == ItemClass::EditAction)
        applyEditAction(action.item.editAction());
}

bool MainWindow::applyEditAction(EditAction action)
{
    if (!m_inspection)
        return false;
    const EditActionEngine *engine = EditActionRegistry::builtin().find(action);
    if (!engine) {
        // Not in this build: a commented checklist, previewed like any other change.
        const QString code = insertChecklist(m_codePane->code(), actionChecklist(action, *m_inspection));
        if (!m_codePane->proposeChange(editActionName(action), code))
            return false;
        statusBar()->showMessage(tr("Checklist for “%1” added to the snippet").arg(editActionName(action)), 4000);
        return true;
    }
    const CodeModel model = CodeModel::parse(m_codePane->code());
    EditContext context;
    context.code = &model;
    context.report = &m_inspection->report;
    context.facts = m_inspection->facts;
    context.errorLine = m_codePane->editor()->exceptionLine();
    const Proposal proposal = engine->analyse(context);
    if (!proposal.hasChanges()) {
        statusBar()->showMessage(tr("%1: nothing to do — %2").arg(editActionName(action), proposal.nothingToDo), 10000);
        return false;
    }
    QString error;
    if (!m_codePane->reviewProposal(proposal, &error)) {
        if (!error.isEmpty())
            m_reportError(tr("Cannot apply the edit"), error);
        return false;
    }
    QList<EditAction> applied = m_applied;
    applied << action;
    setAppliedActions(applied);
    statusBar()->showMessage(tr("%1 applied to the snippet (Ctrl+Z undoes it)").arg(editActionName(action)), 6000);
    markDirty();
    if (m_workspace)
        recordActionInWorkspace(proposal);
    return true;
}

void MainWindow::setAppliedActions(const QList<EditAction> &actions)
{
    m_applied = actions;
    QStringList letters;
    QStringList names;
    for (EditAction a : actions) {
        letters << QString(editActionLetter(a));
        names << editActionName(a);
    }
    m_appliedLabel->setText(tr("Applied edits: %1").arg(letters.join(QStringLiteral(" → "))));
    m_appliedLabel->setToolTip(names.join(QLatin1Char('\n')));
    m_appliedLabel->setVisible(!actions.isEmpty());
}

void MainWindow::onRunFinished(bool verify)
{
    const QList<RunResult> results = m_runPanel->lastResults();
    m_lastRunVerified = verify;
    m_verifiedExpected = verify ? m_runPanel->expectedField()->text() : QString();
    for (const RunResult &r : results) {
        if (r.exception.snippetLine > 0) {
            m_codePane->editor()->setExceptionLine(r.exception.snippetLine,
                                                   tr("seed %1: %2: %3").arg(r.seed).arg(r.exception.type,
                                                                                          r.exception.message.section(QLatin1Char('\n'), 0, 0)));
            break;
        }
    }
    if (!verify)
        statusBar()->showMessage(tr("Run finished: %n seed(s)", nullptr, int(results.size())), 5000);
    if (!m_runPanel->lastOutputDirectory().isEmpty())
        loadDynamics(m_runPanel->lastOutputDirectory());
    markDirty();
}

namespace {
struct DynamicsLoad {
    DynamicsReport report;
    QList<DynamicsSymptom> symptoms;
    QString error;
};
} // namespace

void MainWindow::loadDynamics(const QString &runDirectory)
{
    m_dynamicsView->setMessage(tr("Reading the training dynamics…"));
    // The helper process starts and reads every saved step: seconds, so off the UI thread, with
    // a client of that thread's own.
    auto *watcher = new QFutureWatcher<DynamicsLoad>(this);
    connect(watcher, &QFutureWatcher<DynamicsLoad>::finished, this, [this, watcher] {
        const DynamicsLoad load = watcher->result();
        watcher->deleteLater();
        if (!load.error.isEmpty()) {
            m_dynamicsView->setMessage(load.error);
            return;
        }
        m_dynamicsView->setReport(load.report, load.symptoms);
        if (!load.symptoms.isEmpty())
            statusBar()->showMessage(tr("Training dynamics: %n symptom(s) found", nullptr, int(load.symptoms.size())), 8000);
    });
    watcher->setFuture(QtConcurrent::run([runDirectory] {
        DynamicsLoad load;
        const QString dir = findDynamicsDirectory(runDirectory, -1, &load.error);
        if (dir.isEmpty())
            return load;
        TensorClient client;
        client.setHelperPath(TensorClient::locateHelper());
        if (client.helperPath().isEmpty()) {
            load.error = QCoreApplication::translate("MainWindow", "The tensor helper dlrepro-tensor is not installed "
                                                                   "next to dlrepro, so the dynamics cannot be read.");
            return load;
        }
        if (loadDynamicsReport(&client, dir, DynamicsThresholds::defaults().sparsityEpsilon, &load.report, &load.error))
            load.symptoms = detectDynamicsSymptoms(load.report, DynamicsThresholds::defaults());
        return load;
    }));
}

void MainWindow::onVerdict(const Verdict &verdict)
{
    m_verdictPanel->setVerdict(verdict);
    m_bottomTabs->setCurrentWidget(m_verdictPanel);
    if (m_workspace)
        recordVerificationInWorkspace();
    statusBar()->showMessage(tr("Verdict: %1").arg(VerdictPanel::badgeText(verdict)), 8000);
}

Session MainWindow::currentSession() const
{
    Session s;
    if (m_inspection)
        s.report = m_inspection->report;
    s.bugTypeOverride = m_override;
    s.code = m_codePane->code();
    s.chosenBlocks = m_codePane->chosenBlocks();
    s.interpreter = m_runPanel->interpreter();
    s.device = m_runPanel->device();
    s.seeds = m_runPanel->seedCount();
    s.tolerance = m_runPanel->tolerance();
    s.expected = m_runPanel->expectedField()->text();
    s.runs = m_runPanel->lastResults();
    s.runsVerified = m_lastRunVerified;
    s.verifiedExpected = m_verifiedExpected;
    s.appliedActions = m_applied;
    return s;
}

bool MainWindow::saveSession(const QString &path)
{
    QString error;
    if (!currentSession().save(path, &error)) {
        m_reportError(tr("Cannot save the session"), tr("%1\n\nChoose another folder or free some space.").arg(error));
        return false;
    }
    statusBar()->showMessage(tr("Session saved to %1").arg(path), 4000);
    return true;
}

bool MainWindow::openSession(const QString &path)
{
    Session s;
    QString error;
    if (!Session::load(path, &s, &error)) {
        m_reportError(tr("Cannot open the session"), tr("%1\n\nIs it a file dlrepro saved?").arg(error));
        return false;
    }
    if (m_runPanel->isRunning())
        m_runPanel->cancelAndWait();
    showInspection(inspectReport(s.report));
    if (s.bugTypeOverride) {
        setBugTypeOverride(s.bugTypeOverride);
        const int index = m_classification->overrideBox()->findData(int(*s.bugTypeOverride));
        if (index >= 0) {
            const QSignalBlocker block(m_classification->overrideBox());
            m_classification->overrideBox()->setCurrentIndex(index);
        }
    }
    m_codePane->setChosenBlocks(s.chosenBlocks);
    m_codePane->setCode(s.code);
    setAppliedActions(s.appliedActions);
    if (!s.interpreter.isEmpty())
        m_runPanel->setInterpreter(s.interpreter);
    m_runPanel->setDevice(s.device);
    m_runPanel->setSeedCount(s.seeds);
    m_runPanel->setTolerance(s.tolerance);
    if (s.runsVerified && !s.runs.isEmpty()) {
        // The verdict is decided again from the saved runs and the expectation they were
        // verified against, so it is what core says of them, not a stored claim.
        m_runPanel->expectedField()->setText(s.verifiedExpected);
        Expectation e;
        QString why;
        if (m_runPanel->currentExpectation(&e, &why)) {
            VerifyContext context;
            context.interpreter = s.interpreter;
            context.device = s.device;
            m_verdictPanel->setVerdict(decideVerdict(e, s.runs, context));
            m_bottomTabs->setCurrentWidget(m_verdictPanel);
        }
    }
    m_runPanel->expectedField()->setText(s.expected);
    if (path != autosavePath())
        setWindowFilePath(path);
    statusBar()->showMessage(tr("Session opened from %1").arg(path), 4000);
    return true;
}

QString MainWindow::autosavePath() const
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/autosave.dlrepro");
}

bool MainWindow::autosaveNow()
{
    if (!m_inspection)
        return false;
    QDir().mkpath(QFileInfo(autosavePath()).absolutePath());
    QString error;
    if (!currentSession().save(autosavePath(), &error)) {
        statusBar()->showMessage(tr("Autosave failed: %1").arg(error), 6000);
        return false;
    }
    m_dirty = false;
    return true;
}

void MainWindow::markDirty()
{
    m_dirty = true;
}

void MainWindow::saveSessionDialog()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Save session"), QString(), sessionFileFilter());
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".dlrepro");
    saveSession(path);
}

void MainWindow::openSessionDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open session"), QString(), sessionFileFilter());
    if (!path.isEmpty())
        openSession(path);
}

void MainWindow::showSettingsDialog()
{
    SettingsDialog dialog(WorkbenchSettings::load(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const WorkbenchSettings s = dialog.settings();
    s.save();
    applySettings(s);
}

void MainWindow::applySettings(const WorkbenchSettings &s)
{
    if (!m_runPanel->isRunning())
        m_runPanel->setSeedCount(s.seeds);
    m_runPanel->setTolerance(s.tolerance);
    m_runPanel->setTimeoutSeconds(s.timeoutSeconds);
    m_runPanel->setMemoryLimitMiB(s.memoryLimitMiB);
    m_runPanel->setParallel(s.parallel);
    // DLREPRO_EMBEDDING_MODEL wins over the setting, as it does for dlrepro-cli hints.
    const QString envModel = qEnvironmentVariable("DLREPRO_EMBEDDING_MODEL");
    m_embedder->setModelDir(envModel.isEmpty() ? s.embeddingModelDir : envModel);
    if (!s.interpreter.isEmpty())
        m_runPanel->setInterpreter(s.interpreter);
    static QString appliedTheme;
    if (s.theme != appliedTheme && qobject_cast<QApplication *>(QCoreApplication::instance())) {
        applyTheme(s.theme);
        appliedTheme = s.theme;
    }
}

void MainWindow::startEnvironmentDiscovery()
{
    m_runPanel->discoverEnvironments();
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("window"));
    if (settings.contains(QStringLiteral("geometry")))
        restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("state")).toByteArray());
    for (QSplitter *s : {m_mainSplitter, m_leftSplitter, m_middleSplitter})
        if (settings.contains(s->objectName()))
            s->restoreState(settings.value(s->objectName()).toByteArray());
    settings.endGroup();
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("window"));
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("state"), saveState());
    for (QSplitter *s : {m_mainSplitter, m_leftSplitter, m_middleSplitter})
        settings.setValue(s->objectName(), s->saveState());
    settings.endGroup();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_runPanel->isRunning()) {
        if (!m_confirmClose()) {
            event->ignore();
            return;
        }
        m_runPanel->cancelAndWait();
    }
    saveLayout();
    // A clean close loses nothing worth recovering: the autosave is for crashes.
    QFile::remove(autosavePath());
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!firstLocalFile(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = firstLocalFile(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    if (path.endsWith(QLatin1String(".dlrepro")))
        openSession(path);
    else
        openReport(path);
}

} // namespace dlrepro
