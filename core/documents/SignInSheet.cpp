#include "SignInSheet.h"

#include "PrintedPage.h"
#include "TextFit.h"
#include "core/storage/AttendeeRepository.h"
#include "core/text/KanaText.h"

#include <QPagedPaintDevice>
#include <QPainter>

#include <algorithm>

namespace renkei {

namespace {

// The page, in millimetres.
constexpr qreal marginSide = 12;
constexpr qreal marginTop = 11;
constexpr qreal marginBottom = 10;
constexpr qreal headerHeight = 23; // title, date and venue, theme and count
constexpr qreal footerHeight = 8;  // the page number
constexpr qreal rowHeight = 9.5;   // room to sign
constexpr qreal headingHeight = 7;
constexpr qreal padX = 1.3;
constexpr qreal padY = 0.8;
constexpr qreal tickBox = 4;

enum class Cell
{
    Number,
    Name,
    Column // one of SheetColumn
};

struct ColumnSpec
{
    Cell cell = Cell::Column;
    SheetColumn column = SheetColumn::Kana;
    qreal width = 0; // millimetres, before fitting the page
    bool fixed = false;
    TextFit::Rule rule;
    Qt::Alignment alignment = Qt::AlignLeft;
};

TextFit::Rule rule(qreal size, qreal oneLine, qreal min, int lines, bool bold = false)
{
    return TextFit::Rule{size, oneLine, min, lines, bold};
}

ColumnSpec specFor(SheetColumn column)
{
    ColumnSpec s;
    s.column = column;
    switch (column) {
    case SheetColumn::Kana:
        s.width = 30;
        s.rule = rule(7.5, 6, 6, 2);
        break;
    case SheetColumn::Profession:
        s.width = 24;
        s.rule = rule(8, 6.5, 6.5, 2);
        break;
    case SheetColumn::Organisation:
        s.width = 42;
        s.rule = rule(8, 7, 6.5, 2);
        break;
    case SheetColumn::Email:
        s.width = 36;
        s.rule = rule(7, 6, 5.5, 2);
        break;
    case SheetColumn::Phone:
        s.width = 25;
        s.rule = rule(7.5, 6, 6, 2);
        break;
    case SheetColumn::Signature:
        s.width = 36;
        break;
    case SheetColumn::Social:
        s.width = 13;
        s.fixed = true;
        s.alignment = Qt::AlignHCenter;
        break;
    }
    return s;
}

QString cellText(const Attendee &a, SheetColumn column)
{
    switch (column) {
    case SheetColumn::Kana:
        return KanaText::toHiragana(a.kana);
    case SheetColumn::Profession:
        return a.profession;
    case SheetColumn::Organisation:
        return a.organisation;
    case SheetColumn::Email:
        return a.email;
    case SheetColumn::Phone:
        return a.phone;
    case SheetColumn::Signature:
    case SheetColumn::Social:
        break;
    }
    return {};
}

} // namespace

struct SignInSheet::Plan
{
    struct Column
    {
        ColumnSpec spec;
        qreal left = 0; // device pixels
        qreal width = 0;
        TextFit::Fitted heading;
    };
    struct Row
    {
        int number = 0;
        bool blank = false;
        qreal height = 0;
        QList<TextFit::Fitted> cells; // per column
    };

