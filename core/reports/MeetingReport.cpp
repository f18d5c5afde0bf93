#include "MeetingReport.h"

#include "AttendanceFacts.h"
#include "ReportLabels.h"
#include "core/storage/MeetingRepository.h"
#include "core/storage/SeriesRepository.h"

#include <QHash>

namespace renkei {

Result<MeetingReport> MeetingReport::compute(Database &db, qint64 meetingId)
{
    MeetingReport r;
    Result<Meeting> meeting = MeetingRepository(db).get(meetingId);
    if (!meeting)
        return meeting.error();
    r.meeting = *meeting;
    Result<Series> series = SeriesRepository(db).get(r.meeting.seriesId);
    if (!series)
        return series.error();
    r.series = *series;
    Result<ReportLabels> labels = ReportLabels::load(db);
    if (!labels)
        return labels.error();
    Result<QList<AttendanceFact>> facts = AttendanceFacts::forMeeting(db, meetingId);
    if (!facts)
        return facts.error();
    Result<QSet<qint64>> before = AttendanceFacts::attendedBefore(db, r.meeting.seriesId, r.meeting.date,
                                                                  r.meeting.date, r.meeting.number);
    if (!before)
        return before.error();

    QHash<qint64, int> professions;
    QHash<qint64, int> areas;
    for (const AttendanceFact &f : std::as_const(*facts)) {
        ++r.rows;
        switch (f.status) {
        case AttendanceStatus::Invited:
            ++r.invited;
            break;
        case AttendanceStatus::Registered:
            ++r.registered;
            break;
        case AttendanceStatus::Waitlisted:
            ++r.waitlisted;
            break;
        case AttendanceStatus::Attended:
            ++r.attended;
            break;
        case AttendanceStatus::Absent:
            ++r.absent;
            break;
        case AttendanceStatus::Cancelled:
            ++r.cancelled;
            break;
        }
        if (f.feePaid)
            ++r.feesPaid;
        if (f.walkIn && f.attended())
            ++r.walkIns;
        else if (!f.walkIn && f.status != AttendanceStatus::Invited)
            ++r.signedUp;
        if (!f.attended())
            continue;
        ++professions[f.professionId];
        if (f.isGuest()) {
            ++r.guests;
            ++r.areaSplit.unknown;
        } else {
            ++r.members;
            ++areas[f.areaId];
            const std::optional<bool> in = labels->inArea(f.areaId);
            ++(!in ? r.areaSplit.unknown : *in ? r.areaSplit.inArea : r.areaSplit.outOfArea);
            if (!before->contains(f.memberId))
                ++r.firstTimers;
        }
        if (f.role != AttendanceRole::Participant)
            ++r.presenters;
        if (f.social)
            ++r.social;
    }
    r.byProfession = labels->professionBreakdown(professions);
    r.byArea = labels->areaBreakdown(areas);
    if (r.guests > 0)
        r.byArea.entries << BreakdownEntry{-1, tr("Guests (no area)"), r.guests}; // -1: the guests
    r.feesCollected = r.feesPaid * r.meeting.fee;
    return r;
}

QList<MeetingReport::Line> MeetingReport::lines() const
{
    QList<Line> out;
    const QString status = QStringLiteral("status");
    const QString statusLabel = tr("Attendance");
    out << Line{status, statusLabel, tr("Signed up in advance"), signedUp}
        << Line{status, statusLabel, tr("Attended"), attended}
        << Line{status, statusLabel, tr("Of whom walk-ins"), walkIns}
        << Line{status, statusLabel, tr("Absent"), absent}
        << Line{status, statusLabel, tr("Cancelled"), cancelled}
        << Line{status, statusLabel, tr("Still registered (not marked)"), registered}
        << Line{status, statusLabel, tr("On the waiting list"), waitlisted}
        << Line{status, statusLabel, tr("Invited"), invited};
    const QString people = QStringLiteral("people");
    const QString peopleLabel = tr("Who came");
    out << Line{people, peopleLabel, tr("Members"), members}
        << Line{people, peopleLabel, tr("Guests"), guests}
        << Line{people, peopleLabel, tr("First-timers"), firstTimers}
        << Line{people, peopleLabel, tr("Presenters and staff"), presenters}
        << Line{people, peopleLabel, tr("At the social gathering"), social}
        << Line{people, peopleLabel, tr("Fees paid"), feesPaid}
        << Line{people, peopleLabel, tr("Fees collected (yen)"), feesCollected};
    for (const BreakdownEntry &e : byProfession.entries)
        out << Line{QStringLiteral("profession"), tr("By profession"), e.label, e.count};
    const QString split = QStringLiteral("in_area");
    const QString splitLabel = tr("In or out of the area");
    out << Line{split, splitLabel, tr("In the area"), areaSplit.inArea}
        << Line{split, splitLabel, tr("Out of the area"), areaSplit.outOfArea}
        << Line{split, splitLabel, tr("Not recorded"), areaSplit.unknown};
    for (const BreakdownEntry &e : byArea.entries)
        out << Line{QStringLiteral("area"), tr("By area"), e.label, e.count};
    return out;
}

} // namespace renkei
