#pragma once

#include "core/Result.h"
#include "core/model/Attendee.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>

namespace renkei {

class Database;

// The reception desk on the day (受付): find a person by typing a few letters of their name or reading,
// mark them there with the time, add a walk-in in seconds, and count who has come, by profession.
// Holds the meeting's list in memory, so each keystroke searches it without a query.
class CheckInDesk
{
    Q_DECLARE_TR_FUNCTIONS(renkei::CheckInDesk)

public:
    // A person found: on the meeting's list, or a member who is not on it yet (attendance id 0).
    struct Match
    {
        Attendee attendee;
        bool onList() const { return attendee.id() != 0; }
    };

    struct ProfessionCount
    {
        qint64 professionId = 0; // 0: no profession given
        QString profession;
        int attended = 0;
        int expected = 0; // registered or there
    };

    CheckInDesk(Database &db, qint64 meetingId) : m_db(db), m_meetingId(meetingId) {}

    qint64 meetingId() const { return m_meetingId; }
    // Reads the meeting's list and the names it needs; call again to see changes made elsewhere.
    Status load();
    const QList<Attendee> &attendees() const { return m_attendees; }

    // Up to `limit` people whose name, reading or e-mail contains `typed` (kana in either script, any
    // width, spaces ignored). People on the list come first — those not yet there before those who
    // are, a reading or name that starts with the letters before one that contains them — then members
    // who are not on the list, in 五十音 order.
    Result<QList<Match>> find(const QString &typed, int limit = 20) const;

    // Marks the person there now. A member not on the list comes in as a walk-in.
    Result<Attendee> checkIn(const Match &match);
    Result<Attendee> checkIn(qint64 attendanceId);
    Result<Attendee> checkInMember(qint64 memberId);
    // Someone unannounced who is not a member: on the list as a guest, there, a walk-in.
    Result<Attendee> addWalkIn(const Guest &guest);
    // Takes back a check-in made by mistake: the status before it and no time, or, for a walk-in added
    // at this desk, the row itself.
    Status undoCheckIn(qint64 attendanceId);
    // Saves other changes made at the desk (fee paid, social gathering).
    Result<Attendee> save(const Attendance &changed);

    int attendedCount() const;
    // Registered or there: the people the desk expects, staff and presenters included.
    int expectedCount() const;
    // In the profession list's order; people without a profession last.
    QList<ProfessionCount> countsByProfession() const;

private:
    struct Keys
    {
        QString name;
        QString kana;
        QString email;
    };
    static Keys keysOf(const Attendee &a);
    qsizetype indexOf(qint64 attendanceId) const;
    Result<Attendee> addWalkIn(qint64 memberId, const Guest &guest);
    void remember(const Attendee &attendee);
    Result<Attendee> saveRow(const Attendance &row);

    Database &m_db;
    qint64 m_meetingId;
    QList<Attendee> m_attendees;
    QList<Keys> m_keys; // per attendee
    QHash<qint64, QString> m_professions;
    QHash<qint64, int> m_professionOrder;
    QHash<qint64, QString> m_organisations;
    QHash<qint64, AttendanceStatus> m_before; // status before a check-in, for undo
    QSet<qint64> m_addedHere;                 // walk-ins this desk put on the list
};

} // namespace renkei
