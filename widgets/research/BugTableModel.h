#pragma once

#include "research/ProjectStore.h"

#include <QAbstractTableModel>
#include <QFutureWatcher>
#include <QList>

#include <functional>

namespace dlrepro {

// The bugs of a project as a table, loaded a page at a time (fetchMore) and filtered in SQL by
// the store: a project of 100 000 bugs shows its first rows after one COUNT and one page, never
// after loading everything (a QSortFilterProxyModel would). Rows are in the store's key order.
class BugTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { SourceColumn, IdColumn, TitleColumn, FrameworkColumn, TypeColumn, ReproducedColumn,
                  AnnotationsColumn, StatusColumn, ColumnCount };
    enum Role { BugKeyRole = Qt::UserRole + 1, DisagreementRole };

    // Runs in a worker thread: the filter's count and first page, through its own connection.
    using Loader = std::function<bool(const BugFilter &filter, int pageSize, QList<BugSummary> *firstPage, int *count,
                                      QString *error)>;

    explicit BugTableModel(QObject *parent = nullptr);
    ~BugTableModel() override;

    void setLoader(Loader loader) { m_loader = std::move(loader); } // empty: load on the calling thread
    bool isLoading() const { return m_loading; }

    // The store outlives the model's use of it; nullptr empties the table.
    void setStore(const ProjectStore *store);
    void setFilter(const BugFilter &filter);
    const BugFilter &filter() const { return m_filter; }
    void setPageSize(int rows) { m_pageSize = std::max(1, rows); }
    int pageSize() const { return m_pageSize; }
    void reload(); // count and first page again (after an import)

    // Matching bugs in the store; rowCount() is how many are loaded so far.
    int totalCount() const { return m_total; }
    qint64 bugKey(int row) const;
    int rowOfBug(qint64 key) const; // -1 when not loaded
    const BugSummary &summary(int row) const { return m_rows.at(row); }
    // Re-reads one bug's row after its annotations changed (it stays, even if it no longer matches
    // the filter, so that the row under the user's hands does not vanish).
    void refreshBug(qint64 key);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent = {}) const override;
    void fetchMore(const QModelIndex &parent = {}) override;

signals:
    void loaded(); // a reload's rows are in (at once without a loader)
    void loadFailed(const QString &message);

private:
    struct Load
    {
        quint64 generation = 0;
        bool ok = false;
        QString error;
        QList<BugSummary> rows;
        int count = 0;
    };
    void loadFinished();

    Loader m_loader;
    QFutureWatcher<Load> m_watcher;
    quint64 m_generation = 0;
    bool m_loading = false;
    const ProjectStore *m_store = nullptr;
    BugFilter m_filter;
    QList<BugSummary> m_rows;
    int m_total = 0;
    int m_pageSize = 200;
};

// A bug's row as the table shows it, from its annotations and reproduction (no filter needed).
BugSummary summarizeBug(const ProjectStore &store, const ProjectBug &bug);

} // namespace dlrepro
