// The reception desk: finding people by a few kana, marking them there, walk-ins, counts.
#include "AttendanceTestNetwork.h"

#include "core/attendance/CheckInDesk.h"

using namespace renkei;
using renkei::test::AttendanceTestNetwork;

namespace {

QStringList namesOf(const QList<CheckInDesk::Match> &matches)
{
    QStringList out;
    for (const CheckInDesk::Match &m : matches)
        out << m.attendee.name;
    return out;
}

struct Desk
{
    test::TempDatabase temp;
    AttendanceTestNetwork net{temp.db()};
    qint64 meeting = net.meeting(40);
    qint64 yamada = 0, yamazaki = 0, nakayama = 0, notRegistered = 0;

    Desk()
    {
        yamada = net.attend(meeting, net.member(QStringLiteral("山田"), QStringLiteral("太郎"),
                                                QStringLiteral("やまだ"), QStringLiteral("たろう"),
                                                QStringLiteral("医師")));
        yamazaki = net.attend(meeting, net.member(QStringLiteral("山崎"), QStringLiteral("花子"),
                                                  QStringLiteral("ヤマザキ"), QStringLiteral("ハナコ"),
                                                  QStringLiteral("看護師")));
        nakayama = net.attend(meeting, net.member(QStringLiteral("中山"), QStringLiteral("優"),
                                                  QStringLiteral("なかやま"), QStringLiteral("ゆう"),
                                                  QStringLiteral("看護師")));
        notRegistered = net.member(QStringLiteral("山本"), QStringLiteral("一郎"), QStringLiteral("やまもと"),
                                   QStringLiteral("いちろう"), QStringLiteral("薬剤師"));
    }
};

} // namespace

TEST_CASE("typing a few kana finds the registered people, readings that start with them first")
{
    Desk d;
    CheckInDesk desk(d.temp.db(), d.meeting);
    REQUIRE(desk.load());
    auto found = desk.find(QStringLiteral("やま"));
    REQUIRE(found);
    // 山田 and 山崎 start with やま, 中山 only contains it; then the member who is not on the list.
    CHECK(namesOf(*found) == QStringList{QStringLiteral("山崎 花子"), QStringLiteral("山田 太郎"),
                                         QStringLiteral("中山 優"), QStringLiteral("山本 一郎")});
    CHECK(found->at(0).onList());
    CHECK_FALSE(found->at(3).onList());

    // Katakana, half-width katakana and kanji find the same people.
    for (const QString &typed : {QStringLiteral("ヤマダ"), QStringLiteral("ﾔﾏﾀﾞ"), QStringLiteral("山田")}) {
        auto same = desk.find(typed);
        REQUIRE(same);
        REQUIRE_FALSE(same->isEmpty());
        CHECK(same->first().attendee.name == QStringLiteral("山田 太郎"));
    }
    auto none = desk.find(QStringLiteral("ぬ"));
    REQUIRE(none);
    CHECK(none->isEmpty());
}

TEST_CASE("checking in marks the person there with the time, and those already there sink down the list")
{
    Desk d;
    CheckInDesk desk(d.temp.db(), d.meeting);
    REQUIRE(desk.load());
    auto checked = desk.checkIn(d.yamazaki);
    REQUIRE(checked);
    CHECK(checked->attendance.status == AttendanceStatus::Attended);
    CHECK(checked->attendance.checkedInAt == test::fixedNow());
    auto stored = AttendanceRepository(d.temp.db()).get(d.yamazaki);
    REQUIRE(stored);
    CHECK(stored->status == AttendanceStatus::Attended);
    CHECK(stored->checkedInAt == test::fixedNow());
    CHECK_FALSE(stored->walkIn);

    auto found = desk.find(QStringLiteral("やま"));
    REQUIRE(found);
    CHECK(found->first().attendee.name == QStringLiteral("山田 太郎"));
    CHECK(desk.attendedCount() == 1);
    CHECK(desk.expectedCount() == 3);

    // Checking in twice changes nothing.
    auto twice = desk.checkIn(d.yamazaki);
    REQUIRE(twice);
    CHECK(desk.attendedCount() == 1);
}

