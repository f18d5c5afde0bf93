#include "Icons.h"

#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

#include <functional>

namespace renkei {

namespace {

const QColor ink(0x2f, 0x5f, 0x8f);
const QColor accent(0x2e, 0x9e, 0x8f);
const QColor disabledInk(0xa0, 0xa0, 0xa0);

// Draws an icon in a 24×24 box scaled to the size asked for.
using Drawing = std::function<void(QPainter &, const QColor &ink, const QColor &accent)>;

class PaintedIconEngine : public QIconEngine
{
public:
    explicit PaintedIconEngine(Drawing drawing) : m_drawing(std::move(drawing)) {}

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        const bool disabled = mode == QIcon::Disabled;
        const qreal side = qMin(rect.width(), rect.height());
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->translate(rect.x() + (rect.width() - side) / 2.0, rect.y() + (rect.height() - side) / 2.0);
        painter->scale(side / 24.0, side / 24.0);
        m_drawing(*painter, disabled ? disabledInk : ink, disabled ? disabledInk : accent);
        painter->restore();
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        QPixmap pixmap(size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        paint(&painter, QRect(QPoint(0, 0), size), mode, state);
        return pixmap;
    }

    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        QPixmap pixmap = this->pixmap(size * scale, mode, state);
        pixmap.setDevicePixelRatio(scale);
        return pixmap;
    }

    QIconEngine *clone() const override { return new PaintedIconEngine(m_drawing); }

private:
    Drawing m_drawing;
};

QIcon painted(Drawing drawing)
{
    return QIcon(new PaintedIconEngine(std::move(drawing)));
}

QPen outline(const QColor &color, qreal width = 1.8)
{
    return QPen(color, width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
}

void person(QPainter &p, QPointF head, qreal scale)
{
    p.drawEllipse(head, 3.2 * scale, 3.2 * scale);
    QPainterPath body;
    const QPointF base(head.x(), head.y() + 12.5 * scale);
    body.moveTo(base.x() - 6.5 * scale, base.y());
    body.cubicTo(base.x() - 6.5 * scale, base.y() - 7 * scale, base.x() + 6.5 * scale, base.y() - 7 * scale,
                 base.x() + 6.5 * scale, base.y());
    p.drawPath(body);
}

} // namespace

QIcon Icons::application()
{
    // Three people joined in a ring: 連携, working together.
    return painted([](QPainter &p, const QColor &, const QColor &) {
        QPainterPath tile;
        tile.addRoundedRect(QRectF(1, 1, 22, 22), 5, 5);
        p.fillPath(tile, QColor(0x2f, 0x5f, 0x8f));
        const QPointF nodes[] = {{12, 6.2}, {6.5, 16}, {17.5, 16}};
        p.setPen(QPen(QColor(0xbf, 0xe9, 0xe2), 1.6));
        p.drawLine(nodes[0], nodes[1]);
        p.drawLine(nodes[1], nodes[2]);
        p.drawLine(nodes[2], nodes[0]);
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0xff, 0xff, 0xff));
        for (const QPointF &node : nodes)
            p.drawEllipse(node, 3.1, 3.1);
        p.setBrush(QColor(0x2e, 0x9e, 0x8f));
        p.drawEllipse(QPointF(12, 12.8), 1.7, 1.7);
    });
}

QIcon Icons::members()
{
    return painted([](QPainter &p, const QColor &inkColor, const QColor &accentColor) {
        p.setBrush(Qt::NoBrush);
        p.setPen(outline(accentColor));
        person(p, QPointF(16.5, 6.5), 0.8);
        p.setPen(outline(inkColor));
        person(p, QPointF(9, 7.5), 1.0);
    });
}

QIcon Icons::meetings()
{
    return painted([](QPainter &p, const QColor &inkColor, const QColor &accentColor) {
        p.setBrush(Qt::NoBrush);
        p.setPen(outline(inkColor));
        p.drawRoundedRect(QRectF(3, 4.5, 18, 16.5), 2.5, 2.5);
        p.drawLine(QPointF(3, 9.5), QPointF(21, 9.5));
        p.drawLine(QPointF(8, 2.5), QPointF(8, 6.5));
        p.drawLine(QPointF(16, 2.5), QPointF(16, 6.5));
        p.setPen(Qt::NoPen);
        p.setBrush(accentColor);
        p.drawRoundedRect(QRectF(13, 13.5, 4.5, 4), 1, 1);
    });
}

QIcon Icons::reports()
{
    return painted([](QPainter &p, const QColor &inkColor, const QColor &accentColor) {
        p.setPen(outline(inkColor));
        p.drawLine(QPointF(3, 21), QPointF(21, 21));
        p.setPen(Qt::NoPen);
        p.setBrush(inkColor);
        p.drawRoundedRect(QRectF(5, 12, 3.6, 7), 0.8, 0.8);
        p.drawRoundedRect(QRectF(15.4, 9, 3.6, 10), 0.8, 0.8);
        p.setBrush(accentColor);
        p.drawRoundedRect(QRectF(10.2, 4, 3.6, 15), 0.8, 0.8);
    });
}

QIcon Icons::settings()
{
    // Three sliders.
    return painted([](QPainter &p, const QColor &inkColor, const QColor &accentColor) {
        const qreal rows[] = {6, 12, 18};
        const qreal knobs[] = {15, 8, 13};
        for (int i = 0; i < 3; ++i) {
            p.setPen(outline(inkColor));
            p.drawLine(QPointF(3.5, rows[i]), QPointF(20.5, rows[i]));
            p.setPen(outline(inkColor, 1.6));
            p.setBrush(i == 1 ? accentColor : QColor(0xff, 0xff, 0xff));
            p.drawEllipse(QPointF(knobs[i], rows[i]), 2.4, 2.4);
        }
    });
}

} // namespace renkei
