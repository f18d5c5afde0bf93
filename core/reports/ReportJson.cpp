#include "ReportJson.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace renkei {

namespace {

QJsonArray breakdown(const Breakdown &b)
{
    QJsonArray out;
    for (const BreakdownEntry &e : b.entries)
        out.append(QJsonObject{{QStringLiteral("id"), e.id},
                               {QStringLiteral("name"), e.label},
                               {QStringLiteral("count"), e.count}});
    return out;
}

QJsonObject split(const AreaSplit &s)
{
    return {{QStringLiteral("in_area"), s.inArea},
            {QStringLiteral("out_of_area"), s.outOfArea},
            {QStringLiteral("not_recorded"), s.unknown}};
}

QString iso(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

QJsonObject meetingHeader(const Meeting &m)
{
    return {{QStringLiteral("id"), m.id},
            {QStringLiteral("number"), m.number},
            {QStringLiteral("date"), iso(m.date)},
            {QStringLiteral("theme"), m.theme},
            {QStringLiteral("status"), meetingStatusKey(m.status)}};
}

QJsonArray months(const QList<SeriesReport::MonthCount> &counts)
{
    QJsonArray out;
    for (const SeriesReport::MonthCount &c : counts)
        out.append(QJsonObject{{QStringLiteral("month"), c.month.toString(QStringLiteral("yyyy-MM"))},
                               {QStringLiteral("count"), c.count}});
    return out;
}

QJsonObject member(const SeriesReport::MemberRecord &r)
{
    QString marks;
    for (char c : r.marks)
        marks += QLatin1Char(c);
    return {{QStringLiteral("id"), r.memberId},
            {QStringLiteral("name"), r.name},
            {QStringLiteral("kana"), r.kana},
            {QStringLiteral("profession"), r.profession},
            {QStringLiteral("attended"), r.attended},
            {QStringLiteral("absent"), r.absent},
            {QStringLiteral("cancelled"), r.cancelled},
            {QStringLiteral("meetings_since_joining"), r.meetingsSinceJoining},
            {QStringLiteral("rate"), r.rate()},
            {QStringLiteral("last_attended"), r.lastAttended.isValid() ? iso(r.lastAttended) : QString()},
            {QStringLiteral("history"), marks}};
}

} // namespace

QJsonObject ReportJson::meeting(const MeetingReport &r)
{
    QJsonObject m = meetingHeader(r.meeting);
    m.insert(QStringLiteral("series"), r.series.name);
    return {{QStringLiteral("meeting"), m},
            {QStringLiteral("rows"), r.rows},
            {QStringLiteral("signed_up"), r.signedUp},
            {QStringLiteral("registered"), r.registered},
            {QStringLiteral("waitlisted"), r.waitlisted},
            {QStringLiteral("invited"), r.invited},
            {QStringLiteral("attended"), r.attended},
            {QStringLiteral("walk_ins"), r.walkIns},
            {QStringLiteral("absent"), r.absent},
            {QStringLiteral("cancelled"), r.cancelled},
            {QStringLiteral("members"), r.members},
            {QStringLiteral("guests"), r.guests},
            {QStringLiteral("first_timers"), r.firstTimers},
            {QStringLiteral("presenters_and_staff"), r.presenters},
            {QStringLiteral("social"), r.social},
            {QStringLiteral("fees_paid"), r.feesPaid},
            {QStringLiteral("fees_collected"), r.feesCollected},
            {QStringLiteral("by_profession"), breakdown(r.byProfession)},
            {QStringLiteral("by_area"), breakdown(r.byArea)},
            {QStringLiteral("area_split"), split(r.areaSplit)}};
}

QJsonObject ReportJson::series(const SeriesReport &r)
{
    QJsonArray meetings;
    for (const SeriesReport::MeetingSummary &s : r.meetings) {
        QJsonObject m = meetingHeader(s.meeting);
        m.insert(QStringLiteral("attended"), s.attended);
        m.insert(QStringLiteral("members"), s.members);
        m.insert(QStringLiteral("guests"), s.guests);
        m.insert(QStringLiteral("first_timers"), s.firstTimers);
        m.insert(QStringLiteral("social"), s.social);
        m.insert(QStringLiteral("fees_collected"), s.feesCollected);
        m.insert(QStringLiteral("professions"), s.professions);
        m.insert(QStringLiteral("by_profession"), breakdown(s.byProfession));
        meetings.append(m);
    }
    QJsonArray members;
    for (const SeriesReport::MemberRecord &m : r.memberRecords)
        members.append(member(m));
    QJsonArray lapsed;
    for (const SeriesReport::MemberRecord &m : r.lapsed)
        lapsed.append(member(m));
    const QJsonObject returns{{QStringLiteral("window"), r.returnRate.window},
                              {QStringLiteral("first_timers"), r.returnRate.firstTimers},
                              {QStringLiteral("eligible"), r.returnRate.eligible},
                              {QStringLiteral("returned"), r.returnRate.returned},
                              {QStringLiteral("rate"), r.returnRate.rate()}};
    QJsonObject period{{QStringLiteral("from"), iso(r.period.first)},
                       {QStringLiteral("to"), iso(r.period.last)}};
    if (r.period.fiscalYear.isValid())
        period.insert(QStringLiteral("fiscal_year"), r.period.fiscalYear.year());
    return {{QStringLiteral("series"), r.series.name},
            {QStringLiteral("period"), period},
            {QStringLiteral("meetings_held"), r.meetingsHeld()},
            {QStringLiteral("attendances"), r.attendances},
            {QStringLiteral("member_attendances"), r.memberAttendances},
            {QStringLiteral("guest_attendances"), r.guestAttendances},
            {QStringLiteral("unique_attendees"), r.uniqueAttendees()},
            {QStringLiteral("unique_members"), r.uniqueMembers},
            {QStringLiteral("unique_guests"), r.uniqueGuests},
            {QStringLiteral("average_per_meeting"), r.averagePerMeeting()},
            {QStringLiteral("first_timers"), r.firstTimers},
            {QStringLiteral("social"), r.social},
            {QStringLiteral("fees_collected"), r.feesCollected},
            {QStringLiteral("by_profession"), breakdown(r.byProfession)},
            {QStringLiteral("people_by_profession"), breakdown(r.peopleByProfession)},
            {QStringLiteral("by_area"), breakdown(r.byArea)},
            {QStringLiteral("area_split"), split(r.areaSplit)},
            {QStringLiteral("return_rate"), returns},
            {QStringLiteral("new_members_by_month"), months(r.newMembers)},
            {QStringLiteral("member_count_by_month"), months(r.memberCount)},
            {QStringLiteral("members_without_join_date"), r.membersWithoutJoinDate},
            {QStringLiteral("meetings"), meetings},
            {QStringLiteral("members"), members},
            {QStringLiteral("not_seen_lately"), lapsed}};
}

QJsonObject ReportJson::activity(const SeriesReport &report, const QHash<qint64, QString> &programmes)
{
    QJsonObject json = series(report);
    QJsonObject byMeeting;
    for (auto it = programmes.cbegin(); it != programmes.cend(); ++it)
        byMeeting.insert(QString::number(it.key()), it.value());
    json.insert(QStringLiteral("programmes"), byMeeting);
    return json;
}

QByteArray ReportJson::text(const QJsonObject &json)
{
    return QJsonDocument(json).toJson(QJsonDocument::Indented);
}

} // namespace renkei
