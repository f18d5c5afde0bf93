#include "TestSupport.h"

#include "core/storage/AttendanceRepository.h"
#include "core/storage/MeetingRepository.h"
#include "core/storage/MemberRepository.h"
#include "core/storage/SeriesRepository.h"

#include <catch2/catch.hpp>

using namespace renkei;

namespace {

qint64 addSeries(Database &db, const QString &name, int firstNumber = 1)
{
    Series s;
    s.name = name;
    s.firstNumber = firstNumber;
    s.defaultStart = QTime(19, 0);
    s.defaultEnd = QTime(20, 30);
    auto id = SeriesRepository(db).add(s);
    REQUIRE(id);
    return *id;
}

Meeting meetingOn(qint64 series, const QDate &date)
{
    Meeting m;
    m.seriesId = series;
    m.date = date;
    m.start = QTime(19, 0);
    m.end = QTime(20, 30);
    return m;
}

qint64 addMember(Database &db, const QString &name, const QString &kana)
{
    Member m;
    m.familyName = name;
    m.familyKana = kana;
    auto id = MemberRepository(db).add(m);
    REQUIRE(id);
    return *id;
}

} // namespace

TEST_CASE("a series needs a unique name, a first number of at least 1, and an end after its start")
{
    test::TempDatabase temp;
    SeriesRepository series(temp.db());
    addSeries(temp.db(), QStringLiteral("みなと坂医介連"));
    Series twin;
    twin.name = QStringLiteral("みなと坂医介連");
    CHECK_FALSE(series.add(twin));
    Series bad;
    bad.name = QStringLiteral("研修会");
    bad.firstNumber = 0;
    bad.defaultStart = QTime(19, 0);
    bad.defaultEnd = QTime(18, 0);
    const QList<Error> errors = series.validate(bad);
    CHECK(errors.size() == 2);
}

TEST_CASE("meetings are numbered 第N回 in sequence from the series' first number")
{
    test::TempDatabase temp;
    const qint64 series = addSeries(temp.db(), QStringLiteral("みなと坂医介連"), 31);
    MeetingRepository meetings(temp.db());
    CHECK(*meetings.nextNumber(series) == 31);
    const qint64 first = *meetings.add(meetingOn(series, QDate(2026, 4, 14)));
    const qint64 second = *meetings.add(meetingOn(series, QDate(2026, 6, 9)));
    CHECK(meetings.get(first)->number == 31);
    CHECK(meetings.get(second)->number == 32);
    CHECK(*meetings.nextNumber(series) == 33);

    Meeting clash = meetingOn(series, QDate(2026, 8, 11));
    clash.number = 31;
    auto refused = meetings.add(clash);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().field == QStringLiteral("number"));
    CHECK(meetings.findByNumber(series, 32)->id == second);
}

TEST_CASE("a meeting needs a real date, an end after its start and no negative fee")
{
    test::TempDatabase temp;
    const qint64 series = addSeries(temp.db(), QStringLiteral("みなと坂医介連"));
    MeetingRepository meetings(temp.db());
    Meeting m = meetingOn(series, QDate(2026, 2, 30)); // no such day
    m.end = QTime(18, 0);
    m.fee = -500;
    m.capacity = 0;
    const QList<Error> errors = meetings.validate(m);
    QStringList fields;
    for (const Error &e : errors)
        fields << e.field;
    CHECK(fields.contains(QStringLiteral("date")));
    CHECK(fields.contains(QStringLiteral("end")));
    CHECK(fields.contains(QStringLiteral("fee")));
    CHECK(fields.contains(QStringLiteral("capacity")));
    CHECK_FALSE(meetings.add(m));
    CHECK(meetings.list(series)->isEmpty());
}

TEST_CASE("a meeting's fields, social gathering included, survive a round trip")
{
    test::TempDatabase temp;
    const qint64 series = addSeries(temp.db(), QStringLiteral("みなと坂医介連"));
    MeetingRepository meetings(temp.db());
    Meeting m = meetingOn(series, QDate(2026, 10, 13));
    m.venue = QStringLiteral("みなと坂区民センター 第1会議室");
    m.fee = 500;
    m.capacity = 60;
    m.theme = QStringLiteral("退院支援と在宅の連携");
    m.hasSocial = true;
    m.socialVenue = QStringLiteral("居酒屋 さかみち");
    m.socialStart = QTime(21, 0);
    m.socialFee = 4000;
    const qint64 id = *meetings.add(m);
    const Meeting saved = *meetings.get(id);
    CHECK(saved.venue == m.venue);
    CHECK(saved.capacity == 60);
    CHECK(saved.start == QTime(19, 0));
    CHECK(saved.hasSocial);
    CHECK(saved.socialStart == QTime(21, 0));
    CHECK(saved.socialFee == 4000);
    CHECK(saved.status == MeetingStatus::Planned);

    auto ranged = meetings.list(series, QDate(2026, 10, 1), QDate(2026, 10, 31));
    REQUIRE(ranged);
    CHECK(ranged->size() == 1);
    CHECK(meetings.list(series, QDate(2026, 11, 1))->isEmpty());
}

