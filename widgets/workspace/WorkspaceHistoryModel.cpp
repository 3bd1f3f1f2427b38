#include "WorkspaceHistoryModel.h"

#include "WorkspaceBadges.h"

#include <QFont>
#include <QLocale>
#include <QPalette>
#include <QGuiApplication>

namespace dlrepro {

HistorySnapshot loadHistorySnapshot(const QString &directory)
{
    HistorySnapshot s;
    s.directory = directory;
    Workspace workspace;
    if (!Workspace::open(directory, &workspace, &s.error))
        return s;
    if (!workspace.history(&s.entries, &s.error))
        return s;
    const GitRepository &repo = workspace.repository();
    s.currentBranch = repo.currentBranch();
    if (!repo.branches(&s.branches, &s.error))
        return s;
    for (const QString &name : std::as_const(s.branches)) {
        GitCommitInfo tip;
        QString ignored; // a branch that does not resolve is simply not shown as a tip
        if (repo.commitInfo(name, &tip, &ignored))
            s.branchTips[tip.sha] << name;
    }
    return s;
}

WorkspaceHistoryModel::WorkspaceHistoryModel(QObject *parent) : QAbstractTableModel(parent) {}

void WorkspaceHistoryModel::setSnapshot(HistorySnapshot snapshot)
{
    beginResetModel();
    m_snapshot = std::move(snapshot);
    m_shown = std::min(kBatchSize, int(m_snapshot.entries.size()));
    endResetModel();
}

void WorkspaceHistoryModel::clear() { setSnapshot({}); }

int WorkspaceHistoryModel::rowOf(const QString &sha) const
{
    for (int row = 0; row < m_shown; ++row)
        if (m_snapshot.entries.at(row).commit.sha == sha)
            return row;
    return -1;
}

int WorkspaceHistoryModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : m_shown; }

int WorkspaceHistoryModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

bool WorkspaceHistoryModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_shown < m_snapshot.entries.size();
}

void WorkspaceHistoryModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const int more = std::min(kBatchSize, int(m_snapshot.entries.size()) - m_shown);
    beginInsertRows({}, m_shown, m_shown + more - 1);
    m_shown += more;
    endInsertRows();
}

QVariant WorkspaceHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case BadgeColumn: return tr("Step");
    case SummaryColumn: return tr("Change");
    case BranchColumn: return tr("Branch");
    case TimeColumn: return tr("Time");
    case CommitColumn: return tr("Commit");
    }
    return {};
}

QVariant WorkspaceHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_shown)
        return {};
    const WorkspaceEntry &e = m_snapshot.entries.at(index.row());
    switch (role) {
    case ShaRole: return e.commit.sha;
    case StepRole: return workspaceStepId(e.step);
    case ActionRole: return e.action && e.step == WorkspaceStep::Action ? editActionId(*e.action) : QString();
    case VerdictRole: return e.verdict ? verdictStatusId(*e.verdict) : QString();
    case RevertedRole: return e.reverted;
    default: break;
    }
    const int column = index.column();
    if (column == BadgeColumn) {
        const HistoryBadge badge = historyBadge(e);
        switch (role) {
        case Qt::DisplayRole: return badge.text;
        case Qt::ToolTipRole: return badge.toolTip;
        case BadgeBackgroundRole: return badge.background;
        case BadgeForegroundRole: return badge.foreground;
        default: return {};
        }
    }
    if (role == Qt::DisplayRole) {
        switch (column) {
        case SummaryColumn: return e.commit.summary;
        case BranchColumn: {
            QStringList tips = m_snapshot.branchTips.value(e.commit.sha);
            // The branch HEAD is on comes first.
            if (tips.removeOne(m_snapshot.currentBranch))
                tips.prepend(m_snapshot.currentBranch);
            return tips.join(QStringLiteral(", "));
        }
        case TimeColumn: return QLocale().toString(e.commit.time.toLocalTime(), QLocale::ShortFormat);
        case CommitColumn: return e.commit.sha.left(8);
        }
    }
    if (role == Qt::ToolTipRole) {
        if (column == SummaryColumn)
            return e.reverted ? tr("%1\n\n(undone by a later revert)").arg(e.commit.message.trimmed())
                              : e.commit.message.trimmed();
        if (column == TimeColumn)
            return QLocale().toString(e.commit.time.toLocalTime(), QLocale::LongFormat);
        if (column == CommitColumn)
            return e.commit.sha;
    }
    if (role == Qt::FontRole && column == SummaryColumn) {
        QFont font;
        font.setStrikeOut(e.reverted);
        font.setBold(e.commit.sha == m_snapshot.entries.constFirst().commit.sha);
        return font;
    }
    if (role == Qt::FontRole && column == BranchColumn && m_snapshot.branchTips.value(e.commit.sha).contains(m_snapshot.currentBranch)) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role == Qt::ForegroundRole && e.reverted)
        return QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text);
    if (role == Qt::TextAlignmentRole && column == CommitColumn)
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    return {};
}

} // namespace dlrepro
