#include "NameBadges.h"

#include "PrintedPage.h"
#include "TextFit.h"
#include "core/attendance/AttendeeOrder.h"
#include "core/storage/AttendeeRepository.h"
#include "core/text/KanaText.h"

#include <QPagedPaintDevice>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace renkei {

namespace {

// A Japanese business card (名刺), 91 × 55 mm: ten fit an A4 page, and card holders take them.
constexpr qreal cardWidth = 91;
constexpr qreal cardHeight = 55;
constexpr qreal pageMargin = 8;

QColor roleColour(const Attendee &a)
{
    if (a.attendance.role == AttendanceRole::Staff)
        return QColor(0x2e, 0x7d, 0x32); // green
    if (a.attendance.role == AttendanceRole::Presenter)
        return QColor(0xc6, 0x5d, 0x00); // orange
    if (a.isGuest())
        return QColor(0x6a, 0x1b, 0x9a); // purple
    return QColor(0x1f, 0x4e, 0x79);     // navy
}

QString roleTag(const DocumentText &t, const Attendee &a)
{
    if (a.attendance.role == AttendanceRole::Staff)
        //: Tag on a name badge; Japanese: スタッフ
        return t.translate("renkei::NameBadges", "Staff");
    if (a.attendance.role == AttendanceRole::Presenter)
        //: Tag on a name badge; Japanese: 講師
        return t.translate("renkei::NameBadges", "Presenter");
    if (a.isGuest())
        //: Tag on a name badge; Japanese: ゲスト
        return t.translate("renkei::NameBadges", "Guest");
    return {};
}

} // namespace

NameBadges::NameBadges(MeetingDocument meeting, QList<Attendee> people, BadgeLayout layout, DocumentText text)
    : m_meeting(std::move(meeting)), m_people(std::move(people)), m_layout(layout), m_text(std::move(text))
{
    m_layout.columns = std::clamp(m_layout.columns, 1, 4);
    m_layout.rows = std::clamp(m_layout.rows, 1, 8);
    m_layout.blankCards = std::clamp(m_layout.blankCards, 0, 1000);
}

Result<NameBadges> NameBadges::load(Database &db, qint64 meetingId, const QList<qint64> &attendanceIds,
                                    BadgeLayout layout, const DocumentOptions &document)
{
    Result<DocumentText> text = DocumentText::stored(db, document);
    if (!text)
        return text.error();
    Result<MeetingDocument> meeting = MeetingDocument::load(db, meetingId);
    if (!meeting)
        return meeting.error();
    const Result<QList<Attendee>> all = AttendeeRepository(db).forMeeting(meetingId);
    if (!all)
        return all.error();
    if (attendanceIds.isEmpty()) {
        QList<Attendee> people = AttendeeOrder::expected(*all);
        AttendeeOrder::sort(people, AttendeeSort::Kana);
        return NameBadges(*meeting, people, layout, *text);
    }
    QList<Attendee> chosen;
    for (qint64 id : attendanceIds) {
        const auto found =
            std::find_if(all->begin(), all->end(), [id](const Attendee &a) { return a.id() == id; });
        if (found == all->end())
            return Error{tr("Attendance record %1 is not on the list of this meeting.").arg(id)};
        chosen << *found;
    }
    return NameBadges(*meeting, chosen, layout, *text);
}

int NameBadges::pageCount() const
{
    const qsizetype cards = m_people.size() + m_layout.blankCards;
    return std::max(1, int((cards + cardsPerPage() - 1) / cardsPerPage()));
}

