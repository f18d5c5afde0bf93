#include "TestSupport.h"

#include "core/schedule/ScheduleRule.h"

#include <QCoreApplication>
#include <QTranslator>

#include <catch2/catch.hpp>

using namespace renkei;

namespace {

ScheduleRule parsed(const QString &text)
{
    Result<ScheduleRule> rule = ScheduleRule::parse(text);
    INFO(text.toStdString());
    REQUIRE(rule);
    return *rule;
}

Error parseError(const QString &text)
{
    Result<ScheduleRule> rule = ScheduleRule::parse(text);
    INFO(text.toStdString());
    REQUIRE_FALSE(rule);
    return rule.error();
}

} // namespace

TEST_CASE("a bimonthly rule on the 2nd Tuesday reads, writes back the same and says itself in words")
{
    const QString text = QStringLiteral("every=2;week=2;weekday=tue;start=19:00;end=20:30;holiday=next");
    const ScheduleRule rule = parsed(text);
    CHECK(rule.frequency == ScheduleRule::Frequency::EveryMonths);
    CHECK(rule.interval == 2);
    CHECK(rule.weeks == QList<int>{2});
    CHECK(rule.weekday == Qt::Tuesday);
    CHECK(rule.start == QTime(19, 0));
    CHECK(rule.end == QTime(20, 30));
    CHECK(rule.holidayPolicy == HolidayPolicy::NextBusinessDay);
    CHECK(rule.toString() == text);
    CHECK(rule.describe() == QStringLiteral("every 2 months on the 2nd Tuesday, 19:00–20:30"));
}

TEST_CASE("a rule is shown in Japanese words as organisers write it")
{
    QTranslator japanese;
    REQUIRE(japanese.load(QLocale(QStringLiteral("ja_JP")), QStringLiteral("renkei"), QStringLiteral("_"),
                          QStringLiteral(":/i18n")));
    REQUIRE(QCoreApplication::installTranslator(&japanese));
    const QLocale before;
    QLocale::setDefault(QLocale(QStringLiteral("ja_JP"))); // the weekdays' names
    const QString bimonthly =
        parsed(QStringLiteral("every=2;week=2;weekday=tue;start=19:00;end=20:30")).describe();
    const QString monthly = parsed(QStringLiteral("every=1;week=last;weekday=fri")).describe();
    QCoreApplication::removeTranslator(&japanese);
    QLocale::setDefault(before);
    CHECK(bimonthly == QStringLiteral("隔月 第2火曜日 19:00〜20:30"));
    CHECK(monthly == QStringLiteral("毎月 最終金曜日"));
}

TEST_CASE("the text form is stable: parts in any order, spacing, case and full-width digits give one form")
{
    const ScheduleRule a =
        parsed(QStringLiteral(" holiday = Previous ; Weekday=Friday; week=last ;every=1 "));
    const ScheduleRule b = parsed(QStringLiteral("every=１;week=last;weekday=fri;holiday=prev"));
    CHECK(a == b);
    CHECK(a.toString() == QStringLiteral("every=1;week=last;weekday=fri;holiday=previous"));
    CHECK(parsed(a.toString()) == a);
    CHECK(a.describe() == QStringLiteral("monthly on the last Friday"));
}

TEST_CASE("twice a month takes two weeks or two days, in order")
{
    const ScheduleRule weeks = parsed(QStringLiteral("every=twice;week=3,1;weekday=水;start=18:30"));
    CHECK(weeks.frequency == ScheduleRule::Frequency::TwiceAMonth);
    CHECK(weeks.weeks == QList<int>{1, 3});
    CHECK(weeks.weekday == Qt::Wednesday);
    CHECK(weeks.toString() == QStringLiteral("every=twice;week=1,3;weekday=wed;start=18:30;holiday=next"));
    CHECK(weeks.describe() == QStringLiteral("twice a month on the 1st and 3rd Wednesday, from 18:30"));

    const ScheduleRule days = parsed(QStringLiteral("every=twice;day=last,10;holiday=skip"));
    CHECK(days.days == QList<int>{10, ScheduleRule::last});
    CHECK(days.describe() == QStringLiteral("twice a month on day 10 and the last day"));

    CHECK(parseError(QStringLiteral("every=twice;week=2;weekday=tue")).field == QStringLiteral("week"));
    CHECK(parseError(QStringLiteral("every=twice;day=10,10")).field == QStringLiteral("day"));
    CHECK(parseError(QStringLiteral("every=1;week=1,3;weekday=tue")).field == QStringLiteral("week"));
}

