#include "VerdictPanel.h"

#include "MetricChart.h"

#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dlrepro {

namespace {

struct BadgeColors {
    QColor background;
    QColor foreground;
};

BadgeColors badgeColors(VerdictStatus status)
{
    switch (status) {
    case VerdictStatus::Reproduced: return {QColor(0x2E, 0x7D, 0x32), Qt::white};
    case VerdictStatus::Intermittent: return {QColor(0xF9, 0xA8, 0x25), QColor(0x3E, 0x27, 0x00)};
    case VerdictStatus::NotReproduced: return {QColor(0xC6, 0x28, 0x28), Qt::white};
    case VerdictStatus::Inconclusive: return {QColor(0x54, 0x6E, 0x7A), Qt::white};
    }
    return {Qt::gray, Qt::white};
}

QColor statusColor(RunStatus status)
{
    switch (status) {
    case RunStatus::Finished: return QColor(0x2E, 0x7D, 0x32);
    case RunStatus::Exception: return QColor(0xC6, 0x28, 0x28);
    case RunStatus::Cancelled: return QColor(0x75, 0x75, 0x75);
    default: return QColor(0xE6, 0x51, 0x00);
    }
}

} // namespace

QString VerdictPanel::badgeText(const Verdict &v)
{
    switch (v.status) {
    case VerdictStatus::Reproduced: return tr("Reproduced");
    case VerdictStatus::Intermittent: return tr("Intermittent: %1 of %2").arg(v.seedsShowing).arg(v.seeds.size());
    case VerdictStatus::NotReproduced: return tr("Not reproduced");
    case VerdictStatus::Inconclusive: return tr("Inconclusive");
    }
    return QString();
}

