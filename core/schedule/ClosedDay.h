#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace renkei {

// A local closed day of the organiser's (休業日): the year-end break, Obon, a venue's closed days.
// A single date, a range of dates, or a range that comes back every year.
struct ClosedDay
{
    qint64 id = 0;
    QString label;       // 「年末年始」
    bool yearly = false; // every year: only the months and days of first/last count
    QDate first;         // for yearly ranges any year (stored as --MM-DD); a range may cross the year end
    QDate last;          // the same as first for a single day
    bool active = true;  // off: kept but not used (the year-end break can be turned off)

    bool covers(const QDate &date) const;
    // "12/29–1/3, every year" or "2026/8/13–8/16" in the application's language.
    QString describe() const;

    // The year-end break (年末年始), 29 December to 3 January, every year: on in a new database.
    static ClosedDay yearEndBreak();

    bool operator==(const ClosedDay &) const = default;
};

} // namespace renkei
