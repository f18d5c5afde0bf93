#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>

#include <optional>

namespace renkei {

// What happens to a meeting whose date falls on a public holiday or one of the organiser's closed days.
enum class HolidayPolicy
{
    NextBusinessDay,
    PreviousBusinessDay,
    Skip,
};

QString holidayPolicyKey(HolidayPolicy policy); // "next", "previous", "skip"
std::optional<HolidayPolicy> holidayPolicyFromKey(const QString &key);
QString holidayPolicyLabel(HolidayPolicy policy);

// When a series meets: every N months or twice a month, on the n-th weekday (the 2nd Tuesday, the last
// Friday) or on a day of the month, at a time, and what to do on holidays. A value: saved with the series
// in its text form (toString/parse, the syntax of the CLI's --rule) and shown in words (describe).
//
//   every=2;week=2;weekday=tue;month=4;start=19:00;end=20:30;holiday=next
//   every=twice;week=1,3;weekday=wed;start=18:30;end=20:00
//   every=1;day=last;holiday=previous
class ScheduleRule
{
    Q_DECLARE_TR_FUNCTIONS(renkei::ScheduleRule)

public:
    // The last week, or the last day, of a month.
    static constexpr int last = -1;

    enum class Frequency
    {
        EveryMonths, // every `interval` months
        TwiceAMonth, // on two weeks or two days of every month
    };

    Frequency frequency = Frequency::EveryMonths;
    // Every 1, 2, 3, 4, 6 or 12 months: the divisors of 12, so the rhythm meets in the same months
    // every year.
    int interval = 1;
    // A month (1–12) the rhythm meets in when interval > 1 (month=4 with every=2: April, June, ...).
    // 0: the planner continues from the series' last meeting, or starts in April.
    int anchorMonth = 0;
    // The n-th weekday: weeks 1–5 or `last` (one; two for twice a month). A 5th weekday that a month
    // does not have gives no meeting that month.
    QList<int> weeks;
    Qt::DayOfWeek weekday = Qt::Tuesday;
    // Or days of the month: 1–31 or `last` (one; two for twice a month). A day the month does not
    // have (the 30th in February) is the month's last day.
    QList<int> days;
    // Empty times: the series' default times.
    QTime start;
    QTime end;
    HolidayPolicy holidayPolicy = HolidayPolicy::NextBusinessDay;

    bool onWeekdays() const { return !weeks.isEmpty(); }
    bool isValid() const { return validate().isEmpty(); }
    // Every problem, each naming its part ("every", "week", "day", ...) as the field.
    QList<Error> validate() const;

    // Reads the text form; errors say which part is wrong, with its column.
    static Result<ScheduleRule> parse(const QString &text);
    // The text form, with its parts always in the same order (stable for storage and comparison).
    QString toString() const;
    // "every 2 months on the 2nd Tuesday, 19:00–20:30" (「隔月 第2火曜日 19:00〜20:30」 in Japanese).
    QString describe() const;
    // The holiday policy in words: "on a holiday or closed day: the next business day".
    QString describeHolidayPolicy() const;
    // The syntax in a few lines, for --help and error messages.
    static QString syntaxHelp();

    // Whether the rhythm meets in `month` (1–12); anchorMonth 0 counts as April.
    bool meetsInMonth(int month) const;

    // One date the rule asks for in a month: `ordinal` is the week or the day; `date` is invalid when
    // the month has no such day (a 5th Tuesday in a month with four).
    struct Slot
    {
        int ordinal = 0;
        QDate date;
    };
    // The dates of a month the rule meets in, before holidays are considered.
    QList<Slot> slotsInMonth(int year, int month) const;

    // The n-th (1–5, or `last`) weekday of a month; invalid when the month has none.
    static QDate nthWeekday(int year, int month, int week, Qt::DayOfWeek weekday);
    // The day of a month (1–31 or `last`), the month's last day when it is shorter.
    static QDate dayOfMonth(int year, int month, int day);
    // "mon".."sun"
    static QString weekdayKey(Qt::DayOfWeek weekday);
    // "2nd" / 「第2」, "last" / 「最終」
    static QString weekOrdinal(int week);

    bool operator==(const ScheduleRule &) const = default;
};

} // namespace renkei
