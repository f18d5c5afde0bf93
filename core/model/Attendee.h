#pragma once

#include "core/model/Attendance.h"

#include <QString>

namespace renkei {

// One line of a meeting's list as people read it: the attendance together with the person's name,
// reading, profession and organisation, whether they are a member or a guest.
struct Attendee
{
    Attendance attendance;
    QString name;    // 「山田 太郎」
    QString kana;    // 「やまだ たろう」, as it was written
    QString sortKey; // KanaText::sortKey of the reading: 五十音 order
    qint64 professionId = 0;
    QString profession;        // in the application's language
    int professionOrder = 0;   // the profession list's display order
    qint64 organisationId = 0; // 0 for a guest, whose organisation is free text
    QString organisation;
    qint64 areaId = 0;
    QString email;
    QString phone;

    qint64 id() const { return attendance.id; }
    qint64 memberId() const { return attendance.memberId; }
    bool isGuest() const { return attendance.isGuest(); }
};

// True when the attendance takes one of the meeting's places: a participant who registered or came.
// Staff and presenters never count against the capacity.
inline bool holdsPlace(const Attendance &a)
{
    return a.role == AttendanceRole::Participant &&
           (a.status == AttendanceStatus::Registered || a.status == AttendanceStatus::Attended);
}

} // namespace renkei
