#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>

namespace renkei {

class Database;

// A wholly fictitious care network, みなと坂区 and its neighbours, to try Renkei with, to take
// screenshots of and to test against: areas, about 45 organisations, 150 members and 18 meetings
// over fiscal years 2024–2026 with agendas and attendance. The same seed always gives the same rows.
// Its names and programmes come from a data file (DemoSeed); its rows are written through the core
// services an organiser uses (DemoRoster, DemoMeetings, DemoAttendance).
class DemoNetwork
{
    Q_DECLARE_TR_FUNCTIONS(renkei::DemoNetwork)

public:
    struct Options
    {
        quint32 seed = 1;
        // The story's "today": meetings before it were held, those after it are planned.
        QDate referenceDate = QDate(2026, 11, 15);
        // The data file (DemoSeed::resourcePath() unless told otherwise).
        QString seedPath;
    };

    // Fills a new, empty database in one transaction; refuses one that already holds a network.
    // The database's clock is set to the story's times while filling and reset (to the real time)
    // afterwards.
    static Status fill(Database &db, quint32 seed = 1);
    static Status fill(Database &db, const Options &options);

    static QDate referenceDate() { return Options().referenceDate; }
    // 「みなと坂医介連」
    static QString seriesName();
    // What the data file holds: the number of the series' first meeting in Renkei (第31回: the network
    // is older than its database), its members and its meetings.
    static constexpr int firstMeetingNumber = 31;
    static constexpr int memberCount = 150;
    static constexpr int meetingCount = 18;

    // The story's times are Japan's: one offset all year since 1951, so no time-zone database is needed.
    static QDateTime tokyoTime(const QDate &date, const QTime &time);
};

} // namespace renkei
