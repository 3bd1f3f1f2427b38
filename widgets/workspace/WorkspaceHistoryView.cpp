#include "WorkspaceHistoryView.h"

#include "CommitDiffView.h"
#include "HistoryBadgeDelegate.h"
#include "VerdictComparisonDialog.h"
#include "WorkspaceHistoryModel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QSignalBlocker>
#include <QSplitter>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace dlrepro {

// A commit's diff, read in a worker.
struct CommitDiffResult {
    QString sha;
    GitCommitInfo commit;
    GitDiff diff;
    QString error;
};

namespace {

CommitDiffResult loadCommitDiff(const QString &directory, const QString &sha)
{
    CommitDiffResult r;
    r.sha = sha;
    GitRepository repo;
    if (GitRepository::open(directory, &repo, &r.error) && repo.commitInfo(sha, &r.commit, &r.error))
        repo.diff(sha, &r.diff, &r.error);
    return r;
}

bool revertable(const WorkspaceEntry &e)
{
    return !e.reverted
        && (e.step == WorkspaceStep::Action || e.step == WorkspaceStep::Checkpoint || e.step == WorkspaceStep::Revert);
}

} // namespace

WorkspaceHistoryView::WorkspaceHistoryView(QWidget *parent) : QWidget(parent)
{
    m_reportError = [this](const QString &title, const QString &message) { QMessageBox::warning(this, title, message); };
    m_promptName = [this](const QString &suggestion) {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Branch from here"), tr("Name of the new branch:"),
                                                   QLineEdit::Normal, suggestion, &ok);
        return ok ? name.trimmed() : QString();
    };

    m_model = new WorkspaceHistoryModel(this);
    m_list = new QTreeView(this);
    m_list->setObjectName(QStringLiteral("workspaceCommits"));
    m_list->setModel(m_model);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true); // a thousand rows lay out without measuring each
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    m_list->setItemDelegateForColumn(WorkspaceHistoryModel::BadgeColumn, new HistoryBadgeDelegate(m_list));
    QHeaderView *header = m_list->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(WorkspaceHistoryModel::SummaryColumn, QHeaderView::Stretch);
    header->resizeSection(WorkspaceHistoryModel::BadgeColumn, 120);
    header->resizeSection(WorkspaceHistoryModel::BranchColumn, 90);
    // Wide enough for this locale's short date and time, without measuring a thousand rows.
    const QString sampleTime = QLocale().toString(QDateTime(QDate(2024, 12, 28), QTime(23, 58)), QLocale::ShortFormat);
    header->resizeSection(WorkspaceHistoryModel::TimeColumn, m_list->fontMetrics().horizontalAdvance(sampleTime) + 24);
    header->resizeSection(WorkspaceHistoryModel::CommitColumn, 80);

    m_diff = new CommitDiffView(this);

    m_refreshAction = new QAction(tr("&Refresh"), this);
    m_refreshAction->setToolTip(tr("Read the workspace's history again"));
    m_revertAction = new QAction(tr("Re&vert this action"), this);
    m_revertAction->setToolTip(tr("Undo the selected commit with a new revert commit"));
    m_branchAction = new QAction(tr("&Branch from here…"), this);
    m_branchAction->setToolTip(tr("Start a new branch at the selected commit to try another path"));
    m_compareAction = new QAction(tr("&Compare verdicts"), this);
    m_compareAction->setToolTip(tr("Compare the verdicts recorded at the two selected commits"));
    connect(m_refreshAction, &QAction::triggered, this, &WorkspaceHistoryView::refresh);
    connect(m_revertAction, &QAction::triggered, this, [this] {
        const QStringList shas = selectedShas();
        if (shas.size() == 1)
            revertCommit(shas.first());
    });
    connect(m_branchAction, &QAction::triggered, this, [this] {
        const QStringList shas = selectedShas();
        if (shas.size() == 1)
            branchFrom(shas.first());
    });
    connect(m_compareAction, &QAction::triggered, this, [this] {
        const QStringList shas = selectedShas();
        if (shas.size() == 2)
            compareCommits(shas.at(0), shas.at(1));
    });

    m_branchBox = new QComboBox(this);
    m_branchBox->setObjectName(QStringLiteral("workspaceBranch"));
    m_branchBox->setToolTip(tr("The branch shown; choose another to switch to it"));
    m_branchBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_branchBox, &QComboBox::activated, this, [this](int index) {
        const QString name = m_branchBox->itemText(index);
        if (name != m_model->snapshot().currentBranch && !switchBranch(name)) {
            const QSignalBlocker block(m_branchBox);
            m_branchBox->setCurrentText(m_model->snapshot().currentBranch);
        }
    });

    auto *toolbar = new QToolBar(this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addWidget(new QLabel(tr("Branch:"), this));
    toolbar->addWidget(m_branchBox);
    toolbar->addSeparator();
    toolbar->addAction(m_revertAction);
    toolbar->addAction(m_branchAction);
    toolbar->addAction(m_compareAction);
    toolbar->addSeparator();
    toolbar->addAction(m_refreshAction);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("workspaceStatus"));

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_list);
    splitter->addWidget(m_diff);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(toolbar);
    layout->addWidget(m_status);
    layout->addWidget(splitter, 1);

    m_historyWatcher = new QFutureWatcher<HistorySnapshot>(this);
    connect(m_historyWatcher, &QFutureWatcherBase::finished, this, &WorkspaceHistoryView::onHistoryLoaded);
    m_diffWatcher = new QFutureWatcher<CommitDiffResult>(this);
    connect(m_diffWatcher, &QFutureWatcherBase::finished, this, &WorkspaceHistoryView::onDiffLoaded);

    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this, &WorkspaceHistoryView::updateActions);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &WorkspaceHistoryView::onCurrentChanged);
    connect(m_list, &QWidget::customContextMenuRequested, this, &WorkspaceHistoryView::showContextMenu);
    connect(m_model, &QAbstractItemModel::modelReset, this, &WorkspaceHistoryView::updateActions);

    closeWorkspace();
}

