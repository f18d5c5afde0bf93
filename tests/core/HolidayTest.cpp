#include "TestSupport.h"

#include "core/schedule/BusinessCalendar.h"
#include "core/schedule/ClosedDay.h"
#include "core/schedule/JapaneseHolidays.h"

#include <QFile>

#include <catch2/catch.hpp>

using namespace renkei;

namespace {

struct Known
{
    int month, day;
    const char16_t *name;
};

// Every holiday of the year, in order, as the Cabinet Office lists it.
QStringList expected(int year, std::initializer_list<Known> days)
{
    QStringList out;
    for (const Known &k : days)
        out << QStringLiteral("%1 %2").arg(QDate(year, k.month, k.day).toString(Qt::ISODate),
                                           QString::fromUtf16(k.name));
    return out;
}

QStringList actual(int year)
{
    QStringList out;
    for (const Holiday &h : JapaneseHolidays::inYear(year))
        out << QStringLiteral("%1 %2").arg(h.date.toString(Qt::ISODate), h.nameJa);
    return out;
}

} // namespace

TEST_CASE("2019, the year of the imperial succession, has the succession days and the days between them")
{
    CHECK(actual(2019) == expected(2019, {{1, 1, u"元日"},
                                          {1, 14, u"成人の日"},
                                          {2, 11, u"建国記念の日"},
                                          {3, 21, u"春分の日"},
                                          {4, 29, u"昭和の日"},
                                          {4, 30, u"国民の休日"},
                                          {5, 1, u"天皇の即位の日"},
                                          {5, 2, u"国民の休日"},
                                          {5, 3, u"憲法記念日"},
                                          {5, 4, u"みどりの日"},
                                          {5, 5, u"こどもの日"},
                                          {5, 6, u"振替休日"},
                                          {7, 15, u"海の日"},
                                          {8, 11, u"山の日"},
                                          {8, 12, u"振替休日"},
                                          {9, 16, u"敬老の日"},
                                          {9, 23, u"秋分の日"},
                                          {10, 14, u"体育の日"},
                                          {10, 22, u"即位礼正殿の儀の行われる日"},
                                          {11, 3, u"文化の日"},
                                          {11, 4, u"振替休日"},
                                          {11, 23, u"勤労感謝の日"}}));
}

TEST_CASE("2019 has no Emperor's Birthday, 2018 had it on 23 December and 2020 on 23 February")
{
    CHECK(JapaneseHolidays::on(QDate(2018, 12, 23))->nameJa == QStringLiteral("天皇誕生日"));
    CHECK_FALSE(JapaneseHolidays::isHoliday(QDate(2019, 12, 23)));
    CHECK_FALSE(JapaneseHolidays::isHoliday(QDate(2019, 2, 23)));
    CHECK(JapaneseHolidays::on(QDate(2020, 2, 23))->nameJa == QStringLiteral("天皇誕生日"));
    CHECK(JapaneseHolidays::on(QDate(1988, 4, 29))->nameJa == QStringLiteral("天皇誕生日"));
}

TEST_CASE("2020 moves Marine Day, Sports Day and Mountain Day around the Olympics")
{
    CHECK(actual(2020) == expected(2020, {{1, 1, u"元日"},
                                          {1, 13, u"成人の日"},
                                          {2, 11, u"建国記念の日"},
                                          {2, 23, u"天皇誕生日"},
                                          {2, 24, u"振替休日"},
                                          {3, 20, u"春分の日"},
                                          {4, 29, u"昭和の日"},
                                          {5, 3, u"憲法記念日"},
                                          {5, 4, u"みどりの日"},
                                          {5, 5, u"こどもの日"},
                                          {5, 6, u"振替休日"},
                                          {7, 23, u"海の日"},
                                          {7, 24, u"スポーツの日"},
                                          {8, 10, u"山の日"},
                                          {9, 21, u"敬老の日"},
                                          {9, 22, u"秋分の日"},
                                          {11, 3, u"文化の日"},
                                          {11, 23, u"勤労感謝の日"}}));
}

