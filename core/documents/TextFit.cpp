#include "TextFit.h"

#include "PrintedPage.h"

#include <QPaintDevice>
#include <QPainter>
#include <QTextLayout>

#include <algorithm>
#include <cmath>

namespace renkei {

namespace {
// Lines of Japanese text sit closer than the font's own line height (which leaves room for accents).
constexpr qreal lineSpacing = 1.22;
// Where the middle of a CJK glyph's ink sits above the baseline, in ems.
constexpr qreal inkMiddle = 0.38;
constexpr qreal step = 0.25; // points
} // namespace

const QFontMetricsF &TextFit::metrics(qreal pointSize, bool bold) const
{
    const std::pair<int, bool> key{int(std::lround(pointSize * 10)), bold};
    auto found = m_metrics.find(key);
    if (found == m_metrics.end())
        found = m_metrics.emplace(key, QFontMetricsF(PrintedPage::font(pointSize, bold), &m_device)).first;
    return found->second;
}

qreal TextFit::width(const QString &text, qreal pointSize, bool bold) const
{
    return metrics(pointSize, bold).horizontalAdvance(text);
}

qreal TextFit::Fitted::width() const
{
    qreal widest = 0;
    for (qreal w : widths)
        widest = std::max(widest, w);
    return widest;
}

TextFit::Fitted TextFit::fitted(const QStringList &lines, qreal pointSize, bool bold) const
{
    Fitted f;
    f.font = PrintedPage::font(pointSize, bold);
    f.lines = lines;
    const QFontMetricsF &m = metrics(pointSize, bold);
    for (const QString &line : lines)
        f.widths << m.horizontalAdvance(line);
    f.em = pointSize * m_device.logicalDpiY() / 72.0;
    f.lineHeight = f.em * lineSpacing;
    return f;
}

QStringList TextFit::wrap(const QString &text, qreal pointSize, bool bold, qreal width) const
{
    QTextLayout layout(text, PrintedPage::font(pointSize, bold), const_cast<QPaintDevice *>(&m_device));
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    QStringList lines;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        const QString part = text.mid(line.textStart(), line.textLength()).trimmed();
        if (!part.isEmpty())
            lines << part;
    }
    layout.endLayout();
    return lines;
}

TextFit::Fitted TextFit::fit(const QString &rawText, qreal boxWidth, const Rule &rule) const
{
    const QString text = rawText.simplified();
    if (text.isEmpty())
        return fitted({}, rule.pointSize, rule.bold);
    const qreal full = width(text, rule.pointSize, rule.bold);
    if (full <= boxWidth)
        return fitted({text}, rule.pointSize, rule.bold);

    // Width grows with the size, so the size that fits is close to proportional; then check.
    qreal size = std::floor(rule.pointSize * boxWidth / full / step) * step;
    for (; size >= rule.oneLineDownTo; size -= step)
        if (width(text, size, rule.bold) <= boxWidth)
            return fitted({text}, size, rule.bold);

    // Wrapped text is set a little above the one-line limit at most: a short line of large type over
    // another would be taller than the text needs.
    for (size = std::min(rule.pointSize, rule.oneLineDownTo + 1); size >= rule.minPointSize;
         size -= step * 2) {
        const QStringList lines = wrap(text, size, rule.bold, boxWidth);
        if (lines.size() <= rule.maxLines)
            return fitted(lines, size, rule.bold);
    }
    return fitted(wrap(text, rule.minPointSize, rule.bold, boxWidth), rule.minPointSize, rule.bold);
}

void TextFit::paint(QPainter &painter, const Fitted &text, const QRectF &box, Qt::Alignment alignment)
{
    if (text.isEmpty())
        return;
    painter.setFont(text.font);
    qreal top = box.top() + (box.height() - text.height()) / 2;
    for (qsizetype i = 0; i < text.lines.size(); ++i) {
        const QString &line = text.lines[i];
        const qreal lineWidth = text.widths.value(i);
        qreal x = box.left();
        if (alignment & Qt::AlignHCenter)
            x = box.left() + (box.width() - lineWidth) / 2;
        else if (alignment & Qt::AlignRight)
            x = box.right() - lineWidth;
        const qreal baseline = top + text.lineHeight / 2 + inkMiddle * text.em;
        painter.drawText(QPointF(x, baseline), line);
        top += text.lineHeight;
    }
}

} // namespace renkei
