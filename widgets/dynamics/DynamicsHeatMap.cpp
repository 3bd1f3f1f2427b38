#include "dynamics/DynamicsHeatMap.h"

#include <QMouseEvent>
#include <QPainter>
#include <algorithm>
#include <cmath>

namespace dlrepro {

namespace {

constexpr int kLeftMargin = 90;
constexpr int kBottomMargin = 22;
constexpr int kLegendWidth = 76;

// Viridis-like ramp, dark blue (low) to yellow (high): readable in greyscale too.
QColor ramp(double t)
{
    static const QColor stops[] = {QColor(0x44, 0x01, 0x54), QColor(0x3B, 0x52, 0x8B),
                                   QColor(0x21, 0x90, 0x8C), QColor(0x5D, 0xC8, 0x63),
                                   QColor(0xFD, 0xE7, 0x25)};
    t = std::clamp(t, 0.0, 1.0) * 4.0;
    const int i = std::min(3, int(t));
    const double f = t - i;
    const QColor &a = stops[i];
    const QColor &b = stops[i + 1];
    return QColor::fromRgbF(a.redF() + (b.redF() - a.redF()) * f, a.greenF() + (b.greenF() - a.greenF()) * f,
                            a.blueF() + (b.blueF() - a.blueF()) * f);
}

} // namespace

DynamicsHeatMap::DynamicsHeatMap(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Training dynamics heat map"));
}

double DynamicsHeatMap::shown(double v) const
{
    if (!std::isfinite(v))
        return std::nan("");
    if (!m_log)
        return v;
    const double a = std::fabs(v);
    return a > 0 ? std::log10(a) : std::nan("");
}

void DynamicsHeatMap::setData(const DynamicsReport *report, DynamicsProperty property,
                              DynamicsStatistic statistic, bool logScale)
{
    m_report = report;
    m_property = property;
    m_statistic = statistic;
    m_log = logScale;
    double lo = INFINITY, hi = -INFINITY;
    if (report) {
        for (int si = 0; si < report->steps.size(); ++si)
            for (int li = 0; li < report->layers.size(); ++li) {
                const double v = shown(report->value(si, li, property, statistic));
                if (std::isfinite(v)) {
                    lo = std::min(lo, v);
                    hi = std::max(hi, v);
                }
            }
    }
    if (!std::isfinite(lo)) {
        lo = 0;
        hi = 1;
    } else if (hi - lo < 1e-12) {
        lo -= 0.5;
        hi += 0.5;
    }
    m_low = lo;
    m_high = hi;
    update();
}

void DynamicsHeatMap::setSelection(int layerIndex, int stepIndex)
{
    m_layer = layerIndex;
    m_step = stepIndex;
    update();
}

QRect DynamicsHeatMap::plotRect() const
{
    return rect().adjusted(kLeftMargin, 6, -kLegendWidth, -kBottomMargin);
}

QPoint DynamicsHeatMap::cellAt(const QPoint &pos) const
{
    if (!m_report || m_report->steps.isEmpty() || m_report->layers.isEmpty())
        return {-1, -1};
    const QRect r = plotRect();
    if (!r.contains(pos))
        return {-1, -1};
    const int step = std::min(int(m_report->steps.size()) - 1,
                              int((pos.x() - r.left()) * m_report->steps.size() / std::max(1, r.width())));
    const int layer = std::min(int(m_report->layers.size()) - 1,
                               int((pos.y() - r.top()) * m_report->layers.size() / std::max(1, r.height())));
    return {step, layer};
}

void DynamicsHeatMap::mousePressEvent(QMouseEvent *event)
{
    const QPoint cell = cellAt(event->position().toPoint());
    if (cell.x() < 0)
        return;
    setSelection(cell.y(), cell.x());
    Q_EMIT cellClicked(cell.y(), cell.x());
}

void DynamicsHeatMap::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().color(QPalette::Base));
    const QColor text = palette().color(QPalette::Text);
    if (!m_report || m_report->isEmpty()) {
        p.setPen(text);
        p.drawText(rect(), Qt::AlignCenter, tr("No training dynamics"));
        return;
    }
    const QRect r = plotRect();
    const int steps = int(m_report->steps.size());
    const int layers = int(m_report->layers.size());
    const double cw = double(r.width()) / steps;
    const double ch = double(r.height()) / layers;
    for (int si = 0; si < steps; ++si) {
        for (int li = 0; li < layers; ++li) {
            const QRectF cell(r.left() + si * cw, r.top() + li * ch, cw + 0.5, ch + 0.5);
            const double v = shown(m_report->value(si, li, m_property, m_statistic));
            if (std::isfinite(v))
                p.fillRect(cell, ramp((v - m_low) / (m_high - m_low)));
            else
                p.fillRect(cell, QBrush(QColor(0xB0, 0xB0, 0xB0), Qt::BDiagPattern));
        }
    }
    // Axes: layer names on the left (thinned to fit), step numbers below.
    p.setPen(text);
    QFont small = font();
    small.setPointSizeF(std::max(6.0, small.pointSizeF() * 0.85));
    p.setFont(small);
    const int fh = p.fontMetrics().height();
    const int layerEvery = std::max(1, int(std::ceil(fh / std::max(1.0, ch))));
    for (int li = 0; li < layers; li += layerEvery) {
        const QRectF label(0, r.top() + li * ch, kLeftMargin - 6, std::max(ch, double(fh)));
        p.drawText(label, Qt::AlignRight | Qt::AlignVCenter,
                   p.fontMetrics().elidedText(m_report->layers.at(li), Qt::ElideLeft, kLeftMargin - 8));
    }
    const int stepEvery = std::max(1, int(std::ceil(48 / std::max(1.0, cw))));
    for (int si = 0; si < steps; si += stepEvery)
        p.drawText(QRectF(r.left() + si * cw - 20, r.bottom() + 2, cw + 40, fh), Qt::AlignHCenter | Qt::AlignTop,
                   QString::number(m_report->steps.at(si)));
    // Selection.
    if (m_layer >= 0 && m_layer < layers) {
        p.setPen(QPen(QColor(0xE5, 0x39, 0x35), 1.5));
        p.setBrush(Qt::NoBrush);
        p.drawRect(QRectF(r.left(), r.top() + m_layer * ch, r.width(), ch));
        if (m_step >= 0 && m_step < steps) {
            p.setPen(QPen(Qt::white, 2));
            p.drawRect(QRectF(r.left() + m_step * cw, r.top() + m_layer * ch, cw, ch).adjusted(1, 1, -1, -1));
        }
    }
    // Legend: the ramp with its two ends.
    const QRect legend(r.right() + 10, r.top(), 12, r.height());
    for (int y = 0; y < legend.height(); ++y)
        p.fillRect(QRect(legend.left(), legend.bottom() - y, legend.width(), 1), ramp(double(y) / std::max(1, legend.height() - 1)));
    p.setPen(text);
    auto end = [&](double v) {
        return m_log ? QStringLiteral("1e%1").arg(QString::number(v, 'f', 1)) : QString::number(v, 'g', 3);
    };
    p.drawText(QRect(legend.right() + 2, legend.top() - 2, kLegendWidth - 26, fh), Qt::AlignLeft, end(m_high));
    p.drawText(QRect(legend.right() + 2, legend.bottom() - fh + 2, kLegendWidth - 26, fh), Qt::AlignLeft, end(m_low));
}

} // namespace dlrepro
