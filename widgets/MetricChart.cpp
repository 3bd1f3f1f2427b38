#include "MetricChart.h"

#include <QPainter>
#include <QPainterPath>

namespace dlrepro {

MetricChart::MetricChart(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void MetricChart::setData(const QString &metricName, const QString &unit, const QList<Point> &points,
                          double expected, double low, double high)
{
    m_name = metricName;
    m_unit = unit;
    m_points = points;
    m_expected = expected;
    m_low = low;
    m_high = high;
    computeRange();
    update();
}

void MetricChart::clear()
{
    setData(QString(), QString(), {}, std::nan(""), std::nan(""), std::nan(""));
}

void MetricChart::computeRange()
{
    double lo = std::numeric_limits<double>::infinity();
    double hi = -std::numeric_limits<double>::infinity();
    auto take = [&](double v) {
        if (std::isfinite(v)) {
            lo = std::min(lo, v);
            hi = std::max(hi, v);
        }
    };
    for (const Point &p : m_points)
        take(p.value);
    take(m_expected);
    take(m_low);
    take(m_high);
    if (!std::isfinite(lo)) {
        lo = 0;
        hi = 1;
    }
    if (hi - lo < 1e-12) {
        const double pad = std::max(std::abs(lo) * 0.1, 1e-3);
        lo -= pad;
        hi += pad;
    }
    const double pad = (hi - lo) * 0.12;
    m_yMin = lo - pad;
    m_yMax = hi + pad;
}

void MetricChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    p.fillRect(rect(), pal.color(QPalette::Base));
    const QColor text = pal.color(QPalette::Text);
    QColor grid = pal.color(QPalette::Mid);
    grid.setAlpha(110);

    const QFontMetrics fm(font());
    const int left = fm.horizontalAdvance(QStringLiteral("-0.0000")) + 10;
    const QRect plot = rect().adjusted(left, fm.height() + 10, -14, -(fm.height() + 12));
    if (plot.width() < 20 || plot.height() < 20)
        return;

    if (m_points.isEmpty()) {
        p.setPen(pal.color(QPalette::Disabled, QPalette::Text));
        p.drawText(rect(), Qt::AlignCenter, tr("No metric to chart: verify a silent bug (a reported metric value)."));
        return;
    }

    auto yOf = [&](double v) { return plot.bottom() - (v - m_yMin) / (m_yMax - m_yMin) * plot.height(); };
    const int n = int(m_points.size());
    auto xOf = [&](int i) { return plot.left() + (i + 0.5) * plot.width() / n; };

    // Axis ticks: five round-ish values.
    p.setPen(QPen(grid, 1));
    for (int k = 0; k <= 4; ++k) {
        const double v = m_yMin + (m_yMax - m_yMin) * k / 4.0;
        const double y = yOf(v);
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.save();
        p.setPen(text);
        p.drawText(QRectF(0, y - fm.height() / 2.0, left - 6, fm.height()), Qt::AlignRight | Qt::AlignVCenter,
                   QString::number(v, 'g', 4));
        p.restore();
    }

    // The tolerance band and the reported value.
    if (std::isfinite(m_low) && std::isfinite(m_high)) {
        const QRectF band(QPointF(plot.left(), yOf(m_high)), QPointF(plot.right(), yOf(m_low)));
        p.fillRect(band, QColor(0x43, 0xA0, 0x47, 46));
        p.setPen(QPen(QColor(0x43, 0xA0, 0x47, 120), 1));
        p.drawLine(band.topLeft(), band.topRight());
        p.drawLine(band.bottomLeft(), band.bottomRight());
    }
    if (std::isfinite(m_expected)) {
        QPen dashed(QColor(0x2E, 0x7D, 0x32), 2, Qt::DashLine);
        p.setPen(dashed);
        const double y = yOf(m_expected);
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.drawText(QRectF(plot.left() + 4, y - fm.height() - 2, plot.width() - 8, fm.height()), Qt::AlignLeft,
                   tr("reported %1%2").arg(QString::number(m_expected, 'g', 4), m_unit));
    }

    // The seeds: a line through them, a dot each; a seed without a value is a hollow mark at the
    // bottom.
    QPainterPath path;
    bool started = false;
    for (int i = 0; i < n; ++i) {
        const double v = m_points.at(i).value;
        if (!std::isfinite(v))
            continue;
        const QPointF pt(xOf(i), yOf(v));
        if (!started) {
            path.moveTo(pt);
            started = true;
        } else {
            path.lineTo(pt);
        }
    }
    p.setPen(QPen(QColor(0x1E, 0x6F, 0xD9, 150), 1.5));
    p.drawPath(path);
    for (int i = 0; i < n; ++i) {
        const Point &pt = m_points.at(i);
        const double x = xOf(i);
        if (std::isfinite(pt.value)) {
            const bool inside = !std::isfinite(m_low) || (pt.value >= m_low && pt.value <= m_high);
            p.setPen(QPen(Qt::white, 1.5));
            p.setBrush(inside ? QColor(0x1E, 0x6F, 0xD9) : QColor(0xE5, 0x39, 0x35));
            p.drawEllipse(QPointF(x, yOf(pt.value)), 5, 5);
        } else {
            p.setPen(QPen(QColor(0x9E, 0x9E, 0x9E), 1.5));
            p.setBrush(Qt::NoBrush);
            p.drawEllipse(QPointF(x, plot.bottom() - 6), 4, 4);
        }
        p.setPen(text);
        p.drawText(QRectF(x - 30, plot.bottom() + 4, 60, fm.height()), Qt::AlignHCenter, QString::number(pt.seed));
    }
    p.setPen(text);
    p.drawText(QRectF(plot.left(), 2, plot.width(), fm.height()), Qt::AlignLeft,
               m_unit.isEmpty() ? tr("%1 per seed").arg(m_name) : tr("%1 (%2) per seed").arg(m_name, m_unit));
    p.setPen(QPen(grid, 1));
    p.setBrush(Qt::NoBrush);
    p.drawRect(plot);
}

} // namespace dlrepro