TEST_CASE("2021 moves them again, and Mountain Day on a Sunday gives a substitute holiday")
{
    CHECK(actual(2021) == expected(2021, {{1, 1, u"元日"},
                                          {1, 11, u"成人の日"},
                                          {2, 11, u"建国記念の日"},
                                          {2, 23, u"天皇誕生日"},
                                          {3, 20, u"春分の日"},
                                          {4, 29, u"昭和の日"},
                                          {5, 3, u"憲法記念日"},
                                          {5, 4, u"みどりの日"},
                                          {5, 5, u"こどもの日"},
                                          {7, 22, u"海の日"},
                                          {7, 23, u"スポーツの日"},
                                          {8, 8, u"山の日"},
                                          {8, 9, u"振替休日"},
                                          {9, 20, u"敬老の日"},
                                          {9, 23, u"秋分の日"},
                                          {11, 3, u"文化の日"},
                                          {11, 23, u"勤労感謝の日"}}));
    CHECK_FALSE(JapaneseHolidays::isHoliday(QDate(2021, 10, 11)));
    CHECK_FALSE(JapaneseHolidays::isHoliday(QDate(2020, 10, 12)));
}

TEST_CASE("2022 has Sports Day back in October, on its second Monday")
{
    CHECK(JapaneseHolidays::on(QDate(2022, 10, 10))->nameJa == QStringLiteral("スポーツの日"));
    CHECK(JapaneseHolidays::on(QDate(2022, 7, 18))->nameJa == QStringLiteral("海の日"));
    CHECK(JapaneseHolidays::on(QDate(2022, 8, 11))->nameJa == QStringLiteral("山の日"));
}

TEST_CASE("2025 gives substitute holidays after Sunday holidays in February, May and November")
{
    CHECK(actual(2025) == expected(2025, {{1, 1, u"元日"},
                                          {1, 13, u"成人の日"},
                                          {2, 11, u"建国記念の日"},
                                          {2, 23, u"天皇誕生日"},
                                          {2, 24, u"振替休日"},
                                          {3, 20, u"春分の日"},
                                          {4, 29, u"昭和の日"},
                                          {5, 3, u"憲法記念日"},
                                          {5, 4, u"みどりの日"},
                                          {5, 5, u"こどもの日"},
                                          {5, 6, u"振替休日"},
                                          {7, 21, u"海の日"},
                                          {8, 11, u"山の日"},
                                          {9, 15, u"敬老の日"},
                                          {9, 23, u"秋分の日"},
                                          {10, 13, u"スポーツの日"},
                                          {11, 3, u"文化の日"},
                                          {11, 23, u"勤労感謝の日"},
                                          {11, 24, u"振替休日"}}));
}

TEST_CASE("2026 has a citizens' holiday between Respect for the Aged Day and the autumnal equinox")
{
    CHECK(actual(2026) == expected(2026, {{1, 1, u"元日"},
                                          {1, 12, u"成人の日"},
                                          {2, 11, u"建国記念の日"},
                                          {2, 23, u"天皇誕生日"},
                                          {3, 20, u"春分の日"},
                                          {4, 29, u"昭和の日"},
                                          {5, 3, u"憲法記念日"},
                                          {5, 4, u"みどりの日"},
                                          {5, 5, u"こどもの日"},
                                          {5, 6, u"振替休日"},
                                          {7, 20, u"海の日"},
                                          {8, 11, u"山の日"},
                                          {9, 21, u"敬老の日"},
                                          {9, 22, u"国民の休日"},
                                          {9, 23, u"秋分の日"},
                                          {10, 12, u"スポーツの日"},
                                          {11, 3, u"文化の日"},
                                          {11, 23, u"勤労感謝の日"}}));
}

TEST_CASE("the silver weeks of 2009, 2015 and 2032 have a citizens' holiday on the Tuesday")
{
    for (int year : {2009, 2015, 2032}) {
        INFO(year);
        QList<Holiday> citizens;
        for (const Holiday &h : JapaneseHolidays::between(QDate(year, 9, 1), QDate(year, 9, 30)))
            if (h.kind == HolidayKind::Citizens)
                citizens << h;
        REQUIRE(citizens.size() == 1);
        CHECK(citizens[0].date.dayOfWeek() == Qt::Tuesday);
        CHECK(JapaneseHolidays::on(citizens[0].date.addDays(-1))->nameJa == QStringLiteral("敬老の日"));
        CHECK(JapaneseHolidays::on(citizens[0].date.addDays(1))->nameJa == QStringLiteral("秋分の日"));
    }
}

TEST_CASE(
    "1989 begins Heisei: Sunday holidays move to Monday, the state funeral, Greenery Day and 23 December")
{
    CHECK(actual(1989) == expected(1989, {{1, 1, u"元日"},
                                          {1, 2, u"振替休日"},
                                          {1, 15, u"成人の日"},
                                          {1, 16, u"振替休日"},
                                          {2, 11, u"建国記念の日"},
                                          {2, 24, u"昭和天皇の大喪の礼"},
                                          {3, 21, u"春分の日"},
                                          {4, 29, u"みどりの日"},
                                          {5, 3, u"憲法記念日"},
                                          {5, 4, u"国民の休日"},
                                          {5, 5, u"こどもの日"},
                                          {9, 15, u"敬老の日"},
                                          {9, 23, u"秋分の日"},
                                          {10, 10, u"体育の日"},
                                          {11, 3, u"文化の日"},
                                          {11, 23, u"勤労感謝の日"},
                                          {12, 23, u"天皇誕生日"}}));
}

