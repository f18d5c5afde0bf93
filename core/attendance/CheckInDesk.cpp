#include "CheckInDesk.h"

#include "Registration.h"
#include "core/storage/AttendanceRepository.h"
#include "core/storage/AttendeeRepository.h"
#include "core/storage/Database.h"
#include "core/storage/MemberRepository.h"
#include "core/storage/OrganisationRepository.h"
#include "core/storage/ProfessionRepository.h"
#include "core/text/KanaText.h"

#include <algorithm>
#include <climits>

namespace renkei {

CheckInDesk::Keys CheckInDesk::keysOf(const Attendee &a)
{
    return {KanaText::searchKey(a.name), KanaText::searchKey(a.kana), KanaText::searchKey(a.email)};
}

Status CheckInDesk::load()
{
    Result<QList<Attendee>> list = AttendeeRepository(m_db).forMeeting(m_meetingId);
    if (!list)
        return list.error();
    const Result<QList<Profession>> professions = ProfessionRepository(m_db).all();
    if (!professions)
        return professions.error();
    const Result<QList<Organisation>> organisations = OrganisationRepository(m_db).all();
    if (!organisations)
        return organisations.error();
    m_professions.clear();
    m_professionOrder.clear();
    for (const Profession &p : *professions) {
        m_professions.insert(p.id, p.displayName());
        m_professionOrder.insert(p.id, p.displayOrder);
    }
    m_organisations.clear();
    for (const Organisation &o : *organisations)
        m_organisations.insert(o.id, o.name);
    m_attendees = *list;
    m_keys.clear();
    m_keys.reserve(m_attendees.size());
    for (const Attendee &a : m_attendees)
        m_keys.append(keysOf(a));
    return {};
}

qsizetype CheckInDesk::indexOf(qint64 attendanceId) const
{
    for (qsizetype i = 0; i < m_attendees.size(); ++i)
        if (m_attendees[i].id() == attendanceId)
            return i;
    return -1;
}

Result<QList<CheckInDesk::Match>> CheckInDesk::find(const QString &typed, int limit) const
{
    const QString key = KanaText::searchKey(typed);
    struct Ranked
    {
        int rank;
        qsizetype index;
    };
    QList<Ranked> ranked;
    int listedMembers = 0;
    for (qsizetype i = 0; i < m_attendees.size(); ++i) {
        const Keys &k = m_keys[i];
        const bool starts = key.isEmpty() || k.kana.startsWith(key) || k.name.startsWith(key);
        if (!starts && !k.kana.contains(key) && !k.name.contains(key) && !k.email.contains(key))
            continue;
        const bool there = m_attendees[i].attendance.status == AttendanceStatus::Attended;
        ranked.append({(there ? 2 : 0) + (starts ? 0 : 1), i});
        listedMembers += m_attendees[i].isGuest() ? 0 : 1;
    }
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const Ranked &a, const Ranked &b) { return a.rank < b.rank; });

    QList<Match> out;
    for (const Ranked &r : ranked) {
        if (out.size() >= limit)
            return out;
        out.append(Match{m_attendees[r.index]});
    }
    if (key.isEmpty())
        return out;

    // Members who are not on the list: first those whose reading starts with what was typed, through
    // the readings' index; then, when that leaves room, the roster's search of names, readings and
    // e-mail addresses, asking for as many more as there are listed members it will find too.
    QSet<qint64> shown;
    Result<QList<Attendee>> byReading =
        AttendeeRepository(m_db).membersByReading(m_meetingId, typed, limit - int(out.size()));
    if (!byReading)
        return byReading.error();
    for (const Attendee &a : *byReading) {
        out.append(Match{a});
        shown.insert(a.memberId());
    }
    if (out.size() >= limit)
        return out;
    QSet<qint64> listed;
    for (const Attendee &a : m_attendees)
        listed.insert(a.memberId());
    MemberFilter filter;
    filter.text = typed;
    filter.limit = limit - int(out.size()) + listedMembers + int(shown.size());
    const Result<QList<Member>> members = MemberRepository(m_db).list(filter);
    if (!members)
        return members.error();
    for (const Member &m : *members) {
        if (out.size() >= limit)
            break;
        if (listed.contains(m.id) || shown.contains(m.id))
            continue;
        Attendee a;
        a.attendance.meetingId = m_meetingId;
        a.attendance.memberId = m.id;
        a.attendance.status = AttendanceStatus::Invited;
        a.name = m.fullName();
        a.kana = m.fullKana();
        a.sortKey = KanaText::sortKey(m.familyKana, m.givenKana);
        a.professionId = m.professionId;
        a.profession = m_professions.value(m.professionId);
        a.professionOrder = m_professionOrder.value(m.professionId, INT_MAX);
        a.organisationId = m.organisationId;
        a.organisation = m_organisations.value(m.organisationId);
        a.areaId = m.areaId;
        a.email = m.email;
        a.phone = m.phone;
        out.append(Match{a});
    }
    return out;
}

void CheckInDesk::remember(const Attendee &attendee)
{
    if (const qsizetype i = indexOf(attendee.id()); i >= 0) {
        m_attendees[i] = attendee;
        m_keys[i] = keysOf(attendee);
        return;
    }
    const auto at =
        std::upper_bound(m_attendees.begin(), m_attendees.end(), attendee,
                         [](const Attendee &a, const Attendee &b) { return a.sortKey < b.sortKey; });
    const qsizetype i = at - m_attendees.begin();
    m_attendees.insert(i, attendee);
    m_keys.insert(i, keysOf(attendee));
}

