#pragma once
// Clone a GitHub project at its buggy commit into a new workspace: repository, commit and folder
// (prefilled from a report that names them), a progress bar with Cancel while libgit2 clones in
// a worker thread, then the entry-script candidates to pick from (with their arguments).

#include "workspace/ProjectClone.h"

#include <QDialog>
#include <QFutureWatcher>
#include <atomic>
#include <memory>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace dlrepro {

class CloneDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CloneDialog(QWidget *parent = nullptr);
    ~CloneDialog() override; // cancels a clone in progress and waits for it

    // Fills repository and commit from what the report names (findProjectReference).
    void setReport(const Report &report);
    void setUrl(const QString &url);
    void setCommit(const QString &commit);
    void setDirectory(const QString &directory);

    bool isCloning() const;
    // After a successful clone: the workspace, and the entry script chosen so far.
    QString workspaceDirectory() const;
    EntryScript selectedEntry() const;
    const ProjectWorkspaceResult &result() const { return m_result; }
    QString errorText() const;

    QProgressBar *progressBar() const { return m_progress; }
    QListWidget *entryList() const { return m_entries; }

public Q_SLOTS:
    void startClone();
    void cancelClone();
    void accept() override; // writes another entry script choice to the workspace first

Q_SIGNALS:
    void cloneFinished(bool ok);
    void workspaceCreated(const QString &directory);

private:
    void browse();
    void showProgress(const dlrepro::CloneProgress &progress);
    void finishClone();
    void updateButtons();

    QLineEdit *m_url = nullptr;
    QLineEdit *m_commit = nullptr;
    QLineEdit *m_directory = nullptr;
    QPushButton *m_browse = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QListWidget *m_entries = nullptr;
    QLineEdit *m_arguments = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_cloneButton = nullptr;

    struct Job;
    std::shared_ptr<Job> m_job;
    QFutureWatcher<bool> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel;
    ProjectWorkspaceResult m_result;
    QString m_error;
    bool m_done = false;
};

} // namespace dlrepro
