#pragma once

#include <QDate>
#include <QString>
#include <QStringList>
#include <QTime>

#include <optional>

namespace renkei {

enum class MeetingStatus
{
    Planned,
    Held,
    Cancelled
};

QString meetingStatusKey(MeetingStatus status);
std::optional<MeetingStatus> meetingStatusFromKey(const QString &key);
QStringList meetingStatusKeys();
QString meetingStatusLabel(MeetingStatus status);

// One meeting of a series (第N回), with its optional social gathering (懇親会).
struct Meeting
{
    qint64 id = 0;
    qint64 seriesId = 0;
    int number = 0;
    QDate date;
    QTime start;
    QTime end;
    QString venue;
    QString address;
    int fee = 0; // yen
    std::optional<int> capacity;
    MeetingStatus status = MeetingStatus::Planned;
    QString theme;
    QString notes; // notes or minutes
    bool hasSocial = false;
    QString socialVenue;
    QTime socialStart;
    int socialFee = 0;

    // 「第12回」 in Japanese, "No. 12" in English.
    QString numberLabel() const;
};

} // namespace renkei