    QRectF body;        // inside the margins
    qreal tableTop = 0; // below the header
    qreal tableBottom = 0;
    qreal headingRow = 0;
    QList<Column> columns;
    QList<Row> rows;
    QList<qsizetype> pageStarts; // the first row of each page
    TextFit::Fitted title;
    TextFit::Fitted when;
    TextFit::Fitted theme;
    TextFit::Fitted count;
    TextFit::Fitted nobody;
    qreal pixelsPerMm = 1;
};

SignInSheet::SignInSheet(MeetingDocument meeting, QList<Attendee> people, SignInSheetLayout layout,
                         DocumentText text)
    : m_meeting(std::move(meeting)), m_people(std::move(people)), m_layout(std::move(layout)),
      m_text(std::move(text))
{
    AttendeeOrder::sort(m_people, m_layout.sort);
}

Result<SignInSheet> SignInSheet::load(Database &db, qint64 meetingId, std::optional<SignInSheetLayout> layout,
                                      const DocumentOptions &document)
{
    Result<DocumentText> text = DocumentText::stored(db, document);
    if (!text)
        return text.error();
    Result<MeetingDocument> meeting = MeetingDocument::load(db, meetingId);
    if (!meeting)
        return meeting.error();
    if (!layout) {
        Result<SignInSheetLayout> saved = SignInSheetLayout::forSeries(db, meeting->series.id);
        if (!saved)
            return saved.error();
        layout = *saved;
    }
    const Result<QList<Attendee>> all = AttendeeRepository(db).forMeeting(meetingId);
    if (!all)
        return all.error();
    return SignInSheet(*meeting, AttendeeOrder::expected(*all), *layout, *text);
}

QList<SheetColumn> SignInSheet::printedColumns() const
{
    QList<SheetColumn> out = m_layout.columns;
    if (!m_meeting.meeting.hasSocial)
        out.removeAll(SheetColumn::Social);
    return out;
}

QString SignInSheet::title() const
{
    const QString meeting = m_text.meetingTitle(m_meeting.series.name, m_meeting.meeting.number);
    //: The sign-in sheet's title; %1 is the series and meeting number. Japanese: %1 出席簿
    return m_text.translate("renkei::SignInSheet", "%1 — sign-in sheet").arg(meeting);
}

SignInSheet::Plan SignInSheet::plan(const QPaintDevice &device) const
{
    const PrintedPage page(device);
    const TextFit fit(device);
    Plan p;
    p.pixelsPerMm = page.mm(1);
    p.body = page.inside(marginSide, marginTop, marginSide, marginBottom);

    // The header, the same on every page.
    const DocumentText &text = m_text;
    const Meeting &m = m_meeting.meeting;
    const qreal bodyWidth = p.body.width();
    p.title = fit.fit(title(), bodyWidth, rule(14, 10, 9, 2, true));
    const QString dateTime = text.dateTime(m.date, m.start, m.end);
    p.when =
        fit.fit(m.venue.isEmpty()
                    ? text.translate("renkei::SignInSheet", "Date: %1").arg(dateTime)
                    //: The sign-in sheet's second header line. Japanese: 日時：%1　会場：%2
                    : text.translate("renkei::SignInSheet", "Date: %1    Venue: %2").arg(dateTime, m.venue),
                bodyWidth, rule(9.5, 7.5, 7, 2));
    p.count = fit.fit(text.translate("renkei::SignInSheet", "Registered: %1").arg(m_people.size()),
                      bodyWidth / 3, rule(8.5, 7, 7, 1));
    if (!m.theme.isEmpty())
        p.theme = fit.fit(text.translate("renkei::SignInSheet", "Theme: %1").arg(text.quoted(m.theme)),
                          bodyWidth - p.count.width() - page.mm(6), rule(8.5, 7, 6.5, 1));

    // Columns: No. and the name, then the chosen ones; the flexible ones share what the fixed leave.
    QList<ColumnSpec> specs;
    ColumnSpec number;
    number.cell = Cell::Number;
    number.width = 9;
    number.fixed = true;
    number.rule = rule(8, 6, 6, 1);
    number.alignment = Qt::AlignHCenter;
    ColumnSpec name;
    name.cell = Cell::Name;
    name.width = 36;
    name.rule = rule(10.5, 8, 7, 2, true);
    specs << number << name;
    for (SheetColumn c : printedColumns())
        specs << specFor(c);
    qreal fixedMm = 0, flexibleMm = 0;
    for (const ColumnSpec &s : specs)
        (s.fixed ? fixedMm : flexibleMm) += s.width;
    const qreal scale = (bodyWidth / p.pixelsPerMm - fixedMm) / flexibleMm;
    qreal x = p.body.left();
    qreal headingHeight_ = page.mm(headingHeight);
    for (const ColumnSpec &s : specs) {
        Plan::Column c;
        c.spec = s;
        c.left = x;
        c.width = page.mm(s.fixed ? s.width : s.width * scale);
        x += c.width;
        const QString heading = s.cell == Cell::Number ? text.translate("renkei::SignInSheet", "No.")
                                : s.cell == Cell::Name ? text.translate("renkei::SignInSheet", "Name")
                                                       : sheetColumnLabel(s.column, text);
        c.heading = fit.fit(heading, c.width - 2 * page.mm(padX * 0.6), rule(8.5, 6.5, 6, 2, true));
        headingHeight_ = std::max(headingHeight_, c.heading.height() + 2 * page.mm(padY));
        p.columns << c;
    }
    p.headingRow = headingHeight_;
    p.tableTop = p.body.top() + page.mm(headerHeight);
    p.tableBottom = p.body.bottom() - page.mm(footerHeight);

    // Rows: each as tall as its tallest cell, at least room to sign.
    const qreal minRow = page.mm(rowHeight);
    int n = 0;
    for (const Attendee &a : m_people) {
        Plan::Row row;
        row.number = ++n;
        row.height = minRow;
        for (const Plan::Column &c : std::as_const(p.columns)) {
            const qreal inner = c.width - 2 * page.mm(padX);
            TextFit::Fitted cell;
            if (c.spec.cell == Cell::Number)
                cell = fit.fit(QString::number(row.number), inner, c.spec.rule);
            else if (c.spec.cell == Cell::Name)
                cell = fit.fit(a.name, inner, c.spec.rule);
            else
                cell = fit.fit(cellText(a, c.spec.column), inner, c.spec.rule);
            row.height = std::max(row.height, cell.height() + 2 * page.mm(padY));
            row.cells << cell;
        }
        p.rows << row;
    }
    for (int i = 0; i < m_layout.blankRows; ++i) {
        Plan::Row row;
        row.number = ++n;
        row.blank = true;
        row.height = minRow;
        for (const Plan::Column &c : std::as_const(p.columns))
            row.cells << (c.spec.cell == Cell::Number
                              ? fit.fit(QString::number(row.number), c.width - 2 * page.mm(padX), c.spec.rule)
                              : TextFit::Fitted{});
        p.rows << row;
    }
    if (p.rows.isEmpty())
        p.nobody = fit.fit(text.translate("renkei::SignInSheet", "No one has registered yet."), bodyWidth,
                           rule(9, 9, 9, 2));

    // Pages: whole rows only.
    const qreal room = p.tableBottom - p.tableTop - p.headingRow;
    p.pageStarts << 0;
    qreal used = 0;
    for (qsizetype i = 0; i < p.rows.size(); ++i) {
        if (used > 0 && used + p.rows[i].height > room) {
            p.pageStarts << i;
            used = 0;
        }
        used += p.rows[i].height;
    }
    return p;
}

int SignInSheet::pageCount(const QPaintDevice &device) const
{
    return int(plan(device).pageStarts.size());
}

Result<int> SignInSheet::print(QPagedPaintDevice &device) const
{
    if (Status s = PrintedPage::checkCanPaint(); !s)
        return s.error();
    PrintedPage::setUp(device, QPageLayout::Portrait);
    const Plan p = plan(device);
    QPainter painter;
    if (!painter.begin(&device))
        return Error{tr("The sign-in sheet could not be printed: the printer or file did not start.")};
    const qreal mm = p.pixelsPerMm;
    const QPen thin(QColor(0x8a, 0x8a, 0x8a), 0.2 * mm);
    const QPen frame(Qt::black, 0.35 * mm);
    const QColor headingFill(0xe6, 0xe6, 0xe6);
    const QColor stripe(0xf4, 0xf4, 0xf4);
    const int pages = int(p.pageStarts.size());

    for (int pageIndex = 0; pageIndex < pages; ++pageIndex) {
        if (pageIndex > 0)
            device.newPage();
        painter.setPen(Qt::black);

        // Header.
        qreal y = p.body.top();
        const qreal titleHeight = std::max(p.title.height(), 8 * mm);
        TextFit::paint(painter, p.title, QRectF(p.body.left(), y, p.body.width(), titleHeight),
                       Qt::AlignHCenter);
        y += titleHeight + 1 * mm;
        const qreal whenHeight = std::max(p.when.height(), 6 * mm);
        TextFit::paint(painter, p.when, QRectF(p.body.left(), y, p.body.width(), whenHeight),
                       Qt::AlignHCenter);
        y += whenHeight;
        const QRectF lastLine(p.body.left(), y, p.body.width(), std::max(p.tableTop - y - 1.5 * mm, 5 * mm));
        TextFit::paint(painter, p.theme, lastLine, Qt::AlignLeft);
        TextFit::paint(painter, p.count, lastLine, Qt::AlignRight);

        // The table's heading row.
        const qreal left = p.body.left();
        const qreal right = p.columns.isEmpty() ? left : p.columns.last().left + p.columns.last().width;
        QRectF heading(left, p.tableTop, right - left, p.headingRow);
        painter.fillRect(heading, headingFill);
        for (const Plan::Column &c : p.columns)
            TextFit::paint(painter, c.heading, QRectF(c.left, p.tableTop, c.width, p.headingRow),
                           Qt::AlignHCenter);

        // The rows of this page.
        const qsizetype first = p.pageStarts[pageIndex];
        const qsizetype end = pageIndex + 1 < pages ? p.pageStarts[pageIndex + 1] : p.rows.size();
        y = p.tableTop + p.headingRow;
        for (qsizetype i = first; i < end; ++i) {
            const Plan::Row &row = p.rows[i];
            if ((i - first) % 2 == 1)
                painter.fillRect(QRectF(left, y, right - left, row.height), stripe);
            for (qsizetype c = 0; c < p.columns.size(); ++c) {
                const Plan::Column &column = p.columns[c];
                const QRectF cell(column.left + padX * mm, y, column.width - 2 * padX * mm, row.height);
                if (column.spec.cell == Cell::Column && column.spec.column == SheetColumn::Social) {
                    painter.setPen(QPen(Qt::black, 0.25 * mm));
                    painter.setBrush(Qt::white);
                    const qreal side = tickBox * mm;
                    painter.drawRect(QRectF(column.left + (column.width - side) / 2,
                                            y + (row.height - side) / 2, side, side));
                    painter.setBrush(Qt::NoBrush);
                    continue;
                }
                painter.setPen(Qt::black);
                TextFit::paint(painter, row.cells[c], cell, column.spec.alignment);
            }
            y += row.height;
            painter.setPen(thin);
            painter.drawLine(QPointF(left, y), QPointF(right, y));
        }
        if (p.rows.isEmpty()) {
            painter.setPen(Qt::black);
            TextFit::paint(painter, p.nobody, QRectF(left, y, right - left, 14 * mm), Qt::AlignHCenter);
            y += 14 * mm;
        }

        // Column rules and the frame.
        painter.setPen(thin);
        for (qsizetype c = 1; c < p.columns.size(); ++c)
            painter.drawLine(QPointF(p.columns[c].left, p.tableTop), QPointF(p.columns[c].left, y));
        painter.setPen(frame);
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(QRectF(left, p.tableTop, right - left, y - p.tableTop));
        painter.drawLine(QPointF(left, p.tableTop + p.headingRow), QPointF(right, p.tableTop + p.headingRow));

        // Footer: the page number.
        painter.setPen(Qt::black);
        const TextFit fit(device);
        const TextFit::Fitted number = fit.fit(PrintedPage::pageNumber(m_text, pageIndex + 1, pages),
                                               p.body.width(), rule(8.5, 8.5, 8.5, 1));
        TextFit::paint(painter, number,
                       QRectF(p.body.left(), p.body.bottom() - footerHeight * mm + 2 * mm, p.body.width(),
                              footerHeight * mm - 2 * mm),
                       Qt::AlignHCenter);
    }
    painter.end();
    return pages;
}

Result<int> SignInSheet::writePdf(const QString &path) const
{
    return PrintedPage::writePdfPages(path, title(), QPageLayout::Portrait,
                                      [this](QPagedPaintDevice &device) { return print(device); });
}

} // namespace renkei
