#pragma once

#include "hints/Hints.h"
#include "hints/Rulebook.h"
#include "import/ReportImport.h"
#include "inspect/Inspection.h"

#include <QMainWindow>
#include <functional>
#include <memory>
#include <optional>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QProgressDialog;
template<typename T> class QFutureWatcher;
class QSplitter;
class QTabWidget;
class QTimer;

namespace dlrepro {

class ClassificationPanel;
class CodePane;
class DynamicsView;
class EnvironmentPanel;
class FactListView;
class HintsEmbedder;
class HintsPanel;
class InformationTable;
class ReportView;
class RunPanel;
class VerdictPanel;
class Workspace;
class WorkspaceHistoryView;
struct Proposal;
struct Session;
struct Verdict;
struct WorkbenchSettings;

// The workbench window: the report with its facts, the hints, the snippet, runs, the verdict
// and the environment. Everything shown comes from core (inspectReport, buildHints, Runner,
// decideVerdict), the same calls the CLI makes.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // Shows an error to the user; tests put a recorder here instead of a modal QMessageBox.
    using ErrorReporter = std::function<void(const QString &title, const QString &message)>;
    // Asks whether to stop a run in progress and close; tests answer without a dialog.
    using CloseConfirmer = std::function<bool()>;

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a file or an online spec; on failure reports the error and keeps the report shown.
    bool openReport(const QString &input);
    // Fetches an online spec in a worker thread: the window stays responsive while a progress
    // dialog offers Cancel (which abandons the result). Emits onlineFetchFinished when done;
    // a new fetch abandons the one in progress.
    void openOnline(const QString &spec);
    bool isFetching() const { return m_fetch != nullptr; }
    QProgressDialog *fetchProgress() const { return m_fetchProgress; }
    void cancelFetch();
    void showInspection(const Inspection &inspection);

    // nullptr until a report is shown.
    const Inspection *inspection() const { return m_inspection ? &*m_inspection : nullptr; }
    // The bug type chosen by the user, or nullopt to return to the classifier's decision.
    void setBugTypeOverride(std::optional<BugType> type);
    const Hints *hints() const { return m_inspection ? &m_hints : nullptr; }
    // The rules the hints come from (the published rulebook until a project's rules are chosen).
    void setRulebook(const Rulebook &rulebook);
    const Rulebook &rulebook() const { return m_rulebook; }

    // Runs an edit action (core/edit) on the snippet with the report's facts and the last run's
    // exception line, shows its proposal for review and applies it as one undoable step when
    // accepted; "nothing to do" goes to the status bar. An action the registry lacks falls back
    // to a commented checklist. Returns whether the snippet changed.
    bool applyEditAction(EditAction action);
    // The edit actions applied to the snippet since the report was opened, in order.
    QList<EditAction> appliedActions() const { return m_applied; }
    QLabel *appliedActionsLabel() const { return m_appliedLabel; }
    QMenu *editActionMenu() const { return m_editActionMenu; }

    // Looks for Python interpreters in the background (the executable calls it at start).
    void startEnvironmentDiscovery();

    // Reproduction workspaces (a git repository per reproduction, core/workspace). While one is
    // open, every edit action applied here is a commit, every verification commits its runs and
    // verdict, and the History dock shows them.
    bool createWorkspace(const QString &directory);
    bool openWorkspace(const QString &directory);
    bool checkpointWorkspace(const QString &message = QString());
    void closeWorkspace();
    // nullptr when none is open.
    Workspace *workspace() const { return m_workspace.get(); }
    WorkspaceHistoryView *historyView() const { return m_historyView; }
    QDockWidget *historyDock() const { return m_historyDock; }

    bool saveSession(const QString &path);
    bool openSession(const QString &path);
    Session currentSession() const;
    QString autosavePath() const;
    bool autosaveNow();

    void setErrorReporter(ErrorReporter reporter) { m_reportError = std::move(reporter); }
    void setCloseConfirmer(CloseConfirmer confirmer) { m_confirmClose = std::move(confirmer); }
    void applySettings(const WorkbenchSettings &settings);

