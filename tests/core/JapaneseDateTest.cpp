#include "TestSupport.h"

#include "core/schedule/JapaneseDate.h"

#include <catch2/catch.hpp>

using namespace renkei;

TEST_CASE("a date is written the Japanese way with its weekday, whatever the application's language")
{
    CHECK(JapaneseDate::date(QDate(2026, 1, 13)) == QStringLiteral("2026年1月13日（火）"));
    CHECK(JapaneseDate::date(QDate(2026, 1, 13), JapaneseDate::Style::Western, false) ==
          QStringLiteral("2026年1月13日"));
    CHECK(JapaneseDate::monthDay(QDate(2026, 11, 8)) == QStringLiteral("11月8日（日）"));
    CHECK(JapaneseDate::dateTime(QDate(2026, 1, 13), QTime(19, 0), QTime(20, 30)) ==
          QStringLiteral("2026年1月13日（火）19:00〜20:30"));
}

TEST_CASE("times drop the leading zero, and a time range without an end stays open")
{
    CHECK(JapaneseDate::time(QTime(9, 5)) == QStringLiteral("9:05"));
    CHECK(JapaneseDate::timeRange(QTime(18, 30), QTime()) == QStringLiteral("18:30〜"));
    CHECK(JapaneseDate::timeRange(QTime(), QTime(20, 0)).isEmpty());
}

TEST_CASE("the Japanese era changes on the day the emperor changes, and its first year is 元年")
{
    CHECK(JapaneseDate::date(QDate(2026, 1, 13), JapaneseDate::Style::Era) ==
          QStringLiteral("令和8年1月13日（火）"));
    CHECK(JapaneseDate::year(QDate(2019, 4, 30), JapaneseDate::Style::Era) == QStringLiteral("平成31年"));
    CHECK(JapaneseDate::year(QDate(2019, 5, 1), JapaneseDate::Style::Era) == QStringLiteral("令和元年"));
    CHECK(JapaneseDate::year(QDate(1989, 1, 7), JapaneseDate::Style::Era) == QStringLiteral("昭和64年"));
    CHECK(JapaneseDate::year(QDate(1989, 1, 8), JapaneseDate::Style::Era) == QStringLiteral("平成元年"));
    CHECK(JapaneseDate::year(QDate(1926, 12, 25), JapaneseDate::Style::Era) == QStringLiteral("昭和元年"));
    CHECK(JapaneseDate::year(QDate(1912, 7, 30), JapaneseDate::Style::Era) == QStringLiteral("大正元年"));
    CHECK(JapaneseDate::year(QDate(1900, 1, 1), JapaneseDate::Style::Era) == QStringLiteral("明治33年"));
    // Before the Gregorian calendar there is no era to give: the western year is written.
    CHECK(JapaneseDate::year(QDate(1872, 12, 31), JapaneseDate::Style::Era) == QStringLiteral("1872年"));
}

TEST_CASE("a fiscal year is named by the era of its first day")
{
    CHECK(JapaneseDate::fiscalYear(2026) == QStringLiteral("2026年度"));
    CHECK(JapaneseDate::fiscalYear(2026, JapaneseDate::Style::Era) == QStringLiteral("令和8年度"));
    CHECK(JapaneseDate::fiscalYear(2020, JapaneseDate::Style::Era) == QStringLiteral("令和2年度"));
    CHECK(JapaneseDate::fiscalYear(2019, JapaneseDate::Style::Era) == QStringLiteral("平成31年度"));
}
