#include "BusinessCalendar.h"

#include "core/storage/ClosedDayRepository.h"

namespace renkei {

BusinessCalendar::BusinessCalendar(QList<ClosedDay> closedDays)
{
    for (const ClosedDay &day : closedDays)
        if (day.active)
            m_closedDays << day;
}

Result<BusinessCalendar> BusinessCalendar::load(Database &db)
{
    Result<QList<ClosedDay>> days = ClosedDayRepository(db).all();
    if (!days)
        return days.error();
    return BusinessCalendar(*days);
}

std::optional<DayOff> BusinessCalendar::dayOff(const QDate &date) const
{
    if (std::optional<Holiday> holiday = JapaneseHolidays::on(date))
        return DayOff{date, DayOff::Kind::Holiday, holiday->name(), holiday};
    for (const ClosedDay &closed : m_closedDays)
        if (closed.covers(date))
            return DayOff{date, DayOff::Kind::Closed, closed.label, std::nullopt};
    return std::nullopt;
}

bool BusinessCalendar::isBusinessDay(const QDate &date, std::optional<Qt::DayOfWeek> alsoOpen) const
{
    if (!date.isValid())
        return false;
    const int weekday = date.dayOfWeek();
    const bool open = weekday <= Qt::Friday || (alsoOpen && weekday == *alsoOpen);
    return open && !isDayOff(date);
}

} // namespace renkei
