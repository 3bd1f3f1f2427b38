#include "BugTableModel.h"

#include <QBrush>
#include <QColor>
#include <QCoreApplication>
#include <QtConcurrent/QtConcurrentRun>

namespace dlrepro {

BugSummary summarizeBug(const ProjectStore &store, const ProjectBug &bug)
{
    BugSummary s;
    s.bug = bug;
    const std::optional<Annotation> final = store.finalLabel(bug.key);
    const QList<Annotation> labels = store.annotations(bug.key);
    s.annotationCount = int(labels.size());
    s.settled = final.has_value();
    for (int i = 1; i < labels.size() && !s.settled; ++i)
        if (!labels.at(i).sameLabel(labels.at(0)))
            s.disagreement = true;
    if (final) {
        s.bugType = final->bugType;
        s.reproduced = final->reproduced;
    } else if (!labels.isEmpty()) {
        s.bugType = labels.first().bugType;
        s.reproduced = labels.first().reproduced;
    }
    if (!s.reproduced)
        if (const std::optional<BugReproduction> r = store.reproduction(bug.key))
            s.reproduced = r->reproduced;
    return s;
}

BugTableModel::BugTableModel(QObject *parent) : QAbstractTableModel(parent)
{
    connect(&m_watcher, &QFutureWatcher<Load>::finished, this, &BugTableModel::loadFinished);
}

BugTableModel::~BugTableModel()
{
    m_watcher.waitForFinished();
}

void BugTableModel::setStore(const ProjectStore *store)
{
    m_store = store;
    reload();
}

void BugTableModel::setFilter(const BugFilter &filter)
{
    m_filter = filter;
    reload();
}

void BugTableModel::reload()
{
    ++m_generation;
    if (!m_store || !m_loader) {
        m_loading = false;
        beginResetModel();
        m_rows.clear();
        m_total = m_store ? m_store->countBugs(m_filter) : 0;
        if (m_store && m_total > 0)
            m_rows = m_store->listBugs(m_filter, 0, m_pageSize);
        endResetModel();
        emit loaded();
        return;
    }
    m_loading = true;
    m_watcher.setFuture(QtConcurrent::run([loader = m_loader, filter = m_filter, page = m_pageSize, generation = m_generation] {
        Load load;
        load.generation = generation;
        load.ok = loader(filter, page, &load.rows, &load.count, &load.error);
        return load;
    }));
}

void BugTableModel::loadFinished()
{
    const Load load = m_watcher.result();
    if (load.generation != m_generation)
        return; // a newer filter is on its way
    m_loading = false;
    if (!load.ok) {
        emit loadFailed(load.error);
        return;
    }
    beginResetModel();
    m_rows = load.rows;
    m_total = load.count;
    endResetModel();
    emit loaded();
}

qint64 BugTableModel::bugKey(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).bug.key : 0;
}

int BugTableModel::rowOfBug(qint64 key) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).bug.key == key)
            return i;
    return -1;
}

void BugTableModel::refreshBug(qint64 key)
{
    const int row = rowOfBug(key);
    if (row < 0 || !m_store)
        return;
    const std::optional<ProjectBug> bug = m_store->bug(key);
    if (!bug)
        return;
    m_rows[row] = summarizeBug(*m_store, *bug);
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int BugTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BugTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool BugTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_store && !m_loading && m_rows.size() < m_total;
}

void BugTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const QList<BugSummary> page = m_store->listBugs(m_filter, int(m_rows.size()), m_pageSize);
    if (page.isEmpty()) {
        // The store has fewer rows than it counted (someone removed bugs): stop asking.
        m_total = int(m_rows.size());
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
    m_rows += page;
    endInsertRows();
}

QVariant BugTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const BugSummary &s = m_rows.at(index.row());
    if (role == BugKeyRole)
        return s.bug.key;
    if (role == DisagreementRole)
        return s.disagreement;
    if (role == Qt::BackgroundRole && s.disagreement)
        return QBrush(QColor(0xFF, 0xE0, 0xB2)); // the disagreement view's highlight
    if (role == Qt::ForegroundRole && s.disagreement)
        return QBrush(Qt::black);
    if (role == Qt::ToolTipRole && index.column() == TitleColumn)
        return s.bug.url.isEmpty() ? s.bug.title : s.bug.title + QLatin1Char('\n') + s.bug.url;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case SourceColumn:
        return s.bug.source;
    case IdColumn:
        return s.bug.id;
    case TitleColumn:
        return s.bug.title;
    case FrameworkColumn:
        return s.bug.framework;
    case TypeColumn:
        return s.bugType == BugType::Unknown ? QString() : bugTypeName(s.bugType);
    case ReproducedColumn:
        if (!s.reproduced)
            return QString();
        return *s.reproduced ? tr("yes")
                             : tr("no");
    case AnnotationsColumn:
        return s.annotationCount;
    case StatusColumn:
        if (s.settled)
            return tr("settled");
        if (s.disagreement)
            return tr("disagreement");
        return QString();
    }
    return {};
}

QVariant BugTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SourceColumn:
        return tr("Source");
    case IdColumn:
        return tr("Id");
    case TitleColumn:
        return tr("Title");
    case FrameworkColumn:
        return tr("Framework");
    case TypeColumn:
        return tr("Type");
    case ReproducedColumn:
        return tr("Reproduced");
    case AnnotationsColumn:
        return tr("Labels");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

} // namespace dlrepro
