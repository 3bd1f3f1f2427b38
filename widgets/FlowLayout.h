#pragma once

#include <QLayout>
#include <QList>

class QWidget;

namespace dlrepro {

// Lays its items out left to right and wraps to a new row when the width runs out, so that a
// row of labels (the report pane's legend) shows every label at any pane width instead of
// clipping the last ones. Height follows width (heightForWidth).
class FlowLayout : public QLayout
{
public:
    explicit FlowLayout(QWidget *parent = nullptr, int hSpacing = 6, int vSpacing = 2);
    ~FlowLayout() override;

    void addItem(QLayoutItem *item) override;
    // A break before the next item when the previous one is not at the start of a row: keeps
    // groups ("Highlights:", "Blocks:") visually apart.
    void addGroupGap(int width);
    // A group's title: never left alone at the end of a row, it wraps with the item after it.
    void addTitle(QWidget *title);
    int count() const override;
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    int doLayout(const QRect &rect, bool testOnly) const;

    QList<QLayoutItem *> m_items;
    QList<int> m_titles; // indexes of items kept with the next one
    int m_hSpacing;
    int m_vSpacing;
};

} // namespace dlrepro
