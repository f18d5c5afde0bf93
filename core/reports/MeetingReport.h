#pragma once

#include "AreaSplit.h"
#include "Breakdown.h"
#include "core/Result.h"
#include "core/model/Meeting.h"
#include "core/model/Series.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace renkei {

class Database;

// The figures of one meeting: who signed up, who came and who did not, and who the people who came
// were (professions, areas, members and guests, first-timers), with the social gathering and fees.
struct MeetingReport
{
    Q_DECLARE_TR_FUNCTIONS(renkei::MeetingReport)

public:
    Series series;
    Meeting meeting;

    // Every attendance row by its status; these add up to rows.
    int rows = 0;
    int invited = 0;
    int registered = 0; // signed up and not (yet) marked attended or absent
    int waitlisted = 0;
    int attended = 0;
    int absent = 0;
    int cancelled = 0;

    int signedUp = 0; // registered in advance (walk-ins and invitations left out), cancellations included
    int walkIns = 0;  // came without signing up

    // Of those who came:
    Breakdown byProfession;
    Breakdown byArea;
    AreaSplit areaSplit;
    int members = 0;
    int guests = 0;
    int firstTimers = 0;   // members at their first meeting of the series in Renkei
    int presenters = 0;    // presenters and staff
    int social = 0;        // stayed for the 懇親会 (social gathering)
    int feesPaid = 0;      // people who paid the fee (whatever their status)
    int feesCollected = 0; // yen: feesPaid × the meeting's fee

    static Result<MeetingReport> compute(Database &db, qint64 meetingId);

    // The figures as lines of a table: a stable section key (for CSV), its label, the item and the count.
    struct Line
    {
        QString section;
        QString sectionLabel;
        QString item;
        int count = 0;
    };
    QList<Line> lines() const;
};

} // namespace renkei
