#pragma once

#include "AreaSplit.h"
#include "Breakdown.h"
#include "ReportPeriod.h"
#include "core/Result.h"
#include "core/model/Meeting.h"
#include "core/model/Series.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace renkei {

class Database;

// The figures of a series over a period (a fiscal year by default): its held meetings and who came to
// each, the totals and mixes of the period, whether first-timers came back, how membership grew, each
// member's attendance, and the members who have stopped coming. Planned and cancelled meetings are
// left out; an attendance is a row marked attended at a held meeting.
struct SeriesReport
{
    Q_DECLARE_TR_FUNCTIONS(renkei::SeriesReport)

public:
    struct Options
    {
        int returnWindow = 3; // a first-timer "came back" when at one of the next this many meetings
        int lapsedAfter = 3;  // "not seen lately": at none of the period's last this many meetings
    };

    // One held meeting of the period.
    struct MeetingSummary
    {
        Meeting meeting;
        int attended = 0;
        int members = 0;
        int guests = 0;
        int firstTimers = 0;
        int social = 0;
        int feesCollected = 0; // yen
        int professions = 0;   // how many professions it brought together (not recorded not counted)
        Breakdown byProfession;
    };

    struct MonthCount
    {
        QDate month; // its first day
        int count = 0;
    };

    struct ReturnRate
    {
        int window = 0;
        int firstTimers = 0; // members at their first meeting of the series during the period
        int eligible = 0;    // of them, those after whose first meeting the series has held another
        int returned = 0;    // of those, the ones who came to one of the next `window` meetings
        double rate() const { return eligible == 0 ? 0.0 : double(returned) / eligible; }
    };

    // A member with any attendance row (signed up, came, absent, cancelled) in the period.
    struct MemberRecord
    {
        qint64 memberId = 0;
        QString name;
        QString kana;
        qint64 professionId = 0;
        QString profession;
        bool archived = false;
        QDate joinedOn;
        int attended = 0;
        int absent = 0;
        int cancelled = 0;
        int meetingsSinceJoining = 0; // held in the period on or after the day they joined
        QDate lastAttended;
        // One mark a meeting of the period, in order: attended, absent, cancelled, or not there.
        QList<char> marks; // 'A' attended, 'X' absent, 'C' cancelled, '-' no row or other status
        double rate() const
        {
            return meetingsSinceJoining == 0 ? 0.0 : double(attended) / meetingsSinceJoining;
        }
    };

    Series series;
    ReportPeriod period;
    Options options;

    QList<MeetingSummary> meetings;
    int attendances = 0;
    int memberAttendances = 0;
    int guestAttendances = 0;
    int uniqueMembers = 0;
    int uniqueGuests = 0; // told apart by name and reading
    int firstTimers = 0;
    int social = 0;
    int feesCollected = 0;
    Breakdown byProfession;       // attendances
    Breakdown peopleByProfession; // unique attendees
    Breakdown byArea;             // member attendances, guests last
    AreaSplit areaSplit;

    QList<MonthCount> newMembers;  // joined in each month of the period
    QList<MonthCount> memberCount; // had joined by the end of each month (archived members too)
    int membersWithoutJoinDate = 0;

    ReturnRate returnRate;
    QList<MemberRecord> memberRecords; // in 五十音 order
    QList<MemberRecord> lapsed;        // came in the period, not at its last meetings; longest gone first

    int meetingsHeld() const { return int(meetings.size()); }
    int uniqueAttendees() const { return uniqueMembers + uniqueGuests; }
    double averagePerMeeting() const
    {
        return meetings.isEmpty() ? 0.0 : double(attendances) / meetings.size();
    }

    static Result<SeriesReport> compute(Database &db, qint64 seriesId, const ReportPeriod &period,
                                        const Options &options);
    static Result<SeriesReport> compute(Database &db, qint64 seriesId, const ReportPeriod &period)
    {
        return compute(db, seriesId, period, Options());
    }
};

} // namespace renkei
