// Inviting a selection of members, recording afterwards, guests becoming members, and list order.
#include "AttendanceTestNetwork.h"

#include "core/attendance/AttendeeOrder.h"
#include "core/attendance/GuestConversion.h"
#include "core/attendance/Invitation.h"
#include "core/attendance/Registration.h"
#include "core/storage/AttendeeRepository.h"

#include <QSet>

using namespace renkei;
using renkei::test::AttendanceTestNetwork;

namespace {

QSet<qint64> membersOn(Database &db, qint64 meetingId, AttendanceStatus status)
{
    QSet<qint64> out;
    auto rows = AttendanceRepository(db).forMeeting(meetingId);
    REQUIRE(rows);
    for (const Attendance &a : *rows)
        if (a.status == status)
            out.insert(a.memberId);
    return out;
}

} // namespace

TEST_CASE("inviting by profession, area and organisation invites exactly the members who match them all")
{
    test::TempDatabase temp;
    AttendanceTestNetwork net(temp.db());
    const qint64 ward = net.area(QStringLiteral("みなと坂区"));
    const qint64 zone = net.area(QStringLiteral("港南圏域"), ward);
    const qint64 elsewhere = net.area(QStringLiteral("北山区"), 0, false);
    const qint64 nurseInZone =
        net.member(QStringLiteral("青木"), QStringLiteral("愛"), QStringLiteral("あおき"),
                   QStringLiteral("あい"), QStringLiteral("看護師"), QStringLiteral("みなと坂病院"), zone);
    const qint64 nurseInWard = net.member(QStringLiteral("石井"), QStringLiteral("勇"),
                                          QStringLiteral("いしい"), QStringLiteral("いさむ"),
                                          QStringLiteral("看護師"), QStringLiteral("港南クリニック"), ward);
    const qint64 nurseElsewhere = net.member(
        QStringLiteral("上田"), QStringLiteral("恵美"), QStringLiteral("うえだ"), QStringLiteral("えみ"),
        QStringLiteral("看護師"), QStringLiteral("みなと坂病院"), elsewhere);
    const qint64 doctorInZone =
        net.member(QStringLiteral("遠藤"), QStringLiteral("聡"), QStringLiteral("えんどう"),
                   QStringLiteral("さとし"), QStringLiteral("医師"), QStringLiteral("みなと坂病院"), zone);
    const qint64 archivedNurse =
        net.member(QStringLiteral("大野"), QStringLiteral("茂"), QStringLiteral("おおの"),
                   QStringLiteral("しげる"), QStringLiteral("看護師"), QStringLiteral("みなと坂病院"), zone);
    REQUIRE(MemberRepository(temp.db()).setArchived(archivedNurse, true));
    const qint64 meeting = net.meeting(40);

    InviteSelection nursesOfTheWard;
    nursesOfTheWard.professionIds = {net.profession(QStringLiteral("看護師"))};
    nursesOfTheWard.areaIds = {ward};
    auto chosen = Invitation(temp.db(), meeting).select(nursesOfTheWard);
    REQUIRE(chosen);
    CHECK(*chosen == QList<qint64>{nurseInZone, nurseInWard}); // the ward's zones count, in 五十音 order

    InviteSelection hospital;
    hospital.organisationIds = {net.organisation(QStringLiteral("みなと坂病院"))};
    hospital.inArea = true;
    chosen = Invitation(temp.db(), meeting).select(hospital);
    REQUIRE(chosen);
    CHECK(*chosen == QList<qint64>{nurseInZone, doctorInZone});

    InviteSelection archived;
    archived.archived = MemberFilter::Archived::Only;
    chosen = Invitation(temp.db(), meeting).select(archived);
    REQUIRE(chosen);
    CHECK(*chosen == QList<qint64>{archivedNurse});

    auto outcome = Invitation(temp.db(), meeting).invite(nursesOfTheWard);
    REQUIRE(outcome);
    CHECK(outcome->selected == 2);
    CHECK(outcome->added == 2);
    CHECK(membersOn(temp.db(), meeting, AttendanceStatus::Invited) == QSet<qint64>{nurseInZone, nurseInWard});
    // Invited people hold no place.
    auto places = Registration(temp.db(), meeting).places();
    REQUIRE(places);
    CHECK(places->taken == 0);
    (void)nurseElsewhere;
}

