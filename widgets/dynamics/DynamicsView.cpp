#include "dynamics/DynamicsView.h"

#include "dynamics/DynamicsHeatMap.h"
#include "dynamics/DynamicsLineChart.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QSplitter>
#include <QVBoxLayout>

namespace dlrepro {

DynamicsView::DynamicsView(QWidget *parent)
    : QWidget(parent)
{
    m_property = new QComboBox(this);
    for (int i = 0; i < kDynamicsPropertyCount; ++i)
        m_property->addItem(dynamicsPropertyName(DynamicsProperty(i)), i);
    m_property->setCurrentIndex(int(DynamicsProperty::WeightGradients));
    m_statistic = new QComboBox(this);
    for (int i = 0; i < kDynamicsStatisticCount; ++i)
        m_statistic->addItem(dynamicsStatisticName(DynamicsStatistic(i)), i);
    m_statistic->setCurrentIndex(int(DynamicsStatistic::GradientNorm));
    m_log = new QCheckBox(tr("Log scale"), this);
    m_log->setChecked(true);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);

    auto *controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Property:"), this));
    controls->addWidget(m_property);
    controls->addWidget(new QLabel(tr("Statistic:"), this));
    controls->addWidget(m_statistic);
    controls->addWidget(m_log);
    controls->addStretch(1);

    m_heatMap = new DynamicsHeatMap(this);
    m_layerChart = new DynamicsLineChart(this);
    m_lossChart = new DynamicsLineChart(this);
    m_symptoms = new QListWidget(this);
    m_symptoms->setAccessibleName(tr("Symptoms"));
    m_symptoms->setWordWrap(true);

    auto *charts = new QWidget(this);
    auto *chartsLayout = new QHBoxLayout(charts);
    chartsLayout->setContentsMargins(0, 0, 0, 0);
    chartsLayout->addWidget(m_layerChart, 1);
    chartsLayout->addWidget(m_lossChart, 1);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_heatMap);
    split->addWidget(charts);
    split->addWidget(m_symptoms);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setStretchFactor(2, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);

    connect(m_property, &QComboBox::currentIndexChanged, this, [this] { refresh(); });
    connect(m_statistic, &QComboBox::currentIndexChanged, this, [this] { refresh(); });
    connect(m_log, &QCheckBox::toggled, this, [this] { refresh(); });
    connect(m_heatMap, &DynamicsHeatMap::cellClicked, this, [this](int layer, int step) { selectLayer(layer, step); });
    connect(m_symptoms, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) { activateSymptom(m_symptoms->row(item)); });
    connect(m_symptoms, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) { activateSymptom(m_symptoms->row(item)); });
    clear();
}

void DynamicsView::setReport(const DynamicsReport &report, const QList<DynamicsSymptom> &symptoms)
{
    m_report = report;
    m_symptomData = symptoms;
    m_symptoms->clear();
    for (const DynamicsSymptom &s : symptoms) {
        auto *item = new QListWidgetItem(QStringLiteral("%1 — %2").arg(dynamicsSymptomName(s.kind), s.evidence), m_symptoms);
        item->setToolTip(s.layer.isEmpty() ? tr("Step %1").arg(s.step) : tr("Layer %1, step %2").arg(s.layer).arg(s.step));
    }
    if (symptoms.isEmpty())
        m_symptoms->addItem(tr("No symptom found."));
    QString summary = tr("%n layer(s), %1 saved step(s) of %2 (%3).", nullptr, int(report.layers.size()))
                          .arg(report.steps.size())
                          .arg(report.optimizerSteps)
                          .arg(report.schedule);
    if (!report.stopped.isEmpty())
        summary += QLatin1Char(' ') + report.stopped;
    m_summary->setText(summary);
    m_layer = report.layers.isEmpty() ? -1 : 0;
    m_step = report.steps.isEmpty() ? -1 : int(report.steps.size()) - 1;
    refresh();
}

void DynamicsView::clear()
{
    setReport(DynamicsReport(), {});
    m_summary->setText(tr("Run a PyTorch snippet with training dynamics on to see its layers here."));
}

void DynamicsView::setMessage(const QString &message)
{
    setReport(DynamicsReport(), {});
    m_summary->setText(message);
}

void DynamicsView::setProperty(DynamicsProperty property)
{
    m_property->setCurrentIndex(int(property));
}

void DynamicsView::setStatistic(DynamicsStatistic statistic)
{
    m_statistic->setCurrentIndex(int(statistic));
}

void DynamicsView::setLogScale(bool on)
{
    m_log->setChecked(on);
}

void DynamicsView::selectLayer(int layerIndex, int stepIndex)
{
    if (layerIndex < 0 || layerIndex >= m_report.layers.size())
        return;
    m_layer = layerIndex;
    if (stepIndex >= 0 && stepIndex < m_report.steps.size())
        m_step = stepIndex;
    m_heatMap->setSelection(m_layer, m_step);
    refreshLayerChart();
    Q_EMIT layerSelected(m_report.layers.at(m_layer), m_report.steps.value(m_step));
}

void DynamicsView::activateSymptom(int row)
{
    if (row < 0 || row >= m_symptomData.size())
        return;
    const DynamicsSymptom &s = m_symptomData.at(row);
    const int step = int(m_report.steps.indexOf(s.step));
    int layer = m_report.layerIndex(s.layer);
    if (layer < 0)
        layer = m_layer;
    // Show the statistic the symptom is about.
    if (s.kind == DynamicsSymptomKind::DyingRelu) {
        setProperty(DynamicsProperty::WeightGradients);
        setStatistic(DynamicsStatistic::Zeros);
    } else if (s.kind == DynamicsSymptomKind::VanishingGradients || s.kind == DynamicsSymptomKind::ExplodingGradients) {
        setStatistic(DynamicsStatistic::GradientNorm);
    }
    m_symptoms->setCurrentRow(row);
    if (layer >= 0)
        selectLayer(layer, step);
    m_lossChart->setMarkedStep(s.step);
}

void DynamicsView::refresh()
{
    const auto property = DynamicsProperty(m_property->currentData().toInt());
    const auto statistic = DynamicsStatistic(m_statistic->currentData().toInt());
    m_heatMap->setData(&m_report, property, statistic, m_log->isChecked());
    m_heatMap->setSelection(m_layer, m_step);
    refreshLayerChart();
    QList<int> x;
    QList<double> y;
    for (const LossPoint &p : m_report.losses) {
        x.append(p.step);
        y.append(p.value);
    }
    m_lossChart->setSeries(tr("Loss per step"), x, y, false);
}

void DynamicsView::refreshLayerChart()
{
    const auto property = DynamicsProperty(m_property->currentData().toInt());
    const auto statistic = DynamicsStatistic(m_statistic->currentData().toInt());
    if (m_layer < 0) {
        m_layerChart->setSeries(QString(), {}, {}, false);
        return;
    }
    const QString what = statistic == DynamicsStatistic::GradientNorm
        ? dynamicsStatisticName(statistic)
        : tr("%1 of %2").arg(dynamicsStatisticName(statistic), dynamicsPropertyName(property));
    m_layerChart->setSeries(tr("Layer %1: %2").arg(m_report.layers.at(m_layer), what), m_report.steps,
                            m_report.series(m_layer, property, statistic), m_log->isChecked());
    m_layerChart->setMarkedStep(m_report.steps.value(m_step, -1));
}

} // namespace dlrepro