WorkspaceHistoryView::~WorkspaceHistoryView() = default;

QString WorkspaceHistoryView::workspaceDirectory() const
{
    return m_workspace ? m_workspace->directory() : QString();
}

bool WorkspaceHistoryView::setWorkspace(const QString &directory)
{
    auto workspace = std::make_unique<Workspace>();
    QString error;
    if (!Workspace::open(directory, workspace.get(), &error)) {
        m_reportError(tr("Cannot open the workspace"), error);
        return false;
    }
    m_workspace = std::move(workspace);
    m_model->clear();
    m_diff->clear();
    startLoad();
    return true;
}

void WorkspaceHistoryView::closeWorkspace()
{
    m_workspace.reset();
    m_historyWatcher->setFuture(QFuture<HistorySnapshot>()); // a read in flight is abandoned
    m_model->clear();
    m_diff->clear();
    m_branchBox->clear();
    m_status->setText(tr("No workspace open."));
    m_refreshAction->setEnabled(false);
    updateActions();
}

bool WorkspaceHistoryView::isLoading() const { return m_historyWatcher->isRunning(); }

void WorkspaceHistoryView::refresh()
{
    if (m_workspace)
        startLoad();
}

void WorkspaceHistoryView::startLoad()
{
    if (m_selectAfterLoad.isEmpty()) {
        const QStringList shas = selectedShas();
        if (!shas.isEmpty())
            m_selectAfterLoad = shas.first();
    }
    m_status->setText(tr("Reading the history of %1…").arg(QDir::toNativeSeparators(m_workspace->directory())));
    // A watcher given a new future drops the old one: only the latest read is shown.
    m_historyWatcher->setFuture(QtConcurrent::run(loadHistorySnapshot, m_workspace->directory()));
    m_refreshAction->setEnabled(true);
}

