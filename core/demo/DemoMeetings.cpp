#include "DemoMeetings.h"

#include "core/demo/DemoAttendance.h"
#include "core/demo/DemoDice.h"
#include "core/demo/DemoNetwork.h"
#include "core/model/Attendance.h"
#include "core/model/Series.h"
#include "core/schedule/JapaneseHolidays.h"
#include "core/storage/AttendanceRepository.h"
#include "core/storage/Database.h"
#include "core/storage/MeetingRepository.h"
#include "core/storage/SeriesRepository.h"

#include <algorithm>
#include <climits>

namespace renkei {

QDate DemoMeetings::dateOf(int i)
{
    constexpr int months[] = {4, 6, 8, 10, 12, 2};
    const int fiscalYear = 2024 + i / 6;
    const int month = months[i % 6];
    QDate date(month >= 4 ? fiscalYear : fiscalYear + 1, month, 1);
    date = date.addDays((Qt::Tuesday - date.dayOfWeek() + 7) % 7 + 7); // the 2nd Tuesday
    auto avoided = [](const QDate &d) {
        return JapaneseHolidays::isHoliday(d) || (d.month() == 8 && d.day() >= 13 && d.day() <= 16);
    };
    while (avoided(date))
        date = date.addDays(7);
    return date;
}

qint64 DemoMeetings::presenterFor(const QString &spec, const QDate &date, qint64 previous)
{
    using Office = DemoSeed::Office;
    if (spec.isEmpty())
        return 0;
    if (spec == QLatin1String("="))
        return previous;
    if (spec == QLatin1String("@chair"))
        return m_roster.officer(Office::Chair, 0)->member.id;
    if (spec == QLatin1String("@ward") || spec == QLatin1String("@secretariat")) {
        const QString profession =
            spec == QLatin1String("@ward") ? m_seed.programme.wardOfficer : m_seed.programme.secretariat;
        for (const DemoRoster::Person &p : m_roster.people())
            if (p.office == Office::Secretariat && p.profession == profession)
                return p.member.id;
        return 0;
    }
    // Someone of the profession who has been a member for a while; in-area members first, and each
    // presents as seldom as possible.
    QList<const DemoRoster::Person *> candidates;
    for (const DemoRoster::Person &p : m_roster.people())
        if (p.profession == spec && p.office == Office::None && p.activeOn(date) &&
            p.member.joinedOn.daysTo(date) > 60)
            candidates << &p;
    const bool anyInArea = std::any_of(candidates.begin(), candidates.end(),
                                       [](const DemoRoster::Person *p) { return p->inArea; });
    if (anyInArea)
        candidates.removeIf([](const DemoRoster::Person *p) { return !p->inArea; });
    if (candidates.isEmpty())
        return 0;
    int fewest = INT_MAX;
    for (const DemoRoster::Person *p : candidates)
        fewest = std::min(fewest, m_presentations.value(p->member.id));
    candidates.removeIf(
        [&](const DemoRoster::Person *p) { return m_presentations.value(p->member.id) > fewest; });
    const qint64 id = m_dice.pick(candidates)->member.id;
    m_presentations[id] += 1;
    return id;
}

Meeting DemoMeetings::meeting(int i, const Series &series) const
{
    const DemoSeed::MeetingSeed &seed = m_seed.meetings.at(i);
    Meeting m;
    m.seriesId = m_seriesId;
    m.number = series.firstNumber + i;
    m.date = dateOf(i);
    m.start = series.defaultStart;
    m.end = series.defaultEnd;
    m.theme = seed.theme;
    m.fee = seed.fee.value_or(series.defaultFee);
    m.venue = series.defaultVenue;
    m.address = series.defaultAddress;
    m.capacity = series.defaultCapacity;
    if (m_seed.venues.contains(seed.venue)) {
        const DemoSeed::Venue &venue = m_seed.venues[seed.venue];
        m.venue = venue.name;
        m.address = m_roster.organisation(venue.organisation).address;
        m.capacity = venue.capacity;
    }
    // Planned: it becomes held when the first person is checked in on the day.
    m.status = MeetingStatus::Planned;
    if (seed.socialFee > 0) {
        m.hasSocial = true;
        m.socialVenue = m.date.month() == 12 ? m_seed.decemberSocialVenue : m_seed.socialVenue;
        m.socialStart = QTime(20, 45);
        m.socialFee = seed.socialFee;
    }
    m.notes = seed.summary;
    return m;
}

// 次第 (the programme): opening, news, the theme's items, announcements, closing.
QList<AgendaItem> DemoMeetings::agenda(int i, const Meeting &m, QSet<qint64> &presenters)
{
    using Office = DemoSeed::Office;
    QList<AgendaItem> items;
    auto item = [&](AgendaKind kind, const QString &title, int minutes, qint64 presenter,
                    const QString &presenterText = {}) {
        AgendaItem a;
        a.kind = kind;
        a.title = title;
        a.minutes = minutes;
        a.presenterMemberId = presenter;
        a.presenterText = presenterText;
        items << a;
        if (presenter)
            presenters.insert(presenter);
    };
    const DemoSeed::Programme &programme = m_seed.programme;
    item(AgendaKind::Opening, programme.opening, 5, m_roster.officer(Office::Chair, 0)->member.id);
    item(AgendaKind::InformationSharing, programme.information, 10,
         presenterFor(i % 2 ? QStringLiteral("@secretariat") : QStringLiteral("@ward"), m.date, 0));
    qint64 previous = 0;
    for (const DemoSeed::Item &s : m_seed.meetings.at(i).items) {
        previous = presenterFor(s.presenter, m.date, previous);
        item(s.kind, s.title, s.minutes, previous, s.presenterText);
    }
    item(AgendaKind::Announcement, programme.announcement, 5,
         presenterFor(QStringLiteral("@secretariat"), m.date, 0));
    item(AgendaKind::Closing, programme.closing, 5, m_roster.officer(Office::ViceChair, i)->member.id);
    return items;
}

// The minutes of a held meeting start with how many came.
Status DemoMeetings::describeHeld(qint64 meetingId, const DemoSeed::MeetingSeed &seed)
{
    MeetingRepository meetings(m_db);
    Result<Meeting> m = meetings.get(meetingId);
    if (!m)
        return m.error();
    const Result<QList<Attendance>> rows = AttendanceRepository(m_db).forMeeting(meetingId);
    if (!rows)
        return rows.error();
    int came = 0, guests = 0, social = 0;
    for (const Attendance &a : *rows) {
        if (a.status != AttendanceStatus::Attended)
            continue;
        ++came;
        guests += a.isGuest() ? 1 : 0;
        social += a.social ? 1 : 0;
    }
    m->notes = QStringLiteral("参加 %1名(うちゲスト %2名)。").arg(came).arg(guests) + seed.summary;
    if (m->hasSocial)
        m->notes += QStringLiteral("懇親会 %1名。").arg(social);
    return meetings.update(*m);
}

Status DemoMeetings::add()
{
    Result<qint64> seriesId = SeriesRepository(m_db).add(m_seed.series);
    if (!seriesId)
        return seriesId.error();
    m_seriesId = *seriesId;

    MeetingRepository meetings(m_db);
    DemoAttendance attendance(m_db, m_dice, m_seed, m_roster, m_today, m_now);
    for (int i = 0; i < int(m_seed.meetings.size()); ++i) {
        Meeting m = meeting(i, m_seed.series);
        QSet<qint64> presenters;
        const QList<AgendaItem> items = agenda(i, m, presenters);
        // Put in the calendar two months ahead, and before anyone could register.
        m_now = DemoNetwork::tokyoTime(
            std::max(QDate(2024, 3, 20), std::min(m.date.addDays(-60), m_today.addDays(-60))), QTime(10, 0));
        Result<qint64> id = meetings.add(m);
        if (!id)
            return id.error();
        m.id = *id;
        if (Status s = meetings.setAgenda(m.id, items); !s)
            return s;
        if (m.date < m_today) {
            if (Status s = attendance.held(m, presenters); !s)
                return s;
            if (Status s = describeHeld(m.id, m_seed.meetings.at(i)); !s)
                return s;
        } else if (Status s = attendance.planned(m, presenters, m_seed.meetings.at(i).demand); !s) {
            return s;
        }
    }
    return {};
}

} // namespace renkei