TEST_CASE("the enthronement of 1990 and the crown prince's wedding of 1993 are holidays")
{
    CHECK(JapaneseHolidays::on(QDate(1990, 11, 12))->nameJa == QStringLiteral("即位礼正殿の儀"));
    CHECK(JapaneseHolidays::on(QDate(1993, 6, 9))->nameJa == QStringLiteral("皇太子徳仁親王の結婚の儀"));
    CHECK(JapaneseHolidays::on(QDate(1993, 6, 9))->nameEn ==
          QStringLiteral("Wedding of Crown Prince Naruhito"));
    // 1990 had four Sunday holidays, each followed by a substitute Monday.
    for (const QDate &monday :
         {QDate(1990, 2, 12), QDate(1990, 4, 30), QDate(1990, 9, 24), QDate(1990, 12, 24)})
        CHECK(JapaneseHolidays::on(monday)->kind == HolidayKind::Substitute);
}

TEST_CASE("1970 has its twelve holidays and no substitutes: the law had none before April 1973")
{
    CHECK(actual(1970) == expected(1970, {{1, 1, u"元日"},
                                          {1, 15, u"成人の日"},
                                          {2, 11, u"建国記念の日"},
                                          {3, 21, u"春分の日"},
                                          {4, 29, u"天皇誕生日"},
                                          {5, 3, u"憲法記念日"},
                                          {5, 5, u"こどもの日"},
                                          {9, 15, u"敬老の日"},
                                          {9, 23, u"秋分の日"},
                                          {10, 10, u"体育の日"},
                                          {11, 3, u"文化の日"},
                                          {11, 23, u"勤労感謝の日"}}));
    // 11 February 1973 was a Sunday before the law; 29 April 1973 the first one after it.
    CHECK_FALSE(JapaneseHolidays::isHoliday(QDate(1973, 2, 12)));
    CHECK(JapaneseHolidays::on(QDate(1973, 4, 30))->kind == HolidayKind::Substitute);
}

TEST_CASE("4 May became a citizens' holiday from 1988, except on Sundays and Mondays that were substitutes")
{
    CHECK_FALSE(JapaneseHolidays::isHoliday(QDate(1985, 5, 4))); // Saturday, before the law
    CHECK_FALSE(JapaneseHolidays::isHoliday(QDate(1986, 5, 4))); // Sunday
    CHECK(JapaneseHolidays::on(QDate(1987, 5, 4))->kind == HolidayKind::Substitute);
    CHECK(JapaneseHolidays::on(QDate(1988, 5, 4))->kind == HolidayKind::Citizens);
    CHECK_FALSE(JapaneseHolidays::isHoliday(QDate(1997, 5, 4))); // Sunday
    CHECK(JapaneseHolidays::on(QDate(2006, 5, 4))->kind == HolidayKind::Citizens);
    CHECK(JapaneseHolidays::on(QDate(2007, 5, 4))->nameJa == QStringLiteral("みどりの日"));
}

TEST_CASE("until 2006 a substitute holiday is only the Monday; from 2007 the next day that is not a holiday")
{
    // 2008: Greenery Day (4 May) on a Sunday, Children's Day on the Monday: the substitute is Tuesday 6 May.
    CHECK(JapaneseHolidays::on(QDate(2008, 5, 6))->kind == HolidayKind::Substitute);
    // 2009: Constitution Day on a Sunday: 6 May (Wednesday).
    CHECK(JapaneseHolidays::on(QDate(2009, 5, 6))->kind == HolidayKind::Substitute);
    // 2007: Showa Day on a Sunday: Monday 30 April.
    CHECK(JapaneseHolidays::on(QDate(2007, 4, 30))->kind == HolidayKind::Substitute);
    // 2003: Constitution Day on a Saturday, 4 May a Sunday (a citizens' day by position only): no substitute.
    CHECK_FALSE(JapaneseHolidays::isHoliday(QDate(2003, 5, 6)));
    // 1992: 3 May on a Sunday: Monday the 4th is the substitute, not a citizens' holiday.
    CHECK(JapaneseHolidays::on(QDate(1992, 5, 4))->kind == HolidayKind::Substitute);
}