TEST_CASE("a member who did not register comes in as a walk-in, and so does a guest")
{
    Desk d;
    CheckInDesk desk(d.temp.db(), d.meeting);
    REQUIRE(desk.load());
    auto found = desk.find(QStringLiteral("やまも"));
    REQUIRE(found);
    REQUIRE(found->size() == 1);
    auto walkIn = desk.checkIn(found->first());
    REQUIRE(walkIn);
    CHECK(walkIn->memberId() == d.notRegistered);
    CHECK(walkIn->attendance.walkIn);
    CHECK(walkIn->attendance.status == AttendanceStatus::Attended);
    CHECK(walkIn->profession == QStringLiteral("Pharmacist"));

    auto guest = desk.addWalkIn(Guest{QStringLiteral("来栖 葵"), QStringLiteral("くるす あおい"),
                                      d.net.profession(QStringLiteral("介護支援専門員")),
                                      QStringLiteral("ケアプランさくら")});
    REQUIRE(guest);
    CHECK(guest->isGuest());
    CHECK(guest->attendance.walkIn);
    auto again = desk.find(QStringLiteral("くるす"));
    REQUIRE(again);
    REQUIRE(again->size() == 1);
    CHECK(again->first().onList());

    // A fresh desk sees what this one recorded.
    CheckInDesk other(d.temp.db(), d.meeting);
    REQUIRE(other.load());
    CHECK(other.attendedCount() == 2);
    CHECK(other.attendees().size() == 5);
}

TEST_CASE("a check-in made by mistake can be taken back")
{
    Desk d;
    CheckInDesk desk(d.temp.db(), d.meeting);
    REQUIRE(desk.load());
    REQUIRE(desk.checkIn(d.yamada));
    REQUIRE(desk.undoCheckIn(d.yamada));
    auto row = AttendanceRepository(d.temp.db()).get(d.yamada);
    REQUIRE(row);
    CHECK(row->status == AttendanceStatus::Registered);
    CHECK_FALSE(row->checkedInAt.isValid());

    // A walk-in added by mistake is taken off the list.
    auto walkIn = desk.checkInMember(d.notRegistered);
    REQUIRE(walkIn);
    REQUIRE(desk.undoCheckIn(walkIn->id()));
    CHECK_FALSE(AttendanceRepository(d.temp.db()).get(walkIn->id()));
    CHECK(desk.attendees().size() == 3);
    CHECK(desk.attendedCount() == 0);
}

TEST_CASE("the desk counts who has come by profession, in the profession list's order")
{
    Desk d;
    CheckInDesk desk(d.temp.db(), d.meeting);
    REQUIRE(desk.load());
    REQUIRE(desk.checkIn(d.yamazaki));
    REQUIRE(desk.checkIn(d.nakayama));
    const QList<CheckInDesk::ProfessionCount> counts = desk.countsByProfession();
    REQUIRE(counts.size() == 2);
    CHECK(counts[0].profession == QStringLiteral("Physician"));
    CHECK(counts[0].attended == 0);
    CHECK(counts[0].expected == 1);
    CHECK(counts[1].profession == QStringLiteral("Nurse"));
    CHECK(counts[1].attended == 2);
    CHECK(counts[1].expected == 2);
}

TEST_CASE("a waitlisted person who turns up anyway is checked in")
{
    Desk d;
    const qint64 waiting = d.net.attend(d.meeting, d.net.numberedMember(3), AttendanceStatus::Waitlisted);
    CheckInDesk desk(d.temp.db(), d.meeting);
    REQUIRE(desk.load());
    auto checked = desk.checkIn(waiting);
    REQUIRE(checked);
    CHECK(checked->attendance.status == AttendanceStatus::Attended);
}
