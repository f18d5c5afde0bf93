#include "ClosedDay.h"

#include <QLocale>

namespace renkei {

namespace {
int monthDay(const QDate &date)
{
    return date.month() * 100 + date.day();
}
} // namespace

bool ClosedDay::covers(const QDate &date) const
{
    if (!date.isValid() || !first.isValid())
        return false;
    const QDate end = last.isValid() ? last : first;
    if (!yearly)
        return date >= first && date <= end;
    const int d = monthDay(date), a = monthDay(first), b = monthDay(end);
    return a <= b ? (d >= a && d <= b) : (d >= a || d <= b); // a range may cross the year end
}

QString ClosedDay::describe() const
{
    const QDate end = last.isValid() ? last : first;
    const QLocale locale;
    if (yearly) {
        const QString a = locale.toString(first, QStringLiteral("M/d"));
        const QString b = locale.toString(end, QStringLiteral("M/d"));
        if (monthDay(first) == monthDay(end))
            //: A closed day that comes back every year; Japanese: 毎年 %1
            return QCoreApplication::translate("renkei::ClosedDay", "%1, every year").arg(a);
        //: Closed days that come back every year; Japanese: 毎年 %1〜%2
        return QCoreApplication::translate("renkei::ClosedDay", "%1–%2, every year").arg(a, b);
    }
    const QString a = locale.toString(first, QStringLiteral("yyyy/M/d"));
    if (first == end)
        return a;
    const QString b =
        locale.toString(end, end.year() == first.year() ? QStringLiteral("M/d") : QStringLiteral("yyyy/M/d"));
    //: A range of closed days; Japanese: %1〜%2
    return QCoreApplication::translate("renkei::ClosedDay", "%1–%2").arg(a, b);
}

ClosedDay ClosedDay::yearEndBreak()
{
    ClosedDay day;
    day.label = QStringLiteral("年末年始");
    day.yearly = true;
    day.first = QDate(2000, 12, 29);
    day.last = QDate(2000, 1, 3);
    day.active = true;
    return day;
}

} // namespace renkei
