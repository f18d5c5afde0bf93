#include "AttendanceFacts.h"

#include "ReportQueries.h"
#include "core/storage/Database.h"
#include "core/storage/MeetingRepository.h"

#include <QSqlQuery>
#include <QVariant>

namespace renkei {

namespace {

QString isoDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

Result<QList<AttendanceFact>> readFacts(Database &db, QSqlQuery &q)
{
    if (Status s = db.exec(q, AttendanceFacts::tr("reading attendance for a report")); !s)
        return s.error();
    QList<AttendanceFact> out;
    while (q.next()) {
        AttendanceFact f;
        f.meetingId = q.value(0).toLongLong();
        f.memberId = q.value(1).isNull() ? 0 : q.value(1).toLongLong();
        f.guestName = q.value(2).toString();
        f.guestKana = q.value(3).toString();
        f.professionId = q.value(4).isNull() ? 0 : q.value(4).toLongLong();
        f.areaId = q.value(5).isNull() ? 0 : q.value(5).toLongLong();
        f.status = attendanceStatusFromKey(q.value(6).toString()).value_or(AttendanceStatus::Registered);
        f.role = attendanceRoleFromKey(q.value(7).toString()).value_or(AttendanceRole::Participant);
        f.walkIn = q.value(8).toBool();
        f.social = q.value(9).toBool();
        f.feePaid = q.value(10).toBool();
        out << f;
    }
    return out;
}

} // namespace

QString AttendanceFact::guestKey() const
{
    QString key = guestName + QLatin1Char('|') + guestKana;
    key.remove(QLatin1Char(' ')).remove(QChar(0x3000));
    return key.normalized(QString::NormalizationForm_KC);
}

Result<QList<AttendanceFact>> AttendanceFacts::forMeeting(Database &db, qint64 meetingId)
{
    QSqlQuery q = db.prepare(ReportQueries::meetingFacts());
    q.addBindValue(meetingId);
    return readFacts(db, q);
}

Result<QList<AttendanceFact>> AttendanceFacts::forHeldMeetings(Database &db, qint64 seriesId,
                                                               const QDate &first, const QDate &last)
{
    QSqlQuery q = db.prepare(ReportQueries::periodFacts());
    q.addBindValue(seriesId);
    q.addBindValue(isoDate(first));
    q.addBindValue(isoDate(last));
    return readFacts(db, q);
}

Result<QList<Meeting>> AttendanceFacts::heldMeetings(Database &db, qint64 seriesId, const QDate &first,
                                                     const QDate &last)
{
    Result<QList<Meeting>> all = MeetingRepository(db).list(seriesId, first, last);
    if (!all)
        return all.error();
    QList<Meeting> held;
    for (const Meeting &m : *all)
        if (m.status == MeetingStatus::Held)
            held << m;
    std::stable_sort(held.begin(), held.end(), [](const Meeting &a, const Meeting &b) {
        return a.date != b.date ? a.date < b.date : a.number < b.number;
    });
    return held;
}

Result<QList<qint64>> AttendanceFacts::heldMeetingsAfter(Database &db, qint64 seriesId, const QDate &after,
                                                         int count)
{
    QSqlQuery q = db.prepare(ReportQueries::heldAfter());
    q.addBindValue(seriesId);
    q.addBindValue(isoDate(after));
    q.addBindValue(count);
    if (Status s = db.exec(q, tr("reading the meetings that followed")); !s)
        return s.error();
    QList<qint64> out;
    while (q.next())
        out << q.value(0).toLongLong();
    return out;
}

Result<QList<QPair<qint64, qint64>>> AttendanceFacts::attendedMembers(Database &db,
                                                                      const QList<qint64> &meetingIds)
{
    QList<QPair<qint64, qint64>> out;
    QSqlQuery q = db.prepare(ReportQueries::attendedAt());
    for (qint64 id : meetingIds) {
        q.addBindValue(id);
        if (Status s = db.exec(q, tr("reading who came to the meetings that followed")); !s)
            return s.error();
        while (q.next())
            out << qMakePair(id, q.value(0).toLongLong());
    }
    return out;
}

Result<QSet<qint64>> AttendanceFacts::attendedBefore(Database &db, qint64 seriesId, const QDate &first,
                                                     const QDate &last, int number)
{
    QSqlQuery q = db.prepare(ReportQueries::attendedBefore());
    q.addBindValue(seriesId);
    q.addBindValue(isoDate(first));
    q.addBindValue(isoDate(last));
    q.addBindValue(seriesId);
    q.addBindValue(isoDate(first));
    q.addBindValue(isoDate(first));
    q.addBindValue(number);
    if (Status s = db.exec(q, tr("reading who had come before")); !s)
        return s.error();
    QSet<qint64> out;
    while (q.next())
        out.insert(q.value(0).toLongLong());
    return out;
}

} // namespace renkei
