#pragma once

#include "ClosedDay.h"
#include "JapaneseHolidays.h"
#include "core/Result.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace renkei {

class Database;

// Why a day cannot take a meeting: a public holiday or a closed day of the organiser's.
struct DayOff
{
    enum class Kind
    {
        Holiday,
        Closed,
    };
    QDate date;
    Kind kind = Kind::Holiday;
    QString name; // the holiday's name in the application's language, or the closed day's label
    std::optional<Holiday> holiday;
};

// The organiser's calendar: Japan's public holidays plus the active local closed days.
// Business days are Monday to Friday (and the weekdays a rule meets on) that are not days off.
class BusinessCalendar
{
public:
    explicit BusinessCalendar(QList<ClosedDay> closedDays = {});
    // The active closed days of the database.
    static Result<BusinessCalendar> load(Database &db);

    const QList<ClosedDay> &closedDays() const { return m_closedDays; }
    // The holiday first when a day is both.
    std::optional<DayOff> dayOff(const QDate &date) const;
    bool isDayOff(const QDate &date) const { return dayOff(date).has_value(); }
    // Not a day off, and Monday to Friday or `alsoOpen` (a Saturday meeting's Saturday).
    bool isBusinessDay(const QDate &date, std::optional<Qt::DayOfWeek> alsoOpen = std::nullopt) const;

private:
    QList<ClosedDay> m_closedDays;
};

} // namespace renkei
