#pragma once

#include <QList>
#include <QString>

namespace renkei {

// The SQL statements the reports rely on, in one place: read by AttendanceFacts and SeriesReport, and
// by renkei-bench, which prints their query plans. Plain SQL with bound parameters (?).
struct ReportQueries
{
    // Every row of one meeting, with the member's profession and area (a guest's own profession).
    static QString meetingFacts();
    // Every row of a series' meetings held in a period: series, first day, last day.
    static QString periodFacts();
    // Members who came in a period and had come before: series, first, last, series, first, first, number.
    static QString attendedBefore();
    // The next held meetings after a day: series, day, how many.
    static QString heldAfter();
    // The members who attended one meeting: meeting.
    static QString attendedAt();
    // The members with a row in a period, in 五十音 order: series, first, last.
    static QString periodMembers();
    // Members who joined before a day; members without a joining day; those who joined in each month.
    static QString joinedBefore();
    static QString withoutJoinDate();
    static QString joinedByMonth();

    struct Named
    {
        QString name;
        QString sql;
    };
    static QList<Named> all();
};

} // namespace renkei
