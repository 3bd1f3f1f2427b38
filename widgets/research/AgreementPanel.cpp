#include "AgreementPanel.h"

#include "ResearchTables.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace dlrepro {

namespace {

// The per-bug table shows this many rows; the export has them all.
constexpr int kShownBugs = 2000;

QString kappaText(double k)
{
    return std::isnan(k) ? QStringLiteral("–") : QString::number(k, 'f', 3);
}

void fillTable(QTableWidget *view, const TextTable &table, int maxRows)
{
    view->clear();
    view->setColumnCount(int(table.headers.size()));
    view->setHorizontalHeaderLabels(table.headers);
    const int rows = int(std::min<qsizetype>(table.rows.size(), maxRows));
    view->setRowCount(rows);
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < table.rows[r].size(); ++c) {
            auto *item = new QTableWidgetItem(table.rows[r][c]);
            if (c > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            view->setItem(r, c, item);
        }
    view->resizeColumnsToContents();
}

} // namespace

TwoRaterLabels editActionLabels(const ProjectStore &store, const QString &first, const QString &second)
{
    TwoRaterLabels data;
    const QList<EditAction> actions = allEditActions();
    for (EditAction a : actions)
        data.labels << editActionShortName(a);
    const QList<QPair<Annotation, Annotation>> pairs = store.annotationPairs(first, second);
    int n = 0;
    for (const auto &pair : pairs) {
        std::vector<int> x, y;
        for (EditAction a : actions) {
            x.push_back(pair.first.actions.contains(Item::action(a)) ? 1 : 0);
            y.push_back(pair.second.actions.contains(Item::action(a)) ? 1 : 0);
        }
        data.first << x;
        data.second << y;
        data.unitIds << QString::number(++n);
    }
    return data;
}

AgreementPanel::AgreementPanel(QWidget *parent) : QWidget(parent)
{
    m_first = new QComboBox(this);
    m_second = new QComboBox(this);
    m_export = new QPushButton(tr("&Export…"), this);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Annotators:"), this));
    top->addWidget(m_first);
    top->addWidget(new QLabel(tr("and"), this));
    top->addWidget(m_second);
    top->addStretch(1);
    top->addWidget(m_export);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_bugs = new QTableWidget(this);
    m_actions = new QTableWidget(this);
    for (QTableWidget *t : {m_bugs, m_actions}) {
        t->setEditTriggers(QAbstractItemView::NoEditTriggers);
        t->verticalHeader()->hide();
        t->horizontalHeader()->setStretchLastSection(true);
        t->setWordWrap(false);
    }
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_bugs);
    split->addWidget(m_actions);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);

    connect(m_first, &QComboBox::currentIndexChanged, this, [this] { recompute(); });
    connect(m_second, &QComboBox::currentIndexChanged, this, [this] { recompute(); });
    connect(m_export, &QPushButton::clicked, this, &AgreementPanel::exportTables);
    refresh();
}

void AgreementPanel::setStore(ProjectStore *store)
{
    m_store = store;
    refresh();
}

void AgreementPanel::refresh()
{
    const QString first = m_first->currentText();
    const QString second = m_second->currentText();
    m_filling = true;
    m_first->clear();
    m_second->clear();
    if (m_store)
        for (const Annotator &a : m_store->annotators()) {
            m_first->addItem(a.name);
            m_second->addItem(a.name);
        }
    // Keep the chosen pair; else the first two annotators.
    m_first->setCurrentIndex(std::max(0, m_first->findText(first)));
    const int keep = m_second->findText(second);
    m_second->setCurrentIndex(keep >= 0 && second != m_first->currentText() ? keep : std::min(1, m_second->count() - 1));
    m_filling = false;
    recompute();
}

void AgreementPanel::compute(const QString &first, const QString &second)
{
    m_filling = true;
    m_first->setCurrentIndex(m_first->findText(first));
    m_second->setCurrentIndex(m_second->findText(second));
    m_filling = false;
    recompute();
}

void AgreementPanel::recompute()
{
    if (m_filling)
        return;
    m_has = false;
    m_report = AgreementReport();
    const QString a = m_first->currentText();
    const QString b = m_second->currentText();
    m_export->setEnabled(false);
    if (!m_store || a.isEmpty() || b.isEmpty() || a == b) {
        m_summary->setText(tr("Choose two annotators to compare."));
        fillTable(m_bugs, {}, 0);
        fillTable(m_actions, {}, 0);
        return;
    }
    const TwoRaterLabels labels = editActionLabels(*m_store, a, b);
    if (labels.first.isEmpty()) {
        m_summary->setText(tr("No bug has been labelled by both %1 and %2 yet.").arg(a, b));
        fillTable(m_bugs, {}, 0);
        fillTable(m_actions, {}, 0);
        return;
    }
    QString error;
    if (!computeAgreement(labels, DegenerateUnits::CountAsOne, &m_report, &error)) {
        m_summary->setText(error);
        return;
    }
    m_has = true;
    m_export->setEnabled(true);
    m_summary->setText(tr("<b>Mean κ over %1 bugs: %2</b> &nbsp; pooled κ: %3<br>"
                          "%4 bug(s) where neither marked anything differently and each marked a single value throughout "
                          "count as κ = 1.")
                           .arg(m_report.unitsInMean)
                           .arg(kappaText(m_report.meanKappa), kappaText(m_report.pooled.kappa))
                           .arg(m_report.degenerateUnits));
    fillTable(m_bugs, agreementUnitTable(m_report), kShownBugs);
    fillTable(m_actions, agreementLabelTable(m_report), 1000);
}

void AgreementPanel::exportTables()
{
    if (!m_has)
        return;
    QMenu menu(this);
    QAction *csv = menu.addAction(tr("CSV"));
    QAction *md = menu.addAction(tr("Markdown"));
    menu.addAction(tr("LaTeX"));
    QAction *chosen = menu.exec(m_export->mapToGlobal(QPoint(0, m_export->height())));
    if (!chosen)
        return;
    const TableFileFormat format = chosen == csv ? TableFileFormat::Csv : chosen == md ? TableFileFormat::Markdown : TableFileFormat::Latex;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export agreement"),
                                                      QStringLiteral("agreement.") + tableFileSuffix(format));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    const QString text = formatTable(agreementUnitTable(m_report), format) + QStringLiteral("\n")
                         + formatTable(agreementLabelTable(m_report), format);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit())
        emit errorOccurred(tr("Cannot export"), tr("%1: %2").arg(path, file.errorString()));
}

} // namespace dlrepro
