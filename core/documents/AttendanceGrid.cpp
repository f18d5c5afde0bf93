#include "AttendanceGrid.h"

#include "PrintedPage.h"
#include "TextFit.h"
#include "core/storage/AttendeeRepository.h"
#include "core/storage/MeetingRepository.h"
#include "core/storage/SeriesRepository.h"
#include "core/text/KanaText.h"

#include <QHash>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace renkei {

namespace {

// The page, in millimetres (A4 landscape).
constexpr qreal margin = 10;
constexpr qreal headerHeight = 13;
constexpr qreal headingHeight = 11;
constexpr qreal footerHeight = 7;
constexpr qreal rowHeight = 6.8;
constexpr qreal padX = 1.2;
const QChar tick(0x2713); // ✓

// One person across meetings: a member by id, a guest by name and reading.
QString personKey(const Attendee &a)
{
    if (!a.isGuest())
        return QStringLiteral("m%1").arg(a.memberId());
    return QStringLiteral("g%1|%2").arg(KanaText::searchKey(a.name), KanaText::searchKey(a.kana));
}

struct Columns
{
    qreal number, name, profession, organisation, meeting, total; // device pixels
    qreal left;
    qreal right() const { return left + number + name + profession + organisation + meeting * count + total; }
    qsizetype count;
};

Columns columnsFor(const PrintedPage &page, qsizetype meetings)
{
    const qreal width = page.paper().width() / page.mm(1) - 2 * margin;
    Columns c;
    c.count = meetings;
    c.left = page.mm(margin);
    const qreal fixed = 8 + 12;
    const qreal flexible = 36 + 26 + 40;
    const qreal meetingMm =
        meetings == 0 ? 0 : std::clamp((width - fixed - flexible) / qreal(meetings), 9.0, 20.0);
    const qreal scale = (width - fixed - meetingMm * meetings) / flexible;
    c.number = page.mm(8);
    c.name = page.mm(36 * scale);
    c.profession = page.mm(26 * scale);
    c.organisation = page.mm(40 * scale);
    c.meeting = page.mm(meetingMm);
    c.total = page.mm(12);
    return c;
}

} // namespace

AttendanceGrid::AttendanceGrid(Series series, FiscalYear year, QList<Meeting> meetings, QList<Person> people,
                               int blankRows, DocumentText text)
    : m_series(std::move(series)), m_year(year), m_meetings(std::move(meetings)), m_people(std::move(people)),
      m_blankRows(std::clamp(blankRows, 0, 500)), m_text(std::move(text))
{}

Result<AttendanceGrid> AttendanceGrid::load(Database &db, qint64 seriesId, FiscalYear year, int blankRows,
                                            const DocumentOptions &document)
{
    Result<DocumentText> text = DocumentText::stored(db, document);
    if (!text)
        return text.error();
    const Result<Series> series = SeriesRepository(db).get(seriesId);
    if (!series)
        return series.error();
    const Result<QList<Meeting>> all = MeetingRepository(db).list(seriesId, year.first(), year.last());
    if (!all)
        return all.error();
    QList<Meeting> meetings;
    for (const Meeting &m : *all)
        if (m.status != MeetingStatus::Cancelled)
            meetings << m;

    AttendeeRepository attendees(db);
    QHash<QString, qsizetype> index;
    QList<Person> people;
    for (const Meeting &m : std::as_const(meetings)) {
        const Result<QList<Attendee>> list = attendees.forMeeting(m.id);
        if (!list)
            return list.error();
        for (const Attendee &a : *list) {
            if (a.attendance.status != AttendanceStatus::Attended)
                continue;
            const QString key = personKey(a);
            qsizetype i = index.value(key, -1);
            if (i < 0) {
                i = people.size();
                index.insert(key, i);
                people << Person{};
            }
            people[i].who = a; // meetings come in date order: the latest details win
            people[i].attended.insert(m.id);
        }
    }
    std::sort(people.begin(), people.end(), [](const Person &a, const Person &b) {
        if (a.who.sortKey != b.who.sortKey)
            return a.who.sortKey < b.who.sortKey;
        return a.who.isGuest() != b.who.isGuest() ? !a.who.isGuest() : a.who.name < b.who.name;
    });
    return AttendanceGrid(*series, year, meetings, people, blankRows, *text);
}

QList<int> AttendanceGrid::totals() const
{
    QList<int> out;
    for (const Meeting &m : m_meetings)
        out << int(std::count_if(m_people.begin(), m_people.end(),
                                 [&](const Person &p) { return p.attended.contains(m.id); }));
    return out;
}

QString AttendanceGrid::title() const
{
    //: Title of the attendance grid; %1 the series, %2 the fiscal year. Japanese: %1 %2 出席一覧
    return m_text.translate("renkei::AttendanceGrid", "%1 — attendance in %2")
        .arg(m_series.name, m_text.fiscalYear(m_year.year()));
}

