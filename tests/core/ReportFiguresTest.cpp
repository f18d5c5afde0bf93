// The report figures of the demo network, checked against counts made here independently: by walking
// the repositories meeting by meeting and member by member, without the report queries.
#include "TestSupport.h"

#include "core/demo/DemoNetwork.h"
#include "core/reports/MeetingReport.h"
#include "core/reports/SeriesReport.h"
#include "core/storage/AreaRepository.h"
#include "core/storage/AttendanceRepository.h"
#include "core/storage/MeetingRepository.h"
#include "core/storage/MemberRepository.h"
#include "core/storage/SeriesRepository.h"

#include <QHash>
#include <QSet>

#include <algorithm>

using namespace renkei;
using renkei::test::TempDatabase;

namespace {

// The demo network and what the repositories say about it.
struct Demo
{
    TempDatabase temp;
    Series series;
    QList<Meeting> meetings; // all of the series, by date
    QHash<qint64, QList<Attendance>> rows;
    QHash<qint64, Member> members;
    QHash<qint64, Area> areas;

    Demo()
    {
        REQUIRE(DemoNetwork::fill(temp.db()));
        series = SeriesRepository(temp.db()).findByName(DemoNetwork::seriesName()).value();
        meetings = MeetingRepository(temp.db()).list(series.id).value();
        std::stable_sort(meetings.begin(), meetings.end(), [](const Meeting &a, const Meeting &b) {
            return a.date != b.date ? a.date < b.date : a.number < b.number;
        });
        for (const Meeting &m : std::as_const(meetings))
            rows.insert(m.id, AttendanceRepository(temp.db()).forMeeting(m.id).value());
        MemberFilter all;
        all.archived = MemberFilter::Archived::Include;
        const QList<Member> memberList = MemberRepository(temp.db()).list(all).value();
        for (const Member &m : memberList)
            members.insert(m.id, m);
        const QList<Area> areaList = AreaRepository(temp.db()).all().value();
        for (const Area &a : areaList)
            areas.insert(a.id, a);
    }

    qint64 professionOf(const Attendance &a) const
    {
        return a.isGuest() ? a.guest.professionId : members.value(a.memberId).professionId;
    }
    QList<Meeting> heldIn(const FiscalYear &year) const
    {
        QList<Meeting> out;
        for (const Meeting &m : meetings)
            if (m.status == MeetingStatus::Held && year.contains(m.date))
                out << m;
        return out;
    }
    // Members who came to a held meeting before `meeting` (in date order).
    QSet<qint64> cameBefore(const Meeting &meeting) const
    {
        QSet<qint64> out;
        for (const Meeting &m : meetings) {
            if (m.id == meeting.id)
                break;
            if (m.status != MeetingStatus::Held)
                continue;
            for (const Attendance &a : rows.value(m.id))
                if (!a.isGuest() && a.status == AttendanceStatus::Attended)
                    out.insert(a.memberId);
        }
        return out;
    }
};

int attendedAt(const QList<Attendance> &list)
{
    return int(std::count_if(list.cbegin(), list.cend(),
                             [](const Attendance &a) { return a.status == AttendanceStatus::Attended; }));
}

} // namespace

TEST_CASE("every held meeting's report counts the people who came, as the attendance list does")
{
    Demo demo;
    int checked = 0;
    for (const Meeting &m : demo.meetings) {
        const QList<Attendance> list = demo.rows.value(m.id);
        const MeetingReport r = MeetingReport::compute(demo.temp.db(), m.id).value();
        INFO("meeting " << m.number);
        CHECK(r.rows == list.size());
        CHECK(r.invited + r.registered + r.waitlisted + r.attended + r.absent + r.cancelled == r.rows);
        CHECK(r.attended == attendedAt(list));

        QHash<qint64, int> professions;
        int guests = 0, social = 0, paid = 0, firstTimers = 0, inArea = 0, outOfArea = 0, walkIns = 0;
        const QSet<qint64> before = demo.cameBefore(m);
        for (const Attendance &a : list) {
            paid += a.feePaid ? 1 : 0;
            if (a.status != AttendanceStatus::Attended)
                continue;
            ++professions[demo.professionOf(a)];
            guests += a.isGuest() ? 1 : 0;
            social += a.social ? 1 : 0;
            walkIns += a.walkIn ? 1 : 0;
            if (!a.isGuest()) {
                firstTimers += before.contains(a.memberId) ? 0 : 1;
                const qint64 area = demo.members.value(a.memberId).areaId;
                if (demo.areas.contains(area))
                    ++(demo.areas.value(area).inArea ? inArea : outOfArea);
            }
        }
        CHECK(r.guests == guests);
        CHECK(r.members == r.attended - guests);
        CHECK(r.social == social);
        CHECK(r.walkIns == walkIns);
        CHECK(r.feesPaid == paid);
        CHECK(r.feesCollected == paid * m.fee);
        CHECK(r.firstTimers == firstTimers);
        CHECK(r.areaSplit.inArea == inArea);
        CHECK(r.areaSplit.outOfArea == outOfArea);
        CHECK(r.areaSplit.total() == r.attended);
        CHECK(r.byProfession.total() == r.attended);
        CHECK(r.byArea.total() == r.attended);
        for (auto it = professions.cbegin(); it != professions.cend(); ++it)
            CHECK(r.byProfession.count(it.key()) == it.value());
        if (m.status == MeetingStatus::Held)
            ++checked;
    }
    CHECK(checked > 10);
}