TEST_CASE("inviting everyone who came to the last meetings leaves those already on the list as they were")
{
    test::TempDatabase temp;
    AttendanceTestNetwork net(temp.db());
    const qint64 oldest = net.meeting(std::nullopt, QDate(2025, 10, 14));
    const qint64 previous = net.meeting(std::nullopt, QDate(2025, 12, 9));
    const qint64 last = net.meeting(std::nullopt, QDate(2026, 2, 10));
    const qint64 next = net.meeting(2, QDate(2026, 6, 9));
    const qint64 cameLongAgo = net.numberedMember(1);
    const qint64 cameLastTime = net.numberedMember(2);
    const qint64 cameBefore = net.numberedMember(3);
    const qint64 registeredOnly = net.numberedMember(4);
    const qint64 alreadyListed = net.numberedMember(5);
    net.attend(oldest, cameLongAgo, AttendanceStatus::Attended);
    net.attend(last, cameLastTime, AttendanceStatus::Attended);
    net.attend(previous, cameBefore, AttendanceStatus::Attended);
    net.attend(previous, alreadyListed, AttendanceStatus::Attended);
    net.attend(last, registeredOnly, AttendanceStatus::Absent);
    const qint64 listedRow = net.attend(next, alreadyListed, AttendanceStatus::Cancelled);

    InviteSelection recent;
    recent.recentMeetings = 2;
    auto outcome = Invitation(temp.db(), next).invite(recent, Invitation::As::Registered);
    REQUIRE(outcome);
    CHECK(outcome->selected == 3);
    CHECK(outcome->added == 2);
    CHECK(outcome->alreadyListed == 1);
    CHECK(membersOn(temp.db(), next, AttendanceStatus::Registered) == QSet<qint64>{cameLastTime, cameBefore});
    auto row = AttendanceRepository(temp.db()).get(listedRow);
    REQUIRE(row);
    CHECK(row->status == AttendanceStatus::Cancelled);

    // Registering more than the places puts the rest on the waiting list, in 五十音 order of selection.
    recent.recentMeetings = 3;
    const qint64 third = net.numberedMember(6);
    net.attend(oldest, third, AttendanceStatus::Attended);
    outcome = Invitation(temp.db(), next).invite(recent, Invitation::As::Registered);
    REQUIRE(outcome);
    CHECK(outcome->added == 2);
    CHECK(outcome->waitlisted == 2);
    CHECK(membersOn(temp.db(), next, AttendanceStatus::Waitlisted) == QSet<qint64>{cameLongAgo, third});
}

TEST_CASE("after the meeting everyone still registered is recorded absent")
{
    test::TempDatabase temp;
    AttendanceTestNetwork net(temp.db());
    const qint64 meeting = net.meeting(std::nullopt, QDate(2026, 2, 10));
    const qint64 came = net.attend(meeting, net.numberedMember(1), AttendanceStatus::Attended);
    const qint64 noShow = net.attend(meeting, net.numberedMember(2), AttendanceStatus::Registered);
    const qint64 cancelled = net.attend(meeting, net.numberedMember(3), AttendanceStatus::Cancelled);
    auto count = Registration(temp.db(), meeting).markRestAbsent();
    REQUIRE(count);
    CHECK(*count == 1);
    AttendanceRepository rows(temp.db());
    CHECK(rows.get(came)->status == AttendanceStatus::Attended);
    CHECK(rows.get(noShow)->status == AttendanceStatus::Absent);
    CHECK(rows.get(cancelled)->status == AttendanceStatus::Cancelled);
}

TEST_CASE("a guest becomes a member in one step and keeps every meeting they came to as a guest")
{
    test::TempDatabase temp;
    AttendanceTestNetwork net(temp.db());
    net.organisation(QStringLiteral("北山薬局"));
    const qint64 first = net.meeting(std::nullopt, QDate(2025, 12, 9));
    const qint64 second = net.meeting(std::nullopt, QDate(2026, 2, 10));
    AttendanceRepository rows(temp.db());
    auto guestRow = [&](qint64 meeting, const QString &name, const QString &kana) {
        Attendance a;
        a.meetingId = meeting;
        a.guest = Guest{name, kana, net.profession(QStringLiteral("薬剤師")), QStringLiteral("北山薬局")};
        a.status = AttendanceStatus::Attended;
        auto id = rows.add(a);
        REQUIRE(id);
        return *id;
    };
    const qint64 atFirst = guestRow(first, QStringLiteral("今井 健"), QStringLiteral("いまい けん"));
    // The same person written with a full-width space and the reading in katakana.
    const qint64 atSecond = guestRow(second, QStringLiteral("今井　健"), QStringLiteral("イマイ ケン"));
    const qint64 someoneElse = guestRow(second, QStringLiteral("今井 健太"), QStringLiteral("いまい けんた"));

    GuestConversion conversion(temp.db());
    auto proposal = conversion.proposal(atSecond);
    REQUIRE(proposal);
    CHECK(proposal->familyName == QStringLiteral("今井"));
    CHECK(proposal->givenName == QStringLiteral("健"));
    CHECK(proposal->familyKana == QStringLiteral("イマイ"));
    CHECK(proposal->givenKana == QStringLiteral("ケン"));
    CHECK(proposal->professionId == net.profession(QStringLiteral("薬剤師")));
    CHECK(proposal->organisationId == net.organisation(QStringLiteral("北山薬局")));

    auto outcome = conversion.toNewMember(atSecond, *proposal);
    REQUIRE(outcome);
    CHECK(QSet<qint64>(outcome->attendanceIds.begin(), outcome->attendanceIds.end()) ==
          QSet<qint64>{atFirst, atSecond});
    auto history = rows.forMember(outcome->memberId);
    REQUIRE(history);
    CHECK(history->size() == 2);
    for (const Attendance &a : *history) {
        CHECK(a.status == AttendanceStatus::Attended);
        CHECK(a.guest.name.isEmpty());
    }
    CHECK(rows.get(someoneElse)->isGuest());

    // Converting a member's row is refused, and a failed conversion adds no member.
    CHECK_FALSE(conversion.proposal(atFirst));
    Member nameless;
    auto count = MemberRepository(temp.db()).count();
    REQUIRE(count);
    CHECK_FALSE(conversion.toNewMember(someoneElse, nameless));
    CHECK(MemberRepository(temp.db()).count().value() == *count);
    CHECK(rows.get(someoneElse)->isGuest());
}

