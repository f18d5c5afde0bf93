#include "AttendanceCertificates.h"

#include "PrintedPage.h"
#include "TextFit.h"
#include "core/attendance/AttendeeOrder.h"
#include "core/storage/AttendeeRepository.h"

#include <QPagedPaintDevice>
#include <QPainter>

#include <algorithm>

namespace renkei {

namespace {
const QColor ink(0x1b, 0x2a, 0x49);
constexpr qreal detailsLeft = 38; // mm: the labels
constexpr qreal valuesLeft = 72;  // mm: the values
constexpr qreal detailsRight = 172;
} // namespace

AttendanceCertificates::AttendanceCertificates(MeetingDocument meeting, QList<Attendee> people,
                                               CertificateOptions options, DocumentText text)
    : m_meeting(std::move(meeting)), m_people(std::move(people)), m_options(std::move(options)),
      m_text(std::move(text))
{}

Result<AttendanceCertificates> AttendanceCertificates::load(Database &db, qint64 meetingId,
                                                            const QList<qint64> &memberIds,
                                                            CertificateOptions options)
{
    Result<DocumentText> text = DocumentText::stored(db, options.document);
    if (!text)
        return text.error();
    Result<MeetingDocument> meeting = MeetingDocument::load(db, meetingId);
    if (!meeting)
        return meeting.error();
    const Result<QList<Attendee>> all = AttendeeRepository(db).forMeeting(meetingId);
    if (!all)
        return all.error();
    QList<Attendee> came;
    for (const Attendee &a : *all)
        if (a.attendance.status == AttendanceStatus::Attended)
            came << a;
    AttendeeOrder::sort(came, AttendeeSort::Kana);
    if (memberIds.isEmpty()) {
        if (came.isEmpty())
            return Error{tr("No one is recorded as having attended this meeting yet.")};
        return AttendanceCertificates(*meeting, came, options, *text);
    }
    QList<Attendee> chosen;
    for (qint64 id : memberIds) {
        const auto found =
            std::find_if(came.begin(), came.end(), [id](const Attendee &a) { return a.memberId() == id; });
        if (found == came.end())
            return Error::inField(tr("Member %1 is not recorded as having attended this meeting.").arg(id),
                                  QStringLiteral("member"));
        chosen << *found;
    }
    return AttendanceCertificates(*meeting, chosen, options, *text);
}

QString AttendanceCertificates::issuer() const
{
    return m_options.issuer.trimmed().isEmpty() ? m_meeting.series.name : m_options.issuer.trimmed();
}

QString AttendanceCertificates::hours() const
{
    const Meeting &m = m_meeting.meeting;
    if (!m.start.isValid() || !m.end.isValid() || m.end <= m.start)
        return {};
    const double hours = m.start.secsTo(m.end) / 3600.0;
    return QString::number(hours, 'g', 3);
}

Result<int> AttendanceCertificates::print(QPagedPaintDevice &device) const
{
    if (Status s = PrintedPage::checkCanPaint(); !s)
        return s.error();
    PrintedPage::setUp(device, QPageLayout::Portrait);
    const PrintedPage page(device);
    const TextFit fit(device);
    const DocumentText &text = m_text;
    const Meeting &m = m_meeting.meeting;
    QPainter painter;
    if (!painter.begin(&device))
        return Error{tr("The certificates could not be printed: the printer or file did not start.")};
    const qreal mm = page.mm(1);
    auto box = [&](qreal left, qreal top, qreal right, qreal height) {
        return QRectF(left * mm, top * mm, (right - left) * mm, height * mm);
    };

    // What every page says alike.
    const TextFit::Fitted title =
        fit.fit(text.translate("renkei::AttendanceCertificates", "Certificate of Attendance"), page.mm(150),
                {28, 20, 18, 2, true});
    const TextFit::Fitted body = fit.fit(
        text.translate("renkei::AttendanceCertificates",
                       "This is to certify that the person named above attended the following meeting."),
        page.mm(140), {12, 10, 9.5, 2, false});
    struct Detail
    {
        TextFit::Fitted label;
        TextFit::Fitted value;
    };
    QList<Detail> details;
    auto addDetail = [&](const QString &label, const QString &value) {
        if (value.trimmed().isEmpty())
            return;
        details << Detail{fit.fit(label, page.mm(valuesLeft - detailsLeft - 3), {11, 9, 8, 2, true}),
                          fit.fit(value, page.mm(detailsRight - valuesLeft), {11, 9.5, 8.5, 3, false})};
    };
    addDetail(text.translate("renkei::AttendanceCertificates", "Meeting"),
              text.meetingTitle(m_meeting.series.name, m.number));
    addDetail(text.translate("renkei::AttendanceCertificates", "Theme"), m.theme);
    addDetail(text.translate("renkei::AttendanceCertificates", "Date"), text.date(m.date));
    const QString range = text.timeRange(m.start, m.end);
    //: Time and length on a certificate of attendance; Japanese: %1（%2時間）
    addDetail(text.translate("renkei::AttendanceCertificates", "Time"),
              hours().isEmpty()
                  ? range
                  : text.translate("renkei::AttendanceCertificates", "%1 (%2 hours)").arg(range, hours()));
    addDetail(text.translate("renkei::AttendanceCertificates", "Venue"), m.venue);
    const TextFit::Fitted issued = fit.fit(
        text.date(m_options.issuedOn.isValid() ? m_options.issuedOn : m.date), page.mm(90), {11, 9, 9, 1});
    const TextFit::Fitted issuerText = fit.fit(issuer(), page.mm(100), {15, 11, 10, 2, true});

    for (qsizetype i = 0; i < m_people.size(); ++i) {
        if (i > 0)
            device.newPage();
        const Attendee &person = m_people[i];

        // A double frame.
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(ink, 0.9 * mm));
        painter.drawRect(page.inside(13, 13, 13, 13));
        painter.setPen(QPen(ink, 0.25 * mm));
        painter.drawRect(page.inside(15.5, 15.5, 15.5, 15.5));

        painter.setPen(QColor(0x44, 0x44, 0x44));
        //: The serial number of a certificate: meeting number and person; Japanese: 第%1号
        const TextFit::Fitted serial =
            fit.fit(text.translate("renkei::AttendanceCertificates", "No. %1")
                        .arg(QStringLiteral("%1-%2").arg(m.number).arg(i + 1, 3, 10, QLatin1Char('0'))),
                    page.mm(50), {9, 8, 8, 1});
        TextFit::paint(painter, serial, box(140, 22, 180, 6), Qt::AlignRight);

        painter.setPen(ink);
        TextFit::paint(painter, title, box(30, 40, 180, 22), Qt::AlignHCenter);

        painter.setPen(Qt::black);
        //: The attendee's name on a certificate; Japanese adds the honorific: %1 様
        const TextFit::Fitted name = fit.fit(
            text.translate("renkei::AttendanceCertificates", "%1", "certificate name").arg(person.name),
            page.mm(120), {22, 15, 13, 2, true});
        TextFit::paint(painter, name, box(40, 78, 170, 18), Qt::AlignHCenter);
        painter.setPen(QPen(Qt::black, 0.3 * mm));
        painter.drawLine(QPointF(45 * mm, 97 * mm), QPointF(165 * mm, 97 * mm));
        QStringList where;
        for (const QString &part : {person.profession, person.organisation})
            if (!part.isEmpty())
                where << part;
        painter.setPen(QColor(0x33, 0x33, 0x33));
        TextFit::paint(painter, fit.fit(where.join(text.gap()), page.mm(120), {10, 8, 8, 2}),
                       box(40, 99, 170, 8), Qt::AlignHCenter);

        painter.setPen(Qt::black);
        TextFit::paint(painter, body, box(30, 116, 180, 14), Qt::AlignHCenter);

        qreal y = 140 * mm;
        for (const Detail &d : details) {
            const qreal height = std::max({d.label.height(), d.value.height(), 9 * mm});
            TextFit::paint(painter, d.label,
                           QRectF(detailsLeft * mm, y, (valuesLeft - detailsLeft) * mm, height));
            TextFit::paint(painter, d.value,
                           QRectF(valuesLeft * mm, y, (detailsRight - valuesLeft) * mm, height));
            y += height;
            painter.setPen(QPen(QColor(0xc8, 0xc8, 0xc8), 0.2 * mm));
            painter.drawLine(QPointF(detailsLeft * mm, y), QPointF(detailsRight * mm, y));
            painter.setPen(Qt::black);
        }

        TextFit::paint(painter, issued, box(90, 222, 172, 8), Qt::AlignRight);
        painter.setPen(ink);
        TextFit::paint(painter, issuerText, box(70, 232, 172, 14), Qt::AlignRight);
    }
    painter.end();
    return int(m_people.size());
}

Result<int> AttendanceCertificates::writePdf(const QString &path) const
{
    if (m_people.isEmpty())
        return Error{tr("There is no one to make a certificate for.")};
    const QString title =
        //: The title of the certificates' PDF; %1 is the series and meeting number
        m_text.translate("renkei::AttendanceCertificates", "%1 — certificates of attendance")
            .arg(m_text.meetingTitle(m_meeting.series.name, m_meeting.meeting.number));
    return PrintedPage::writePdfPages(path, title, QPageLayout::Portrait,
                                      [this](QPagedPaintDevice &device) { return print(device); });
}

} // namespace renkei
