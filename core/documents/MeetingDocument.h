#pragma once

#include "core/Result.h"
#include "core/model/Meeting.h"
#include "core/model/Series.h"
#include "core/schedule/AgendaTimetable.h"

#include <QCoreApplication>

namespace renkei {

class Database;

// Everything printed about one meeting: its series, the meeting, and its programme with times and
// presenters' names. Read once from the database; the documents are made from it.
struct MeetingDocument
{
    Series series;
    Meeting meeting;
    AgendaTimetable timetable;

    static Result<MeetingDocument> load(Database &db, qint64 meetingId);
    // The programme of `meeting` with presenters named: a member by name and organisation, else the free
    // text.
    static Result<AgendaTimetable> timetableFor(Database &db, const Meeting &meeting,
                                                const QList<AgendaItem> &items);
};

} // namespace renkei
