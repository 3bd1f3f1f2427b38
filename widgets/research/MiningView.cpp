#include "MiningView.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dlrepro {

MiningView::MiningView(QWidget *parent) : QWidget(parent)
{
    m_choice = new QComboBox(this);
    m_choice->addItem(tr("Rules {bug type} ⇒ {item}"), int(Table::Rules));
    m_choice->addItem(tr("Top 3 information per bug type (Table 4.7)"), int(Table::TopInformation));
    m_choice->addItem(tr("Top 5 edit actions per bug type (Table 4.8)"), int(Table::TopActions));
    m_choice->addItem(tr("Top 5 edit actions per sub-fault"), int(Table::SubFaults));
    m_export = new QPushButton(tr("&Export…"), this);
    m_status = new QLabel(this);
    m_view = new QTableWidget(this);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);
    auto *top = new QHBoxLayout;
    top->addWidget(m_choice, 1);
    top->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);
    connect(m_choice, &QComboBox::currentIndexChanged, this, [this] { fill(); });
    connect(m_export, &QPushButton::clicked, this, &MiningView::exportCurrent);
    fill();
}

void MiningView::setResult(const MiningResult &result)
{
    m_result = result;
    m_busy = false;
    fill();
}

void MiningView::setBusy(bool busy)
{
    m_busy = busy;
    fill();
}

void MiningView::clear()
{
    m_result = MiningResult();
    m_busy = false;
    fill();
}

MiningView::Table MiningView::currentTable() const
{
    return Table(m_choice->currentData().toInt());
}

void MiningView::showTable(Table which)
{
    m_choice->setCurrentIndex(m_choice->findData(int(which)));
}

TextTable MiningView::table(Table which) const
{
    switch (which) {
    case Table::Rules:
        return rulesTable(m_result.byBugType);
    case Table::TopInformation:
        return topInformationTable(m_result.byBugType);
    case Table::TopActions:
        return topActionsTable(m_result.byBugType);
    case Table::SubFaults:
        return subFaultActionsTable(m_result.bySubFault);
    }
    return {};
}

bool MiningView::exportTable(Table which, TableFileFormat format, const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(formatTable(table(which), format).toUtf8()) < 0 || !file.commit()) {
        if (error)
            *error = tr("%1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void MiningView::fill()
{
    const TextTable t = table(currentTable());
    m_view->clear();
    m_view->setColumnCount(int(t.headers.size()));
    m_view->setHorizontalHeaderLabels(t.headers);
    m_view->setRowCount(int(t.rows.size()));
    for (int r = 0; r < t.rows.size(); ++r)
        for (int c = 0; c < t.rows[r].size(); ++c) {
            auto *item = new QTableWidgetItem(t.rows[r][c]);
            if (c < t.alignment.size() && t.alignment[c] == ColumnAlign::Right)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_view->setItem(r, c, item);
        }
    QString status;
    if (!m_result.ok && !m_result.error.isEmpty())
        status = tr("Mining failed: %1").arg(m_result.error);
    else if (m_result.ok)
        status = tr("Mined %n transaction(s) in %1 ms.", nullptr, int(m_result.transactionCount))
                     .arg(QString::number(m_result.elapsedMs, 'f', 0));
    if (m_busy)
        status += (status.isEmpty() ? QString() : QStringLiteral(" ")) + tr("Updating…");
    m_status->setText(status);
    m_export->setEnabled(m_result.ok);
}

void MiningView::exportCurrent()
{
    QMenu menu(this);
    QAction *csv = menu.addAction(tr("CSV"));
    QAction *md = menu.addAction(tr("Markdown"));
    menu.addAction(tr("LaTeX"));
    QAction *chosen = menu.exec(m_export->mapToGlobal(QPoint(0, m_export->height())));
    if (!chosen)
        return;
    const TableFileFormat format = chosen == csv ? TableFileFormat::Csv : chosen == md ? TableFileFormat::Markdown : TableFileFormat::Latex;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export table"), QStringLiteral("table.") + tableFileSuffix(format));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportTable(currentTable(), format, path, &error))
        emit errorOccurred(tr("Cannot export"), error);
}

} // namespace dlrepro
