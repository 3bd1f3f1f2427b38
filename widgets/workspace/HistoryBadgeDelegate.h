#pragma once

#include <QStyledItemDelegate>

namespace dlrepro {

// Paints the history's step column as a rounded pill in the model's badge colours (the
// edit-action letter, the verdict), greyed for a commit a later revert undid.
class HistoryBadgeDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace dlrepro
