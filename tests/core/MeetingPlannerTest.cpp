#include "TestSupport.h"

#include "core/demo/DemoNetwork.h"
#include "core/model/Attendance.h"
#include "core/schedule/MeetingPlanner.h"
#include "core/storage/AttendanceRepository.h"
#include "core/storage/ClosedDayRepository.h"
#include "core/storage/MeetingRepository.h"
#include "core/storage/SeriesRepository.h"
#include "core/storage/SettingsRepository.h"

#include <catch2/catch.hpp>

using namespace renkei;
using renkei::test::TempDatabase;

namespace {

ScheduleRule rule(const char *text)
{
    Result<ScheduleRule> r = ScheduleRule::parse(QString::fromLatin1(text));
    INFO(text);
    REQUIRE(r);
    return *r;
}

qint64 addSeries(Database &db, int firstNumber = 1)
{
    Series s;
    s.name = QStringLiteral("さくら坂在宅医療介護連携の会");
    s.firstNumber = firstNumber;
    s.defaultVenue = QStringLiteral("さくら坂区民センター 2階");
    s.defaultAddress = QStringLiteral("さくら坂区本町1-2-3");
    s.defaultStart = QTime(18, 30);
    s.defaultEnd = QTime(20, 0);
    s.defaultFee = 500;
    s.defaultCapacity = 60;
    Result<qint64> id = SeriesRepository(db).add(s);
    REQUIRE(id);
    return *id;
}

qint64 addMeeting(Database &db, qint64 seriesId, int number, const QDate &date,
                  MeetingStatus status = MeetingStatus::Held)
{
    Meeting m;
    m.seriesId = seriesId;
    m.number = number;
    m.date = date;
    m.status = status;
    Result<qint64> id = MeetingRepository(db).add(m);
    REQUIRE(id);
    return *id;
}

// "2026-04-14 #1" for each meeting of a plan, or of the series in the database.
QStringList summary(const QList<PlannedDate> &dates)
{
    QStringList out;
    for (const PlannedDate &d : dates)
        if (d.isMeeting())
            out << QStringLiteral("%1 #%2").arg(d.date.toString(Qt::ISODate)).arg(d.number);
    return out;
}

QStringList stored(Database &db, qint64 seriesId)
{
    QStringList out;
    Result<QList<Meeting>> list = MeetingRepository(db).list(seriesId);
    REQUIRE(list);
    for (const Meeting &m : *list)
        out << QStringLiteral("%1 #%2").arg(m.date.toString(Qt::ISODate)).arg(m.number);
    return out;
}

const PlannedDate &slotFor(const QList<PlannedDate> &dates, const QDate &ruleDate)
{
    for (const PlannedDate &d : dates)
        if (d.ruleDate == ruleDate)
            return d;
    FAIL("no slot for " << ruleDate.toString(Qt::ISODate).toStdString());
    static PlannedDate none;
    return none;
}

} // namespace

TEST_CASE("a new database has the year-end break as a closed day and an identity of its own")
{
    TempDatabase temp;
    Result<QList<ClosedDay>> days = ClosedDayRepository(temp.db()).all();
    REQUIRE(days);
    REQUIRE(days->size() == 1);
    CHECK(days->first().label == QStringLiteral("年末年始"));
    CHECK(days->first().yearly);
    CHECK(days->first().active);
    CHECK(days->first().covers(QDate(2030, 1, 2)));
    Result<QString> id = SettingsRepository(temp.db()).databaseId();
    REQUIRE(id);
    CHECK(id->size() == 36);
    CHECK(*id != *SettingsRepository(TempDatabase().db()).databaseId());
}

