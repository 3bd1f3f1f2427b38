#pragma once

#include <QList>
#include <QWidget>
#include <cmath>

namespace dlrepro {

// The metric per seed: one dot per seed, the reported value as a dashed line and the
// ±tolerance band around it.
//
// Painted by hand with QPainter rather than with Qt Charts: the picture is a dozen points and
// two lines, which is ~100 lines of painting, while Qt Charts would add a dependency (a
// package, a library to ship and load, a Graphics View scene per chart) for the same picture,
// and its look follows the palette less well. The painting is deterministic, so screenshots and
// tests see exactly what the user sees.
class MetricChart : public QWidget
{
    Q_OBJECT
public:
    explicit MetricChart(QWidget *parent = nullptr);

    struct Point {
        int seed = 0;
        double value = std::nan(""); // NaN: the seed reported no value
    };
    void setData(const QString &metricName, const QString &unit, const QList<Point> &points,
                 double expected, double low, double high);
    void clear();

    const QList<Point> &points() const { return m_points; }
    // The value range shown on the y axis (after padding); for tests.
    double yMin() const { return m_yMin; }
    double yMax() const { return m_yMax; }

    QSize sizeHint() const override { return {360, 200}; }
    QSize minimumSizeHint() const override { return {200, 120}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void computeRange();

    QString m_name;
    QString m_unit;
    QList<Point> m_points;
    double m_expected = std::nan("");
    double m_low = std::nan("");
    double m_high = std::nan("");
    double m_yMin = 0;
    double m_yMax = 1;
};

} // namespace dlrepro
