#pragma once

#include "core/Result.h"
#include "core/model/Meeting.h"
#include "core/model/Series.h"
#include "core/schedule/FiscalYear.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QTime>

#include <optional>

namespace renkei {
class Database;
}

namespace renkei::cli {

// What the meeting-planning commands read from their arguments: a series by name, a meeting by id, a
// fiscal year, dates and times; and how they show dates.
class MeetingArguments
{
    Q_DECLARE_TR_FUNCTIONS(renkei::cli::MeetingArguments)

public:
    // The series named `name`, or the only series when `name` is empty and there is just one.
    static Result<Series> series(Database &db, const QString &name);
    // A meeting by its id (as `meetings list` shows it).
    static Result<Meeting> meeting(Database &db, const QString &id);

    static std::optional<QDate> date(const QString &text); // 2026-04-14 (also 2026/4/14)
    static std::optional<QTime> time(const QString &text); // 19:00
    static std::optional<int> wholeNumber(const QString &text);

    // 2026-04-14 (Tue)
    static QString dateText(const QDate &date);
    // 19:00–20:30 / 19:00〜20:30
    static QString timeText(const QTime &start, const QTime &end);
};

} // namespace renkei::cli
