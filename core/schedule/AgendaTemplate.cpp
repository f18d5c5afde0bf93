#include "AgendaTemplate.h"

#include "core/storage/Database.h"
#include "core/storage/MeetingRepository.h"

namespace renkei {

Result<qint64> AgendaTemplate::previousWithAgenda(Database &db, qint64 meetingId)
{
    MeetingRepository meetings(db);
    Result<Meeting> meeting = meetings.get(meetingId);
    if (!meeting)
        return meeting.error();
    Result<QList<Meeting>> earlier = meetings.list(meeting->seriesId, {}, meeting->date);
    if (!earlier)
        return earlier.error();
    for (auto it = earlier->crbegin(); it != earlier->crend(); ++it) {
        if (it->id == meetingId || (it->date == meeting->date && it->number >= meeting->number))
            continue;
        Result<QList<AgendaItem>> items = meetings.agenda(it->id);
        if (!items)
            return items.error();
        if (!items->isEmpty())
            return it->id;
    }
    return qint64(0);
}

Result<int> AgendaTemplate::copy(Database &db, qint64 fromMeetingId, qint64 toMeetingId)
{
    if (fromMeetingId == toMeetingId)
        return Error{tr("Choose another meeting's agenda to copy.")};
    MeetingRepository meetings(db);
    if (Result<Meeting> target = meetings.get(toMeetingId); !target)
        return target.error();
    Result<QList<AgendaItem>> items = meetings.agenda(fromMeetingId);
    if (!items)
        return items.error();
    if (items->isEmpty())
        return Error{tr("Meeting %1 has no agenda to copy.").arg(fromMeetingId)};
    QList<AgendaItem> copied = *items;
    for (AgendaItem &item : copied) {
        item.id = 0;
        item.meetingId = toMeetingId;
    }
    if (Status s = meetings.setAgenda(toMeetingId, copied); !s)
        return s.error();
    return int(copied.size());
}

} // namespace renkei