TEST_CASE("closed days are added, turned off and removed, and bad ones are refused with their field")
{
    TempDatabase temp;
    ClosedDayRepository repo(temp.db());
    ClosedDay obon;
    obon.label = QStringLiteral("お盆");
    obon.yearly = true;
    obon.first = QDate(2000, 8, 13);
    obon.last = QDate(2000, 8, 16);
    Result<qint64> id = repo.add(obon);
    REQUIRE(id);
    Result<ClosedDay> back = repo.get(*id);
    REQUIRE(back);
    CHECK(back->covers(QDate(2031, 8, 15)));
    CHECK(back->label == QStringLiteral("お盆"));
    REQUIRE(repo.setActive(*id, false));
    CHECK_FALSE(repo.get(*id)->active);
    REQUIRE(repo.remove(*id));
    CHECK_FALSE(repo.get(*id).ok());

    ClosedDay bad;
    bad.first = QDate(2026, 5, 10);
    bad.last = QDate(2026, 5, 1);
    const QList<Error> errors = repo.validate(bad);
    REQUIRE(errors.size() == 2);
    CHECK(errors[0].field == QStringLiteral("label"));
    CHECK(errors[1].field == QStringLiteral("last"));
}

TEST_CASE("a series keeps its schedule rule, and a rule that does not parse is refused")
{
    TempDatabase temp;
    SeriesRepository repo(temp.db());
    Result<Series> s = repo.get(addSeries(temp.db()));
    REQUIRE(s);
    s->scheduleRule = QStringLiteral("every=2;week=2;weekday=tue;month=4;holiday=next");
    REQUIRE(repo.update(*s));
    CHECK(repo.get(s->id)->scheduleRule == s->scheduleRule);
    s->scheduleRule = QStringLiteral("every=5;day=1");
    const QList<Error> errors = repo.validate(*s);
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].field == QStringLiteral("schedule_rule"));
}

TEST_CASE("planning a fiscal year previews bimonthly dates, moving the one on Mountain Day, and writes them")
{
    TempDatabase temp;
    const qint64 series = addSeries(temp.db());
    MeetingPlanner planner(temp.db());
    MeetingPlanner::Request request{series, FiscalYear(2026),
                                    rule("every=2;week=2;weekday=tue;start=19:00;end=20:30;holiday=next")};
    Result<MeetingPlan> preview = planner.preview(request);
    REQUIRE(preview);
    CHECK(summary(preview->dates) ==
          QStringList{QStringLiteral("2026-04-14 #1"), QStringLiteral("2026-06-09 #2"),
                      QStringLiteral("2026-08-12 #3"), QStringLiteral("2026-10-13 #4"),
                      QStringLiteral("2026-12-08 #5"), QStringLiteral("2027-02-09 #6")});
    const PlannedDate &august = slotFor(preview->dates, QDate(2026, 8, 11));
    CHECK(august.outcome == PlannedDate::Outcome::Moved);
    CHECK(august.dayOff->name == QStringLiteral("Mountain Day"));
    CHECK(august.explanation() ==
          QStringLiteral("Moved from 8/11/26 (Mountain Day) to the next business day."));
    CHECK(preview->rule.anchorMonth == 4);
    CHECK(preview->warnings.isEmpty());
    CHECK(stored(temp.db(), series).isEmpty()); // a preview writes nothing

    Result<MeetingPlan> done = planner.apply(request, &*preview);
    REQUIRE(done);
    CHECK(stored(temp.db(), series) == summary(preview->dates));
    Result<QList<Meeting>> meetings = MeetingRepository(temp.db()).list(series);
    REQUIRE(meetings);
    const Meeting &first = meetings->first();
    CHECK(first.start == QTime(19, 0));
    CHECK(first.end == QTime(20, 30));
    CHECK(first.venue == QStringLiteral("さくら坂区民センター 2階"));
    CHECK(first.fee == 500);
    CHECK(first.capacity == 60);
    CHECK(first.status == MeetingStatus::Planned);
    CHECK(SeriesRepository(temp.db()).get(series)->scheduleRule ==
          QStringLiteral("every=2;week=2;weekday=tue;month=4;start=19:00;end=20:30;holiday=next"));
}