void WorkspaceHistoryView::onHistoryLoaded()
{
    if (!m_workspace || m_historyWatcher->future().isCanceled() || m_historyWatcher->future().resultCount() == 0)
        return;
    HistorySnapshot snapshot = m_historyWatcher->result();
    if (snapshot.directory != m_workspace->directory())
        return;
    if (!snapshot.ok()) {
        m_status->setText(tr("The history could not be read."));
        m_reportError(tr("Cannot read the workspace's history"), snapshot.error);
        emit historyLoaded(0);
        return;
    }
    const QString select = std::exchange(m_selectAfterLoad, QString());
    const int total = int(snapshot.entries.size());
    const QString branch = snapshot.currentBranch;
    {
        const QSignalBlocker block(m_branchBox);
        m_branchBox->clear();
        m_branchBox->addItems(snapshot.branches);
        if (branch.isEmpty())
            m_branchBox->insertItem(0, tr("(detached)"));
        m_branchBox->setCurrentIndex(branch.isEmpty() ? 0 : int(snapshot.branches.indexOf(branch)));
    }
    m_model->setSnapshot(std::move(snapshot));
    m_status->setText(tr("%1 · %n commit(s) on %2", nullptr, total)
                          .arg(QFileInfo(m_workspace->directory()).fileName(),
                               branch.isEmpty() ? tr("a detached HEAD") : branch));
    if (!(select.isEmpty() ? false : selectCommit(select)) && total > 0)
        selectCommit(m_model->entry(0).commit.sha);
    updateActions();
    emit historyLoaded(total);
}

bool WorkspaceHistoryView::selectCommit(const QString &sha)
{
    int row = m_model->rowOf(sha);
    while (row < 0 && m_model->canFetchMore({})) {
        m_model->fetchMore({});
        row = m_model->rowOf(sha);
    }
    if (row < 0)
        return false;
    const QModelIndex index = m_model->index(row, 0);
    m_list->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_list->scrollTo(index);
    return true;
}

QStringList WorkspaceHistoryView::selectedShas() const
{
    QModelIndexList rows = m_list->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QStringList shas;
    for (const QModelIndex &i : std::as_const(rows))
        shas << i.data(WorkspaceHistoryModel::ShaRole).toString();
    return shas;
}

void WorkspaceHistoryView::onCurrentChanged()
{
    const QModelIndex current = m_list->selectionModel()->currentIndex();
    if (!m_workspace || !current.isValid()) {
        m_diff->clear();
        return;
    }
    const QString sha = current.data(WorkspaceHistoryModel::ShaRole).toString();
    m_diff->showMessage(tr("Reading the changes of %1…").arg(sha.left(8)));
    m_diffWatcher->setFuture(QtConcurrent::run(loadCommitDiff, m_workspace->directory(), sha));
}

void WorkspaceHistoryView::onDiffLoaded()
{
    if (m_diffWatcher->future().resultCount() == 0)
        return;
    const CommitDiffResult r = m_diffWatcher->result();
    if (!r.error.isEmpty())
        m_diff->showMessage(tr("The changes of %1 cannot be shown: %2").arg(r.sha.left(8), r.error));
    else
        m_diff->showDiff(r.commit, r.diff);
    emit diffShown(r.sha);
}

void WorkspaceHistoryView::updateActions()
{
    const QModelIndexList rows = m_list->selectionModel()->selectedRows();
    const bool open = m_workspace != nullptr;
    m_revertAction->setEnabled(open && rows.size() == 1 && revertable(m_model->entry(rows.first().row())));
    m_branchAction->setEnabled(open && rows.size() == 1);
    m_compareAction->setEnabled(open && rows.size() == 2);
    m_branchBox->setEnabled(open && m_branchBox->count() > 1);
}

void WorkspaceHistoryView::showContextMenu(const QPoint &pos)
{
    if (!m_workspace)
        return;
    QMenu menu(this);
    menu.addAction(m_revertAction);
    menu.addAction(m_branchAction);
    menu.addAction(m_compareAction);
    menu.addSeparator();
    const QStringList shas = selectedShas();
    QAction *copy = menu.addAction(tr("Copy commit id"));
    copy->setEnabled(shas.size() == 1);
    connect(copy, &QAction::triggered, this, [shas] { QApplication::clipboard()->setText(shas.first()); });
    menu.addAction(m_refreshAction);
    menu.exec(m_list->viewport()->mapToGlobal(pos));
}

