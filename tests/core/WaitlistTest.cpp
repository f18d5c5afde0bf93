// The capacity of a meeting and its waiting list: who gets a place, who waits, who moves up.
#include "AttendanceTestNetwork.h"

#include "core/attendance/Registration.h"
#include "core/reports/SeriesReport.h"
#include "core/storage/AttendeeRepository.h"

using namespace renkei;
using renkei::test::AttendanceTestNetwork;

namespace {

QStringList names(const QList<Attendee> &people)
{
    QStringList out;
    for (const Attendee &a : people)
        out << a.name;
    return out;
}

AttendanceStatus statusOf(Database &db, qint64 attendanceId)
{
    auto row = AttendanceRepository(db).get(attendanceId);
    REQUIRE(row);
    return row->status;
}

} // namespace

TEST_CASE("registrations beyond the capacity go onto the waiting list in the order they come")
{
    test::TempDatabase temp;
    AttendanceTestNetwork net(temp.db());
    const qint64 meeting = net.meeting(2);
    Registration registration(temp.db(), meeting);
    QList<RegistrationChange> changes;
    for (int n : {0, 1, 2, 3, 4}) {
        auto change = registration.registerMember(net.numberedMember(n * 41));
        REQUIRE(change);
        changes << *change;
    }
    CHECK(changes[0].status == AttendanceStatus::Registered);
    CHECK(changes[1].status == AttendanceStatus::Registered);
    CHECK(changes[2].status == AttendanceStatus::Waitlisted);
    CHECK(changes[2].waitingPosition == 1);
    CHECK(changes[3].waitingPosition == 2);
    CHECK(changes[4].waitingPosition == 3);

    auto places = registration.places();
    REQUIRE(places);
    CHECK(places->taken == 2);
    CHECK(places->waiting == 3);
    CHECK(places->full());
    auto waiting = registration.waitingList();
    REQUIRE(waiting);
    // In the order they registered, not in 五十音 order.
    CHECK(names(*waiting) == QStringList{AttendanceTestNetwork::nameOf(2 * 41).first,
                                         AttendanceTestNetwork::nameOf(3 * 41).first,
                                         AttendanceTestNetwork::nameOf(4 * 41).first});
}

TEST_CASE("a cancellation gives the place to the first person waiting and says who moved up")
{
    test::TempDatabase temp;
    AttendanceTestNetwork net(temp.db());
    const qint64 meeting = net.meeting(1);
    Registration registration(temp.db(), meeting);
    auto first = registration.registerMember(net.numberedMember(100));
    auto second = registration.registerMember(net.numberedMember(5));
    auto third = registration.registerMember(net.numberedMember(300));
    REQUIRE(first);
    REQUIRE(second);
    REQUIRE(third);
    REQUIRE(second->status == AttendanceStatus::Waitlisted);

    auto cancelled = registration.cancel(first->attendanceId);
    REQUIRE(cancelled);
    CHECK(cancelled->status == AttendanceStatus::Cancelled);
    REQUIRE(cancelled->movedUp.size() == 1);
    CHECK(cancelled->movedUp.first().id() == second->attendanceId);
    CHECK(cancelled->movedUp.first().name == AttendanceTestNetwork::nameOf(5).first);
    CHECK(!cancelled->movedUp.first().email.isEmpty()); // to tell them
    CHECK(statusOf(temp.db(), second->attendanceId) == AttendanceStatus::Registered);
    CHECK(statusOf(temp.db(), third->attendanceId) == AttendanceStatus::Waitlisted);

    // Cancelling someone who is waiting moves nobody.
    auto gaveUp = registration.cancel(third->attendanceId);
    REQUIRE(gaveUp);
    CHECK(gaveUp->movedUp.isEmpty());
}

TEST_CASE("staff and presenters do not take the participants' places")
{
    test::TempDatabase temp;
    AttendanceTestNetwork net(temp.db());
    const qint64 meeting = net.meeting(2);
    Registration registration(temp.db(), meeting);
    REQUIRE(registration.registerMember(net.numberedMember(1), AttendanceRole::Staff));
    REQUIRE(registration.registerMember(net.numberedMember(2), AttendanceRole::Presenter));
    auto a = registration.registerMember(net.numberedMember(3));
    auto b = registration.registerMember(net.numberedMember(4));
    auto c = registration.registerMember(net.numberedMember(5));
    REQUIRE(a);
    REQUIRE(b);
    REQUIRE(c);
    CHECK(a->status == AttendanceStatus::Registered);
    CHECK(b->status == AttendanceStatus::Registered);
    CHECK(c->status == AttendanceStatus::Waitlisted);
    auto places = registration.places();
    REQUIRE(places);
    CHECK(places->taken == 2);

    // A participant who becomes staff frees a place, which goes to the first waiting.
    auto row = AttendanceRepository(temp.db()).get(a->attendanceId);
    REQUIRE(row);
    row->role = AttendanceRole::Staff;
    auto change = registration.save(*row);
    REQUIRE(change);
    REQUIRE(change->movedUp.size() == 1);
    CHECK(change->movedUp.first().id() == c->attendanceId);
}