TEST_CASE("a planned meeting takes the series' default times when the rule has none")
{
    TempDatabase temp;
    const qint64 series = addSeries(temp.db());
    Result<MeetingPlan> plan =
        MeetingPlanner(temp.db()).preview({series, FiscalYear(2026), rule("every=1;week=1;weekday=thu")});
    REQUIRE(plan);
    CHECK(plan->meetingCount() == 12);
    CHECK(plan->meetings().first().start == QTime(18, 30));
    CHECK(plan->meetings().first().end == QTime(20, 0));
}

TEST_CASE("a holiday on the chosen day moves to the next or previous business day, or skips, by the policy")
{
    // The 3rd Monday of September 2026 is Respect for the Aged Day, followed by a citizens' holiday
    // and the autumnal equinox.
    const QDate ruleDate(2026, 9, 21);
    const BusinessCalendar calendar({ClosedDay::yearEndBreak()});
    auto september = [&](const char *text) {
        return slotFor(MeetingPlanner::datesFor(rule(text), QDate(2026, 9, 1), QDate(2026, 9, 30), calendar),
                       ruleDate);
    };
    const PlannedDate next = september("every=1;week=3;weekday=mon;holiday=next");
    CHECK(next.outcome == PlannedDate::Outcome::Moved);
    CHECK(next.date == QDate(2026, 9, 24));
    const PlannedDate previous = september("every=1;week=3;weekday=mon;holiday=previous");
    CHECK(previous.date == QDate(2026, 9, 18));
    CHECK(previous.explanation() ==
          QStringLiteral("Moved from 9/21/26 (Respect for the Aged Day) to the previous business day."));
    const PlannedDate skip = september("every=1;week=3;weekday=mon;holiday=skip");
    CHECK(skip.outcome == PlannedDate::Outcome::Skipped);
    CHECK_FALSE(skip.date.isValid());
    CHECK(skip.number == 0);
    CHECK(skip.explanation() == QStringLiteral("No meeting: 9/21/26 is Respect for the Aged Day."));
}

TEST_CASE("the year-end break moves the last Tuesday of December into January")
{
    const BusinessCalendar calendar({ClosedDay::yearEndBreak()});
    const QList<PlannedDate> dates = MeetingPlanner::datesFor(
        rule("every=1;week=last;weekday=tue;holiday=next"), QDate(2026, 12, 1), QDate(2027, 1, 31), calendar);
    const PlannedDate &december = slotFor(dates, QDate(2026, 12, 29));
    CHECK(december.date == QDate(2027, 1, 4));
    CHECK(december.dayOff->name == QStringLiteral("年末年始"));
    CHECK(december.dayOff->kind == DayOff::Kind::Closed);
    CHECK(summary(dates) == QStringList{QStringLiteral("2027-01-04 #1"), QStringLiteral("2027-01-26 #2")});

    const QList<PlannedDate> before =
        MeetingPlanner::datesFor(rule("every=1;week=last;weekday=tue;holiday=previous"), QDate(2026, 12, 1),
                                 QDate(2026, 12, 31), calendar);
    CHECK(summary(before) == QStringList{QStringLiteral("2026-12-28 #1")});
}

TEST_CASE("a 5th weekday that does not exist leaves that month out, saying so")
{
    TempDatabase temp;
    const qint64 series = addSeries(temp.db());
    Result<MeetingPlan> plan =
        MeetingPlanner(temp.db()).preview({series, FiscalYear(2026), rule("every=1;week=5;weekday=tue")});
    REQUIRE(plan);
    // June, September, December (moved off the year-end break) and March have five Tuesdays.
    CHECK(summary(plan->dates) ==
          QStringList{QStringLiteral("2026-06-30 #1"), QStringLiteral("2026-09-29 #2"),
                      QStringLiteral("2027-01-04 #3"), QStringLiteral("2027-03-30 #4")});
    CHECK(plan->dates.size() == 12);
    const PlannedDate &july = plan->dates.at(3);
    CHECK(july.month == QDate(2026, 7, 1));
    CHECK(july.skipReason == PlannedDate::SkipReason::NoSuchDay);
    CHECK(july.explanation() == QStringLiteral("No meeting: July 2026 has no 5th Tuesday."));
}

