#pragma once

#include <QString>
#include <QTime>

#include <optional>

namespace renkei {

// A named run of meetings (e.g. 「としま医介連」) numbered 第N回 in order.
struct Series
{
    qint64 id = 0;
    QString name;
    int firstNumber = 1; // the number the series' first meeting in Renkei takes
    QString defaultVenue;
    QString defaultAddress;
    QTime defaultStart;
    QTime defaultEnd;
    int defaultFee = 0; // yen
    std::optional<int> defaultCapacity;
    QString notes;
    QString scheduleRule; // ScheduleRule in its text form; empty: none chosen yet
};

} // namespace renkei
