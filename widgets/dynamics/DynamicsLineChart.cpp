#include "dynamics/DynamicsLineChart.h"

#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>

namespace dlrepro {

DynamicsLineChart::DynamicsLineChart(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Layer statistic over steps"));
}

void DynamicsLineChart::setSeries(const QString &title, const QList<int> &x, const QList<double> &y, bool logScale)
{
    m_title = title;
    m_x = x;
    m_y = y;
    m_log = logScale;
    update();
}

void DynamicsLineChart::setMarkedStep(int step)
{
    m_marked = step;
    update();
}

void DynamicsLineChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), palette().color(QPalette::Base));
    const QColor text = palette().color(QPalette::Text);
    QColor grid = palette().color(QPalette::Mid);
    grid.setAlpha(90);
    const int fh = fontMetrics().height();
    p.setPen(text);
    p.drawText(QRect(8, 2, width() - 16, fh), Qt::AlignLeft | Qt::AlignVCenter, m_title);
    const QRect r = rect().adjusted(72, fh + 8, -12, -fh - 6);
    auto shown = [&](double v) {
        if (!std::isfinite(v))
            return std::nan("");
        if (!m_log)
            return v;
        return std::fabs(v) > 0 ? std::log10(std::fabs(v)) : std::nan("");
    };
    double lo = INFINITY, hi = -INFINITY;
    for (double v : m_y) {
        const double s = shown(v);
        if (std::isfinite(s)) {
            lo = std::min(lo, s);
            hi = std::max(hi, s);
        }
    }
    if (m_x.isEmpty() || !std::isfinite(lo)) {
        p.drawText(r, Qt::AlignCenter, tr("No values to show"));
        return;
    }
    if (hi - lo < 1e-12) {
        lo -= 0.5;
        hi += 0.5;
    }
    const double pad = (hi - lo) * 0.08;
    lo -= pad;
    hi += pad;
    const int x0 = m_x.first(), x1 = std::max(m_x.last(), m_x.first() + 1);
    auto px = [&](int x) { return r.left() + double(x - x0) / (x1 - x0) * r.width(); };
    auto py = [&](double s) { return r.bottom() - (s - lo) / (hi - lo) * r.height(); };
    // Grid and y labels.
    for (int i = 0; i <= 4; ++i) {
        const double s = lo + (hi - lo) * i / 4;
        const double y = py(s);
        p.setPen(QPen(grid, 1));
        p.drawLine(QPointF(r.left(), y), QPointF(r.right(), y));
        p.setPen(text);
        // Enough digits that neighbouring grid lines differ (a loss of 0.6931 vs 0.6930).
        const double scale = std::max(std::fabs(lo), std::fabs(hi));
        const int digits = std::clamp(3 + int(std::ceil(std::log10(std::max(1e-300, scale / (hi - lo))))), 3, 10);
        const QString label = m_log ? QStringLiteral("1e%1").arg(QString::number(s, 'f', 1)) : QString::number(s, 'g', digits);
        p.drawText(QRectF(0, y - fh / 2.0, r.left() - 6, fh), Qt::AlignRight | Qt::AlignVCenter, label);
    }
    p.setPen(text);
    p.drawText(QRectF(r.left() - 20, r.bottom() + 3, 40, fh), Qt::AlignHCenter, QString::number(x0));
    p.drawText(QRectF(r.right() - 30, r.bottom() + 3, 40, fh), Qt::AlignHCenter, QString::number(m_x.last()));
    // Marked step.
    if (m_marked >= x0 && m_marked <= x1) {
        p.setPen(QPen(QColor(0xE5, 0x39, 0x35, 160), 1, Qt::DashLine));
        p.drawLine(QPointF(px(m_marked), r.top()), QPointF(px(m_marked), r.bottom()));
    }
    // The series, broken at non-finite values (those get a red tick on the axis).
    QPainterPath path;
    bool open = false;
    for (int i = 0; i < m_x.size() && i < m_y.size(); ++i) {
        const double s = shown(m_y.at(i));
        if (!std::isfinite(s)) {
            open = false;
            if (!std::isfinite(m_y.at(i))) {
                p.setPen(QPen(QColor(0xE5, 0x39, 0x35), 2));
                p.drawLine(QPointF(px(m_x.at(i)), r.bottom() - 4), QPointF(px(m_x.at(i)), r.bottom()));
            }
            continue;
        }
        const QPointF pt(px(m_x.at(i)), py(s));
        if (open)
            path.lineTo(pt);
        else
            path.moveTo(pt);
        open = true;
    }
    p.setPen(QPen(QColor(0x1E, 0x6F, 0xD9), 1.8));
    p.setBrush(Qt::NoBrush);
    p.drawPath(path);
}

} // namespace dlrepro
