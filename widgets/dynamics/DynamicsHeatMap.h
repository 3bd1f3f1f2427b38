#pragma once
// Layers × saved steps, each cell coloured by one statistic (linear or log10 of |value|);
// NaN cells are hatched grey. Painted with QPainter like MetricChart: deterministic for
// screenshots and tests.

#include "dynamics/DynamicsReport.h"

#include <QWidget>

namespace dlrepro {

class DynamicsHeatMap : public QWidget
{
    Q_OBJECT
public:
    explicit DynamicsHeatMap(QWidget *parent = nullptr);

    void setData(const DynamicsReport *report, DynamicsProperty property, DynamicsStatistic statistic, bool logScale);
    void setSelection(int layerIndex, int stepIndex);
    int selectedLayer() const { return m_layer; }
    int selectedStep() const { return m_step; }
    // The colour range in use (log10 units when logScale); for tests.
    double low() const { return m_low; }
    double high() const { return m_high; }
    // Cell under a point of the widget, {-1, -1} outside.
    QPoint cellAt(const QPoint &pos) const;

    QSize sizeHint() const override { return {520, 220}; }
    QSize minimumSizeHint() const override { return {240, 120}; }

Q_SIGNALS:
    void cellClicked(int layerIndex, int stepIndex);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    QRect plotRect() const;
    double shown(double v) const;

    const DynamicsReport *m_report = nullptr;
    DynamicsProperty m_property = DynamicsProperty::WeightGradients;
    DynamicsStatistic m_statistic = DynamicsStatistic::GradientNorm;
    bool m_log = true;
    double m_low = 0, m_high = 1;
    int m_layer = -1, m_step = -1;
};

} // namespace dlrepro
