#include "Attendance.h"

#include "EnumText.h"

#include <QCoreApplication>

namespace renkei {

namespace {
constexpr EnumKeys<AttendanceStatus, 6> statusKeys{{
    {AttendanceStatus::Invited, "invited"},
    {AttendanceStatus::Registered, "registered"},
    {AttendanceStatus::Waitlisted, "waitlisted"},
    {AttendanceStatus::Attended, "attended"},
    {AttendanceStatus::Absent, "absent"},
    {AttendanceStatus::Cancelled, "cancelled"},
}};
constexpr EnumKeys<AttendanceRole, 3> roleKeys{{
    {AttendanceRole::Participant, "participant"},
    {AttendanceRole::Presenter, "presenter"},
    {AttendanceRole::Staff, "staff"},
}};
} // namespace

QString attendanceStatusKey(AttendanceStatus status)
{
    return enumKey(statusKeys, status);
}
std::optional<AttendanceStatus> attendanceStatusFromKey(const QString &key)
{
    return enumFromKey(statusKeys, key);
}
QStringList attendanceStatusKeys()
{
    return allEnumKeys(statusKeys);
}

QString attendanceStatusLabel(AttendanceStatus status)
{
    switch (status) {
    case AttendanceStatus::Invited:
        return QCoreApplication::translate("renkei::Attendance", "Invited");
    case AttendanceStatus::Registered:
        return QCoreApplication::translate("renkei::Attendance", "Registered");
    case AttendanceStatus::Waitlisted:
        return QCoreApplication::translate("renkei::Attendance", "Waitlisted");
    case AttendanceStatus::Attended:
        return QCoreApplication::translate("renkei::Attendance", "Attended");
    case AttendanceStatus::Absent:
        return QCoreApplication::translate("renkei::Attendance", "Absent");
    case AttendanceStatus::Cancelled:
        return QCoreApplication::translate("renkei::Attendance", "Cancelled");
    }
    return {};
}

QString attendanceRoleKey(AttendanceRole role)
{
    return enumKey(roleKeys, role);
}
std::optional<AttendanceRole> attendanceRoleFromKey(const QString &key)
{
    return enumFromKey(roleKeys, key);
}
QStringList attendanceRoleKeys()
{
    return allEnumKeys(roleKeys);
}

QString attendanceRoleLabel(AttendanceRole role)
{
    switch (role) {
    case AttendanceRole::Participant:
        return QCoreApplication::translate("renkei::Attendance", "Participant");
    case AttendanceRole::Presenter:
        return QCoreApplication::translate("renkei::Attendance", "Presenter");
    case AttendanceRole::Staff:
        return QCoreApplication::translate("renkei::Attendance", "Staff");
    }
    return {};
}

} // namespace renkei
