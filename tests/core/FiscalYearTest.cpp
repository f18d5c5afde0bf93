#include "TestSupport.h"

#include "core/schedule/FiscalYear.h"

#include <catch2/catch.hpp>

using namespace renkei;

TEST_CASE("a fiscal year runs from 1 April to 31 March and is named by the year it begins in")
{
    const FiscalYear fy(2026);
    CHECK(fy.first() == QDate(2026, 4, 1));
    CHECK(fy.last() == QDate(2027, 3, 31));
    CHECK(fy.label() == QStringLiteral("FY2026"));
    CHECK(fy.contains(QDate(2027, 3, 31)));
    CHECK_FALSE(fy.contains(QDate(2027, 4, 1)));
    CHECK_FALSE(fy.contains(QDate(2026, 3, 31)));
    CHECK(fy.next() == FiscalYear(2027));
    CHECK(fy.previous() < fy);
}

TEST_CASE("the fiscal year of a date changes between 31 March and 1 April")
{
    CHECK(FiscalYear::containing(QDate(2027, 3, 31)).year() == 2026);
    CHECK(FiscalYear::containing(QDate(2027, 4, 1)).year() == 2027);
    CHECK(FiscalYear::containing(QDate(2027, 1, 12)).year() == 2026);
    CHECK_FALSE(FiscalYear::containing(QDate()).isValid());
}

TEST_CASE("the months of a fiscal year are April to March, across the calendar year")
{
    const QList<QDate> months = FiscalYear(2024).months();
    REQUIRE(months.size() == 12);
    CHECK(months.first() == QDate(2024, 4, 1));
    CHECK(months.at(9) == QDate(2025, 1, 1));
    CHECK(months.last() == QDate(2025, 3, 1));
}

TEST_CASE("a fiscal year is read as a year, FY, 年度 or a Japanese era")
{
    CHECK(FiscalYear::parse(QStringLiteral("2026"))->year() == 2026);
    CHECK(FiscalYear::parse(QStringLiteral("fy2027"))->year() == 2027);
    CHECK(FiscalYear::parse(QStringLiteral("２０２６年度"))->year() == 2026);
    CHECK(FiscalYear::parse(QStringLiteral("令和8年度"))->year() == 2026);
    CHECK(FiscalYear::parse(QStringLiteral("R8"))->year() == 2026);
    CHECK(FiscalYear::parse(QStringLiteral("令和元年度"))->year() == 2019);
    CHECK(FiscalYear::parse(QStringLiteral("平成30年度"))->year() == 2018);
    CHECK_FALSE(FiscalYear::parse(QStringLiteral("平成40年度")).ok());
    CHECK_FALSE(FiscalYear::parse(QStringLiteral("next year")).ok());
    CHECK(FiscalYear::parse(QStringLiteral("26")).error().message.contains(QStringLiteral("2026")));
}
