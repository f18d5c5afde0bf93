#include "JapaneseDate.h"

namespace renkei {

namespace {

struct Era
{
    int year, month, day; // the first day of the era
    const char16_t *name;
    const char *nameEn;
};

// Newest first. 明治 is counted from 1 January 1873, the first day of the Gregorian calendar in Japan.
constexpr Era eras[] = {
    {2019, 5, 1, u"令和", "Reiwa"},   {1989, 1, 8, u"平成", "Heisei"}, {1926, 12, 25, u"昭和", "Showa"},
    {1912, 7, 30, u"大正", "Taisho"}, {1873, 1, 1, u"明治", "Meiji"},
};
constexpr int meijiFirstYear = 1868;

constexpr char16_t weekdayNames[] = u"月火水木金土日";

} // namespace

std::optional<JapaneseDate::EraYear> JapaneseDate::era(const QDate &date)
{
    if (!date.isValid())
        return std::nullopt;
    for (const Era &e : eras) {
        const QDate first(e.year, e.month, e.day);
        if (date < first)
            continue;
        const int firstYear = e.year == 1873 ? meijiFirstYear : e.year;
        return EraYear{QString::fromUtf16(e.name), QString::fromLatin1(e.nameEn),
                       date.year() - firstYear + 1};
    }
    return std::nullopt;
}

QString JapaneseDate::year(const QDate &date, Style style)
{
    if (style == Style::Era) {
        if (const std::optional<EraYear> e = era(date)) {
            if (e->year == 1)
                return e->era + QStringLiteral("元年");
            return QStringLiteral("%1%2年").arg(e->era).arg(e->year);
        }
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