TEST_CASE("every N months must divide the year, and the month of the rhythm is kept")
{
    const ScheduleRule quarterly = parsed(QStringLiteral("every=3;day=15;month=5"));
    CHECK(quarterly.anchorMonth == 5);
    CHECK(quarterly.describe() == QStringLiteral("every 3 months from May on day 15"));
    CHECK(quarterly.meetsInMonth(5));
    CHECK(quarterly.meetsInMonth(8));
    CHECK(quarterly.meetsInMonth(2));
    CHECK_FALSE(quarterly.meetsInMonth(4));
    CHECK(parsed(QStringLiteral("every=2;week=2;weekday=tue;month=6")).describe() ==
          QStringLiteral("every 2 months from June on the 2nd Tuesday"));

    const Error five = parseError(QStringLiteral("every=5;day=1"));
    CHECK(five.field == QStringLiteral("every"));
    CHECK(five.message.contains(QStringLiteral("same months")));
    CHECK(parseError(QStringLiteral("every=1;day=1;month=4")).field == QStringLiteral("month"));
}

TEST_CASE("a bimonthly rule without a month meets in April, June, ... (the planner settles it)")
{
    const ScheduleRule rule = parsed(QStringLiteral("every=2;week=2;weekday=tue"));
    CHECK(rule.meetsInMonth(4));
    CHECK_FALSE(rule.meetsInMonth(5));
    CHECK(rule.meetsInMonth(2));
}

TEST_CASE("bad rules are refused with the part, the column and what would be right")
{
    Error e = parseError(QStringLiteral("every=2;week=6;weekday=tue"));
    CHECK(e.field == QStringLiteral("week"));
    CHECK(e.column == 14);
    CHECK(e.message.contains(QStringLiteral("1 to 5 or last")));

    e = parseError(QStringLiteral("every=2;week=2;weekday=funday"));
    CHECK(e.field == QStringLiteral("weekday"));
    CHECK(e.column == 24);

    e = parseError(QStringLiteral("every=2;week=2;weekday=tue;colour=blue"));
    CHECK(e.field == QStringLiteral("colour"));
    CHECK(e.column == 28);

    CHECK(parseError(QStringLiteral("every=2;every=3;day=1")).message.contains(QStringLiteral("twice")));
    CHECK(parseError(QStringLiteral("every=1;day=32")).field == QStringLiteral("day"));
    CHECK(parseError(QStringLiteral("every=1;day=1;start=25:00")).field == QStringLiteral("start"));
    CHECK(parseError(QStringLiteral("every=1;day=1;start=19:00;end=18:00")).field == QStringLiteral("end"));
    CHECK(parseError(QStringLiteral("every=1;day=1;end=18:00")).field == QStringLiteral("start"));
    CHECK(parseError(QStringLiteral("every=1;day=1;holiday=maybe")).field == QStringLiteral("holiday"));
    CHECK(parseError(QStringLiteral("every=1;week=2")).field == QStringLiteral("weekday"));
    CHECK(parseError(QStringLiteral("every=1;weekday=tue")).field == QStringLiteral("week"));
    CHECK(parseError(QStringLiteral("every=1;week=2;weekday=tue;day=3")).field == QStringLiteral("day"));
    CHECK(parseError(QStringLiteral("week=2;weekday=tue")).field == QStringLiteral("every"));
    CHECK(parseError(QStringLiteral("every=1")).field == QStringLiteral("week"));
    CHECK(parseError(QStringLiteral("every")).message.contains(QStringLiteral("name=value")));
    CHECK_FALSE(ScheduleRule::parse(QString()).ok());
}

