#include "AttendeeOrder.h"

#include "core/model/EnumText.h"

#include <QCollator>
#include <QCoreApplication>
#include <QHash>
#include <QLocale>

#include <algorithm>

namespace renkei {

namespace {
constexpr EnumKeys<AttendeeSort, 3> sortKeys{{
    {AttendeeSort::Kana, "kana"},
    {AttendeeSort::Profession, "profession"},
    {AttendeeSort::Organisation, "organisation"},
}};

bool byKana(const Attendee &a, const Attendee &b)
{
    if (a.sortKey != b.sortKey)
        return a.sortKey < b.sortKey;
    return a.id() < b.id();
}
} // namespace

QString attendeeSortKey(AttendeeSort sort)
{
    return enumKey(sortKeys, sort);
}
std::optional<AttendeeSort> attendeeSortFromKey(const QString &key)
{
    return enumFromKey(sortKeys, key);
}
QStringList attendeeSortKeys()
{
    return allEnumKeys(sortKeys);
}

QString attendeeSortLabel(AttendeeSort sort)
{
    switch (sort) {
    case AttendeeSort::Kana:
        return QCoreApplication::translate("renkei::AttendeeOrder", "By reading (五十音)");
    case AttendeeSort::Profession:
        return QCoreApplication::translate("renkei::AttendeeOrder", "By profession");
    case AttendeeSort::Organisation:
        return QCoreApplication::translate("renkei::AttendeeOrder", "By organisation");
    }
    return {};
}

QList<Attendee> AttendeeOrder::expected(const QList<Attendee> &all)
{
    QList<Attendee> out;
    for (const Attendee &a : all)
        if (a.attendance.status == AttendanceStatus::Registered ||
            a.attendance.status == AttendanceStatus::Attended)
            out.append(a);
    return out;
}

void AttendeeOrder::sort(QList<Attendee> &attendees, AttendeeSort sort)
{
    switch (sort) {
    case AttendeeSort::Kana:
        std::sort(attendees.begin(), attendees.end(), byKana);
        return;
    case AttendeeSort::Profession:
        std::sort(attendees.begin(), attendees.end(), [](const Attendee &a, const Attendee &b) {
            const bool noneA = a.professionId == 0, noneB = b.professionId == 0;
            if (noneA != noneB)
                return noneB;
            if (a.professionOrder != b.professionOrder)
                return a.professionOrder < b.professionOrder;
            if (a.professionId != b.professionId)
                return a.professionId < b.professionId;
            return byKana(a, b);
        });
        return;
    case AttendeeSort::Organisation: {
        // Organisation names have no stored reading; Japanese collation orders kana names and keeps
        // the same kanji together.
        QCollator collator{QLocale(QLocale::Japanese)};
        QStringList names;
        for (const Attendee &a : attendees)
            names << a.organisation;
        names.removeDuplicates();
        std::sort(names.begin(), names.end(), [&](const QString &x, const QString &y) {
            const int c = collator.compare(x, y);
            return c != 0 ? c < 0 : x < y;
        });
        QHash<QString, qsizetype> rank;
        for (qsizetype i = 0; i < names.size(); ++i)
            rank.insert(names[i], i);
        std::sort(attendees.begin(), attendees.end(), [&](const Attendee &a, const Attendee &b) {
            const bool noneA = a.organisation.isEmpty(), noneB = b.organisation.isEmpty();
            if (noneA != noneB)
                return noneB;
            if (a.organisation != b.organisation)
                return rank.value(a.organisation) < rank.value(b.organisation);
            return byKana(a, b);
        });
        return;
    }
    }
}

} // namespace renkei
