#include "core/schedule/JapaneseEra.h"

#include <QRegularExpression>

#include <catch2/catch.hpp>

using namespace renkei;

namespace {
std::optional<int> year(const char16_t *name, const char16_t *number)
{
    return JapaneseEra::gregorianYear(QString::fromUtf16(name), QString::fromUtf16(number));
}
QString eraYear(int y, int m, int d)
{
    const std::optional<JapaneseEra::Year> e = JapaneseEra::of(QDate(y, m, d));
    return e ? e->text() : QStringLiteral("none");
}
} // namespace

TEST_CASE("each era begins on the day of its accession, and its first year is written 元年")
{
    CHECK(eraYear(2026, 1, 13) == QStringLiteral("令和8年"));
    CHECK(eraYear(2019, 5, 1) == QStringLiteral("令和元年"));
    CHECK(eraYear(2019, 4, 30) == QStringLiteral("平成31年"));
    CHECK(eraYear(1989, 1, 8) == QStringLiteral("平成元年"));
    CHECK(eraYear(1989, 1, 7) == QStringLiteral("昭和64年"));
    CHECK(eraYear(1926, 12, 25) == QStringLiteral("昭和元年"));
    CHECK(eraYear(1926, 12, 24) == QStringLiteral("大正15年"));
    CHECK(eraYear(1912, 7, 30) == QStringLiteral("大正元年"));
    CHECK(eraYear(1912, 7, 29) == QStringLiteral("明治45年"));
    CHECK(JapaneseEra::of(QDate(2026, 1, 13))->eraEn == QStringLiteral("Reiwa"));
    CHECK(JapaneseEra::of(QDate(2026, 1, 13))->year == 8);
}

TEST_CASE("明治 is counted from 1868 but given only from 1873, when Japan took the Gregorian calendar")
{
    CHECK(eraYear(1873, 1, 1) == QStringLiteral("明治6年"));
    CHECK(eraYear(1900, 1, 1) == QStringLiteral("明治33年"));
    CHECK_FALSE(JapaneseEra::of(QDate(1872, 12, 31)).has_value());
    CHECK_FALSE(JapaneseEra::of(QDate()).has_value());
}

TEST_CASE("an era year is read by the era's name or letter, in digits of either width or as 元")
{
    CHECK(year(u"令和", u"6") == 2024);
    CHECK(year(u"R", u"6") == 2024);
    CHECK(year(u"r", u"6") == 2024);
    CHECK(year(u"Ｒ", u"６") == 2024);
    CHECK(year(u"令和", u"元") == 2019);
    CHECK(year(u"平成", u"元") == 1989);
    CHECK(year(u"H", u"31") == 2019);
    CHECK(year(u"昭和", u"64") == 1989);
    CHECK(year(u"S", u"50") == 1975);
    CHECK(year(u"大正", u"15") == 1926);
    CHECK(year(u"T", u"1") == 1912);
    CHECK(year(u"明治", u"45") == 1912);
    CHECK(year(u"M", u"6") == 1873);
}

TEST_CASE("an era year that is not one is not read: year 0, past the next era, or an unknown name")
{
    CHECK_FALSE(year(u"令和", u"0").has_value());
    CHECK_FALSE(year(u"平成", u"32").has_value());
    CHECK_FALSE(year(u"昭和", u"65").has_value());
    CHECK_FALSE(year(u"大正", u"16").has_value());
    CHECK_FALSE(year(u"明治", u"46").has_value());
    CHECK_FALSE(year(u"天保", u"3").has_value());
    CHECK_FALSE(year(u"X", u"3").has_value());
    CHECK_FALSE(year(u"令和", u"").has_value());
    CHECK_FALSE(year(u"令和", u"-1").has_value());
    CHECK_FALSE(year(u"令和", u"二").has_value());
}

TEST_CASE("the era names for a pattern match every era by name and letter, and nothing else")
{
    const QRegularExpression names(QStringLiteral("^(%1)$").arg(JapaneseEra::namePattern()));
    for (const char16_t *name : {u"令和", u"平成", u"昭和", u"大正", u"明治", u"R", u"h", u"S", u"t", u"M"})
        CHECK(names.match(QString::fromUtf16(name)).hasMatch());
    for (const char16_t *name : {u"天保", u"X", u"令", u""})
        CHECK_FALSE(names.match(QString::fromUtf16(name)).hasMatch());
}
