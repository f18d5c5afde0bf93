#pragma once

#include "core/Result.h"
#include "core/storage/AttendeeRepository.h"

#include <QCoreApplication>
#include <QList>

namespace renkei {

class Database;

// Inviting a whole selection of members to a meeting at once: by profession, area, organisation,
// status, or everyone who came to the series' last N meetings.
class Invitation
{
    Q_DECLARE_TR_FUNCTIONS(renkei::Invitation)

public:
    enum class As
    {
        Invited,   // holds no place until they register
        Registered // registered at once, under the capacity rules (the full meeting's waiting list)
    };

    struct Outcome
    {
        int selected = 0;      // members the selection named
        int added = 0;         // put on the list now
        int alreadyListed = 0; // on the list before, left as they were
        int waitlisted = 0;    // of those added as registered, how many wait for a place
        QList<qint64> attendanceIds;
    };

    Invitation(Database &db, qint64 meetingId) : m_db(db), m_meetingId(meetingId) {}

    // The members the selection names, in 五十音 order.
    Result<QList<qint64>> select(const InviteSelection &selection) const;
    // Adds them all in one transaction.
    Result<Outcome> invite(const InviteSelection &selection, As as = As::Invited);

private:
    Database &m_db;
    qint64 m_meetingId;
};

} // namespace renkei
