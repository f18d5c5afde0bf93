#pragma once

#include "core/Result.h"
#include "core/model/Attendance.h"

#include <QCoreApplication>
#include <QList>

namespace renkei {

class Database;

// Who was invited to, registered for and came to each meeting.
class AttendanceRepository
{
    Q_DECLARE_TR_FUNCTIONS(renkei::AttendanceRepository)

public:
    explicit AttendanceRepository(Database &db) : m_db(db) {}

    // The meeting's list: members in 五十音 order, then guests by kana.
    Result<QList<Attendance>> forMeeting(qint64 meetingId) const;
    // A member's history, newest meeting first.
    Result<QList<Attendance>> forMember(qint64 memberId) const;
    Result<Attendance> get(qint64 id) const;

    QList<Error> validate(const Attendance &attendance) const;
    Result<qint64> add(const Attendance &attendance);
    // Adds many rows at once, all or nothing.
    Status addAll(const QList<Attendance> &rows);
    Status update(const Attendance &attendance);
    // Sets when the person registered or joined the waiting list, which orders the waiting list
    // (update() leaves it as it was first stamped).
    Status setRegisteredAt(qint64 id, const QDateTime &registeredAt);
    Status remove(qint64 id);

private:
    Database &m_db;
};

} // namespace renkei