    ReportView *reportView() const { return m_reportView; }
    FactListView *factList() const { return m_factList; }
    ClassificationPanel *classificationPanel() const { return m_classification; }
    InformationTable *informationTable() const { return m_information; }
    HintsPanel *hintsPanel() const { return m_hintsPanel; }
    CodePane *codePane() const { return m_codePane; }
    RunPanel *runPanel() const { return m_runPanel; }
    VerdictPanel *verdictPanel() const { return m_verdictPanel; }
    EnvironmentPanel *environmentPanel() const { return m_environmentPanel; }
    DynamicsView *dynamicsView() const { return m_dynamicsView; }
    QTabWidget *bottomTabs() const { return m_bottomTabs; }

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

signals:
    void onlineFetchFinished(bool opened); // not emitted for a cancelled fetch

private:
    bool showLoaded(const QString &input, const ImportResult &result, bool online);
    void onFetchDone();
    void createMenus();
    void openFileDialog();
    void openOnlineDialog();
    void pasteReport();
    void saveSessionDialog();
    void openSessionDialog();
    void showSettingsDialog();
    void rebuildRecentMenu();
    void refreshClassification();
    void onActionRequested(const HintItem &action);
    void onRunFinished(bool verify);
    void onVerdict(const Verdict &verdict);
    void restoreLayout();
    void saveLayout() const;
    void markDirty();
    void setAppliedActions(const QList<EditAction> &actions);
    void createWorkspaceDialog();
    void openWorkspaceDialog();
    void cloneProjectDialog();
    void exportWorkspaceDialog(bool notebook);
    void openProjectDialog();
    void openStudyDialog();
    void recordActionInWorkspace(const Proposal &proposal);
    void recordVerificationInWorkspace();
    void updateWorkspaceActions();
    void showHistoryDock();
    // main.py := the code pane, written atomically; false (and reported) when it cannot be.
    bool writeSnippetToWorkspace(const QString &failureTitle);
    void loadDynamics(const QString &runDirectory);

    ReportView *m_reportView = nullptr;
    FactListView *m_factList = nullptr;
    ClassificationPanel *m_classification = nullptr;
    InformationTable *m_information = nullptr;
    HintsPanel *m_hintsPanel = nullptr;
    CodePane *m_codePane = nullptr;
    RunPanel *m_runPanel = nullptr;
    VerdictPanel *m_verdictPanel = nullptr;
    EnvironmentPanel *m_environmentPanel = nullptr;
    QTabWidget *m_bottomTabs = nullptr;
    QTabWidget *m_leftTabs = nullptr;
    QSplitter *m_mainSplitter = nullptr;
    QSplitter *m_leftSplitter = nullptr;
    QSplitter *m_middleSplitter = nullptr;
    QMenu *m_recentMenu = nullptr;
    QLabel *m_statusLabel = nullptr;
    QLabel *m_appliedLabel = nullptr;
    QMenu *m_editActionMenu = nullptr;
    QList<EditAction> m_applied;
    QAction *m_recoverAction = nullptr;
    QTimer *m_autosave = nullptr;
    bool m_dirty = false;
    std::optional<Inspection> m_inspection;
    std::optional<BugType> m_override;
    BugTypeDecision m_classified; // the classifier's own decision, to return to
    QList<InformationAssessment> m_classifiedInformation;
    Rulebook m_rulebook;
    Hints m_hints;
    QString m_verifiedExpected;
    bool m_lastRunVerified = false;
    ErrorReporter m_reportError;
    CloseConfirmer m_confirmClose;
    QFutureWatcher<ImportResult> *m_fetch = nullptr;
    QProgressDialog *m_fetchProgress = nullptr;
    QString m_fetchSpec;
    std::unique_ptr<Workspace> m_workspace;
    HintsEmbedder *m_embedder = nullptr;
    DynamicsView *m_dynamicsView = nullptr;
    WorkspaceHistoryView *m_historyView = nullptr;
    QDockWidget *m_historyDock = nullptr;
    QList<QAction *> m_workspaceActions; // enabled only while a workspace is open
};

} // namespace dlrepro
