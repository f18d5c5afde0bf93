#include "Invitation.h"

#include "Registration.h"
#include "core/storage/AttendanceRepository.h"
#include "core/storage/Database.h"
#include "core/storage/InTransaction.h"
#include "core/storage/MeetingRepository.h"

#include <QSet>

namespace renkei {

Result<QList<qint64>> Invitation::select(const InviteSelection &selection) const
{
    return AttendeeRepository(m_db).select(m_meetingId, selection);
}

Result<Invitation::Outcome> Invitation::invite(const InviteSelection &selection, As as)
{
    return inTransaction<Outcome>(m_db, [&]() -> Result<Outcome> {
        Outcome outcome;
        if (Result<Meeting> meeting = MeetingRepository(m_db).get(m_meetingId); !meeting)
            return meeting.error();
        const Result<QList<qint64>> chosen = select(selection);
        if (!chosen)
            return chosen.error();
        outcome.selected = int(chosen->size());
        const Result<QList<Attendance>> rows = AttendanceRepository(m_db).forMeeting(m_meetingId);
        if (!rows)
            return rows.error();
        QSet<qint64> listed;
        for (const Attendance &a : *rows)
            listed.insert(a.memberId);
        QList<qint64> newcomers;
        for (qint64 id : *chosen) {
            if (listed.contains(id))
                ++outcome.alreadyListed;
            else
                newcomers << id;
        }
        outcome.added = int(newcomers.size());

        Registration registration(m_db, m_meetingId);
        if (as == As::Invited) {
            Result<QList<qint64>> ids = registration.invite(newcomers);
            if (!ids)
                return ids.error();
            outcome.attendanceIds = *ids;
            return outcome;
        }
        for (qint64 memberId : newcomers) {
            Result<RegistrationChange> change = registration.registerMember(memberId);
            if (!change)
                return change.error();
            outcome.attendanceIds << change->attendanceId;
            outcome.waitlisted += change->status == AttendanceStatus::Waitlisted ? 1 : 0;
        }
        return outcome;
    });
}

} // namespace renkei