int AttendanceGrid::rowsPerPage(const QPaintDevice &device) const
{
    const PrintedPage page(device);
    const qreal room =
        page.paper().height() / page.mm(1) - 2 * margin - headerHeight - headingHeight - footerHeight;
    return std::max(1, int(std::floor(room / rowHeight)));
}

int AttendanceGrid::pageCount(const QPaintDevice &device) const
{
    // Every person, the blank rows, and the totals row.
    const qsizetype rows = m_people.size() + m_blankRows + 1;
    return int((rows + rowsPerPage(device) - 1) / rowsPerPage(device));
}

Result<int> AttendanceGrid::print(QPagedPaintDevice &device) const
{
    if (Status s = PrintedPage::checkCanPaint(); !s)
        return s.error();
    PrintedPage::setUp(device, QPageLayout::Landscape);
    const PrintedPage page(device);
    const TextFit fit(device);
    QPainter painter;
    if (!painter.begin(&device))
        return Error{tr("The attendance grid could not be printed: the printer or file did not start.")};
    const qreal mm = page.mm(1);
    const Columns c = columnsFor(page, m_meetings.size());
    const qreal top = margin * mm;
    const qreal tableTop = top + headerHeight * mm;
    const qreal bodyTop = tableTop + headingHeight * mm;
    const qreal row = rowHeight * mm;
    const int perPage = rowsPerPage(device);
    const int pages = pageCount(device);
    const qsizetype rows = m_people.size() + m_blankRows + 1;
    const bool tickInFont = QFontMetricsF(PrintedPage::font(10), &device).inFontUcs4(tick.unicode());
    const QList<int> sums = totals();

    const TextFit::Fitted titleText = fit.fit(title(), page.mm(200), {13, 10, 9, 1, true});
    //: The attendance grid's legend; Japanese: ✓ 出席
    const TextFit::Fitted legend =
        fit.fit(m_text.translate("renkei::AttendanceGrid", "✓ attended"), page.mm(60), {8.5, 7, 7, 1});
    const TextFit::Rule headingRule{7.5, 6, 5.5, 2, true};
    const TextFit::Rule cellRule{7.5, 6, 5.5, 1};
    const TextFit::Rule nameRule{8.5, 6.5, 6, 1, true};

    const TextFit::Fitted tickText = fit.fit(QString(tick), page.mm(8), {10, 10, 10, 1});
    auto paintTick = [&](const QRectF &cell) {
        if (tickInFont) {
            TextFit::paint(painter, tickText, cell, Qt::AlignHCenter);
            return;
        }
        const qreal s = std::min(cell.width(), cell.height()) * 0.5;
        const QPointF o(cell.center().x() - s / 2, cell.center().y() - s / 2);
        QPainterPath path(o + QPointF(0, s * 0.55));
        path.lineTo(o + QPointF(s * 0.38, s * 0.9));
        path.lineTo(o + QPointF(s, s * 0.1));
        painter.save();
        painter.setPen(QPen(Qt::black, 0.35 * mm));
        painter.drawPath(path);
        painter.restore();
    };

    for (int pageIndex = 0; pageIndex < pages; ++pageIndex) {
        if (pageIndex > 0)
            device.newPage();
        painter.setPen(Qt::black);
        TextFit::paint(painter, titleText, QRectF(c.left, top, page.mm(200), headerHeight * mm - 3 * mm));
        TextFit::paint(painter, legend,
                       QRectF(c.right() - page.mm(60), top, page.mm(60), headerHeight * mm - 3 * mm),
                       Qt::AlignRight);

        // Headings.
        painter.fillRect(QRectF(c.left, tableTop, c.right() - c.left, headingHeight * mm),
                         QColor(0xe6, 0xe6, 0xe6));
        qreal x = c.left;
        auto heading = [&](const QString &text, qreal width) {
            TextFit::paint(painter, fit.fit(text, width - 2 * padX * mm, headingRule),
                           QRectF(x, tableTop, width, headingHeight * mm), Qt::AlignHCenter);
            x += width;
        };
        heading(m_text.translate("renkei::AttendanceGrid", "No."), c.number);
        heading(m_text.translate("renkei::AttendanceGrid", "Name"), c.name);
        heading(m_text.translate("renkei::AttendanceGrid", "Profession"), c.profession);
        heading(m_text.translate("renkei::AttendanceGrid", "Organisation"), c.organisation);
        const DocumentText &text = m_text;
        for (const Meeting &m : m_meetings) {
            // 第43回 over 4/14.
            const qreal half = headingHeight * mm / 2;
            const qreal inner = c.meeting - 2 * padX * mm;
            TextFit::paint(painter, fit.fit(text.meetingNumber(m.number), inner, headingRule),
                           QRectF(x, tableTop + 0.6 * mm, c.meeting, half), Qt::AlignHCenter);
            TextFit::paint(painter,
                           fit.fit(QLocale::c().toString(m.date, QStringLiteral("M/d")), inner, cellRule),
                           QRectF(x, tableTop + half - 0.6 * mm, c.meeting, half), Qt::AlignHCenter);
            x += c.meeting;
        }
        heading(m_text.translate("renkei::AttendanceGrid", "Total"), c.total);

        // Rows: people, blank rows, then the totals.
        const qsizetype first = qsizetype(pageIndex) * perPage;
        const qsizetype end = std::min<qsizetype>(rows, first + perPage);
        qreal y = bodyTop;
        for (qsizetype r = first; r < end; ++r, y += row) {
            if ((r - first) % 2 == 1)
                painter.fillRect(QRectF(c.left, y, c.right() - c.left, row), QColor(0xf4, 0xf4, 0xf4));
            painter.setPen(Qt::black);
            x = c.left;
            auto cell = [&](const QString &value, qreal width, const TextFit::Rule &rule,
                            Qt::Alignment align) {
                TextFit::paint(painter, fit.fit(value, width - 2 * padX * mm, rule),
                               QRectF(x + padX * mm, y, width - 2 * padX * mm, row), align);
                x += width;
            };
            const bool totalsRow = r == rows - 1;
            if (totalsRow) {
                painter.fillRect(QRectF(c.left, y, c.right() - c.left, row), QColor(0xe6, 0xe6, 0xe6));
                x += c.number;
                cell(m_text.translate("renkei::AttendanceGrid", "Attended"),
                     c.name + c.profession + c.organisation, nameRule, Qt::AlignRight);
                int all = 0;
                for (int sum : sums) {
                    cell(QString::number(sum), c.meeting, nameRule, Qt::AlignHCenter);
                    all += sum;
                }
                cell(QString::number(all), c.total, nameRule, Qt::AlignHCenter);
                continue;
            }
            cell(QString::number(r + 1), c.number, cellRule, Qt::AlignHCenter);
            if (r >= m_people.size())
                continue; // a blank row for a newcomer
            const Person &p = m_people[r];
            //: A guest's name on the attendance grid; Japanese: %1（ゲスト）
            cell(p.who.isGuest() ? m_text.translate("renkei::AttendanceGrid", "%1 (guest)").arg(p.who.name)
                                 : p.who.name,
                 c.name, nameRule, Qt::AlignLeft);
            cell(p.who.profession, c.profession, cellRule, Qt::AlignLeft);
            cell(p.who.organisation, c.organisation, cellRule, Qt::AlignLeft);
            for (const Meeting &m : m_meetings) {
                if (p.attended.contains(m.id))
                    paintTick(QRectF(x, y, c.meeting, row));
                x += c.meeting;
            }
            cell(QString::number(p.attended.size()), c.total, cellRule, Qt::AlignHCenter);
        }

        // Rules and frame.
        const QPen thin(QColor(0x8a, 0x8a, 0x8a), 0.2 * mm);
        painter.setPen(thin);
        for (qreal ry = bodyTop + row; ry < y - 1; ry += row)
            painter.drawLine(QPointF(c.left, ry), QPointF(c.right(), ry));
        // The totals row's label spans the name, profession and organisation: no rules through it.
        const bool totalsHere = end == rows;
        const qreal spannedBottom = totalsHere ? y - row : y;
        for (qreal lx : {c.left + c.number + c.name, c.left + c.number + c.name + c.profession})
            painter.drawLine(QPointF(lx, tableTop), QPointF(lx, spannedBottom));
        QList<qreal> lines{c.left + c.number};
        qreal mx = c.left + c.number + c.name + c.profession + c.organisation;
        for (qsizetype i = 0; i <= m_meetings.size(); ++i, mx += c.meeting)
            lines << mx;
        for (qreal lx : lines)
            painter.drawLine(QPointF(lx, tableTop), QPointF(lx, y));
        painter.setPen(QPen(Qt::black, 0.35 * mm));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(QRectF(c.left, tableTop, c.right() - c.left, y - tableTop));
        painter.drawLine(QPointF(c.left, bodyTop), QPointF(c.right(), bodyTop));

        painter.setPen(Qt::black);
        TextFit::paint(
            painter,
            fit.fit(PrintedPage::pageNumber(m_text, pageIndex + 1, pages), page.mm(40), {8.5, 8.5, 8.5, 1}),
            QRectF(c.left, page.paper().height() - (margin + footerHeight) * mm + 2 * mm, c.right() - c.left,
                   footerHeight * mm),
            Qt::AlignHCenter);
    }
    painter.end();
    return pages;
}

Result<int> AttendanceGrid::writePdf(const QString &path) const
{
    return PrintedPage::writePdfPages(path, title(), QPageLayout::Landscape,
                                      [this](QPagedPaintDevice &device) { return print(device); });
}

} // namespace renkei
