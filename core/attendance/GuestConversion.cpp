#include "GuestConversion.h"

#include "core/storage/AttendanceRepository.h"
#include "core/storage/AttendeeRepository.h"
#include "core/storage/Database.h"
#include "core/storage/InTransaction.h"
#include "core/storage/MemberRepository.h"
#include "core/storage/OrganisationRepository.h"
#include "core/text/KanaText.h"
#include "core/text/PersonName.h"

#include <utility>

namespace renkei {

namespace {

// The same person written the same way: names compared without spaces and widths, readings as hiragana.
bool samePerson(const Guest &a, const Guest &b)
{
    return KanaText::searchKey(a.name) == KanaText::searchKey(b.name) &&
           KanaText::searchKey(a.kana) == KanaText::searchKey(b.kana);
}

} // namespace

Result<Member> GuestConversion::proposal(qint64 attendanceId) const
{
    const Result<Attendance> row = AttendanceRepository(m_db).get(attendanceId);
    if (!row)
        return row.error();
    if (!row->isGuest())
        return Error{tr("This attendance is a member's, not a guest's.")};
    Member m;
    std::tie(m.familyName, m.givenName) = PersonName::split(row->guest.name);
    std::tie(m.familyKana, m.givenKana) = PersonName::split(row->guest.kana);
    m.professionId = row->guest.professionId;
    const QString organisation = row->guest.organisation.trimmed();
    if (!organisation.isEmpty()) {
        if (const Result<Organisation> found = OrganisationRepository(m_db).findByName(organisation); found)
            m.organisationId = found->id;
        else
            m.notes = tr("Organisation: %1").arg(organisation);
    }
    m.joinedOn = m_db.now().date();
    return m;
}

Result<GuestConversion::Outcome> GuestConversion::moveGuestRows(qint64 attendanceId, qint64 memberId)
{
    Outcome outcome;
    AttendanceRepository repository(m_db);
    const Result<Attendance> row = repository.get(attendanceId);
    if (!row)
        return row.error();
    if (!row->isGuest())
        return Error{tr("This attendance is a member's, not a guest's.")};
    // Every row where the same guest came.
    const Result<QList<qint64>> ids = AttendeeRepository(m_db).guestAttendanceIds();
    if (!ids)
        return ids.error();
    for (qint64 id : *ids) {
        Result<Attendance> guestRow = repository.get(id);
        if (!guestRow)
            return guestRow.error();
        if (id != attendanceId && !samePerson(guestRow->guest, row->guest))
            continue;
        Attendance moved = *guestRow;
        moved.memberId = memberId;
        if (Status s = repository.update(moved); !s)
            return s.error();
        outcome.attendanceIds << id;
    }
    outcome.memberId = memberId;
    return outcome;
}

Result<GuestConversion::Outcome> GuestConversion::toNewMember(qint64 attendanceId, const Member &member)
{
    return inTransaction<Outcome>(m_db, [&]() -> Result<Outcome> {
        Result<qint64> added = MemberRepository(m_db).add(member);
        if (!added)
            return added.error();
        return moveGuestRows(attendanceId, *added);
    });
}

Result<GuestConversion::Outcome> GuestConversion::toExistingMember(qint64 attendanceId, qint64 memberId)
{
    return inTransaction<Outcome>(m_db, [&]() -> Result<Outcome> {
        if (Result<Member> member = MemberRepository(m_db).get(memberId); !member)
            return member.error();
        return moveGuestRows(attendanceId, memberId);
    });
}

} // namespace renkei