TEST_CASE("people waiting keep their order when the clock shows the same time for every registration")
{
    test::TempDatabase temp; // a fixed clock
    AttendanceTestNetwork net(temp.db());
    const qint64 meeting = net.meeting(1);
    // Invited early (lowest ids), registering last.
    const qint64 early = net.attend(meeting, net.numberedMember(0), AttendanceStatus::Invited);
    Registration registration(temp.db(), meeting);
    REQUIRE(registration.registerMember(net.numberedMember(1)));
    auto second = registration.registerMember(net.numberedMember(2));
    REQUIRE(second);
    auto last = registration.setStatus(early, AttendanceStatus::Registered);
    REQUIRE(last);
    CHECK(last->status == AttendanceStatus::Waitlisted);
    CHECK(last->waitingPosition == 2);
    auto waiting = registration.waitingList();
    REQUIRE(waiting);
    REQUIRE(waiting->size() == 2);
    CHECK(waiting->at(0).id() == second->attendanceId);
    CHECK(waiting->at(1).id() == early);
}

TEST_CASE("raising the capacity lets the people waiting in, first come first served")
{
    test::TempDatabase temp;
    AttendanceTestNetwork net(temp.db());
    const qint64 meeting = net.meeting(1);
    Registration registration(temp.db(), meeting);
    QList<qint64> ids;
    for (int n : {10, 20, 30, 40}) {
        auto change = registration.registerMember(net.numberedMember(n));
        REQUIRE(change);
        ids << change->attendanceId;
    }
    auto m = MeetingRepository(temp.db()).get(meeting);
    REQUIRE(m);
    m->capacity = 3;
    REQUIRE(MeetingRepository(temp.db()).update(*m));
    auto moved = registration.fillFromWaitingList();
    REQUIRE(moved);
    REQUIRE(moved->size() == 2);
    CHECK(moved->at(0).id() == ids[1]);
    CHECK(moved->at(1).id() == ids[2]);
    CHECK(statusOf(temp.db(), ids[3]) == AttendanceStatus::Waitlisted);

    // A new registration does not jump the queue while someone still waits.
    auto newcomer = registration.registerMember(net.numberedMember(50));
    REQUIRE(newcomer);
    CHECK(newcomer->status == AttendanceStatus::Waitlisted);
    CHECK(newcomer->waitingPosition == 2);
}

TEST_CASE("the organiser can let someone in over the capacity on purpose")
{
    test::TempDatabase temp;
    AttendanceTestNetwork net(temp.db());
    const qint64 meeting = net.meeting(1);
    Registration registration(temp.db(), meeting);
    REQUIRE(registration.registerMember(net.numberedMember(1)));
    auto over = registration.registerMember(net.numberedMember(2), AttendanceRole::Participant,
                                            Registration::Capacity::Exceed);
    REQUIRE(over);
    CHECK(over->status == AttendanceStatus::Registered);
    auto places = registration.places();
    REQUIRE(places);
    CHECK(places->taken == 2);
    CHECK(places->free() == 0);
}

TEST_CASE("registering someone already registered or waiting changes nothing")
{
    test::TempDatabase temp;
    AttendanceTestNetwork net(temp.db());
    const qint64 meeting = net.meeting(1);
    Registration registration(temp.db(), meeting);
    const qint64 member = net.numberedMember(1);
    auto first = registration.registerMember(member);
    REQUIRE(first);
    auto again = registration.registerMember(member);
    REQUIRE(again);
    CHECK(again->alreadyListed);
    CHECK(again->attendanceId == first->attendanceId);
    auto list = AttendanceRepository(temp.db()).forMeeting(meeting);
    REQUIRE(list);
    CHECK(list->size() == 1);
}

TEST_CASE("after the meeting a cancellation or an absence moves nobody up")
{
    test::TempDatabase temp;
    AttendanceTestNetwork net(temp.db());
    const qint64 past = net.meeting(1, QDate(2026, 2, 10));
    const qint64 place = net.attend(past, net.numberedMember(1), AttendanceStatus::Registered);
    const qint64 waiting = net.attend(past, net.numberedMember(2), AttendanceStatus::Waitlisted);
    Registration registration(temp.db(), past);
    auto cancelled = registration.cancel(place);
    REQUIRE(cancelled);
    CHECK(cancelled->movedUp.isEmpty());
    CHECK(statusOf(temp.db(), waiting) == AttendanceStatus::Waitlisted);

    // Before the meeting, an absence (seen on the day) does not hand the place on either.
    const qint64 coming = net.meeting(1, QDate(2026, 6, 9));
    const qint64 absent = net.attend(coming, net.numberedMember(3), AttendanceStatus::Registered);
    const qint64 next = net.attend(coming, net.numberedMember(4), AttendanceStatus::Waitlisted);
    auto marked = Registration(temp.db(), coming).setStatus(absent, AttendanceStatus::Absent);
    REQUIRE(marked);
    CHECK(marked->movedUp.isEmpty());
    CHECK(statusOf(temp.db(), next) == AttendanceStatus::Waitlisted);
}

