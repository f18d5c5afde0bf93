#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace renkei {

enum class AttendanceStatus
{
    Invited,
    Registered,
    Waitlisted,
    Attended,
    Absent,
    Cancelled
};
enum class AttendanceRole
{
    Participant,
    Presenter,
    Staff
};

QString attendanceStatusKey(AttendanceStatus status);
std::optional<AttendanceStatus> attendanceStatusFromKey(const QString &key);
QStringList attendanceStatusKeys();
QString attendanceStatusLabel(AttendanceStatus status);

QString attendanceRoleKey(AttendanceRole role);
std::optional<AttendanceRole> attendanceRoleFromKey(const QString &key);
QStringList attendanceRoleKeys();
QString attendanceRoleLabel(AttendanceRole role);

// Someone who is not (yet) a member: enough to print them on the sheet and count them.
struct Guest
{
    QString name;
    QString kana;
    qint64 professionId = 0;
    QString organisation;
};

// One person at one meeting: a member (memberId) or a guest.
struct Attendance
{
    qint64 id = 0;
    qint64 meetingId = 0;
    qint64 memberId = 0; // 0: a guest
    Guest guest;
    AttendanceStatus status = AttendanceStatus::Registered;
    AttendanceRole role = AttendanceRole::Participant;
    bool walkIn = false;
    bool social = false; // stays for the 懇親会 (social gathering)
    bool feePaid = false;
    QDateTime checkedInAt;
    QDateTime registeredAt; // set by the repository; orders the waiting list

    bool isGuest() const { return memberId == 0; }
};

} // namespace renkei