TEST_CASE("29 February is a meeting day in leap years and the last day of February otherwise")
{
    const BusinessCalendar calendar;
    const ScheduleRule r = rule("every=1;day=29;holiday=next");
    CHECK(summary(MeetingPlanner::datesFor(r, QDate(2028, 2, 1), QDate(2028, 2, 29), calendar)) ==
          QStringList{QStringLiteral("2028-02-29 #1")});
    // 28 February 2027 is a Sunday: a day-of-month rule moves off weekends too.
    const QList<PlannedDate> y2027 =
        MeetingPlanner::datesFor(r, QDate(2027, 2, 1), QDate(2027, 3, 31), calendar);
    const PlannedDate &february = slotFor(y2027, QDate(2027, 2, 28));
    CHECK(february.date == QDate(2027, 3, 1));
    CHECK(february.weekendName == QStringLiteral("Sunday"));
    CHECK(summary(y2027) == QStringList{QStringLiteral("2027-03-01 #1"), QStringLiteral("2027-03-29 #2")});
}

TEST_CASE("at the fiscal-year boundary a date moved past 31 March stays, flagged, and April starts the year")
{
    TempDatabase temp;
    const qint64 series = addSeries(temp.db());
    // 31 March 2024 is a Sunday; 30 April 2023 too, with Showa Day on the Saturday before it.
    MeetingPlanner planner(temp.db());
    Result<MeetingPlan> next =
        planner.preview({series, FiscalYear(2023), rule("every=1;day=last;holiday=next")});
    REQUIRE(next);
    CHECK(next->meetings().first().date == QDate(2023, 5, 1));
    const PlannedDate &march = slotFor(next->dates, QDate(2024, 3, 31));
    CHECK(march.date == QDate(2024, 4, 1));
    CHECK(march.outsideRange);
    CHECK(march.explanation() ==
          QStringLiteral("Moved from 3/31/24 (Sunday) to 4/1/24, outside the planned range."));
    CHECK(next->warnings.contains(QStringLiteral("No. 12 moved to 4/1/24, outside FY2023.")));
    CHECK(next->warnings.contains(QStringLiteral("No. 1 on 5/1/23 is in the past."))); // the clock says 2026

    Result<MeetingPlan> previous =
        planner.preview({series, FiscalYear(2023), rule("every=1;day=last;holiday=previous")});
    REQUIRE(previous);
    CHECK(previous->meetings().first().date == QDate(2023, 4, 28));
    CHECK(previous->meetings().last().date == QDate(2024, 3, 29));
}

TEST_CASE("numbers continue after the series' last meeting, and the rhythm continues from its month")
{
    TempDatabase temp;
    const qint64 series = addSeries(temp.db(), 31);
    addMeeting(temp.db(), series, 35, QDate(2026, 3, 10)); // March: odd months
    Result<MeetingPlan> plan = MeetingPlanner(temp.db()).preview(
        {series, FiscalYear(2026), rule("every=2;week=2;weekday=tue;start=19:00;end=20:30")});
    REQUIRE(plan);
    CHECK(plan->rule.anchorMonth == 3);
    CHECK(plan->firstNumber() == 36);
    CHECK(summary(plan->dates) ==
          QStringList{QStringLiteral("2026-05-12 #36"), QStringLiteral("2026-07-14 #37"),
                      QStringLiteral("2026-09-08 #38"), QStringLiteral("2026-11-10 #39"),
                      QStringLiteral("2027-01-12 #40"), QStringLiteral("2027-03-09 #41")});
}

