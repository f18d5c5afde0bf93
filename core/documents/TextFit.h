#pragma once

#include <QFont>
#include <QFontMetricsF>
#include <QList>
#include <QString>
#include <QStringList>

#include <map>
#include <utility>

class QPainter;
class QPaintDevice;
class QRectF;

namespace renkei {

// Text fitted to a width on paper, never clipped: at its own size when it fits on one line; else shrunk
// on one line down to a limit; else wrapped over a few lines (from a point above that limit down to a
// smallest size); else at the smallest size on as many lines as it needs (the caller makes the box tall
// enough).
class TextFit
{
public:
    struct Rule
    {
        qreal pointSize = 10;     // the size it is set in when it fits
        qreal oneLineDownTo = 10; // shrinks on one line down to this size before it wraps
        qreal minPointSize = 10;  // wrapping shrinks down to this size
        int maxLines = 1;         // the lines it may take at minPointSize or above
        bool bold = false;
    };

    struct Fitted
    {
        QFont font;
        QStringList lines;
        QList<qreal> widths;  // of each line, in device pixels
        qreal lineHeight = 0; // device pixels between baselines
        qreal em = 0;         // the font size in device pixels
        qreal height() const { return lines.size() * lineHeight; }
        qreal width() const;
        bool isEmpty() const { return lines.isEmpty(); }
    };

    explicit TextFit(const QPaintDevice &device) : m_device(device) {}

    Fitted fit(const QString &text, qreal width, const Rule &rule) const;
    // The width of `text` on one line at `pointSize`.
    qreal width(const QString &text, qreal pointSize, bool bold = false) const;

    // Paints the lines centred vertically in `box`, aligned left, right or centred horizontally.
    static void paint(QPainter &painter, const Fitted &text, const QRectF &box,
                      Qt::Alignment alignment = Qt::AlignLeft);

private:
    Fitted fitted(const QStringList &lines, qreal pointSize, bool bold) const;
    QStringList wrap(const QString &text, qreal pointSize, bool bold, qreal width) const;
    const QFontMetricsF &metrics(qreal pointSize, bool bold) const;

    const QPaintDevice &m_device;
    mutable std::map<std::pair<int, bool>, QFontMetricsF> m_metrics; // by tenths of a point
};

} // namespace renkei
