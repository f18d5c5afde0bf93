#include "MeetingDocument.h"

#include "core/storage/Database.h"
#include "core/storage/MeetingRepository.h"
#include "core/storage/MemberRepository.h"
#include "core/storage/OrganisationRepository.h"
#include "core/storage/SeriesRepository.h"

#include <QHash>

namespace renkei {

Result<MeetingDocument> MeetingDocument::load(Database &db, qint64 meetingId)
{
    MeetingRepository meetings(db);
    Result<Meeting> meeting = meetings.get(meetingId);
    if (!meeting)
        return meeting.error();
    Result<Series> series = SeriesRepository(db).get(meeting->seriesId);
    if (!series)
        return series.error();
    Result<QList<AgendaItem>> items = meetings.agenda(meetingId);
    if (!items)
        return items.error();
    Result<AgendaTimetable> timetable = timetableFor(db, *meeting, *items);
    if (!timetable)
        return timetable.error();
    return MeetingDocument{*series, *meeting, *timetable};
}

Result<AgendaTimetable> MeetingDocument::timetableFor(Database &db, const Meeting &meeting,
                                                      const QList<AgendaItem> &items)
{
    AgendaTimetable timetable(meeting.start, meeting.end, items);
    MemberRepository members(db);
    OrganisationRepository organisations(db);
    QHash<qint64, QString> organisationNames;
    for (AgendaTimetable::Entry &entry : timetable.entries()) {
        if (entry.item.presenterMemberId == 0)
            continue;
        Result<Member> member = members.get(entry.item.presenterMemberId);
        if (!member)
            return member.error();
        const QString name = member->fullName();
        if (member->organisationId != 0) {
            if (!organisationNames.contains(member->organisationId)) {
                Result<Organisation> organisation = organisations.get(member->organisationId);
                organisationNames.insert(member->organisationId,
                                         organisation ? organisation->name : QString());
            }
            entry.presenterOrganisation = organisationNames.value(member->organisationId);
        }
        // A member given with free text too ("座長", "司会") keeps both.
        entry.presenter = entry.item.presenterText.isEmpty()
                              ? name
                              : QStringLiteral("%1 %2").arg(entry.item.presenterText, name);
    }
    return timetable;
}

} // namespace renkei
