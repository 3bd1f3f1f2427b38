#pragma once

#include "workspace/VerdictComparisonDialog.h"
#include "workspace/Workspace.h"

#include <QPointer>
#include <QWidget>

#include <functional>
#include <memory>

class QAction;
class QComboBox;
class QLabel;
class QTreeView;
template<typename T> class QFutureWatcher;

namespace dlrepro {

class CommitDiffView;
class VerdictComparisonDialog;
class WorkspaceHistoryModel;
struct HistorySnapshot;
struct CommitDiffResult;

// The history of a reproduction workspace, for a dock of the workbench: its commits with the
// edit action or verdict each one records, the diff of the selected commit, and the steps back
// and aside — revert one action, branch from a commit, compare the verdicts of two commits.
// History and diffs are read in worker threads (each opens its own repository), so a long
// history never stalls the window; reverts and branches are single commits on the UI thread.
// A failure is reported (a message box unless a test puts a recorder in) and changes nothing.
class WorkspaceHistoryView : public QWidget
{
    Q_OBJECT
public:
    using ErrorReporter = std::function<void(const QString &title, const QString &message)>;
    // Asks for the name of a new branch, offering `suggestion`; an empty answer cancels.
    using NamePrompter = std::function<QString(const QString &suggestion)>;

    explicit WorkspaceHistoryView(QWidget *parent = nullptr);
    ~WorkspaceHistoryView() override;

    // Opens the workspace in `directory` and starts reading its history (historyLoaded follows).
    // A folder that is no workspace is reported and the view keeps what it showed.
    bool setWorkspace(const QString &directory);
    void closeWorkspace();
    bool hasWorkspace() const { return m_workspace != nullptr; }
    QString workspaceDirectory() const;

    // Reads the history again (after the workbench committed an action or a verification).
    void refresh();
    bool isLoading() const;

    // The view's commands, also behind its buttons and context menu. Each reports its own error.
    bool revertCommit(const QString &sha);
    // An empty name asks for one through the name prompter.
    bool branchFrom(const QString &sha, const QString &name = QString());
    bool switchBranch(const QString &name);
    // The two commits in either order: the older one is shown on the left.
    bool compareCommits(const QString &shaA, const QString &shaB);

    // Selects a commit (loading more rows of a long history when needed); false if not in it.
    bool selectCommit(const QString &sha);
    QStringList selectedShas() const; // newest first

    void setErrorReporter(ErrorReporter reporter) { m_reportError = std::move(reporter); }
    void setNamePrompter(NamePrompter prompter) { m_promptName = std::move(prompter); }

    WorkspaceHistoryModel *model() const { return m_model; }
    QTreeView *commitList() const { return m_list; }
    CommitDiffView *diffView() const { return m_diff; }
    VerdictComparisonDialog *comparisonDialog() const { return m_comparison; } // nullptr until a compare
    QComboBox *branchBox() const { return m_branchBox; }
    QLabel *statusLabel() const { return m_status; }
    QAction *refreshAction() const { return m_refreshAction; }
    QAction *revertAction() const { return m_revertAction; }
    QAction *branchAction() const { return m_branchAction; }
    QAction *compareAction() const { return m_compareAction; }

signals:
    // The working tree changed under the workbench (a revert, a new or switched branch):
    // main.py and the verdict are to be read again.
    void workspaceChanged();
    void historyLoaded(int commits); // also after a failed read, with 0 (the error was reported)
    void diffShown(const QString &sha);

private:
    void startLoad();
    void onHistoryLoaded();
    void onCurrentChanged();
    void onDiffLoaded();
    void updateActions();
    void showContextMenu(const QPoint &pos);
    void afterChange(const QString &selectSha);
    bool checkWritable(const QString &title);

    std::unique_ptr<Workspace> m_workspace; // the UI thread's own; workers open theirs
    WorkspaceHistoryModel *m_model = nullptr;
    QTreeView *m_list = nullptr;
    CommitDiffView *m_diff = nullptr;
    QPointer<VerdictComparisonDialog> m_comparison;
    QComboBox *m_branchBox = nullptr;
    QLabel *m_status = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_revertAction = nullptr;
    QAction *m_branchAction = nullptr;
    QAction *m_compareAction = nullptr;
    QFutureWatcher<HistorySnapshot> *m_historyWatcher = nullptr;
    QFutureWatcher<CommitDiffResult> *m_diffWatcher = nullptr;
    QString m_selectAfterLoad;
    ErrorReporter m_reportError;
    NamePrompter m_promptName;
};

} // namespace dlrepro
