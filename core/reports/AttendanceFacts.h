#pragma once

#include "core/Result.h"
#include "core/model/Attendance.h"
#include "core/model/Meeting.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSet>
#include <QString>

namespace renkei {

class Database;

// One attendance row with what reports count it by: the person's profession and area (a member's
// as recorded now, a guest's own profession) and whether the area is 区内.
struct AttendanceFact
{
    qint64 meetingId = 0;
    qint64 memberId = 0; // 0: a guest
    QString guestName;
    QString guestKana;
    qint64 professionId = 0;
    qint64 areaId = 0;
    AttendanceStatus status = AttendanceStatus::Registered;
    AttendanceRole role = AttendanceRole::Participant;
    bool walkIn = false;
    bool social = false;
    bool feePaid = false;

    bool attended() const { return status == AttendanceStatus::Attended; }
    bool isGuest() const { return memberId == 0; }
    // The same guest at two meetings: the same name and reading, spaces ignored.
    QString guestKey() const;
};

// The queries reports rely on. Each reads what one figure needs in one statement, with bound
// parameters; see bench `report` for their query plans.
class AttendanceFacts
{
    Q_DECLARE_TR_FUNCTIONS(renkei::AttendanceFacts)

public:
    // Every attendance row of one meeting.
    static Result<QList<AttendanceFact>> forMeeting(Database &db, qint64 meetingId);
    // Every attendance row of the series' meetings held from `first` to `last`.
    static Result<QList<AttendanceFact>> forHeldMeetings(Database &db, qint64 seriesId, const QDate &first,
                                                         const QDate &last);
    // The series' meetings held from `first` to `last`, by date and number.
    static Result<QList<Meeting>> heldMeetings(Database &db, qint64 seriesId, const QDate &first,
                                               const QDate &last);
    // The first `count` meetings of the series held after `after`, by date and number.
    static Result<QList<qint64>> heldMeetingsAfter(Database &db, qint64 seriesId, const QDate &after,
                                                   int count);
    // The members who attended the meetings `meetingIds`, as (meeting, member) pairs.
    static Result<QList<QPair<qint64, qint64>>> attendedMembers(Database &db,
                                                                const QList<qint64> &meetingIds);
    // Of the members who attended a held meeting of the series from `first` to `last`, those who had
    // attended one held before `first` (before the meeting numbered below `number` on `first` when
    // `number` is given).
    static Result<QSet<qint64>> attendedBefore(Database &db, qint64 seriesId, const QDate &first,
                                               const QDate &last, int number = 0);
};

} // namespace renkei
