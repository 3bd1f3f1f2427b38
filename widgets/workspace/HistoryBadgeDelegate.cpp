#include "HistoryBadgeDelegate.h"

#include "WorkspaceHistoryModel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace dlrepro {

namespace {
constexpr int kPadX = 7;
constexpr int kPadY = 2;
constexpr int kMargin = 3;

QFont badgeFont(const QStyleOptionViewItem &option)
{
    QFont f = option.font;
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 0.9);
    return f;
}
} // namespace

void HistoryBadgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    // The cell itself (selection, alternating rows) as the style draws it, without its text.
    QStyleOptionViewItem cell = option;
    initStyleOption(&cell, index);
    cell.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &cell, painter, widget);

    const QString text = index.data(Qt::DisplayRole).toString();
    if (text.isEmpty())
        return;
    QColor background = index.data(WorkspaceHistoryModel::BadgeBackgroundRole).value<QColor>();
    QColor foreground = index.data(WorkspaceHistoryModel::BadgeForegroundRole).value<QColor>();
    if (index.data(WorkspaceHistoryModel::RevertedRole).toBool()) {
        background.setAlphaF(0.35);
        foreground.setAlphaF(0.55);
    }
    const QFont font = badgeFont(option);
    const QFontMetrics fm(font);
    const int w = std::min(fm.horizontalAdvance(text) + 2 * kPadX, option.rect.width() - 2 * kMargin);
    const int h = std::min(fm.height() + 2 * kPadY, option.rect.height() - 2);
    const QRect pill(option.rect.left() + kMargin, option.rect.center().y() - h / 2 + 1, w, h);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(QRectF(pill).adjusted(0.5, 0.5, -0.5, -0.5), h / 2.0, h / 2.0);
    painter->fillPath(path, background);
    // A pale pill on a white row needs an edge to be seen.
    if (background.lightness() > 225) {
        painter->setPen(QColor(0xB0, 0xB4, 0xBA));
        painter->drawPath(path);
    }
    painter->setPen(foreground);
    painter->setFont(font);
    painter->drawText(pill, Qt::AlignCenter, fm.elidedText(text, Qt::ElideRight, pill.width() - 4));
    painter->restore();
}

QSize HistoryBadgeDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QFontMetrics fm(badgeFont(option));
    const QString text = index.data(Qt::DisplayRole).toString();
    const QSize base = QStyledItemDelegate::sizeHint(option, index);
    return QSize(fm.horizontalAdvance(text) + 2 * kPadX + 2 * kMargin, std::max(base.height(), fm.height() + 2 * kPadY + 4));
}

} // namespace dlrepro
