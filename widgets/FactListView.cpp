#include "FactListView.h"

#include "FactModel.h"

#include <QHeaderView>
#include <QItemSelectionModel>

namespace dlrepro {

FactListView::FactListView(QWidget *parent) : QTableView(parent)
{
    m_model = new FactModel(this);
    setModel(m_model);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAlternatingRowColors(true);
    setWordWrap(false);
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        resizeColumnsToContents();
        for (int c = 0; c < m_model->columnCount(); ++c)
            setColumnWidth(c, qMin(columnWidth(c), 260));
    });
    connect(selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (!m_selecting && current.isValid())
                    emit factSelected(current.row());
            });
    // A second click on the current row shows its span again (the user may have scrolled away).
    connect(this, &QAbstractItemView::clicked, this, [this](const QModelIndex &index) {
        if (index.isValid() && index.row() == currentFact())
            emit factSelected(index.row());
    });
}

void FactListView::selectFact(int index)
{
    if (index < 0 || index >= m_model->rowCount())
        return;
    m_selecting = true;
    const QModelIndex idx = m_model->index(index, 0);
    selectionModel()->setCurrentIndex(idx, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    scrollTo(idx);
    m_selecting = false;
}

int FactListView::currentFact() const
{
    const QModelIndex idx = selectionModel()->currentIndex();
    return idx.isValid() ? idx.row() : -1;
}

} // namespace dlrepro
