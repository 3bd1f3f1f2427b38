#pragma once
// One series over the saved steps (a layer's statistic, or the loss), linear or log10 of |value|,
// with the selected step marked. QPainter, like MetricChart.

#include <QList>
#include <QString>
#include <QWidget>

namespace dlrepro {

class DynamicsLineChart : public QWidget
{
    Q_OBJECT
public:
    explicit DynamicsLineChart(QWidget *parent = nullptr);

    // x and y of equal length; NaN/Inf y values are gaps, marked on the x axis in red.
    void setSeries(const QString &title, const QList<int> &x, const QList<double> &y, bool logScale);
    void setMarkedStep(int step);
    const QList<double> &values() const { return m_y; }
    QString title() const { return m_title; }

    QSize sizeHint() const override { return {520, 180}; }
    QSize minimumSizeHint() const override { return {240, 110}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_title;
    QList<int> m_x;
    QList<double> m_y;
    bool m_log = false;
    int m_marked = -1;
};

} // namespace dlrepro