TEST_CASE("a 5th weekday that a month does not have gives no date that month")
{
    // July 2026 has four Tuesdays; September 2026 has five.
    CHECK_FALSE(ScheduleRule::nthWeekday(2026, 7, 5, Qt::Tuesday).isValid());
    CHECK(ScheduleRule::nthWeekday(2026, 9, 5, Qt::Tuesday) == QDate(2026, 9, 29));
    const ScheduleRule rule = parsed(QStringLiteral("every=1;week=5;weekday=tue"));
    const QList<ScheduleRule::Slot> july = rule.slotsInMonth(2026, 7);
    REQUIRE(july.size() == 1);
    CHECK(july[0].ordinal == 5);
    CHECK_FALSE(july[0].date.isValid());
    CHECK(rule.describe() == QStringLiteral("monthly on the 5th Tuesday"));
}

TEST_CASE("the last weekday of a month is found in every month, however long")
{
    CHECK(ScheduleRule::nthWeekday(2026, 2, ScheduleRule::last, Qt::Friday) == QDate(2026, 2, 27));
    CHECK(ScheduleRule::nthWeekday(2026, 1, ScheduleRule::last, Qt::Saturday) == QDate(2026, 1, 31));
    CHECK(ScheduleRule::nthWeekday(2026, 3, 1, Qt::Sunday) == QDate(2026, 3, 1));
    CHECK(ScheduleRule::nthWeekday(2026, 3, 2, Qt::Sunday) == QDate(2026, 3, 8));
}

TEST_CASE("days 29 to 31 fall on the last day of a shorter month, and 29 February counts in leap years")
{
    CHECK(ScheduleRule::dayOfMonth(2027, 2, 29) == QDate(2027, 2, 28));
    CHECK(ScheduleRule::dayOfMonth(2028, 2, 29) == QDate(2028, 2, 29));
    CHECK(ScheduleRule::dayOfMonth(2028, 2, 31) == QDate(2028, 2, 29));
    CHECK(ScheduleRule::dayOfMonth(2026, 4, 31) == QDate(2026, 4, 30));
    CHECK(ScheduleRule::dayOfMonth(2026, 5, 31) == QDate(2026, 5, 31));
    CHECK(ScheduleRule::dayOfMonth(2026, 6, ScheduleRule::last) == QDate(2026, 6, 30));
    const ScheduleRule rule = parsed(QStringLiteral("every=1;day=30"));
    CHECK(rule.slotsInMonth(2027, 2).first().date == QDate(2027, 2, 28));
    CHECK(rule.describe() == QStringLiteral("monthly on day 30"));
}

TEST_CASE("a rule built in code is checked the same way as a parsed one")
{
    ScheduleRule rule;
    CHECK_FALSE(rule.isValid()); // no day yet
    rule.weeks = {2};
    rule.weekday = Qt::Thursday;
    CHECK(rule.isValid());
    rule.interval = 7;
    CHECK_FALSE(rule.isValid());
    rule.interval = 12;
    rule.anchorMonth = 13;
    CHECK(rule.validate().first().field == QStringLiteral("month"));
}

TEST_CASE("the holiday policies have keys and words")
{
    CHECK(holidayPolicyKey(HolidayPolicy::PreviousBusinessDay) == QStringLiteral("previous"));
    CHECK(holidayPolicyFromKey(QStringLiteral("SKIP")) == HolidayPolicy::Skip);
    CHECK_FALSE(holidayPolicyFromKey(QStringLiteral("later")).has_value());
    ScheduleRule rule = parsed(QStringLiteral("every=1;day=1;holiday=skip"));
    CHECK(rule.describeHolidayPolicy() == QStringLiteral("on a holiday or closed day: no meeting"));
    CHECK(ScheduleRule::syntaxHelp().contains(QStringLiteral("every=1|2|3|4|6|12|twice")));
}
