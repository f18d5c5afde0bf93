#pragma once

#include "core/Result.h"
#include "core/model/Member.h"

#include <QCoreApplication>
#include <QList>

namespace renkei {

class Database;

// A guest who becomes a member, in one step: the new member is added, and the guest's attendance —
// at this meeting and at every other one where the same name and reading came as a guest — becomes
// the member's, so their history is kept.
class GuestConversion
{
    Q_DECLARE_TR_FUNCTIONS(renkei::GuestConversion)

public:
    struct Outcome
    {
        qint64 memberId = 0;
        QList<qint64> attendanceIds; // the guest rows that are now the member's
    };

    explicit GuestConversion(Database &db) : m_db(db) {}

    // The member the guest on `attendanceId` would become, for the organiser to complete: name and
    // reading split at the first space, the profession, and the organisation when one of that name
    // exists (otherwise its name is kept in the notes).
    Result<Member> proposal(qint64 attendanceId) const;
    // Adds `member` and gives them the guest's attendance, all or nothing.
    Result<Outcome> toNewMember(qint64 attendanceId, const Member &member);
    // The guest turns out to be a member already: the guest's attendance becomes theirs. Refuses when
    // the member is on the list of one of those meetings already.
    Result<Outcome> toExistingMember(qint64 attendanceId, qint64 memberId);

private:
    Result<Outcome> moveGuestRows(qint64 attendanceId, qint64 memberId);

    Database &m_db;
};

} // namespace renkei