TEST_CASE("a fiscal year that already has meetings, or is followed by some, is refused")
{
    TempDatabase temp;
    const qint64 series = addSeries(temp.db());
    addMeeting(temp.db(), series, 1, QDate(2026, 6, 9), MeetingStatus::Planned);
    MeetingPlanner planner(temp.db());
    Result<MeetingPlan> again = planner.preview({series, FiscalYear(2026), rule("every=1;day=10")});
    REQUIRE_FALSE(again);
    CHECK(again.error().message.contains(QStringLiteral("already has 1 meeting in FY2026")));
    CHECK(again.error().message.contains(QStringLiteral("re-plan")));
    Result<MeetingPlan> earlier = planner.preview({series, FiscalYear(2025), rule("every=1;day=10")});
    REQUIRE_FALSE(earlier);
    CHECK(earlier.error().message.contains(QStringLiteral("after FY2025")));
    Result<MeetingPlan> noYear = planner.preview({series, FiscalYear(), rule("every=1;day=10")});
    REQUIRE_FALSE(noYear);
    CHECK(noYear.error().field == QStringLiteral("fiscal_year"));
}

TEST_CASE("the rhythm changes from a given meeting on: later planned meetings get the new dates in order")
{
    TempDatabase temp;
    const qint64 series = addSeries(temp.db());
    MeetingPlanner planner(temp.db());
    REQUIRE(
        planner.apply({series, FiscalYear(2026), rule("every=2;week=2;weekday=tue;start=19:00;end=20:30")}));
    Result<Meeting> third = MeetingRepository(temp.db()).findByNumber(series, 3);
    REQUIRE(third);
    Meeting themed = *third;
    themed.theme = QStringLiteral("看取りと多職種連携");
    REQUIRE(MeetingRepository(temp.db()).update(themed));

    MeetingPlanner::Request change{series, FiscalYear(2026),
                                   rule("every=1;week=3;weekday=thu;start=19:00;end=20:30"), third->id};
    Result<MeetingPlan> plan = planner.preview(change);
    REQUIRE(plan);
    CHECK(summary(plan->dates) ==
          QStringList{QStringLiteral("2026-08-20 #3"), QStringLiteral("2026-09-17 #4"),
                      QStringLiteral("2026-10-15 #5"), QStringLiteral("2026-11-19 #6"),
                      QStringLiteral("2026-12-17 #7"), QStringLiteral("2027-01-21 #8"),
                      QStringLiteral("2027-02-18 #9"), QStringLiteral("2027-03-18 #10")});
    CHECK(plan->renumbered.isEmpty());
    CHECK(plan->removed.isEmpty());
    CHECK(plan->meetings().first().meetingId == third->id);
    CHECK(plan->meetings().first().previousDate == QDate(2026, 8, 12));
    REQUIRE(planner.apply(change, &*plan));

    CHECK(stored(temp.db(), series) ==
          QStringList{QStringLiteral("2026-04-14 #1"), QStringLiteral("2026-06-09 #2")} +
              summary(plan->dates));
    Result<Meeting> kept = MeetingRepository(temp.db()).get(third->id);
    REQUIRE(kept);
    CHECK(kept->date == QDate(2026, 8, 20));
    CHECK(kept->theme == QStringLiteral("看取りと多職種連携")); // the meeting keeps what was prepared for it
    CHECK(SeriesRepository(temp.db()).get(series)->scheduleRule.startsWith(QStringLiteral("every=1;week=3")));
}

