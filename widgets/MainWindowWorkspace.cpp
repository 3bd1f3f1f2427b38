// MainWindow's workspace and research parts: reproduction workspaces (every applied edit action
// and every verification a commit), the clone of GitHub projects, package export, and the
// research windows (annotation project, study session). Kept apart from MainWindow.cpp, which
// is about the report, the snippet and runs.
#include "MainWindow.h"

#include "CodeEditor.h"
#include "CodePane.h"
#include "RunPanel.h"
#include "SettingsDialog.h"
#include "research/AnnotationWindow.h"
#include "study/StudyWindow.h"
#include "workspace/CloneDialog.h"
#include "workspace/WorkspaceHistoryView.h"

#include "edit/EditProposal.h"
#include "workspace/NotebookExport.h"
#include "workspace/ReplicationExport.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QStatusBar>

namespace dlrepro {

bool MainWindow::createWorkspace(const QString &directory)
{
    if (!m_inspection) {
        m_reportError(tr("Cannot create the workspace"), tr("Open a report first: a workspace starts from one."));
        return false;
    }
    auto ws = std::make_unique<Workspace>();
    QString error;
    if (!Workspace::create(m_inspection->report, directory, ws.get(), &error)) {
        m_reportError(tr("Cannot create the workspace"), error);
        return false;
    }
    m_workspace = std::move(ws);
    // The snippet as assembled here (chosen blocks, edits so far) is where the work starts.
    if (m_codePane->code() != m_workspace->mainCode()) {
        QString sha;
        if (writeSnippetToWorkspace(tr("Cannot create the workspace")))
            m_workspace->checkpoint(tr("The snippet as assembled in the workbench"), &sha, &error);
    }
    m_historyView->setWorkspace(directory);
    showHistoryDock();
    updateWorkspaceActions();
    statusBar()->showMessage(tr("Workspace created in %1: edit actions and verifications are committed there").arg(directory), 8000);
    return true;
}

bool MainWindow::openWorkspace(const QString &directory)
{
    auto ws = std::make_unique<Workspace>();
    QString error;
    if (!Workspace::open(directory, ws.get(), &error)) {
        m_reportError(tr("Cannot open the workspace"), error);
        return false;
    }
    if (m_runPanel->isRunning())
        m_runPanel->cancelAndWait();
    m_workspace = std::move(ws);
    showInspection(m_workspace->inspection());
    m_codePane->setCode(m_workspace->mainCode());
    WorkspaceTransaction t;
    if (m_workspace->deriveTransaction(&t, &error))
        setAppliedActions(t.actionsInOrder);
    m_historyView->setWorkspace(directory);
    showHistoryDock();
    setWindowFilePath(directory);
    updateWorkspaceActions();
    statusBar()->showMessage(tr("Workspace %1 opened").arg(directory), 5000);
    return true;
}

bool MainWindow::checkpointWorkspace(const QString &message)
{
    if (!m_workspace)
        return false;
    if (!writeSnippetToWorkspace(tr("Cannot commit a checkpoint")))
        return false;
    QString error;
    QString sha;
    if (!m_workspace->checkpoint(message, &sha, &error)) {
        statusBar()->showMessage(tr("Checkpoint: %1").arg(error), 6000);
        return false;
    }
    m_historyView->refresh();
    statusBar()->showMessage(tr("Checkpoint %1 committed").arg(sha.left(8)), 5000);
    return true;
}

void MainWindow::showHistoryDock()
{
    if (m_historyDock->isVisible())
        return;
    m_historyDock->show();
    // Narrow enough to leave the report, the snippet and the hints their room.
    resizeDocks({m_historyDock}, {qMax(360, width() / 4)}, Qt::Horizontal);
}

bool MainWindow::writeSnippetToWorkspace(const QString &failureTitle)
{
    QString error;
    if (writeFileAtomically(m_workspace->path(workspace_files::kMain), m_codePane->code().toUtf8(), &error))
        return true;
    m_reportError(failureTitle, error);
    return false;
}

void MainWindow::closeWorkspace()
{
    m_workspace.reset();
    m_historyView->closeWorkspace();
    m_historyDock->hide();
    setWindowFilePath(QString());
    updateWorkspaceActions();
}

void MainWindow::updateWorkspaceActions()
{
    for (QAction *a : std::as_const(m_workspaceActions))
        a->setEnabled(m_workspace != nullptr);
}

void MainWindow::recordActionInWorkspace(const Proposal &proposal)
{
    QString sha;
    QString error;
    if (!m_workspace->recordAction(proposal, m_codePane->code(), &sha, &error)) {
        m_reportError(tr("The edit was applied but not committed"), error);
        return;
    }
    m_historyView->refresh();
}

void MainWindow::recordVerificationInWorkspace()
{
    // What was verified is the code the run took; it is main.py in the commit.
    if (!writeSnippetToWorkspace(tr("The verdict was not committed")))
        return;
    QString error;
    WorkspaceVerifyOptions options;
    options.request.interpreter = m_runPanel->interpreter();
    options.request.device = m_runPanel->device();
    if (!m_runPanel->currentExpectation(&options.expectation, &error))
        options.expectation = m_workspace->reportExpectation();
    options.context.interpreter = options.request.interpreter;
    options.context.device = options.request.device;
    QString checkpointSha;
    WorkspaceVerification verification;
    if (!m_workspace->prepareVerification(&options, &checkpointSha, &error)
        || !m_workspace->recordVerification(options, m_runPanel->lastResults(), &verification, &error)) {
        m_reportError(tr("The verdict was not committed"), error);
        return;
    }
    m_historyView->refresh();
}

void MainWindow::createWorkspaceDialog()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("New workspace: choose an empty folder"));
    if (!dir.isEmpty())
        createWorkspace(dir);
}