TEST_CASE("a fiscal year's report adds up meeting by meeting and person by person")
{
    Demo demo;
    for (int year : {2024, 2025, 2026}) {
        INFO("FY" << year);
        const FiscalYear fy(year);
        const QList<Meeting> held = demo.heldIn(fy);
        const SeriesReport r =
            SeriesReport::compute(demo.temp.db(), demo.series.id, ReportPeriod::of(fy)).value();
        REQUIRE(r.meetingsHeld() == held.size());
        REQUIRE(held.size() > 0);

        int attendances = 0, guests = 0, social = 0, fees = 0;
        QSet<qint64> people;
        QSet<QString> guestNames;
        QHash<qint64, int> professions;
        for (int i = 0; i < held.size(); ++i) {
            const QList<Attendance> list = demo.rows.value(held.at(i).id);
            CHECK(r.meetings.at(i).meeting.id == held.at(i).id);
            CHECK(r.meetings.at(i).attended == attendedAt(list));
            CHECK(r.meetings.at(i).byProfession.total() == r.meetings.at(i).attended);
            CHECK(r.meetings.at(i).members + r.meetings.at(i).guests == r.meetings.at(i).attended);
            QSet<qint64> meetingProfessions;
            for (const Attendance &a : list) {
                fees += a.feePaid ? held.at(i).fee : 0;
                if (a.status != AttendanceStatus::Attended)
                    continue;
                ++attendances;
                social += a.social ? 1 : 0;
                ++professions[demo.professionOf(a)];
                if (demo.professionOf(a) != 0)
                    meetingProfessions.insert(demo.professionOf(a));
                if (a.isGuest()) {
                    ++guests;
                    guestNames.insert(a.guest.name.simplified().remove(QLatin1Char(' ')));
                } else {
                    people.insert(a.memberId);
                }
            }
            CHECK(r.meetings.at(i).professions == meetingProfessions.size());
        }
        CHECK(r.attendances == attendances);
        CHECK(r.guestAttendances == guests);
        CHECK(r.memberAttendances == attendances - guests);
        CHECK(r.uniqueMembers == people.size());
        CHECK(r.uniqueGuests == guestNames.size());
        CHECK(r.social == social);
        CHECK(r.feesCollected == fees);
        CHECK(r.averagePerMeeting() == Approx(double(attendances) / held.size()));
        CHECK(r.byProfession.total() == r.attendances);
        CHECK(r.peopleByProfession.total() == r.uniqueAttendees());
        CHECK(r.byArea.total() == r.attendances);
        CHECK(r.areaSplit.total() == r.attendances);
        for (auto it = professions.cbegin(); it != professions.cend(); ++it)
            CHECK(r.byProfession.count(it.key()) == it.value());

        // First-timers and whether they came back within the next three held meetings.
        QList<Meeting> allHeld;
        for (const Meeting &m : demo.meetings)
            if (m.status == MeetingStatus::Held)
                allHeld << m;
        QSet<qint64> seen;
        int firstTimers = 0, eligible = 0, returned = 0, perMeetingFirstTimers = 0;
        for (int i = 0; i < allHeld.size(); ++i) {
            for (const Attendance &a : demo.rows.value(allHeld.at(i).id)) {
                if (a.isGuest() || a.status != AttendanceStatus::Attended || seen.contains(a.memberId))
                    continue;
                seen.insert(a.memberId);
                if (!fy.contains(allHeld.at(i).date))
                    continue;
                ++firstTimers;
                if (i + 1 >= allHeld.size())
                    continue;
                ++eligible;
                bool back = false;
                for (int k = i + 1; k < std::min(int(allHeld.size()), i + 4) && !back; ++k)
                    for (const Attendance &b : demo.rows.value(allHeld.at(k).id))
                        back = back || (b.memberId == a.memberId && b.status == AttendanceStatus::Attended);
                returned += back ? 1 : 0;
            }
        }
        for (const SeriesReport::MeetingSummary &s : r.meetings)
            perMeetingFirstTimers += s.firstTimers;
        CHECK(r.firstTimers == firstTimers);
        CHECK(perMeetingFirstTimers == firstTimers);
        CHECK(r.returnRate.eligible == eligible);
        CHECK(r.returnRate.returned == returned);

        // Each member's record.
        for (const SeriesReport::MemberRecord &record : r.memberRecords) {
            int came = 0;
            for (const Meeting &m : held)
                for (const Attendance &a : demo.rows.value(m.id))
                    came += a.memberId == record.memberId && a.status == AttendanceStatus::Attended ? 1 : 0;
            CHECK(record.attended == came);
            CHECK(record.marks.size() == held.size());
            CHECK(record.name == demo.members.value(record.memberId).fullName());
        }
        int recorded = 0;
        for (const SeriesReport::MemberRecord &record : r.memberRecords)
            recorded += record.attended;
        CHECK(recorded == r.memberAttendances);
    }
}