// Saves under the list's rules (a person who is there is never kept waiting) and keeps the copy in
// memory in step.
Result<Attendee> CheckInDesk::saveRow(const Attendance &row)
{
    const Result<RegistrationChange> change =
        Registration(m_db, m_meetingId).save(row, Registration::Capacity::Exceed);
    if (!change)
        return change.error();
    Attendee a;
    if (const qsizetype i = indexOf(change->attendanceId); i >= 0) {
        a = m_attendees[i];
    } else {
        Result<Attendee> fresh = AttendeeRepository(m_db).get(change->attendanceId);
        if (!fresh)
            return fresh.error();
        a = *fresh;
    }
    a.attendance = row;
    a.attendance.id = change->attendanceId;
    a.attendance.status = change->status;
    remember(a);
    // Someone waiting may have got a place meanwhile.
    for (const Attendee &moved : change->movedUp)
        remember(moved);
    return a;
}

Result<Attendee> CheckInDesk::checkIn(qint64 attendanceId)
{
    Result<Attendance> row = AttendanceRepository(m_db).get(attendanceId);
    if (!row)
        return row.error();
    if (row->meetingId != m_meetingId)
        return Error{tr("The attendance record belongs to another meeting.")};
    if (row->status == AttendanceStatus::Attended) {
        const qsizetype i = indexOf(attendanceId);
        if (i >= 0)
            return m_attendees[i];
        return AttendeeRepository(m_db).get(attendanceId);
    }
    m_before.insert(attendanceId, row->status);
    row->status = AttendanceStatus::Attended;
    row->checkedInAt = m_db.now();
    return saveRow(*row);
}

// A member or guest who was not on the list: there now, a walk-in, registered as they arrive.
Result<Attendee> CheckInDesk::addWalkIn(qint64 memberId, const Guest &guest)
{
    Attendance row;
    row.meetingId = m_meetingId;
    row.memberId = memberId;
    row.guest = guest;
    row.status = AttendanceStatus::Attended;
    row.walkIn = true;
    row.checkedInAt = m_db.now();
    row.registeredAt = row.checkedInAt;
    Result<Attendee> added = saveRow(row);
    if (added)
        m_addedHere.insert(added->id());
    return added;
}

Result<Attendee> CheckInDesk::checkInMember(qint64 memberId)
{
    for (const Attendee &a : std::as_const(m_attendees))
        if (a.memberId() == memberId)
            return checkIn(a.id());
    return addWalkIn(memberId, Guest{});
}

Result<Attendee> CheckInDesk::checkIn(const Match &match)
{
    return match.onList() ? checkIn(match.attendee.id()) : checkInMember(match.attendee.memberId());
}

Result<Attendee> CheckInDesk::addWalkIn(const Guest &guest)
{
    return addWalkIn(0, guest);
}

Status CheckInDesk::undoCheckIn(qint64 attendanceId)
{
    if (m_addedHere.contains(attendanceId)) {
        const Result<RegistrationChange> removed = Registration(m_db, m_meetingId).remove(attendanceId);
        if (!removed)
            return removed.error();
        m_addedHere.remove(attendanceId);
        if (const qsizetype i = indexOf(attendanceId); i >= 0) {
            m_attendees.removeAt(i);
            m_keys.removeAt(i);
        }
        for (const Attendee &moved : removed->movedUp)
            remember(moved);
        return {};
    }
    Result<Attendance> row = AttendanceRepository(m_db).get(attendanceId);
    if (!row)
        return row.error();
    row->status = m_before.value(attendanceId, AttendanceStatus::Registered);
    row->checkedInAt = {};
    Result<Attendee> saved = saveRow(*row);
    if (!saved)
        return saved.error();
    m_before.remove(attendanceId);
    return {};
}

Result<Attendee> CheckInDesk::save(const Attendance &changed)
{
    if (changed.meetingId != m_meetingId)
        return Error{tr("The attendance record belongs to another meeting.")};
    return saveRow(changed);
}

int CheckInDesk::attendedCount() const
{
    return int(std::count_if(m_attendees.begin(), m_attendees.end(), [](const Attendee &a) {
        return a.attendance.status == AttendanceStatus::Attended;
    }));
}

int CheckInDesk::expectedCount() const
{
    return int(std::count_if(m_attendees.begin(), m_attendees.end(), [](const Attendee &a) {
        return a.attendance.status == AttendanceStatus::Attended ||
               a.attendance.status == AttendanceStatus::Registered;
    }));
}

QList<CheckInDesk::ProfessionCount> CheckInDesk::countsByProfession() const
{
    QHash<qint64, ProfessionCount> counts;
    for (const Attendee &a : m_attendees) {
        const AttendanceStatus s = a.attendance.status;
        if (s != AttendanceStatus::Attended && s != AttendanceStatus::Registered)
            continue;
        ProfessionCount &c = counts[a.professionId];
        c.professionId = a.professionId;
        c.profession = a.professionId != 0 ? a.profession : tr("No profession given");
        ++c.expected;
        c.attended += s == AttendanceStatus::Attended ? 1 : 0;
    }
    QList<ProfessionCount> out = counts.values();
    std::sort(out.begin(), out.end(), [this](const ProfessionCount &a, const ProfessionCount &b) {
        const int orderA = a.professionId ? m_professionOrder.value(a.professionId, INT_MAX - 1) : INT_MAX;
        const int orderB = b.professionId ? m_professionOrder.value(b.professionId, INT_MAX - 1) : INT_MAX;
        return orderA != orderB ? orderA < orderB : a.professionId < b.professionId;
    });
    return out;
}

} // namespace renkei