bool WorkspaceHistoryView::checkWritable(const QString &title)
{
    if (!m_workspace)
        return false;
    QString why;
    if (m_workspace->repository().isLocked(&why)) {
        m_reportError(title, why);
        return false;
    }
    return true;
}

void WorkspaceHistoryView::afterChange(const QString &selectSha)
{
    m_selectAfterLoad = selectSha;
    startLoad();
    emit workspaceChanged();
}

bool WorkspaceHistoryView::revertCommit(const QString &sha)
{
    const QString title = tr("Cannot revert %1").arg(sha.left(8));
    if (!checkWritable(title))
        return false;
    QString newSha, error;
    if (!m_workspace->revertAction(sha, &newSha, &error)) {
        m_reportError(title, error);
        return false;
    }
    afterChange(newSha);
    return true;
}

bool WorkspaceHistoryView::branchFrom(const QString &sha, const QString &name)
{
    const QString title = tr("Cannot branch from %1").arg(sha.left(8));
    if (!checkWritable(title))
        return false;
    QString branch = name.trimmed();
    if (branch.isEmpty()) {
        branch = m_promptName(QStringLiteral("try-") + sha.left(7)).trimmed();
        if (branch.isEmpty())
            return false; // cancelled
    }
    // Checked before the branch exists, so that a refused switch leaves no stray branch behind.
    bool dirty = false;
    QString error;
    if (!m_workspace->repository().isDirty(&dirty, &error)) {
        m_reportError(title, error);
        return false;
    }
    if (dirty) {
        m_reportError(title, tr("%1 has changes that are not committed yet. Save a checkpoint or run the snippet first, "
                                "so that nothing is lost when the branch is checked out.")
                                 .arg(QDir::toNativeSeparators(m_workspace->directory())));
        return false;
    }
    if (!m_workspace->repository().createBranch(branch, &error, sha) || !m_workspace->switchBranch(branch, &error)) {
        m_reportError(title, error);
        return false;
    }
    afterChange(sha);
    return true;
}

bool WorkspaceHistoryView::switchBranch(const QString &name)
{
    const QString title = tr("Cannot switch to %1").arg(name);
    if (!checkWritable(title))
        return false;
    QString error;
    if (!m_workspace->switchBranch(name, &error)) {
        m_reportError(title, error);
        return false;
    }
    afterChange(QString());
    return true;
}

bool WorkspaceHistoryView::compareCommits(const QString &shaA, const QString &shaB)
{
    if (!m_workspace)
        return false;
    // The older commit on the left: the lower row in a newest-first list, else by commit time.
    QString older = shaA, newer = shaB;
    const int rowA = m_model->rowOf(shaA), rowB = m_model->rowOf(shaB);
    if (rowA >= 0 && rowB >= 0 ? rowA < rowB : false)
        std::swap(older, newer);
    VerdictComparison comparison;
    QString error;
    if (!m_workspace->compareVerdicts(older, newer, &comparison, &error)) {
        m_reportError(tr("Cannot compare the verdicts"), error);
        return false;
    }
    auto summaryOf = [this](const QString &sha) {
        const int row = m_model->rowOf(sha);
        return row >= 0 ? m_model->entry(row).commit.summary : QString();
    };
    if (!m_comparison) {
        m_comparison = new VerdictComparisonDialog(this);
        m_comparison->setAttribute(Qt::WA_DeleteOnClose, false);
    }
    m_comparison->setComparison(comparison, summaryOf(comparison.a.sha.isEmpty() ? older : comparison.a.sha),
                                summaryOf(comparison.b.sha.isEmpty() ? newer : comparison.b.sha));
    m_comparison->show();
    m_comparison->raise();
    return true;
}

} // namespace dlrepro
