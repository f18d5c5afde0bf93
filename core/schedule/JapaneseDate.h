#pragma once

#include <QDate>
#include <QString>
#include <QTime>

namespace renkei {

// Dates and times written the Japanese way, for printed outputs whatever the application's language:
// 2026年1月13日（火）, 令和8年1月13日（火）, 19:00〜20:30, 2026年度 / 令和8年度.
class JapaneseDate
{
public:
    enum class Style
    {
        Western, // 2026年1月13日
        Era,     // 令和8年1月13日 (和暦, the Japanese era)
    };

    // 「令和8年」, 「令和元年」, or 「2026年」.
    static QString year(const QDate &date, Style style);
    // 「2026年1月13日（火）」; without the weekday when `weekday` is false.
    static QString date(const QDate &date, Style style = Style::Western, bool weekday = true);
    // 「1月13日（火）」: for dates close enough that the year goes without saying.
    static QString monthDay(const QDate &date, bool weekday = true);
    // 「火」
    static QString weekdayName(int dayOfWeek);
    // 「19:00」, 「9:30」
    static QString time(const QTime &time);
    // 「19:00〜20:30」, 「19:00〜」 without an end, empty without a start.
    static QString timeRange(const QTime &start, const QTime &end);
    // 「2026年1月13日（火）19:00〜20:30」
    static QString dateTime(const QDate &date, const QTime &start, const QTime &end,
                            Style style = Style::Western);
    // 「2026年度」 or 「令和8年度」 for the fiscal year that begins in April of `year`.
    static QString fiscalYear(int year, Style style = Style::Western);
};

} // namespace renkei