TEST_CASE("re-planning past a cancelled meeting renumbers the later ones and says so")
{
    TempDatabase temp;
    const qint64 series = addSeries(temp.db());
    MeetingPlanner planner(temp.db());
    REQUIRE(planner.apply({series, FiscalYear(2026), rule("every=2;week=2;weekday=tue")}));
    MeetingRepository meetings(temp.db());
    Meeting fourth = *meetings.findByNumber(series, 4);
    fourth.status = MeetingStatus::Cancelled;
    REQUIRE(meetings.update(fourth));
    const qint64 fifthId = meetings.findByNumber(series, 5)->id;
    Attendance registration;
    registration.meetingId = fourth.id;
    registration.guest.name = QStringLiteral("山田 花子");
    registration.status = AttendanceStatus::Registered;
    REQUIRE(AttendanceRepository(temp.db()).add(registration));

    const qint64 thirdId = meetings.findByNumber(series, 3)->id;
    MeetingPlanner::Request change{series, FiscalYear(2026), rule("every=3;week=2;weekday=tue"), thirdId};
    Result<MeetingPlan> plan = planner.preview(change);
    REQUIRE(plan);
    // Every three months from August: August, November, February.
    CHECK(summary(plan->dates) == QStringList{QStringLiteral("2026-08-12 #3"),
                                              QStringLiteral("2026-11-10 #4"),
                                              QStringLiteral("2027-02-09 #5")});
    REQUIRE(plan->removed.size() == 1);
    CHECK(plan->removed[0].id == fourth.id);
    CHECK(plan->removedRegistrations == 1);
    REQUIRE(plan->renumbered.size() == 2);
    CHECK(plan->renumbered[0].meetingId == fifthId);
    CHECK(plan->renumbered[0].from == 5);
    CHECK(plan->renumbered[0].to == 4);
    CHECK(plan->notices().contains(QStringLiteral("Renumbered: No. 5 (11/10/26) becomes No. 4.")));
    CHECK(plan->notices().first() ==
          QStringLiteral("1 planned meeting will be removed, with its registrations (1)."));

    REQUIRE(planner.apply(change, &*plan));
    CHECK(stored(temp.db(), series) ==
          QStringList{QStringLiteral("2026-04-14 #1"), QStringLiteral("2026-06-09 #2")} +
              summary(plan->dates));
    CHECK(meetings.get(fifthId)->number == 4);
    CHECK_FALSE(meetings.get(fourth.id).ok());
}

TEST_CASE("the rhythm cannot change from a meeting that has been held")
{
    TempDatabase temp;
    const qint64 series = addSeries(temp.db());
    const qint64 held = addMeeting(temp.db(), series, 1, QDate(2026, 4, 14), MeetingStatus::Held);
    Result<MeetingPlan> plan =
        MeetingPlanner(temp.db()).preview({series, FiscalYear(2026), rule("every=1;day=1"), held});
    REQUIRE_FALSE(plan);
    CHECK(plan.error().message.contains(QStringLiteral("has been held")));
}

TEST_CASE("applying a preview that no longer matches the database writes nothing")
{
    TempDatabase temp;
    const qint64 series = addSeries(temp.db());
    MeetingPlanner planner(temp.db());
    MeetingPlanner::Request request{series, FiscalYear(2026), rule("every=2;week=2;weekday=tue")};
    Result<MeetingPlan> preview = planner.preview(request);
    REQUIRE(preview);
    ClosedDay venue; // the venue closes on the day of the first meeting after the preview was shown
    venue.label = QStringLiteral("会館休館日");
    venue.first = QDate(2026, 4, 14);
    REQUIRE(ClosedDayRepository(temp.db()).add(venue));
    Result<MeetingPlan> applied = planner.apply(request, &*preview);
    REQUIRE_FALSE(applied);
    CHECK(applied.error().message.contains(QStringLiteral("preview the plan again")));
    CHECK(stored(temp.db(), series).isEmpty());
    CHECK(SeriesRepository(temp.db()).get(series)->scheduleRule.isEmpty());
}

