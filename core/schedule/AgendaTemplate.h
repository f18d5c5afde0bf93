#pragma once

#include "core/Result.h"

#include <QCoreApplication>

namespace renkei {

class Database;

// An earlier meeting's agenda as the start of the next one: the organiser builds the first agenda of a
// year from the last one and edits what changed.
class AgendaTemplate
{
    Q_DECLARE_TR_FUNCTIONS(renkei::AgendaTemplate)

public:
    // The latest meeting of the same series, before `meetingId`'s date, that has an agenda; 0 when none.
    static Result<qint64> previousWithAgenda(Database &db, qint64 meetingId);
    // Replaces the agenda of `toMeetingId` with a copy of `fromMeetingId`'s (kinds, titles, minutes and
    // presenters), in one transaction. Returns the number of items copied.
    static Result<int> copy(Database &db, qint64 fromMeetingId, qint64 toMeetingId);
};

} // namespace renkei