TEST_CASE("members not seen lately came in the period but at none of its last three meetings")
{
    Demo demo;
    const FiscalYear fy(2025);
    const QList<Meeting> held = demo.heldIn(fy);
    REQUIRE(held.size() > 3);
    const SeriesReport r =
        SeriesReport::compute(demo.temp.db(), demo.series.id, ReportPeriod::of(fy)).value();
    QSet<qint64> expected;
    QSet<qint64> recent;
    for (int i = 0; i < held.size(); ++i)
        for (const Attendance &a : demo.rows.value(held.at(i).id))
            if (!a.isGuest() && a.status == AttendanceStatus::Attended) {
                if (!demo.members.value(a.memberId).archived)
                    expected.insert(a.memberId);
                if (i >= held.size() - 3)
                    recent.insert(a.memberId);
            }
    expected.subtract(recent);
    QSet<qint64> lapsed;
    for (const SeriesReport::MemberRecord &m : r.lapsed)
        lapsed.insert(m.memberId);
    CHECK(lapsed == expected);
    CHECK_FALSE(lapsed.isEmpty());
    for (int i = 1; i < r.lapsed.size(); ++i)
        CHECK(r.lapsed.at(i - 1).lastAttended <= r.lapsed.at(i).lastAttended);
}

TEST_CASE("member growth counts the members who had joined by each month's end")
{
    Demo demo;
    const FiscalYear fy(2025);
    const SeriesReport r =
        SeriesReport::compute(demo.temp.db(), demo.series.id, ReportPeriod::of(fy)).value();
    REQUIRE(r.memberCount.size() == 12);
    REQUIRE(r.newMembers.size() == 12);
    int withoutDate = 0;
    for (const Member &m : std::as_const(demo.members))
        withoutDate += m.joinedOn.isValid() ? 0 : 1;
    CHECK(r.membersWithoutJoinDate == withoutDate);
    int joinedInYear = 0;
    for (int i = 0; i < 12; ++i) {
        const QDate end = r.memberCount.at(i).month.addMonths(1).addDays(-1);
        int joined = 0, newThisMonth = 0;
        for (const Member &m : std::as_const(demo.members)) {
            joined += m.joinedOn.isValid() && m.joinedOn <= end ? 1 : 0;
            newThisMonth +=
                m.joinedOn.isValid() && m.joinedOn >= r.memberCount.at(i).month && m.joinedOn <= end ? 1 : 0;
        }
        CHECK(r.memberCount.at(i).count == joined);
        CHECK(r.newMembers.at(i).count == newThisMonth);
        joinedInYear += newThisMonth;
    }
    CHECK(r.memberCount.last().count - r.memberCount.first().count + r.newMembers.first().count ==
          joinedInYear);
}

TEST_CASE("a range of dates reports only the meetings held within it")
{
    Demo demo;
    const ReportPeriod period = ReportPeriod::range(QDate(2025, 1, 1), QDate(2025, 12, 31));
    const SeriesReport r = SeriesReport::compute(demo.temp.db(), demo.series.id, period).value();
    int held = 0;
    for (const Meeting &m : demo.meetings)
        held += m.status == MeetingStatus::Held && period.contains(m.date) ? 1 : 0;
    CHECK(r.meetingsHeld() == held);
    CHECK_FALSE(r.period.fiscalYear.isValid());
    CHECK(ReportPeriod::range(QDate(2025, 4, 1), QDate(2026, 3, 31)).fiscalYear == FiscalYear(2025));
    CHECK_FALSE(SeriesReport::compute(demo.temp.db(), demo.series.id,
                                      ReportPeriod::range(QDate(2025, 5, 1), QDate(2025, 4, 1))));
}
