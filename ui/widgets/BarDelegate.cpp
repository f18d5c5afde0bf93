#include "BarDelegate.h"

#include <QApplication>
#include <QLocale>
#include <QPainter>

namespace renkei {

void BarDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem item(option);
    initStyleOption(&item, index);
    item.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &item, painter, widget); // background, selection, focus

    const int value = index.data(Qt::DisplayRole).toInt();
    const QString label = QLocale().toString(value);
    const QRect area = option.rect.adjusted(6, 6, -6, -6);
    const int labelWidth = option.fontMetrics.horizontalAdvance(label) + 8;
    const int room = qMax(0, area.width() - labelWidth);
    const int barWidth = m_maximum > 0 ? qRound(room * qBound(0.0, double(value) / m_maximum, 1.0)) : 0;

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(0x2e, 0x9e, 0x8f));
    if (barWidth > 0)
        painter->drawRoundedRect(QRectF(area.left(), area.top(), barWidth, area.height()), 2, 2);
    const bool selected = option.state & QStyle::State_Selected;
    painter->setPen(option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(QRect(area.left() + barWidth + 6, option.rect.top(), labelWidth, option.rect.height()),
                      Qt::AlignLeft | Qt::AlignVCenter, label);
    painter->restore();
}

QSize BarDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(qMax(size.width(), 160));
    return size;
}

} // namespace renkei