TEST_CASE("a date changed by hand out of order is found, and renumbering puts the numbers back in date order")
{
    TempDatabase temp;
    const qint64 series = addSeries(temp.db());
    MeetingPlanner planner(temp.db());
    REQUIRE(planner.apply({series, FiscalYear(2026), rule("every=2;week=2;weekday=tue")}));
    CHECK(planner.renumberingNeeded(series)->isEmpty());
    MeetingRepository meetings(temp.db());
    Meeting second = *meetings.findByNumber(series, 2);
    second.date = QDate(2026, 8, 25); // after the 3rd meeting (12 August)
    REQUIRE(meetings.update(second));

    Result<QList<Renumbering>> needed = planner.renumberingNeeded(series);
    REQUIRE(needed);
    REQUIRE(needed->size() == 2);
    CHECK(needed->at(0).from == 3);
    CHECK(needed->at(0).to == 2);
    CHECK(needed->at(1).describe() == QStringLiteral("No. 2 (8/25/26) becomes No. 3"));
    CHECK(stored(temp.db(), series).at(1) == QStringLiteral("2026-08-12 #3")); // nothing silent

    Result<QList<Renumbering>> done = planner.renumber(series);
    REQUIRE(done);
    CHECK(done->size() == 2);
    CHECK(stored(temp.db(), series) ==
          QStringList{QStringLiteral("2026-04-14 #1"), QStringLiteral("2026-08-12 #2"),
                      QStringLiteral("2026-08-25 #3"), QStringLiteral("2026-10-13 #4"),
                      QStringLiteral("2026-12-08 #5"), QStringLiteral("2027-02-09 #6")});
}

TEST_CASE("an organiser's closed days in the database move planned dates like holidays")
{
    TempDatabase temp;
    const qint64 series = addSeries(temp.db());
    ClosedDay obon;
    obon.label = QStringLiteral("お盆");
    obon.yearly = true;
    obon.first = QDate(2000, 8, 13);
    obon.last = QDate(2000, 8, 16);
    REQUIRE(ClosedDayRepository(temp.db()).add(obon));
    Result<MeetingPlan> plan = MeetingPlanner(temp.db()).preview(
        {series, FiscalYear(2026), rule("every=1;day=14;holiday=previous")});
    REQUIRE(plan);
    const PlannedDate &august = slotFor(plan->dates, QDate(2026, 8, 14));
    CHECK(august.date == QDate(2026, 8, 12)); // Obon begins on the 13th
    CHECK(august.dayOff->name == QStringLiteral("お盆"));
}

TEST_CASE("twice a month gives two meetings a month, numbered in date order")
{
    const QList<PlannedDate> dates =
        MeetingPlanner::datesFor(rule("every=twice;week=1,3;weekday=wed"), QDate(2026, 4, 1),
                                 QDate(2026, 5, 31), BusinessCalendar({ClosedDay::yearEndBreak()}));
    // 6 May is a substitute holiday: that meeting moves to Thursday the 7th.
    CHECK(summary(dates) == QStringList{QStringLiteral("2026-04-01 #1"), QStringLiteral("2026-04-15 #2"),
                                        QStringLiteral("2026-05-07 #3"), QStringLiteral("2026-05-20 #4")});
}

TEST_CASE("the demo network's next fiscal year is planned after its last meeting, 第48回")
{
    TempDatabase temp;
    REQUIRE(DemoNetwork::fill(temp.db()));
    temp->setClock([] { return QDateTime(DemoNetwork::referenceDate(), QTime(12, 0), Qt::UTC); });
    const qint64 series = SeriesRepository(temp.db()).findByName(DemoNetwork::seriesName())->id;
    Result<MeetingPlan> plan = MeetingPlanner(temp.db()).preview(
        {series, FiscalYear(2027), rule("every=2;week=2;weekday=tue;start=19:00;end=20:30;holiday=next")});
    REQUIRE(plan);
    CHECK(plan->firstNumber() == DemoNetwork::firstMeetingNumber + DemoNetwork::meetingCount);
    CHECK(plan->rule.anchorMonth == 2); // the demo's last meeting is in February: even months
    CHECK(summary(plan->dates).first() == QStringLiteral("2027-04-13 #49"));
    CHECK(plan->meetingCount() == 6);
    CHECK(plan->warnings.isEmpty());
}
