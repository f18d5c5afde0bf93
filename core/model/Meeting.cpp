#include "Meeting.h"

#include "EnumText.h"

#include <QCoreApplication>

namespace renkei {

namespace {
constexpr EnumKeys<MeetingStatus, 3> statusKeys{{
    {MeetingStatus::Planned, "planned"},
    {MeetingStatus::Held, "held"},
    {MeetingStatus::Cancelled, "cancelled"},
}};
} // namespace

QString meetingStatusKey(MeetingStatus status)
{
    return enumKey(statusKeys, status);
}
std::optional<MeetingStatus> meetingStatusFromKey(const QString &key)
{
    return enumFromKey(statusKeys, key);
}
QStringList meetingStatusKeys()
{
    return allEnumKeys(statusKeys);
}

QString meetingStatusLabel(MeetingStatus status)
{
    switch (status) {
    case MeetingStatus::Planned:
        return QCoreApplication::translate("renkei::Meeting", "Planned");
    case MeetingStatus::Held:
        return QCoreApplication::translate("renkei::Meeting", "Held");
    case MeetingStatus::Cancelled:
        return QCoreApplication::translate("renkei::Meeting", "Cancelled");
    }
    return {};
}

QString Meeting::numberLabel() const
{
    //: The ordinal of a meeting in its series; Japanese: 第%1回
    return QCoreApplication::translate("renkei::Meeting", "No. %1").arg(number);
}

} // namespace renkei