TEST_CASE("an agenda is replaced whole, in order, and a bad item writes nothing")
{
    test::TempDatabase temp;
    const qint64 series = addSeries(temp.db(), QStringLiteral("みなと坂医介連"));
    MeetingRepository meetings(temp.db());
    const qint64 meeting = *meetings.add(meetingOn(series, QDate(2026, 6, 9)));
    const qint64 presenter = addMember(temp.db(), QStringLiteral("山田"), QStringLiteral("やまだ"));
    QList<AgendaItem> items(3);
    items[0].kind = AgendaKind::Opening;
    items[0].minutes = 5;
    items[1].kind = AgendaKind::CaseReview;
    items[1].title = QStringLiteral("独居高齢者の退院支援");
    items[1].minutes = 45;
    items[1].presenterMemberId = presenter;
    items[2].kind = AgendaKind::Discussion;
    items[2].minutes = 30;
    items[2].presenterText = QStringLiteral("全員");
    REQUIRE(meetings.setAgenda(meeting, items));
    auto saved = meetings.agenda(meeting);
    REQUIRE(saved);
    REQUIRE(saved->size() == 3);
    CHECK(saved->at(1).title == QStringLiteral("独居高齢者の退院支援"));
    CHECK(saved->at(1).presenterMemberId == presenter);
    CHECK(saved->at(2).position == 2);

    QList<AgendaItem> broken = items;
    broken[2].minutes = -1;
    Status refused = meetings.setAgenda(meeting, broken);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(QStringLiteral("Agenda item 3")));
    CHECK(meetings.agenda(meeting)->size() == 3);
}

TEST_CASE("a meeting someone attended cannot be deleted; a planned one goes with its agenda")
{
    test::TempDatabase temp;
    const qint64 series = addSeries(temp.db(), QStringLiteral("みなと坂医介連"));
    MeetingRepository meetings(temp.db());
    const qint64 held = *meetings.add(meetingOn(series, QDate(2026, 6, 9)));
    const qint64 planned = *meetings.add(meetingOn(series, QDate(2026, 8, 11)));
    Attendance a;
    a.meetingId = held;
    a.memberId = addMember(temp.db(), QStringLiteral("山田"), QStringLiteral("やまだ"));
    a.status = AttendanceStatus::Attended;
    REQUIRE(AttendanceRepository(temp.db()).add(a));
    REQUIRE(meetings.setAgenda(
        planned, {AgendaItem{0, 0, 0, AgendaKind::Lecture, QStringLiteral("講演"), 60, 0, {}}}));

    CHECK_FALSE(meetings.remove(held));
    REQUIRE(meetings.remove(planned));
    CHECK_FALSE(meetings.get(planned));
    CHECK(meetings.agenda(planned)->isEmpty());
    CHECK_FALSE(SeriesRepository(temp.db()).remove(series)); // it still has a meeting
}

TEST_CASE("attendance holds members once per meeting, and guests with a kana reading")
{
    test::TempDatabase temp;
    const qint64 series = addSeries(temp.db(), QStringLiteral("みなと坂医介連"));
    const qint64 meeting = *MeetingRepository(temp.db()).add(meetingOn(series, QDate(2026, 6, 9)));
    AttendanceRepository attendance(temp.db());
    const qint64 watanabe = addMember(temp.db(), QStringLiteral("渡辺"), QStringLiteral("わたなべ"));
    const qint64 abe = addMember(temp.db(), QStringLiteral("阿部"), QStringLiteral("あべ"));

    Attendance member;
    member.meetingId = meeting;
    member.memberId = watanabe;
    member.status = AttendanceStatus::Attended;
    member.social = true;
    member.feePaid = true;
    member.checkedInAt = QDateTime(QDate(2026, 6, 9), QTime(18, 55), Qt::UTC);
    REQUIRE(attendance.add(member));
    auto twice = attendance.add(member);
    REQUIRE_FALSE(twice);
    CHECK(twice.error().message.contains(QStringLiteral("already")));

    Attendance guest;
    guest.meetingId = meeting;
    guest.guest.name = QStringLiteral("見学 花子");
    guest.guest.kana = QStringLiteral("けんがく はなこ");
    guest.guest.organisation = QStringLiteral("みなと坂大学");
    guest.walkIn = true;
    REQUIRE(attendance.add(guest));

    Attendance nameless;
    nameless.meetingId = meeting;
    auto refused = attendance.add(nameless);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().field == QStringLiteral("guest_name"));

    Attendance second;
    second.meetingId = meeting;
    second.memberId = abe;
    REQUIRE(attendance.add(second));

    auto list = attendance.forMeeting(meeting);
    REQUIRE(list);
    REQUIRE(list->size() == 3);
    CHECK(list->at(0).memberId == abe);
    CHECK(list->at(1).memberId == watanabe);
    CHECK(list->at(1).social);
    CHECK(list->at(1).checkedInAt == member.checkedInAt);
    CHECK(list->at(2).isGuest());
    CHECK(list->at(2).guest.organisation == QStringLiteral("みなと坂大学"));
    CHECK(list->at(2).registeredAt == test::fixedNow());
}

TEST_CASE("adding many attendance rows is all or nothing")
{
    test::TempDatabase temp;
    const qint64 series = addSeries(temp.db(), QStringLiteral("みなと坂医介連"));
    const qint64 meeting = *MeetingRepository(temp.db()).add(meetingOn(series, QDate(2026, 6, 9)));
    AttendanceRepository attendance(temp.db());
    QList<Attendance> rows;
    for (int i = 0; i < 5; ++i) {
        Attendance a;
        a.meetingId = meeting;
        a.memberId = addMember(temp.db(), QStringLiteral("会員%1").arg(i), QStringLiteral("かいいん"));
        a.status = AttendanceStatus::Invited;
        rows << a;
    }
    rows << rows.first(); // the same member twice
    Status refused = attendance.addAll(rows);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().line == 6);
    CHECK(attendance.forMeeting(meeting)->isEmpty());
    rows.removeLast();
    REQUIRE(attendance.addAll(rows));
    CHECK(attendance.forMeeting(meeting)->size() == 5);
}
