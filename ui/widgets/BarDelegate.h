#pragma once

#include <QStyledItemDelegate>

namespace renkei {

// Draws a whole number as a horizontal bar scaled to the largest in its column, with the number
// beside it: a bar chart that lines up with the table's rows and never clips their labels.
class BarDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // The value drawn as a full-width bar.
    void setMaximum(int maximum) { m_maximum = maximum; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_maximum = 0;
};

} // namespace renkei
