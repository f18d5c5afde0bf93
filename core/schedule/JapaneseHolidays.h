#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace renkei {

// Which rule of the law makes a day a public holiday.
enum class HolidayKind
{
    National,   // 国民の祝日 (national holiday): named in the law, or by a one-off special law
    Substitute, // 振替休日 (substitute holiday): after a national holiday that falls on a Sunday
    Citizens,   // 国民の休日 (citizens' holiday): a day between two national holidays
};

// One public holiday of Japan (祝日・休日), with its name in Japanese and in English.
struct Holiday
{
    QDate date;
    QString nameJa;
    QString nameEn;
    HolidayKind kind = HolidayKind::National;

    // The name in the application's language.
    QString name() const;
};

// Japan's public holidays computed from the 国民の祝日に関する法律 (Public Holiday Act) as it stood in
// each year: fixed days, Happy Monday days, the equinoxes from the astronomical formula, substitute and
// citizens' holidays, and the one-off days (1989, 1990, 1993, 2019, and the Olympic moves of 2020–2021).
class JapaneseHolidays
{
public:
    static constexpr int firstYear = 1970;
    static constexpr int lastYear = 2050;
    static bool covers(int year) { return year >= firstYear && year <= lastYear; }

    // The holidays of a year in date order; empty for a year outside firstYear..lastYear.
    static const QList<Holiday> &inYear(int year);
    // The holidays from `from` to `to`, both included.
    static QList<Holiday> between(const QDate &from, const QDate &to);
    static std::optional<Holiday> on(const QDate &date);
    static bool isHoliday(const QDate &date) { return on(date).has_value(); }

    // 春分日 and 秋分日 (the day in March and in September) by the usual approximation of the
    // astronomical equinox, valid 1900–2099; the Cabinet Office announces the same days each February.
    static int vernalEquinoxDay(int year);
    static int autumnalEquinoxDay(int year);
};

} // namespace renkei