TEST_CASE("Happy Monday: Coming of Age and Health and Sports Day from 2000, Marine and Respect for the Aged "
          "from 2003")
{
    CHECK(JapaneseHolidays::on(QDate(1999, 1, 15))->nameJa == QStringLiteral("成人の日"));
    CHECK(JapaneseHolidays::on(QDate(2000, 1, 10))->nameJa == QStringLiteral("成人の日"));
    CHECK_FALSE(JapaneseHolidays::isHoliday(QDate(2000, 1, 15)));
    CHECK(JapaneseHolidays::on(QDate(1999, 10, 10))->nameJa == QStringLiteral("体育の日"));
    CHECK(JapaneseHolidays::on(QDate(2000, 10, 9))->nameJa == QStringLiteral("体育の日"));
    CHECK(JapaneseHolidays::on(QDate(2002, 7, 20))->nameJa == QStringLiteral("海の日"));
    CHECK(JapaneseHolidays::on(QDate(2003, 7, 21))->nameJa == QStringLiteral("海の日"));
    CHECK(JapaneseHolidays::on(QDate(2002, 9, 15))->nameJa == QStringLiteral("敬老の日"));
    CHECK(JapaneseHolidays::on(QDate(2004, 9, 20))->nameJa == QStringLiteral("敬老の日"));
    CHECK_FALSE(JapaneseHolidays::isHoliday(QDate(2004, 9, 15)));
}

TEST_CASE("Marine Day begins in 1996 and Mountain Day in 2016")
{
    CHECK_FALSE(JapaneseHolidays::isHoliday(QDate(1995, 7, 20)));
    CHECK(JapaneseHolidays::on(QDate(1996, 7, 20))->nameJa == QStringLiteral("海の日"));
    CHECK(JapaneseHolidays::on(QDate(1997, 7, 21))->kind == HolidayKind::Substitute);
    CHECK_FALSE(JapaneseHolidays::isHoliday(QDate(2015, 8, 11)));
    CHECK(JapaneseHolidays::on(QDate(2016, 8, 11))->nameJa == QStringLiteral("山の日"));
}

TEST_CASE("the equinox days follow the astronomical formula, including the years they change")
{
    struct Equinox
    {
        int year, vernal, autumnal;
    };
    const Equinox known[] = {{1970, 21, 23}, {1971, 21, 24}, {1972, 20, 23}, {1975, 21, 24}, {1976, 20, 23},
                             {1979, 21, 24}, {1980, 20, 23}, {1983, 21, 23}, {1984, 20, 23}, {1988, 20, 23},
                             {1992, 20, 23}, {1996, 20, 23}, {2000, 20, 23}, {2008, 20, 23}, {2011, 21, 23},
                             {2012, 20, 22}, {2016, 20, 22}, {2019, 21, 23}, {2020, 20, 22}, {2023, 21, 23},
                             {2024, 20, 22}, {2025, 20, 23}, {2026, 20, 23}, {2027, 21, 23}, {2028, 20, 22},
                             {2030, 20, 23}, {2044, 20, 22}, {2048, 20, 22}, {2050, 20, 23}};
    for (const Equinox &e : known) {
        INFO(e.year);
        CHECK(JapaneseHolidays::vernalEquinoxDay(e.year) == e.vernal);
        CHECK(JapaneseHolidays::autumnalEquinoxDay(e.year) == e.autumnal);
        CHECK(JapaneseHolidays::on(QDate(e.year, 3, e.vernal))->nameJa == QStringLiteral("春分の日"));
        CHECK(JapaneseHolidays::on(QDate(e.year, 9, e.autumnal))->nameJa == QStringLiteral("秋分の日"));
    }
}

TEST_CASE("an equinox on a Sunday gives a substitute holiday")
{
    // 21 March 2010 and 23 September 2018 were Sundays.
    CHECK(JapaneseHolidays::on(QDate(2010, 3, 22))->kind == HolidayKind::Substitute);
    CHECK(JapaneseHolidays::on(QDate(2018, 9, 24))->kind == HolidayKind::Substitute);
}

TEST_CASE("every year from 1970 to 2050 has between 12 and 22 holidays, in order, none on the same day twice")
{
    for (int year = JapaneseHolidays::firstYear; year <= JapaneseHolidays::lastYear; ++year) {
        INFO(year);
        const QList<Holiday> &list = JapaneseHolidays::inYear(year);
        CHECK(list.size() >= 12);
        CHECK(list.size() <= 22);
        for (qsizetype i = 1; i < list.size(); ++i)
            CHECK(list[i - 1].date < list[i].date);
        for (const Holiday &h : list) {
            CHECK(h.date.year() == year);
            CHECK(!h.nameJa.isEmpty());
            CHECK(!h.nameEn.isEmpty());
            if (h.kind == HolidayKind::Substitute)
                CHECK(h.date.dayOfWeek() != Qt::Sunday);
        }
    }
}

