#include "SeriesReport.h"

#include "AttendanceFacts.h"
#include "ReportLabels.h"
#include "ReportQueries.h"
#include "core/model/Member.h"
#include "core/storage/Database.h"
#include "core/storage/SeriesRepository.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace renkei {

namespace {

QString isoDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

// The members with a row at the period's meetings, in 五十音 order.
Result<QList<SeriesReport::MemberRecord>> readMembers(Database &db, qint64 seriesId,
                                                      const ReportPeriod &period, const ReportLabels &labels)
{
    QSqlQuery q = db.prepare(ReportQueries::periodMembers());
    q.addBindValue(seriesId);
    q.addBindValue(isoDate(period.first));
    q.addBindValue(isoDate(period.last));
    if (Status s = db.exec(q, SeriesReport::tr("reading the members who came")); !s)
        return s.error();
    QList<SeriesReport::MemberRecord> out;
    while (q.next()) {
        Member m;
        m.familyName = q.value(1).toString();
        m.givenName = q.value(2).toString();
        m.familyKana = q.value(3).toString();
        m.givenKana = q.value(4).toString();
        SeriesReport::MemberRecord r;
        r.memberId = q.value(0).toLongLong();
        r.name = m.fullName();
        r.kana = m.fullKana();
        r.professionId = q.value(5).isNull() ? 0 : q.value(5).toLongLong();
        r.profession = labels.professionName(r.professionId);
        r.archived = q.value(6).toBool();
        r.joinedOn = QDate::fromString(q.value(7).toString(), Qt::ISODate);
        out << r;
    }
    return out;
}

Result<int> countOf(Database &db, QSqlQuery &q, const QString &doing)
{
    if (Status s = db.exec(q, doing); !s)
        return s.error();
    return q.next() ? q.value(0).toInt() : 0;
}

// Members who joined in each month, and how many had joined by each month's end.
Status readGrowth(Database &db, SeriesReport &r)
{
    const QString doing = SeriesReport::tr("counting the members over time");
    QSqlQuery before = db.prepare(ReportQueries::joinedBefore());
    before.addBindValue(isoDate(r.period.first));
    Result<int> joinedBefore = countOf(db, before, doing);
    if (!joinedBefore)
        return joinedBefore.error();
    QSqlQuery missing = db.prepare(ReportQueries::withoutJoinDate());
    Result<int> withoutDate = countOf(db, missing, doing);
    if (!withoutDate)
        return withoutDate.error();
    r.membersWithoutJoinDate = *withoutDate;

    QSqlQuery during = db.prepare(ReportQueries::joinedByMonth());
    during.addBindValue(isoDate(r.period.first));
    during.addBindValue(isoDate(r.period.last));
    if (Status s = db.exec(during, doing); !s)
        return s;
    QHash<QString, int> joined;
    while (during.next())
        joined.insert(during.value(0).toString(), during.value(1).toInt());
    int running = *joinedBefore;
    for (const QDate &month : r.period.months()) {
        const int n = joined.value(month.toString(QStringLiteral("yyyy-MM")));
        running += n;
        r.newMembers << SeriesReport::MonthCount{month, n};
        r.memberCount << SeriesReport::MonthCount{month, running};
    }
    return {};
}

char markFor(AttendanceStatus status)
{
    switch (status) {
    case AttendanceStatus::Attended:
        return 'A';
    case AttendanceStatus::Absent:
        return 'X';
    case AttendanceStatus::Cancelled:
        return 'C';
    default:
        return '-';
    }
}

} // namespace