void MainWindow::openWorkspaceDialog()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Open workspace"));
    if (!dir.isEmpty())
        openWorkspace(dir);
}

void MainWindow::cloneProjectDialog()
{
    CloneDialog dialog(this);
    if (m_inspection)
        dialog.setReport(m_inspection->report);
    if (dialog.exec() == QDialog::Accepted && !dialog.workspaceDirectory().isEmpty())
        openWorkspace(dialog.workspaceDirectory());
}

void MainWindow::exportWorkspaceDialog(bool notebook)
{
    if (!m_workspace)
        return;
    PackageExportResult result;
    QString error;
    bool ok = false;
    if (notebook) {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export as notebook"),
                                                          QDir(m_workspace->directory()).filePath(QStringLiteral("reproduction.ipynb")),
                                                          tr("Jupyter notebooks (*.ipynb)"));
        if (path.isEmpty())
            return;
        // The file dialog has already asked whether to replace an existing file.
        ok = exportNotebook(m_workspace->directory(), path, true, &result, &error);
    } else {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Export as replication package: choose the package folder"));
        if (dir.isEmpty())
            return;
        ok = exportReplicationPackage(m_workspace->directory(), dir, QString(), false, &result, &error);
    }
    if (!ok) {
        m_reportError(tr("Cannot export the workspace"), error);
        return;
    }
    QString message = tr("Exported to %1").arg(result.path);
    if (!result.warnings.isEmpty())
        message += QStringLiteral(" — ") + result.warnings.join(QStringLiteral("; "));
    statusBar()->showMessage(message, 10000);
}

void MainWindow::openProjectDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open annotation project"), QString(),
                                                      tr("dlrepro projects (*.db *.sqlite);;All files (*)"));
    if (path.isEmpty())
        return;
    auto *window = new AnnotationWindow;
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->setErrorReporter([this](const QString &t, const QString &m) { m_reportError(t, m); });
    connect(window, &AnnotationWindow::rulesForWorkbench, this, &MainWindow::setRulebook);
    if (!window->openProject(path)) {
        delete window;
        return;
    }
    window->show();
}

void MainWindow::setRulebook(const Rulebook &rulebook)
{
    m_rulebook = rulebook;
    if (m_inspection)
        refreshClassification();
    statusBar()->showMessage(tr("Hints now come from: %1").arg(m_rulebook.source()), 6000);
}

void MainWindow::openStudyDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Start a study session: open the study database"), QString(),
                                                      tr("dlrepro studies (*.db *.sqlite);;All files (*)"));
    if (path.isEmpty())
        return;
    bool ok = false;
    const QString participant = QInputDialog::getText(this, tr("User study"), tr("Participant id:"), QLineEdit::Normal,
                                                      QString(), &ok)
                                    .trimmed();
    if (!ok || participant.isEmpty())
        return;
    QString error;
    std::unique_ptr<StudyWindow> window = StudyWindow::open(path, participant, &error);
    if (!window) {
        m_reportError(tr("Cannot start the study session"), error);
        return;
    }
    if (!m_runPanel->interpreter().isEmpty())
        window->setInterpreter(m_runPanel->interpreter());
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();
    window.release(); // owned by Qt now (deleted on close)
}

} // namespace dlrepro