TEST_CASE("a guest who turns out to be a member already is joined to that member")
{
    test::TempDatabase temp;
    AttendanceTestNetwork net(temp.db());
    const qint64 meeting = net.meeting(std::nullopt, QDate(2026, 2, 10));
    const qint64 member = net.numberedMember(7);
    Attendance a;
    a.meetingId = meeting;
    a.guest = Guest{AttendanceTestNetwork::nameOf(7).first, AttendanceTestNetwork::nameOf(7).second, 0, {}};
    a.status = AttendanceStatus::Attended;
    auto row = AttendanceRepository(temp.db()).add(a);
    REQUIRE(row);
    auto joined = GuestConversion(temp.db()).toExistingMember(*row, member);
    REQUIRE(joined);
    CHECK(AttendanceRepository(temp.db()).get(*row)->memberId == member);

    // The member is on the list now: a second guest row for them at the same meeting is refused.
    auto again = AttendanceRepository(temp.db()).add(a);
    REQUIRE(again);
    CHECK_FALSE(GuestConversion(temp.db()).toExistingMember(*again, member));
    CHECK(AttendanceRepository(temp.db()).get(*again)->isGuest());
}

TEST_CASE("the list sorts by reading, by profession or by organisation, members and guests together")
{
    test::TempDatabase temp;
    AttendanceTestNetwork net(temp.db());
    const qint64 meeting = net.meeting(std::nullopt);
    net.attend(meeting, net.member(QStringLiteral("渡辺"), QStringLiteral("陽子"), QStringLiteral("わたなべ"),
                                   QStringLiteral("ようこ"), QStringLiteral("医師"),
                                   QStringLiteral("青葉クリニック")));
    net.attend(meeting, net.member(QStringLiteral("青木"), QStringLiteral("健一"), QStringLiteral("アオキ"),
                                   QStringLiteral("ケンイチ"), QStringLiteral("介護支援専門員"),
                                   QStringLiteral("あおぞらケアプラン")));
    net.attend(meeting, net.member(QStringLiteral("加藤"), QStringLiteral("花子"), QStringLiteral("かとう"),
                                   QStringLiteral("はなこ"), QStringLiteral("医師")));
    Attendance guest;
    guest.meetingId = meeting;
    guest.guest = Guest{QStringLiteral("井上 博"), QStringLiteral("いのうえ ひろし"),
                        net.profession(QStringLiteral("薬剤師")), QStringLiteral("ひまわり薬局")};
    REQUIRE(AttendanceRepository(temp.db()).add(guest));

    auto all = AttendeeRepository(temp.db()).forMeeting(meeting);
    REQUIRE(all);
    auto order = [&](AttendeeSort sort) {
        QList<Attendee> list = *all;
        AttendeeOrder::sort(list, sort);
        QStringList out;
        for (const Attendee &a : list)
            out << a.name;
        return out;
    };
    CHECK(order(AttendeeSort::Kana) == QStringList{QStringLiteral("青木 健一"), QStringLiteral("井上 博"),
                                                   QStringLiteral("加藤 花子"), QStringLiteral("渡辺 陽子")});
    // The profession list's order (医師 first), then kana.
    CHECK(order(AttendeeSort::Profession) ==
          QStringList{QStringLiteral("加藤 花子"), QStringLiteral("渡辺 陽子"), QStringLiteral("井上 博"),
                      QStringLiteral("青木 健一")});
    // By organisation; no organisation last.
    CHECK(order(AttendeeSort::Organisation) ==
          QStringList{QStringLiteral("青木 健一"), QStringLiteral("井上 博"), QStringLiteral("渡辺 陽子"),
                      QStringLiteral("加藤 花子")});
}
