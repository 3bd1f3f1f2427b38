#include "VerdictComparisonDialog.h"

#include "WorkspaceBadges.h"

#include "verify/ErrorMatch.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dlrepro {

namespace {

QString matchName(const QString &id)
{
    for (MatchLevel level : {MatchLevel::Exact, MatchLevel::Normalised, MatchLevel::TypeOnly, MatchLevel::Different,
                             MatchLevel::NoError})
        if (matchLevelId(level) == id)
            return matchLevelName(level);
    return id;
}

} // namespace

VerdictComparisonDialog::VerdictComparisonDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Compare verdicts"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("comparisonSummary"));
    m_summary->setWordWrap(true);
    QFont f = m_summary->font();
    f.setBold(true);
    m_summary->setFont(f);

    auto *sides = new QHBoxLayout;
    for (Column &c : m_sides) {
        c = makeColumn();
        auto *box = new QVBoxLayout;
        box->addWidget(c.title);
        box->addWidget(c.status, 0, Qt::AlignLeft);
        box->addWidget(c.reason);
        box->addWidget(c.metric);
        box->addWidget(c.seeds, 1);
        sides->addLayout(box, 1);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(sides, 1);
    layout->addWidget(buttons);
    resize(900, 420);
}

VerdictComparisonDialog::Column VerdictComparisonDialog::makeColumn()
{
    Column c;
    c.title = new QLabel(this);
    c.title->setWordWrap(true);
    c.status = new QLabel(this);
    c.reason = new QLabel(this);
    c.reason->setWordWrap(true);
    c.reason->setTextInteractionFlags(Qt::TextSelectableByMouse);
    c.metric = new QLabel(this);
    c.seeds = new QTableWidget(0, SeedColumnCount, this);
    c.seeds->setHorizontalHeaderLabels({tr("Seed"), tr("Status"), tr("Result"), tr("Observed")});
    c.seeds->verticalHeader()->hide();
    c.seeds->setEditTriggers(QAbstractItemView::NoEditTriggers);
    c.seeds->setSelectionBehavior(QAbstractItemView::SelectRows);
    c.seeds->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    c.seeds->horizontalHeader()->setStretchLastSection(true);
    return c;
}

void VerdictComparisonDialog::setComparison(const VerdictComparison &comparison, const QString &titleA, const QString &titleB)
{
    m_comparison = comparison;
    m_summary->setText(comparison.summary);
    fill(m_sides[Older], comparison.a, titleA);
    fill(m_sides[Newer], comparison.b, titleB);
}

void VerdictComparisonDialog::fill(Column &c, const RecordedVerdict &v, const QString &title)
{
    c.title->setText(QStringLiteral("<code>%1</code> %2").arg(v.sha.left(8), title.toHtmlEscaped()));
    c.seeds->setRowCount(0);
    if (!v.present) {
        c.status->setText(tr("No verdict"));
        c.status->setStyleSheet(QStringLiteral("QLabel { border:1px dashed palette(mid); border-radius:8px; padding:4px 10px; }"));
        c.reason->setText(tr("Nothing was verified at this commit or before it."));
        c.metric->clear();
        return;
    }
    const HistoryBadge badge = verdictBadge(v.status);
    c.status->setText(badge.text);
    c.status->setStyleSheet(QStringLiteral("QLabel { background:%1; color:%2; border-radius:8px; padding:4px 10px; font-weight:bold; }")
                                .arg(badge.background.name(), badge.foreground.name()));
    c.reason->setText(v.reason);
    QString metric = tr("Seeds showing the bug: %1 of %2").arg(v.seedsShowing).arg(v.seeds);
    if (v.metricMean) {
        const QJsonObject m = v.json.value(QStringLiteral("metric")).toObject();
        const QString name = m.value(QStringLiteral("observed_name")).toString(m.value(QStringLiteral("name")).toString());
        metric += QStringLiteral(" · ")
                  + tr("%1: mean %2%3 (expected %4)")
                        .arg(name.isEmpty() ? tr("metric") : name)
                        .arg(*v.metricMean, 0, 'g', 5)
                        .arg(m.value(QStringLiteral("unit")).toString())
                        .arg(m.value(QStringLiteral("expected")).toVariant().toString());
    }
    c.metric->setText(metric);

    const QJsonArray seeds = v.json.value(QStringLiteral("seeds")).toArray();
    c.seeds->setRowCount(int(seeds.size()));
    for (int row = 0; row < seeds.size(); ++row) {
        const QJsonObject s = seeds.at(row).toObject();
        QString result;
        if (s.contains(QStringLiteral("match")))
            result = matchName(s.value(QStringLiteral("match")).toString());
        else if (s.contains(QStringLiteral("metric_text")))
            result = s.value(QStringLiteral("metric_text")).toString();
        const QString observed = s.value(QStringLiteral("observed")).toString();
        auto *observedItem = new QTableWidgetItem(observed.section(QLatin1Char('\n'), 0, 0));
        observedItem->setToolTip(observed);
        c.seeds->setItem(row, SeedColumnSeed, new QTableWidgetItem(QString::number(s.value(QStringLiteral("seed")).toInt())));
        c.seeds->setItem(row, SeedColumnStatus, new QTableWidgetItem(s.value(QStringLiteral("status")).toString()));
        c.seeds->setItem(row, SeedColumnResult, new QTableWidgetItem(result));
        c.seeds->setItem(row, SeedColumnObserved, observedItem);
    }
}

} // namespace dlrepro
