#include "ScheduleRule.h"

#include "core/model/EnumText.h"

#include <QLocale>
#include <QSet>

#include <algorithm>

namespace renkei {

namespace {

constexpr EnumKeys<HolidayPolicy, 3> policyKeys{{
    {HolidayPolicy::NextBusinessDay, "next"},
    {HolidayPolicy::PreviousBusinessDay, "previous"},
    {HolidayPolicy::Skip, "skip"},
}};

constexpr const char *weekdayKeys[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
constexpr char16_t japaneseWeekdays[] = u"月火水木金土日";
constexpr int allowedIntervals[] = {1, 2, 3, 4, 6, 12};

const QString lastKey = QStringLiteral("last");

std::optional<Qt::DayOfWeek> weekdayFromText(const QString &text)
{
    const QString t = text.trimmed().toLower();
    for (int i = 0; i < 7; ++i) {
        const QString key = QString::fromLatin1(weekdayKeys[i]);
        const QString english = QLocale(QLocale::English).dayName(i + 1).toLower();
        const QString japanese(QChar(japaneseWeekdays[i]));
        if (t == key || t == english ||
            (t.startsWith(japanese) && (t == japanese || t == japanese + QStringLiteral("曜") ||
                                        t == japanese + QStringLiteral("曜日"))))
            return Qt::DayOfWeek(i + 1);
    }
    return std::nullopt;
}

// "2", "last", "1,3": each between 1 and `max`, or last.
std::optional<QList<int>> ordinalsFromText(const QString &text, int max)
{
    QList<int> out;
    const QStringList parts = text.split(QLatin1Char(','));
    for (const QString &part : parts) {
        const QString p = part.trimmed().toLower();
        if (p == lastKey || p == QStringLiteral("最終")) {
            out << ScheduleRule::last;
            continue;
        }
        bool ok = false;
        const int n = p.toInt(&ok);
        if (!ok || n < 1 || n > max)
            return std::nullopt;
        out << n;
    }
    return out;
}

QString ordinalsToText(const QList<int> &values)
{
    QStringList parts;
    for (int v : values)
        parts << (v == ScheduleRule::last ? lastKey : QString::number(v));
    return parts.join(QLatin1Char(','));
}

// Ascending, with `last` at the end.
void sortOrdinals(QList<int> &values)
{
    std::sort(values.begin(), values.end(), [](int a, int b) {
        const int ka = a == ScheduleRule::last ? 99 : a;
        const int kb = b == ScheduleRule::last ? 99 : b;
        return ka < kb;
    });
}

std::optional<QTime> timeFromText(const QString &text)
{
    const QString t = text.trimmed().normalized(QString::NormalizationForm_KC);
    for (const QString &format : {QStringLiteral("H:mm"), QStringLiteral("HH:mm")}) {
        const QTime time = QTime::fromString(t, format);
        if (time.isValid())
            return time;
    }
    return std::nullopt;
}

QString dayText(int day)
{
    if (day == ScheduleRule::last)
        //: Japanese: 末日
        return ScheduleRule::tr("the last day");
    //: A day of the month; Japanese: %1日
    return ScheduleRule::tr("day %1").arg(day);
}

} // namespace

QString holidayPolicyKey(HolidayPolicy policy)
{
    return enumKey(policyKeys, policy);
}

std::optional<HolidayPolicy> holidayPolicyFromKey(const QString &key)
{
    if (key.compare(QStringLiteral("prev"), Qt::CaseInsensitive) == 0)
        return HolidayPolicy::PreviousBusinessDay;
    return enumFromKey(policyKeys, key.trimmed());
}

QString holidayPolicyLabel(HolidayPolicy policy)
{
    switch (policy) {
    case HolidayPolicy::NextBusinessDay:
        //: Japanese: 翌営業日に移す
        return ScheduleRule::tr("Move to the next business day");
    case HolidayPolicy::PreviousBusinessDay:
        //: Japanese: 前営業日に移す
        return ScheduleRule::tr("Move to the previous business day");
    case HolidayPolicy::Skip:
        //: Japanese: その回は休み
        return ScheduleRule::tr("Skip that meeting");
    }
    return {};
}

QList<Error> ScheduleRule::validate() const
{
    QList<Error> errors;
    if (frequency == Frequency::EveryMonths &&
        std::find(std::begin(allowedIntervals), std::end(allowedIntervals), interval) ==
            std::end(allowedIntervals))
        errors << Error::inField(tr("Every %1 months would not fall in the same months each year; choose "
                                    "every 1, 2, 3, 4, 6 or 12 months, or twice a month.")
                                     .arg(interval),
                                 QStringLiteral("every"));
    if (anchorMonth != 0 && (anchorMonth < 1 || anchorMonth > 12))
        errors << Error::inField(tr("The month must be between 1 and 12."), QStringLiteral("month"));
    else if (anchorMonth != 0 && (frequency == Frequency::TwiceAMonth || interval == 1))
        errors << Error::inField(tr("A month to start from only applies to meetings every 2 months or more."),
                                 QStringLiteral("month"));

    if (weeks.isEmpty() && days.isEmpty()) {
        errors << Error::inField(tr("The rule needs a day: a week and a weekday (week=2;weekday=tue for the "
                                    "2nd Tuesday), or a day of the month (day=15)."),
                                 QStringLiteral("week"));
    } else if (!weeks.isEmpty() && !days.isEmpty()) {
        errors << Error::inField(tr("Give either weeks with a weekday or days of the month, not both."),
                                 QStringLiteral("day"));
    } else {
        const bool useWeeks = !weeks.isEmpty();
        const QList<int> &values = useWeeks ? weeks : days;
        const QString field = useWeeks ? QStringLiteral("week") : QStringLiteral("day");
        const int max = useWeeks ? 5 : 31;
        for (int v : values)
            if (v != last && (v < 1 || v > max)) {
                errors << Error::inField(useWeeks
                                             ? tr("A week is 1 to 5 or last, not %1.").arg(v)
                                             : tr("A day of the month is 1 to 31 or last, not %1.").arg(v),
                                         field);
                break;
            }
        const qsizetype distinct = QSet<int>(values.cbegin(), values.cend()).size();
        if (frequency == Frequency::TwiceAMonth && (values.size() != 2 || distinct != 2))
            errors << Error::inField(
                tr("Twice a month needs two different weeks or days, such as week=1,3 or "
                   "day=10,25."),
                field);
        else if (frequency == Frequency::EveryMonths && values.size() != 1)
            errors << Error::inField(
                tr("Meeting every %n month(s) takes one week or one day; for two meetings a month write "
                   "every=twice.",
                   nullptr, interval),
                field);
    }
    if (!weeks.isEmpty() && (weekday < Qt::Monday || weekday > Qt::Sunday))
        errors << Error::inField(tr("The weekday is missing."), QStringLiteral("weekday"));
    if (end.isValid() && !start.isValid())
        errors << Error::inField(tr("An end time needs a start time."), QStringLiteral("start"));
    if (start.isValid() && end.isValid() && end <= start)
        errors << Error::inField(tr("The end time must be after the start time."), QStringLiteral("end"));
    return errors;
}

Result<ScheduleRule> ScheduleRule::parse(const QString &text)
{
    ScheduleRule rule;
    rule.interval = 0;
    bool weekdayGiven = false;
    int weekdayColumn = 0;
    QSet<QString> seen;
    auto fail = [&](const QString &message, const QString &field, int column) {
        Error e = Error::inField(message, field);
        e.column = column;
        return e;
    };

    const QString source = text.normalized(QString::NormalizationForm_KC);
    qsizetype offset = 0;
    const QStringList parts = source.split(QLatin1Char(';'));
    for (const QString &rawPart : parts) {
        qsizetype lead = 0;
        while (lead < rawPart.size() && rawPart.at(lead).isSpace())
            ++lead;
        const int column = int(offset + lead + 1);
        offset += rawPart.size() + 1;
        const QString part = rawPart.trimmed();
        if (part.isEmpty())
            continue;
        const qsizetype eq = part.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return fail(tr("Write each part of a rule as name=value, not “%1”.").arg(part), {}, column);
        const QString key = part.left(eq).trimmed().toLower();
        const QString value = part.mid(eq + 1).trimmed();
        qsizetype valueStart = eq + 1;
        while (valueStart < part.size() && part.at(valueStart).isSpace())
            ++valueStart;
        const int valueColumn = int(column + valueStart);
        if (seen.contains(key))
            return fail(tr("“%1” is given twice.").arg(key), key, column);
        seen.insert(key);

        if (key == QStringLiteral("every")) {
            if (value.compare(QStringLiteral("twice"), Qt::CaseInsensitive) == 0) {
                rule.frequency = Frequency::TwiceAMonth;
                rule.interval = 1;
            } else {
                bool ok = false;
                const int n = value.toInt(&ok);
                if (!ok || n < 1)
                    return fail(
                        tr("every= takes a number of months (1, 2, 3, 4, 6 or 12) or twice, not “%1”.")
                            .arg(value),
                        key, valueColumn);
                rule.interval = n;
            }
        } else if (key == QStringLiteral("week")) {
            const std::optional<QList<int>> weeks = ordinalsFromText(value, 5);
            if (!weeks)
                return fail(
                    tr("week= takes 1 to 5 or last (two for twice a month: 1,3), not “%1”.").arg(value), key,
                    valueColumn);
            rule.weeks = *weeks;
        } else if (key == QStringLiteral("weekday")) {
            const std::optional<Qt::DayOfWeek> weekday = weekdayFromText(value);
            if (!weekday)
                return fail(tr("weekday= takes mon, tue, wed, thu, fri, sat or sun, not “%1”.").arg(value),
                            key, valueColumn);
            rule.weekday = *weekday;
            weekdayGiven = true;
            weekdayColumn = column;
        } else if (key == QStringLiteral("day")) {
            const std::optional<QList<int>> days = ordinalsFromText(value, 31);
            if (!days)
                return fail(
                    tr("day= takes a day from 1 to 31 or last (two for twice a month: 10,25), not “%1”.")
                        .arg(value),
                    key, valueColumn);
            rule.days = *days;
        } else if (key == QStringLiteral("month")) {
            bool ok = false;
            const int month = value.toInt(&ok);
            if (!ok || month < 1 || month > 12)
                return fail(tr("month= takes a month from 1 to 12, not “%1”.").arg(value), key, valueColumn);
            rule.anchorMonth = month;
        } else if (key == QStringLiteral("start") || key == QStringLiteral("end")) {
            const std::optional<QTime> time = timeFromText(value);
            if (!time)
                return fail(tr("“%1” is not a time; write it as 19:00.").arg(value), key, valueColumn);
            (key == QStringLiteral("start") ? rule.start : rule.end) = *time;
        } else if (key == QStringLiteral("holiday")) {
            const std::optional<HolidayPolicy> policy = holidayPolicyFromKey(value);
            if (!policy)
                return fail(tr("holiday= takes next, previous or skip, not “%1”.").arg(value), key,
                            valueColumn);
            rule.holidayPolicy = *policy;
        } else {
            return fail(tr("“%1” is not part of a rule; a rule is made of every, week, weekday, day, month, "
                           "start, end and holiday.")
                            .arg(key),
                        key, column);
        }
    }

    if (seen.isEmpty())
        return Error{tr("The rule is empty.")};
    if (!seen.contains(QStringLiteral("every")))
        return Error::inField(tr("The rule needs every= (every=1 for monthly, every=2 for every other month, "
                                 "every=twice for twice a month)."),
                              QStringLiteral("every"));
    if (!rule.weeks.isEmpty() && !weekdayGiven)
        return Error::inField(tr("week= needs a weekday= (week=2;weekday=tue)."), QStringLiteral("weekday"));
    if (weekdayGiven && rule.weeks.isEmpty()) {
        Error e = Error::inField(tr("weekday= needs a week= (week=2 for the 2nd, week=last for the last)."),
                                 QStringLiteral("week"));
        e.column = weekdayColumn;
        return e;
    }
    sortOrdinals(rule.weeks);
    sortOrdinals(rule.days);
    if (const QList<Error> errors = rule.validate(); !errors.isEmpty())
        return errors.first();
    return rule;
}

QString ScheduleRule::toString() const
{
    QStringList parts;
    parts << QStringLiteral("every=%1")
                 .arg(frequency == Frequency::TwiceAMonth ? QStringLiteral("twice")
                                                          : QString::number(interval));
    if (!weeks.isEmpty()) {
        parts << QStringLiteral("week=") + ordinalsToText(weeks);
        parts << QStringLiteral("weekday=") + weekdayKey(weekday);
    }
    if (!days.isEmpty())
        parts << QStringLiteral("day=") + ordinalsToText(days);
    if (anchorMonth != 0)
        parts << QStringLiteral("month=%1").arg(anchorMonth);
    if (start.isValid())
        parts << QStringLiteral("start=") + start.toString(QStringLiteral("HH:mm"));
    if (end.isValid())
        parts << QStringLiteral("end=") + end.toString(QStringLiteral("HH:mm"));
    parts << QStringLiteral("holiday=") + holidayPolicyKey(holidayPolicy);
    return parts.join(QLatin1Char(';'));
}

QString ScheduleRule::weekdayKey(Qt::DayOfWeek weekday)
{
    if (weekday < Qt::Monday || weekday > Qt::Sunday)
        return {};
    return QString::fromLatin1(weekdayKeys[weekday - 1]);
}

QString ScheduleRule::weekOrdinal(int week)
{
    switch (week) {
    case 1:
        //: The first week of a month; Japanese: 第1
        return tr("1st");
    case 2:
        //: Japanese: 第2
        return tr("2nd");
    case 3:
        //: Japanese: 第3
        return tr("3rd");
    case 4:
        //: Japanese: 第4
        return tr("4th");
    case 5:
        //: Japanese: 第5
        return tr("5th");
    case last:
        //: The last week of a month; Japanese: 最終
        return tr("last");
    }
    return QString::number(week);
}

QString ScheduleRule::describe() const
{
    QString often;
    const QString month = anchorMonth >= 1 && anchorMonth <= 12
                              ? QLocale().standaloneMonthName(anchorMonth, QLocale::LongFormat)
                              : QString();
    if (frequency == Frequency::TwiceAMonth)
        //: Japanese: 月2回
        often = tr("twice a month");
    else if (interval == 1)
        //: Japanese: 毎月
        often = tr("monthly");
    else if (interval == 2)
        //: Japanese: 隔月 (with a month: 隔月（%1から）)
        often = month.isEmpty() ? tr("every 2 months") : tr("every 2 months from %1").arg(month);
    else
        //: Japanese: %1か月ごと (with a month: %1か月ごと（%2から）)
        often = month.isEmpty() ? tr("every %1 months").arg(interval)
                                : tr("every %1 months from %2").arg(interval).arg(month);

    QString when;
    if (!weeks.isEmpty()) {
        const QString dayName = QLocale().dayName(weekday, QLocale::LongFormat);
        if (weeks.size() == 1)
            //: The n-th weekday of a month, e.g. "the 2nd Tuesday"; Japanese: %1%2 (第2火曜日)
            when = tr("the %1 %2").arg(weekOrdinal(weeks.first()), dayName);
        else
            //: Two weeks of a month, e.g. "the 1st and 3rd Wednesday"; Japanese: %1・%2%3 (第1・第3水曜日)
            when = tr("the %1 and %2 %3").arg(weekOrdinal(weeks.at(0)), weekOrdinal(weeks.at(1)), dayName);
    } else if (!days.isEmpty()) {
        if (days.size() == 1)
            when = dayText(days.first());
        else
            //: Two days of a month; Japanese: %1・%2
            when = tr("%1 and %2").arg(dayText(days.at(0)), dayText(days.at(1)));
    }

    QString times;
    if (start.isValid() && end.isValid())
        //: A time range; Japanese: %1〜%2
        times = tr("%1–%2").arg(start.toString(QStringLiteral("H:mm")), end.toString(QStringLiteral("H:mm")));
    else if (start.isValid())
        //: A start time without an end; Japanese: %1〜
        times = tr("from %1").arg(start.toString(QStringLiteral("H:mm")));

    if (times.isEmpty())
        //: How often and on which day, e.g. "monthly on the 2nd Tuesday"; Japanese: %1 %2
        return tr("%1 on %2").arg(often, when);
    //: How often, on which day and when, e.g. "every 2 months on the 2nd Tuesday, 19:00–20:30";
    //: Japanese: %1 %2 %3 (隔月 第2火曜日 19:00〜20:30)
    return tr("%1 on %2, %3").arg(often, when, times);
}

QString ScheduleRule::describeHolidayPolicy() const
{
    switch (holidayPolicy) {
    case HolidayPolicy::NextBusinessDay:
        //: Japanese: 祝日・休業日に当たるときは翌営業日
        return tr("on a holiday or closed day: the next business day");
    case HolidayPolicy::PreviousBusinessDay:
        //: Japanese: 祝日・休業日に当たるときは前営業日
        return tr("on a holiday or closed day: the previous business day");
    case HolidayPolicy::Skip:
        //: Japanese: 祝日・休業日に当たるときは休み
        return tr("on a holiday or closed day: no meeting");
    }
    return {};
}

QString ScheduleRule::syntaxHelp()
{
    return tr("A rule is name=value parts separated by semicolons:\n"
              "  every=1|2|3|4|6|12|twice   monthly, every 2 months, ..., or twice a month\n"
              "  week=1..5|last[,..]        the n-th weekday (two for twice a month: week=1,3)\n"
              "  weekday=mon..sun           with week=\n"
              "  day=1..31|last[,..]        or a day of the month (the 31st is the last day in shorter "
              "months)\n"
              "  month=1..12                a month the rhythm meets in, with every=2 or more (optional)\n"
              "  start=HH:MM end=HH:MM      the times (optional: the series' default times)\n"
              "  holiday=next|previous|skip on a holiday or closed day (default: next)\n"
              "Example: every=2;week=2;weekday=tue;month=4;start=19:00;end=20:30;holiday=next");
}

bool ScheduleRule::meetsInMonth(int month) const
{
    if (frequency == Frequency::TwiceAMonth || interval <= 1)
        return true;
    const int anchor = anchorMonth >= 1 && anchorMonth <= 12 ? anchorMonth : 4;
    return ((month - anchor) % interval + interval) % interval == 0;
}

QList<ScheduleRule::Slot> ScheduleRule::slotsInMonth(int year, int month) const
{
    QList<Slot> out;
    if (!meetsInMonth(month))
        return out;
    for (int week : weeks)
        out << Slot{week, nthWeekday(year, month, week, weekday)};
    if (weeks.isEmpty())
        for (int day : days)
            out << Slot{day, dayOfMonth(year, month, day)};
    return out;
}

QDate ScheduleRule::nthWeekday(int year, int month, int week, Qt::DayOfWeek weekday)
{
    const QDate first(year, month, 1);
    if (!first.isValid())
        return {};
    if (week == last) {
        const QDate lastDay(year, month, first.daysInMonth());
        return lastDay.addDays(-((lastDay.dayOfWeek() - weekday + 7) % 7));
    }
    if (week < 1 || week > 5)
        return {};
    const QDate date = first.addDays((weekday - first.dayOfWeek() + 7) % 7 + 7 * (week - 1));
    return date.month() == month ? date : QDate();
}

QDate ScheduleRule::dayOfMonth(int year, int month, int day)
{
    const QDate first(year, month, 1);
    if (!first.isValid() || (day != last && day < 1))
        return {};
    const int length = first.daysInMonth();
    return QDate(year, month, day == last ? length : std::min(day, length));
}

} // namespace renkei