TEST_CASE("taking a registration off the list altogether hands its place on")
{
    test::TempDatabase temp;
    AttendanceTestNetwork net(temp.db());
    const qint64 meeting = net.meeting(1);
    Registration registration(temp.db(), meeting);
    auto first = registration.registerMember(net.numberedMember(1));
    auto second = registration.registerMember(net.numberedMember(2));
    REQUIRE(first);
    REQUIRE(second);
    auto removed = registration.remove(first->attendanceId);
    REQUIRE(removed);
    REQUIRE(removed->movedUp.size() == 1);
    CHECK(removed->movedUp.first().id() == second->attendanceId);
    CHECK_FALSE(AttendanceRepository(temp.db()).get(first->attendanceId));
}

TEST_CASE("a meeting without a capacity never keeps anyone waiting")
{
    test::TempDatabase temp;
    AttendanceTestNetwork net(temp.db());
    const qint64 meeting = net.meeting(std::nullopt);
    Registration registration(temp.db(), meeting);
    for (int n = 0; n < 30; ++n) {
        auto change = registration.registerMember(net.numberedMember(n));
        REQUIRE(change);
        CHECK(change->status == AttendanceStatus::Registered);
    }
    auto places = registration.places();
    REQUIRE(places);
    CHECK_FALSE(places->full());
    CHECK(places->taken == 30);
}

TEST_CASE("a change that fails leaves the list as it was")
{
    test::TempDatabase temp;
    AttendanceTestNetwork net(temp.db());
    const qint64 meeting = net.meeting(1);
    const qint64 other = net.meeting(1, QDate(2026, 8, 18));
    Registration registration(temp.db(), meeting);
    auto first = registration.registerMember(net.numberedMember(1));
    REQUIRE(first);
    auto row = AttendanceRepository(temp.db()).get(first->attendanceId);
    REQUIRE(row);
    row->meetingId = other;
    CHECK_FALSE(registration.save(*row));
    auto guest =
        registration.registerGuest(Guest{QStringLiteral("来賓 一郎"), QStringLiteral("Not kana"), 0, {}});
    CHECK_FALSE(guest);
    auto list = AttendanceRepository(temp.db()).forMeeting(meeting);
    REQUIRE(list);
    CHECK(list->size() == 1);
}

TEST_CASE("the first person marked there turns the planned meeting into a held one, and it counts in reports")
{
    test::TempDatabase temp;
    AttendanceTestNetwork net(temp.db());
    const qint64 meeting = net.meeting(1, QDate(2026, 6, 9)); // planned
    const qint64 came = net.attend(meeting, net.numberedMember(1), AttendanceStatus::Registered);
    const qint64 waiting = net.attend(meeting, net.numberedMember(2), AttendanceStatus::Waitlisted);
    const ReportPeriod year = ReportPeriod::of(FiscalYear(2026));
    CHECK(SeriesReport::compute(temp.db(), net.seriesId, year).value().meetingsHeld() == 0);

    // Registering, or marking someone absent, says nothing about whether the meeting took place.
    const qint64 absent = net.attend(meeting, net.numberedMember(3), AttendanceStatus::Registered);
    auto marked = Registration(temp.db(), meeting)
                      .setStatus(absent, AttendanceStatus::Absent, Registration::Capacity::Exceed);
    REQUIRE(marked);
    CHECK_FALSE(marked->markedHeld);
    CHECK(MeetingRepository(temp.db()).get(meeting).value().status == MeetingStatus::Planned);

    auto checkedIn = Registration(temp.db(), meeting).setStatus(came, AttendanceStatus::Attended);
    REQUIRE(checkedIn);
    CHECK(checkedIn->markedHeld);
    CHECK(MeetingRepository(temp.db()).get(meeting).value().status == MeetingStatus::Held);
    const SeriesReport r = SeriesReport::compute(temp.db(), net.seriesId, year).value();
    CHECK(r.meetingsHeld() == 1);
    CHECK(r.attendances == 1);

    // The meeting is under way: a place given up on the day goes to no one.
    auto second = Registration(temp.db(), meeting).setStatus(came, AttendanceStatus::Cancelled);
    REQUIRE(second);
    CHECK_FALSE(second->markedHeld);
    CHECK(second->movedUp.isEmpty());
    CHECK(statusOf(temp.db(), waiting) == AttendanceStatus::Waitlisted);

    // A cancelled meeting stays cancelled whatever is recorded afterwards.
    const qint64 called = net.meeting(std::nullopt, QDate(2026, 8, 11));
    Meeting off = MeetingRepository(temp.db()).get(called).value();
    off.status = MeetingStatus::Cancelled;
    REQUIRE(MeetingRepository(temp.db()).update(off));
    const qint64 row = net.attend(called, net.numberedMember(4), AttendanceStatus::Registered);
    auto there = Registration(temp.db(), called).setStatus(row, AttendanceStatus::Attended);
    REQUIRE(there);
    CHECK_FALSE(there->markedHeld);
    CHECK(MeetingRepository(temp.db()).get(called).value().status == MeetingStatus::Cancelled);
}
