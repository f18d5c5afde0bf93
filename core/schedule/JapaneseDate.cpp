#include "JapaneseDate.h"

#include "core/schedule/JapaneseEra.h"

namespace renkei {

namespace {

constexpr char16_t weekdayNames[] = u"月火水木金土日";

} // namespace

QString JapaneseDate::year(const QDate &date, Style style)
{
    if (style == Style::Era) {
        if (const std::optional<JapaneseEra::Year> e = JapaneseEra::of(date))
            return e->text();
    }
    return QStringLiteral("%1年").arg(date.year());
}

QString JapaneseDate::weekdayName(int dayOfWeek)
{
    if (dayOfWeek < 1 || dayOfWeek > 7)
        return {};
    return QString(QChar(weekdayNames[dayOfWeek - 1]));
}

QString JapaneseDate::date(const QDate &date, Style style, bool weekday)
{
    if (!date.isValid())
        return {};
    return year(date, style) + monthDay(date, weekday);
}

QString JapaneseDate::monthDay(const QDate &date, bool weekday)
{
    if (!date.isValid())
        return {};
    QString out = QStringLiteral("%1月%2日").arg(date.month()).arg(date.day());
    if (weekday)
        out += QStringLiteral("（%1）").arg(weekdayName(date.dayOfWeek()));
    return out;
}

QString JapaneseDate::time(const QTime &time)
{
    return time.isValid() ? time.toString(QStringLiteral("H:mm")) : QString();
}

QString JapaneseDate::timeRange(const QTime &start, const QTime &end)
{
    if (!start.isValid())
        return {};
    if (!end.isValid())
        return time(start) + QStringLiteral("〜");
    return QStringLiteral("%1〜%2").arg(time(start), time(end));
}

QString JapaneseDate::dateTime(const QDate &day, const QTime &start, const QTime &end, Style style)
{
    return date(day, style) + timeRange(start, end);
}

QString JapaneseDate::fiscalYear(int fiscalYear, Style style)
{
    // A fiscal year is named by the era of its first day (1 April).
    return year(QDate(fiscalYear, 4, 1), style).chopped(1) + QStringLiteral("年度");
}

} // namespace renkei
