#pragma once

#include "workspace/Workspace.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace dlrepro {

// Everything the history view shows of a workspace, read in one go (in a worker thread: it opens
// its own repository, libgit2 objects are not shared between threads).
struct HistorySnapshot {
    QString directory;
    QList<WorkspaceEntry> entries; // newest first
    QString currentBranch;         // empty when HEAD is detached
    QStringList branches;
    QHash<QString, QStringList> branchTips; // sha → the branches that point at it
    QString error;
    bool ok() const { return error.isEmpty(); }
};
HistorySnapshot loadHistorySnapshot(const QString &directory);

// The commits of a workspace's current branch, newest first. Rows arrive in batches through
// fetchMore, so that a long history is shown without building a thousand rows at once.
class WorkspaceHistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { BadgeColumn, SummaryColumn, BranchColumn, TimeColumn, CommitColumn, ColumnCount };
    enum Role {
        ShaRole = Qt::UserRole + 1,
        StepRole,            // workspaceStepId
        ActionRole,          // editActionId, empty when the commit is no edit action
        VerdictRole,         // verdictStatusId, empty when the commit is no verification
        RevertedRole,        // bool: undone by a later revert
        BadgeBackgroundRole, // QColor of the pill (BadgeColumn)
        BadgeForegroundRole,
    };
    static constexpr int kBatchSize = 200;

    explicit WorkspaceHistoryModel(QObject *parent = nullptr);

    void setSnapshot(HistorySnapshot snapshot);
    void clear();
    const HistorySnapshot &snapshot() const { return m_snapshot; }

    int totalCount() const { return int(m_snapshot.entries.size()); }
    const WorkspaceEntry &entry(int row) const { return m_snapshot.entries.at(row); }
    int rowOf(const QString &sha) const; // -1 when not loaded (yet)

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    HistorySnapshot m_snapshot;
    int m_shown = 0;
};

} // namespace dlrepro
