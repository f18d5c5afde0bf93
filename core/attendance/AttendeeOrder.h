#pragma once

#include "core/model/Attendee.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace renkei {

// The orders a meeting's list is printed and recorded in (the sign-in sheet's order).
enum class AttendeeSort
{
    Kana,         // 五十音 order of the readings
    Profession,   // the profession list's order, then kana
    Organisation, // organisation name, then kana
};

QString attendeeSortKey(AttendeeSort sort);
std::optional<AttendeeSort> attendeeSortFromKey(const QString &key);
QStringList attendeeSortKeys();
QString attendeeSortLabel(AttendeeSort sort);

class AttendeeOrder
{
public:
    // The people a sign-in sheet lists: everyone registered or already there, staff and presenters
    // included; not the invited, the waiting, the cancelled or the absent.
    static QList<Attendee> expected(const QList<Attendee> &all);
    // Sorts in place; stable, and ties end in 五十音 order. People without a profession or an
    // organisation come after those with one.
    static void sort(QList<Attendee> &attendees, AttendeeSort sort);
};

} // namespace renkei
