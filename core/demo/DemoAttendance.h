#pragma once

#include "core/Result.h"
#include "core/demo/DemoRoster.h"
#include "core/demo/DemoSeed.h"
#include "core/model/Attendance.h"
#include "core/model/Meeting.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSet>

namespace renkei {

class Database;
class DemoDice;

// Who came to the demo's meetings, told through the services an organiser uses: people register
// (core's Registration puts them on the waiting list when the places are taken and moves them up when
// someone cancels), the reception desk checks them in on the day (CheckInDesk), and those who did not
// come are marked absent afterwards. The story's clock runs along, so every stamp is the story's.
class DemoAttendance
{
public:
    DemoAttendance(Database &db, DemoDice &dice, const DemoSeed &seed, const DemoRoster &roster,
                   const QDate &today, QDateTime &now)
        : m_db(db), m_dice(dice), m_seed(seed), m_roster(roster), m_today(today), m_now(now)
    {}

    // A meeting before the story's today: registrations, cancellations, the day, the absences.
    Status held(const Meeting &meeting, const QSet<qint64> &presenters);
    // A meeting still to come: the registrations (and cancellations) so far. `demand` in percent.
    Status planned(const Meeting &meeting, const QSet<qint64> &presenters, int demand);

private:
    // One person's part in the story of a meeting.
    struct Visit
    {
        qint64 memberId = 0; // 0: a guest
        Guest guest;
        AttendanceRole role = AttendanceRole::Participant;
        QDateTime registeredAt; // invalid: walks in without registering
        QDateTime cancelledAt;  // invalid: does not cancel
        QDateTime arrivesAt;    // invalid: does not come
        bool social = false;
        bool feePaid = false;
        qint64 attendanceId = 0;
    };

    Guest guest(const DemoSeed::GuestSeed &seed) const;
    // A time between `from` and `before`, for a change of mind.
    QDateTime sometimeBetween(const QDateTime &from, const QDateTime &before);
    // The list as registration closed at `listClosed`, then the arrivals on the day, each at its time.
    Status play(const Meeting &meeting, QList<Visit> &visits, const QDateTime &listClosed);

    Database &m_db;
    DemoDice &m_dice;
    const DemoSeed &m_seed;
    const DemoRoster &m_roster;
    QDate m_today;
    QDateTime &m_now;
};

} // namespace renkei