Result<int> NameBadges::print(QPagedPaintDevice &device) const
{
    if (Status s = PrintedPage::checkCanPaint(); !s)
        return s.error();
    PrintedPage::setUp(device, QPageLayout::Portrait);
    const PrintedPage page(device);
    const TextFit fit(device);
    QPainter painter;
    if (!painter.begin(&device))
        return Error{tr("The name badges could not be printed: the printer or file did not start.")};

    const QRectF usable = page.inside(pageMargin, pageMargin, pageMargin, pageMargin);
    const qreal w = std::min(page.mm(cardWidth), usable.width() / m_layout.columns);
    const qreal h = std::min(page.mm(cardHeight), usable.height() / m_layout.rows);
    const QPointF origin(page.paper().center().x() - w * m_layout.columns / 2,
                         page.paper().center().y() - h * m_layout.rows / 2);
    const qreal mm = page.mm(1);
    const QString meetingTitle = m_text.meetingTitle(m_meeting.series.name, m_meeting.meeting.number);
    const TextFit::Fitted meetingLine = fit.fit(meetingTitle, w * 0.62, {7, 5.5, 5.5, 1, false});
    QPen cut(QColor(0xb0, 0xb0, 0xb0), 0.2 * mm, Qt::DashLine);

    const int total = int(m_people.size()) + m_layout.blankCards;
    const int pages = pageCount();
    for (int pageIndex = 0; pageIndex < pages; ++pageIndex) {
        if (pageIndex > 0)
            device.newPage();
        for (int slot = 0; slot < cardsPerPage(); ++slot) {
            const int index = pageIndex * cardsPerPage() + slot;
            if (index >= total)
                break;
            const QRectF card(origin.x() + (slot % m_layout.columns) * w,
                              origin.y() + (slot / m_layout.columns) * h, w, h);
            painter.setPen(cut);
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(card);
            const QRectF inner = card.adjusted(4 * mm, 3 * mm, -4 * mm, -3 * mm);

            // The meeting, small, top left; the role's tag top right; the role's colour along the foot.
            painter.setPen(QColor(0x55, 0x55, 0x55));
            TextFit::paint(painter, meetingLine, QRectF(inner.left(), inner.top(), inner.width(), 4.5 * mm));
            const bool blank = index >= m_people.size();
            const Attendee person = blank ? Attendee{} : m_people[index];
            const QColor colour = blank ? QColor(0x90, 0x90, 0x90) : roleColour(person);
            painter.fillRect(
                QRectF(card.left() + 0.6 * mm, card.bottom() - 2.6 * mm, card.width() - 1.2 * mm, 2 * mm),
                colour);
            if (blank)
                continue;
            if (const QString tag = roleTag(m_text, person); !tag.isEmpty()) {
                const TextFit::Fitted fitted = fit.fit(tag, inner.width() * 0.34, {7.5, 6, 6, 1, true});
                const qreal tagWidth = fitted.width() + 3 * mm;
                const QRectF box(inner.right() - tagWidth, inner.top(), tagWidth, 4.5 * mm);
                QPainterPath rounded;
                rounded.addRoundedRect(box, 1.2 * mm, 1.2 * mm);
                painter.fillPath(rounded, colour);
                painter.setPen(Qt::white);
                TextFit::paint(painter, fitted, box, Qt::AlignHCenter);
            }

            // Reading, name, profession, organisation: centred, each in its own band.
            painter.setPen(QColor(0x33, 0x33, 0x33));
            const TextFit::Fitted kana =
                fit.fit(KanaText::toHiragana(person.kana), inner.width(), {9, 7, 7, 1, false});
            TextFit::paint(painter, kana, QRectF(inner.left(), inner.top() + 6.5 * mm, inner.width(), 5 * mm),
                           Qt::AlignHCenter);
            painter.setPen(Qt::black);
            const TextFit::Fitted name = fit.fit(person.name, inner.width(), {26, 16, 13, 2, true});
            TextFit::paint(painter, name,
                           QRectF(inner.left(), inner.top() + 11.5 * mm, inner.width(), 16 * mm),
                           Qt::AlignHCenter);
            painter.setPen(QColor(0x22, 0x22, 0x22));
            const TextFit::Fitted profession =
                fit.fit(person.profession, inner.width(), {10, 8, 7, 1, false});
            TextFit::paint(painter, profession,
                           QRectF(inner.left(), inner.top() + 28.5 * mm, inner.width(), 5 * mm),
                           Qt::AlignHCenter);
            const TextFit::Fitted organisation =
                fit.fit(person.organisation, inner.width(), {9, 7.5, 6.5, 2, false});
            TextFit::paint(painter, organisation,
                           QRectF(inner.left(), inner.top() + 33.5 * mm, inner.width(),
                                  inner.bottom() - inner.top() - 36 * mm),
                           Qt::AlignHCenter);
        }
    }
    painter.end();
    return pages;
}

Result<int> NameBadges::writePdf(const QString &path) const
{
    const QString title =
        //: The title of the name badges' PDF; %1 is the series and meeting number
        m_text.translate("renkei::NameBadges", "%1 — name badges")
            .arg(m_text.meetingTitle(m_meeting.series.name, m_meeting.meeting.number));
    return PrintedPage::writePdfPages(path, title, QPageLayout::Portrait,
                                      [this](QPagedPaintDevice &device) { return print(device); });
}

} // namespace renkei