Result<SeriesReport> SeriesReport::compute(Database &db, qint64 seriesId, const ReportPeriod &period,
                                           const Options &options)
{
    if (!period.isValid())
        return Error(tr("The report's period is not a valid range of dates."));
    SeriesReport r;
    r.period = period;
    r.options = options;
    Result<Series> series = SeriesRepository(db).get(seriesId);
    if (!series)
        return series.error();
    r.series = *series;
    Result<ReportLabels> labels = ReportLabels::load(db);
    if (!labels)
        return labels.error();
    Result<QList<Meeting>> held = AttendanceFacts::heldMeetings(db, seriesId, period.first, period.last);
    if (!held)
        return held.error();
    Result<QList<AttendanceFact>> facts =
        AttendanceFacts::forHeldMeetings(db, seriesId, period.first, period.last);
    if (!facts)
        return facts.error();
    Result<QSet<qint64>> before = AttendanceFacts::attendedBefore(db, seriesId, period.first, period.last);
    if (!before)
        return before.error();
    Result<QList<MemberRecord>> members = readMembers(db, seriesId, period, *labels);
    if (!members)
        return members.error();
    if (Status s = readGrowth(db, r); !s)
        return s.error();

    // Meetings by id, in order; each meeting's people by id.
    QHash<qint64, int> meetingIndex;
    for (const Meeting &m : std::as_const(*held)) {
        meetingIndex.insert(m.id, int(r.meetings.size()));
        MeetingSummary summary;
        summary.meeting = m;
        r.meetings << summary;
    }
    QHash<qint64, int> memberIndex;
    for (int i = 0; i < members->size(); ++i) {
        MemberRecord &record = (*members)[i];
        memberIndex.insert(record.memberId, i);
        record.marks = QList<char>(r.meetings.size(), '-');
        for (const MeetingSummary &s : std::as_const(r.meetings))
            if (!record.joinedOn.isValid() || s.meeting.date >= record.joinedOn)
                ++record.meetingsSinceJoining;
    }

    QList<QHash<qint64, int>> meetingProfessions(r.meetings.size());
    QList<QSet<qint64>> cameTo(r.meetings.size()); // members at each meeting
    QHash<qint64, int> professions;
    QHash<qint64, int> areas;
    QHash<qint64, qint64> personProfession; // member id → profession, for the unique count
    QHash<QString, qint64> guestProfession;
    QHash<qint64, int> firstMeeting; // a first-timer's first meeting (its index)
    for (const AttendanceFact &f : std::as_const(*facts)) {
        const int mi = meetingIndex.value(f.meetingId, -1);
        if (mi < 0)
            continue;
        MeetingSummary &summary = r.meetings[mi];
        if (!f.isGuest()) {
            if (const auto it = memberIndex.constFind(f.memberId); it != memberIndex.cend()) {
                MemberRecord &record = (*members)[*it];
                record.marks[mi] = markFor(f.status);
                record.absent += f.status == AttendanceStatus::Absent ? 1 : 0;
                record.cancelled += f.status == AttendanceStatus::Cancelled ? 1 : 0;
                if (f.attended()) {
                    ++record.attended;
                    if (!record.lastAttended.isValid() || summary.meeting.date > record.lastAttended)
                        record.lastAttended = summary.meeting.date;
                }
            }
        }
        if (f.feePaid)
            summary.feesCollected += summary.meeting.fee;
        if (!f.attended())
            continue;
        ++summary.attended;
        ++meetingProfessions[mi][f.professionId];
        ++professions[f.professionId];
        if (f.social)
            ++summary.social;
        if (f.isGuest()) {
            ++summary.guests;
            ++r.areaSplit.unknown;
            guestProfession.insert(f.guestKey(), f.professionId);
        } else {
            ++summary.members;
            ++areas[f.areaId];
            const std::optional<bool> in = labels->inArea(f.areaId);
            ++(!in ? r.areaSplit.unknown : *in ? r.areaSplit.inArea : r.areaSplit.outOfArea);
            personProfession.insert(f.memberId, f.professionId);
            cameTo[mi].insert(f.memberId);
            if (!before->contains(f.memberId)) {
                auto first = firstMeeting.find(f.memberId);
                if (first == firstMeeting.end())
                    firstMeeting.insert(f.memberId, mi);
                else if (mi < *first)
                    *first = mi;
            }
        }
    }

    for (int mi = 0; mi < r.meetings.size(); ++mi) {
        MeetingSummary &summary = r.meetings[mi];
        summary.byProfession = labels->professionBreakdown(meetingProfessions.at(mi));
        for (const BreakdownEntry &e : std::as_const(summary.byProfession.entries))
            summary.professions += e.id != 0 ? 1 : 0;
        r.attendances += summary.attended;
        r.memberAttendances += summary.members;
        r.guestAttendances += summary.guests;
        r.social += summary.social;
        r.feesCollected += summary.feesCollected;
    }
    for (auto it = firstMeeting.cbegin(); it != firstMeeting.cend(); ++it)
        ++r.meetings[it.value()].firstTimers;
    r.firstTimers = int(firstMeeting.size());
    r.uniqueMembers = int(personProfession.size());
    r.uniqueGuests = int(guestProfession.size());
    r.byProfession = labels->professionBreakdown(professions);
    QHash<qint64, int> people;
    for (qint64 profession : std::as_const(personProfession))
        ++people[profession];
    for (qint64 profession : std::as_const(guestProfession))
        ++people[profession];
    r.peopleByProfession = labels->professionBreakdown(people);
    r.byArea = labels->areaBreakdown(areas);
    if (r.guestAttendances > 0)
        r.byArea.entries << BreakdownEntry{-1, tr("Guests (no area)"), r.guestAttendances}; // -1: the guests

    // Return rate: the next meetings may lie after the period.
    r.returnRate.window = std::max(1, options.returnWindow);
    Result<QList<qint64>> after =
        AttendanceFacts::heldMeetingsAfter(db, seriesId, period.last, r.returnRate.window);
    if (!after)
        return after.error();
    Result<QList<QPair<qint64, qint64>>> cameAfter = AttendanceFacts::attendedMembers(db, *after);
    if (!cameAfter)
        return cameAfter.error();
    QList<QSet<qint64>> following = cameTo;
    for (int k = 0; k < after->size(); ++k)
        following << QSet<qint64>();
    for (const auto &[meetingId, memberId] : std::as_const(*cameAfter))
        following[r.meetings.size() + after->indexOf(meetingId)].insert(memberId);
    r.returnRate.firstTimers = r.firstTimers;
    for (auto it = firstMeeting.cbegin(); it != firstMeeting.cend(); ++it) {
        const int from = it.value() + 1;
        const int to = std::min(int(following.size()), from + r.returnRate.window);
        if (from >= to)
            continue;
        ++r.returnRate.eligible;
        for (int k = from; k < to; ++k)
            if (following.at(k).contains(it.key())) {
                ++r.returnRate.returned;
                break;
            }
    }

    // Not seen lately: came in the period, at none of its last meetings (when it has more than those).
    const int lastStart = int(r.meetings.size()) - std::max(1, options.lapsedAfter);
    r.memberRecords = *members;
    if (lastStart > 0) {
        for (const MemberRecord &record : std::as_const(r.memberRecords)) {
            if (record.archived || record.attended == 0)
                continue;
            bool recent = false;
            for (int k = lastStart; k < record.marks.size() && !recent; ++k)
                recent = record.marks.at(k) == 'A';
            if (!recent)
                r.lapsed << record;
        }
        std::stable_sort(r.lapsed.begin(), r.lapsed.end(), [](const MemberRecord &a, const MemberRecord &b) {
            return a.lastAttended < b.lastAttended;
        });
    }
    return r;
}

} // namespace renkei
