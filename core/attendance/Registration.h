#pragma once

#include "core/Result.h"
#include "core/model/Attendee.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <optional>

namespace renkei {

class Database;
struct Meeting;

// The places of a meeting: its capacity, the participants holding a place and those waiting.
struct Places
{
    std::optional<int> capacity; // none: no limit
    int taken = 0;
    int waiting = 0;

    // INT_MAX without a limit; never below 0 (more may have come than there are places).
    int free() const;
    bool full() const { return free() == 0; }
};

// What a change to a meeting's list did, for the organiser to see and pass on.
struct RegistrationChange
{
    qint64 attendanceId = 0;
    AttendanceStatus status = AttendanceStatus::Registered;
    int waitingPosition = 0;    // from 1, when the person is on the waiting list
    bool alreadyListed = false; // a registration of someone already registered, waiting or there: no change
    QList<Attendee> movedUp;    // who got a place from the waiting list because of the change
    bool markedHeld = false;    // the first attendance recorded turned the planned meeting into a held one
};

// The rules of a meeting's list. Places go to participants (staff and presenters hold none) in the
// order they register; when the meeting is full, a registration goes onto the waiting list, in order,
// and a place given up goes to the first person waiting, who is reported so they can be told. Every
// change is one transaction.
class Registration
{
    Q_DECLARE_TR_FUNCTIONS(renkei::Registration)

public:
    // Respect: a full meeting puts a registration on the waiting list. Exceed: the organiser lets the
    // person in anyway.
    enum class Capacity
    {
        Respect,
        Exceed
    };

    Registration(Database &db, qint64 meetingId) : m_db(db), m_meetingId(meetingId) {}

    qint64 meetingId() const { return m_meetingId; }
    Result<Places> places() const;
    // Those waiting, first in line first.
    Result<QList<Attendee>> waitingList() const;

    // Puts a member on the list as registered, or on the waiting list when the meeting is full. A member
    // who was invited, had cancelled or was absent is registered again; one already registered, waiting
    // or there is left as they are (alreadyListed).
    Result<RegistrationChange> registerMember(qint64 memberId,
                                              AttendanceRole role = AttendanceRole::Participant,
                                              Capacity capacity = Capacity::Respect);
    Result<RegistrationChange> registerGuest(const Guest &guest,
                                             AttendanceRole role = AttendanceRole::Participant,
                                             Capacity capacity = Capacity::Respect);
    // Invites members (status invited, holding no place); those already on the list are left as they are.
    // Returns the ids of the rows added.
    Result<QList<qint64>> invite(const QList<qint64> &memberIds);

    // Saves a changed row (status, role, social gathering, fee, check-in...) under the rules: a
    // registration that needs a place waits when there is none; a place given up moves the first
    // person waiting up.
    Result<RegistrationChange> save(const Attendance &changed, Capacity capacity = Capacity::Respect);
    Result<RegistrationChange> setStatus(qint64 attendanceId, AttendanceStatus status,
                                         Capacity capacity = Capacity::Respect);
    Result<RegistrationChange> cancel(qint64 attendanceId);
    // Takes the row off the list altogether (a mistake); a place it held goes to the first waiting.
    Result<RegistrationChange> remove(qint64 attendanceId);

    // Gives free places to those waiting, in order: after the capacity was raised, or after changes
    // made without these rules. Returns who moved up.
    Result<QList<Attendee>> fillFromWaitingList();
    // After the meeting: everyone still registered, who did not come, is marked absent. Returns how many.
    Result<int> markRestAbsent();

    // Places are handed on only before a meeting has happened: after it, a cancellation or absence
    // frees nothing anyone could use.
    static bool handsOnPlaces(const Meeting &meeting, const QDate &today);

private:
    Result<Meeting> meeting() const;
    QDate today() const;
    Result<QList<Attendee>> promote(const Meeting &meeting);
    Result<RegistrationChange> saveInTransaction(const Attendance &changed, Capacity capacity);
    Result<QDateTime> nextWaitingStamp() const;
    Result<int> waitingPosition(qint64 attendanceId) const;

    Database &m_db;
    qint64 m_meetingId;
};

} // namespace renkei