TEST_CASE("every computed holiday from 1970 to 2050 matches an independently kept list, and none is extra")
{
    QFile file(renkei::test::fixturePath(QStringLiteral("japanese-holidays-1970-2050.txt")));
    REQUIRE(file.open(QIODevice::ReadOnly | QIODevice::Text));
    QList<QDate> known;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        known << QDate::fromString(line, Qt::ISODate);
    }
    REQUIRE(known.size() == 1329);
    QList<QDate> computed;
    for (const Holiday &h : JapaneseHolidays::between(QDate(1970, 1, 1), QDate(2050, 12, 31)))
        computed << h.date;
    CHECK(computed == known);
}

TEST_CASE("years outside 1970–2050 are not covered and have no holidays")
{
    CHECK_FALSE(JapaneseHolidays::covers(1969));
    CHECK(JapaneseHolidays::inYear(1969).isEmpty());
    CHECK(JapaneseHolidays::inYear(2051).isEmpty());
    CHECK(JapaneseHolidays::covers(2050));
}

TEST_CASE("holidays between two dates include both ends and cross years")
{
    const QList<Holiday> list = JapaneseHolidays::between(QDate(2025, 12, 23), QDate(2026, 1, 12));
    REQUIRE(list.size() == 2);
    CHECK(list[0].date == QDate(2026, 1, 1));
    CHECK(list[1].date == QDate(2026, 1, 12));
}

TEST_CASE("a holiday's name follows the application's language, English in these tests")
{
    CHECK(JapaneseHolidays::on(QDate(2026, 5, 5))->name() == QStringLiteral("Children's Day"));
    CHECK(JapaneseHolidays::on(QDate(2026, 9, 22))->name() == QStringLiteral("Citizens' holiday"));
}

TEST_CASE("the year-end break covers 29 December to 3 January of every year, across the year end")
{
    const ClosedDay yearEnd = ClosedDay::yearEndBreak();
    CHECK(yearEnd.covers(QDate(2026, 12, 29)));
    CHECK(yearEnd.covers(QDate(2026, 12, 31)));
    CHECK(yearEnd.covers(QDate(2027, 1, 3)));
    CHECK_FALSE(yearEnd.covers(QDate(2027, 1, 4)));
    CHECK_FALSE(yearEnd.covers(QDate(2026, 12, 28)));
    CHECK(yearEnd.describe() == QStringLiteral("12/29–1/3, every year"));
}

TEST_CASE("a single range of closed days covers only its own dates")
{
    ClosedDay obon;
    obon.label = QStringLiteral("お盆");
    obon.first = QDate(2026, 8, 13);
    obon.last = QDate(2026, 8, 16);
    CHECK(obon.covers(QDate(2026, 8, 13)));
    CHECK(obon.covers(QDate(2026, 8, 16)));
    CHECK_FALSE(obon.covers(QDate(2027, 8, 14)));
    CHECK(obon.describe() == QStringLiteral("2026/8/13–8/16"));
}

TEST_CASE(
    "the business calendar names the holiday before a closed day, and inactive closed days do not count")
{
    ClosedDay off = ClosedDay::yearEndBreak();
    off.active = false;
    ClosedDay venue;
    venue.label = QStringLiteral("会館休館日");
    venue.first = QDate(2026, 6, 9);
    venue.last = QDate(2026, 6, 9);
    const BusinessCalendar calendar({ClosedDay::yearEndBreak(), venue});
    REQUIRE(calendar.dayOff(QDate(2027, 1, 1)));
    CHECK(calendar.dayOff(QDate(2027, 1, 1))->kind == DayOff::Kind::Holiday);
    CHECK(calendar.dayOff(QDate(2026, 12, 30))->name == QStringLiteral("年末年始"));
    CHECK(calendar.dayOff(QDate(2026, 6, 9))->kind == DayOff::Kind::Closed);
    CHECK_FALSE(calendar.isBusinessDay(QDate(2026, 6, 13)));           // a Saturday
    CHECK(calendar.isBusinessDay(QDate(2026, 6, 13), Qt::Saturday));   // for a Saturday meeting
    CHECK(BusinessCalendar({off}).isBusinessDay(QDate(2026, 12, 29))); // turned off
}
