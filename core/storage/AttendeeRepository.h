#pragma once

#include "core/Result.h"
#include "core/model/Attendee.h"
#include "core/storage/MemberQuery.h"

#include <QCoreApplication>
#include <QList>

namespace renkei {

class Database;

// Which members to invite at once: a member filter, whose recentMeetings count back from the meeting
// invited to. Every criterion given must hold; within one, any of its values.
using InviteSelection = MemberFilter;

// Meetings' lists as people read them (Attendee: the attendance with names, readings, professions and
// organisations), and the member queries that attendance work needs.
class AttendeeRepository
{
    Q_DECLARE_TR_FUNCTIONS(renkei::AttendeeRepository)

public:
    explicit AttendeeRepository(Database &db) : m_db(db) {}

    // Everyone on the meeting's list, whatever their status, members and guests together in 五十音 order.
    Result<QList<Attendee>> forMeeting(qint64 meetingId) const;
    Result<Attendee> get(qint64 attendanceId) const;
    // A member as they would appear on a list they are not on yet (attendance id 0).
    Result<Attendee> member(qint64 memberId) const;

    // Active members not on the meeting's list whose reading starts with `reading` (kana; a space ends
    // the family name's part) and whose name, reading or e-mail contains it, in 五十音 order: found
    // through the readings' index, for the reception desk's keystrokes. Empty when `reading` is not kana.
    Result<QList<Attendee>> membersByReading(qint64 meetingId, const QString &reading, int limit) const;
    // The members `selection` names, in its order (五十音 by default), whether or not they are on the
    // meeting's list; its recent meetings are those before `meetingId`.
    Result<QList<qint64>> select(qint64 meetingId, const InviteSelection &selection) const;
    // Every guest row of every meeting (guests are few), for finding one guest's history.
    Result<QList<qint64>> guestAttendanceIds() const;

private:
    Result<QList<Attendee>> withPeople(const QList<Attendance> &rows, const QString &memberCondition,
                                       const QVariant &bound) const;

    Database &m_db;
};

} // namespace renkei
