#pragma once
// The Dynamics view of the workbench: a heat map of layers × saved steps for a chosen property
// and statistic (log scale optional), the selected layer's statistic over the steps (and the
// loss), and the symptoms found, each clickable to jump to its layer and step.

#include "dynamics/DynamicsReport.h"
#include "dynamics/DynamicsSymptom.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;

namespace dlrepro {

class DynamicsHeatMap;
class DynamicsLineChart;

class DynamicsView : public QWidget
{
    Q_OBJECT
public:
    explicit DynamicsView(QWidget *parent = nullptr);

    void setReport(const DynamicsReport &report, const QList<DynamicsSymptom> &symptoms);
    void clear();
    // Shown instead of the report (no helper, no dynamics saved).
    void setMessage(const QString &message);

    void setProperty(DynamicsProperty property);
    void setStatistic(DynamicsStatistic statistic);
    void setLogScale(bool on);
    void selectLayer(int layerIndex, int stepIndex = -1);
    // Jumps to the symptom's layer (when it has one) and step, as a click on it does.
    void activateSymptom(int row);

    int selectedLayer() const { return m_layer; }
    int selectedStep() const { return m_step; }
    const DynamicsReport &report() const { return m_report; }
    DynamicsHeatMap *heatMap() const { return m_heatMap; }
    DynamicsLineChart *layerChart() const { return m_layerChart; }
    DynamicsLineChart *lossChart() const { return m_lossChart; }
    QListWidget *symptomList() const { return m_symptoms; }

Q_SIGNALS:
    void layerSelected(const QString &layer, int step);

private:
    void refresh();
    void refreshLayerChart();

    DynamicsReport m_report;
    QList<DynamicsSymptom> m_symptomData;
    int m_layer = -1;
    int m_step = -1;
    QComboBox *m_property = nullptr;
    QComboBox *m_statistic = nullptr;
    QCheckBox *m_log = nullptr;
    QLabel *m_summary = nullptr;
    DynamicsHeatMap *m_heatMap = nullptr;
    DynamicsLineChart *m_layerChart = nullptr;
    DynamicsLineChart *m_lossChart = nullptr;
    QListWidget *m_symptoms = nullptr;
};

} // namespace dlrepro
