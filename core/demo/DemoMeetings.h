#pragma once

#include "core/Result.h"
#include "core/demo/DemoRoster.h"
#include "core/demo/DemoSeed.h"
#include "core/model/AgendaItem.h"
#include "core/model/Meeting.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>

namespace renkei {

class Database;
class DemoDice;

// The demo's series and its meetings: every second month on the 2nd Tuesday, each with its 次第
// (programme) and presenters, and the list of each meeting written by DemoAttendance.
class DemoMeetings
{
public:
    DemoMeetings(Database &db, DemoDice &dice, const DemoSeed &seed, const DemoRoster &roster,
                 const QDate &today, QDateTime &now)
        : m_db(db), m_dice(dice), m_seed(seed), m_roster(roster), m_today(today), m_now(now)
    {}

    Status add();

    // The date of the i-th meeting (from 0): the 2nd Tuesday of every even month from April 2024, a
    // week later on a holiday or in お盆 (Obon), when many offices close.
    static QDate dateOf(int i);

private:
    Meeting meeting(int i, const Series &series) const;
    QList<AgendaItem> agenda(int i, const Meeting &meeting, QSet<qint64> &presenters);
    qint64 presenterFor(const QString &spec, const QDate &date, qint64 previous);
    Status describeHeld(qint64 meetingId, const DemoSeed::MeetingSeed &seed);

    Database &m_db;
    DemoDice &m_dice;
    const DemoSeed &m_seed;
    const DemoRoster &m_roster;
    QDate m_today;
    QDateTime &m_now;
    qint64 m_seriesId = 0;
    QHash<qint64, int> m_presentations; // by member id
};

} // namespace renkei