VerdictPanel::VerdictPanel(QWidget *parent) : QWidget(parent)
{
    m_badge = new QLabel(this);
    m_badge->setAlignment(Qt::AlignCenter);
    m_badge->setMinimumWidth(170);
    QFont big = m_badge->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    m_badge->setFont(big);
    m_reason = new QLabel(this);
    m_reason->setWordWrap(true);
    m_reason->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_expected = new QLabel(this);
    m_expected->setWordWrap(true);
    m_expected->setEnabled(false);

    auto *head = new QHBoxLayout;
    head->addWidget(m_badge, 0, Qt::AlignTop);
    auto *words = new QVBoxLayout;
    words->addWidget(m_reason);
    words->addWidget(m_expected);
    words->addStretch(1);
    head->addLayout(words, 1);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setHorizontalHeaderLabels({tr("Seed"), tr("Status"), tr("Result"), tr("Time"), tr("Observed")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ObservedColumn, QHeaderView::Stretch);

    // Reported against observed, for explicit bugs.
    m_errors = new QWidget(this);
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_reported = new QPlainTextEdit(m_errors);
    m_observed = new QPlainTextEdit(m_errors);
    for (QPlainTextEdit *e : {m_reported, m_observed}) {
        e->setReadOnly(true);
        e->setFont(mono);
        e->setMaximumHeight(90);
    }
    m_match = new QLabel(m_errors);
    auto *errorGrid = new QGridLayout(m_errors);
    errorGrid->setContentsMargins(0, 0, 0, 0);
    errorGrid->addWidget(new QLabel(tr("<b>Reported error</b>"), m_errors), 0, 0);
    errorGrid->addWidget(new QLabel(tr("<b>Observed error</b>"), m_errors), 0, 1);
    errorGrid->addWidget(m_reported, 1, 0);
    errorGrid->addWidget(m_observed, 1, 1);
    errorGrid->addWidget(m_match, 2, 0, 1, 2);

    m_chart = new MetricChart(this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(head);
    layout->addWidget(m_errors);
    auto *bottom = new QSplitter(Qt::Horizontal, this);
    bottom->addWidget(m_table);
    bottom->addWidget(m_chart);
    bottom->setStretchFactor(0, 3);
    bottom->setStretchFactor(1, 2);
    layout->addWidget(bottom, 1);
    clear();
}

void VerdictPanel::clear()
{
    m_has = false;
    m_verdict = Verdict();
    m_badge->setText(tr("No verdict yet"));
    m_badge->setStyleSheet(QStringLiteral("QLabel { border:2px dashed palette(mid); border-radius:10px; padding:10px 16px; color:palette(mid); }"));
    m_reason->setText(tr("Press Verify to run the snippet with every seed and compare what happens with the report."));
    m_expected->clear();
    m_table->setRowCount(0);
    m_errors->hide();
    m_chart->clear();
    m_chart->hide();
}

void VerdictPanel::setVerdict(const Verdict &v)
{
    m_verdict = v;
    m_has = true;
    const BadgeColors c = badgeColors(v.status);
    m_badge->setText(badgeText(v));
    m_badge->setStyleSheet(QStringLiteral("QLabel { background:%1; color:%2; border-radius:10px; padding:10px 16px; }")
                               .arg(c.background.name(), c.foreground.name()));
    m_reason->setText(v.reason);
    QString expected = tr("Expected: %1").arg(expectationToText(v.expectation));
    if (!v.expectation.origin.isEmpty())
        expected += QStringLiteral(" — ") + v.expectation.origin;
    m_expected->setText(expected);

    const bool metric = v.expectation.kind == ExpectationKind::Metric;
    const double scale = v.metric && v.metric->unit == QLatin1String("%") ? 100.0 : 1.0;
    m_table->setRowCount(int(v.seeds.size()));
    for (int row = 0; row < v.seeds.size(); ++row) {
        const SeedEvidence &s = v.seeds.at(row);
        auto *seed = new QTableWidgetItem(QString::number(s.seed));
        seed->setTextAlignment(Qt::AlignCenter);
        auto *status = new QTableWidgetItem(runStatusId(s.status));
        status->setForeground(statusColor(s.status));
        QString result;
        if (metric)
            result = s.metricFound ? QString::number(s.metric * scale, 'g', 5) + (v.metric ? v.metric->unit : QString()) : tr("—");
        else
            result = matchLevelName(s.match);
        auto *resultItem = new QTableWidgetItem(result);
        if (!metric && showsError(s.match))
            resultItem->setForeground(QColor(0x2E, 0x7D, 0x32));
        auto *time = new QTableWidgetItem(tr("%1 s").arg(s.wallSeconds, 0, 'f', 2));
        time->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto *observed = new QTableWidgetItem(s.observed.section(QLatin1Char('\n'), 0, 0));
        observed->setToolTip(s.observed);
        m_table->setItem(row, SeedColumn, seed);
        m_table->setItem(row, StatusColumn, status);
        m_table->setItem(row, ResultColumn, resultItem);
        m_table->setItem(row, TimeColumn, time);
        m_table->setItem(row, ObservedColumn, observed);
    }

    const bool explicitBug = v.expectation.kind == ExpectationKind::Error;
    m_errors->setVisible(explicitBug);
    if (explicitBug) {
        QString reported = v.expectation.errorType;
        if (!v.expectation.errorMessage.isEmpty())
            reported += QStringLiteral(": ") + v.expectation.errorMessage;
        m_reported->setPlainText(reported);
        // The best observation: a matched line, else the first seed's.
        QString observed = v.matchedErrorLines.isEmpty() ? QString() : v.matchedErrorLines.first();
        if (observed.isEmpty())
            for (const SeedEvidence &s : v.seeds)
                if (!s.observed.isEmpty()) {
                    observed = s.observed;
                    break;
                }
        m_observed->setPlainText(observed.isEmpty() ? tr("(no error)") : observed);
        const QColor mc = showsError(v.bestMatch) ? QColor(0x2E, 0x7D, 0x32) : QColor(0xC6, 0x28, 0x28);
        m_match->setText(tr("Match: <b style=\"color:%1\">%2</b>").arg(mc.name(), matchLevelName(v.bestMatch).toHtmlEscaped()));
    }

    m_chart->setVisible(metric);
    if (metric && v.metric) {
        QList<MetricChart::Point> points;
        for (const SeedEvidence &s : v.seeds)
            points << MetricChart::Point{s.seed, s.metricFound ? s.metric * scale : std::nan("")};
        m_chart->setData(v.metric->observedName.isEmpty() ? v.metric->name : v.metric->observedName, v.metric->unit,
                         points, v.metric->expected, v.metric->low, v.metric->high);
    } else {
        m_chart->clear();
    }
}

} // namespace dlrepro
