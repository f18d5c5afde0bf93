#include "AttendanceRepository.h"

#include "Database.h"
#include "ReferenceList.h"
#include "SqlValues.h"
#include "core/text/KanaText.h"

namespace renkei {

namespace {

const QString selectColumns = QStringLiteral(
    "SELECT a.id, a.meeting_id, a.member_id, a.guest_name, a.guest_kana, a.guest_profession_id, "
    "a.guest_organisation,"
    " a.status, a.role, a.walk_in, a.social, a.fee_paid, a.checked_in_at, a.registered_at FROM attendance a");

Attendance fromRow(const QSqlQuery &q)
{
    Attendance a;
    a.id = q.value(0).toLongLong();
    a.meetingId = q.value(1).toLongLong();
    a.memberId = sql::toId(q.value(2));
    a.guest.name = q.value(3).toString();
    a.guest.kana = q.value(4).toString();
    a.guest.professionId = sql::toId(q.value(5));
    a.guest.organisation = q.value(6).toString();
    a.status = attendanceStatusFromKey(q.value(7).toString()).value_or(AttendanceStatus::Registered);
    a.role = attendanceRoleFromKey(q.value(8).toString()).value_or(AttendanceRole::Participant);
    a.walkIn = q.value(9).toBool();
    a.social = q.value(10).toBool();
    a.feePaid = q.value(11).toBool();
    a.checkedInAt = sql::toDateTime(q.value(12));
    a.registeredAt = sql::toDateTime(q.value(13));
    return a;
}

// A guest's details are kept only for guests: a member's come from the roster.
void bindFields(QSqlQuery &q, const Attendance &a)
{
    const bool guest = a.isGuest();
    q.addBindValue(a.meetingId);
    q.addBindValue(sql::id(a.memberId));
    q.addBindValue(sql::text(guest ? a.guest.name.trimmed() : QString()));
    q.addBindValue(sql::text(guest ? a.guest.kana.trimmed() : QString()));
    q.addBindValue(sql::id(guest ? a.guest.professionId : 0));
    q.addBindValue(sql::text(guest ? a.guest.organisation.trimmed() : QString()));
    q.addBindValue(attendanceStatusKey(a.status));
    q.addBindValue(attendanceRoleKey(a.role));
    q.addBindValue(a.walkIn ? 1 : 0);
    q.addBindValue(a.social ? 1 : 0);
    q.addBindValue(a.feePaid ? 1 : 0);
    q.addBindValue(sql::dateTime(a.checkedInAt));
}

} // namespace

Result<QList<Attendance>> AttendanceRepository::forMeeting(qint64 meetingId) const
{
    QSqlQuery q = m_db.prepare(
        selectColumns + QStringLiteral(" LEFT JOIN members m ON m.id = a.member_id"
                                       " WHERE a.meeting_id = ?"
                                       " ORDER BY a.member_id IS NULL, m.kana_key, a.guest_kana, a.id"));
    q.addBindValue(meetingId);
    if (Status s = m_db.exec(q, tr("reading the attendance")); !s)
        return s.error();
    QList<Attendance> out;
    while (q.next())
        out.append(fromRow(q));
    return out;
}

Result<QList<Attendance>> AttendanceRepository::forMember(qint64 memberId) const
{
    QSqlQuery q = m_db.prepare(selectColumns +
                               QStringLiteral(" JOIN meetings mt ON mt.id = a.meeting_id"
                                              " WHERE a.member_id = ? ORDER BY mt.date DESC, a.id DESC"));
    q.addBindValue(memberId);
    if (Status s = m_db.exec(q, tr("reading a member's attendance")); !s)
        return s.error();
    QList<Attendance> out;
    while (q.next())
        out.append(fromRow(q));
    return out;
}

Result<Attendance> AttendanceRepository::get(qint64 id) const
{
    QSqlQuery q = m_db.prepare(selectColumns + QStringLiteral(" WHERE a.id = ?"));
    q.addBindValue(id);
    if (Status s = m_db.exec(q, tr("reading the attendance")); !s)
        return s.error();
    if (!q.next())
        return Error{tr("There is no attendance record with id %1.").arg(id)};
    return fromRow(q);
}

QList<Error> AttendanceRepository::validate(const Attendance &attendance) const
{
    QList<Error> errors;
    auto checkExists = [&](const char *table, qint64 id, const QString &message, const char *field) {
        Result<bool> found = ReferenceList(m_db, QString::fromLatin1(table), {}).exists(id);
        if (!found)
            errors << found.error();
        else if (!*found)
            errors << Error::inField(message, QString::fromLatin1(field));
    };
    checkExists("meetings", attendance.meetingId, tr("The meeting does not exist."), "meeting");
    if (attendance.isGuest()) {
        if (attendance.guest.name.trimmed().isEmpty())
            errors << Error::inField(tr("A guest needs a name."), QStringLiteral("guest_name"));
        if (!KanaText::isKana(attendance.guest.kana))
            errors << Error::inField(
                tr("The reading “%1” must be written in kana.").arg(attendance.guest.kana),
                QStringLiteral("guest_kana"));
        if (attendance.guest.professionId != 0)
            checkExists("professions", attendance.guest.professionId,
                        tr("The chosen profession does not exist."), "guest_profession");
    } else {
        checkExists("members", attendance.memberId, tr("The member does not exist."), "member");
        QSqlQuery same = m_db.prepare(
            QStringLiteral("SELECT id FROM attendance WHERE meeting_id = ? AND member_id = ? AND id <> ?"));
        same.addBindValue(attendance.meetingId);
        same.addBindValue(attendance.memberId);
        same.addBindValue(attendance.id);
        if (m_db.exec(same, tr("reading the attendance")) && same.next())
            errors << Error::inField(tr("This member is already on the meeting's list."),
                                     QStringLiteral("member"));
    }
    return errors;
}

Result<qint64> AttendanceRepository::add(const Attendance &attendance)
{
    if (const QList<Error> errors = validate(attendance); !errors.isEmpty())
        return errors.first();
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "INSERT INTO attendance (meeting_id, member_id, guest_name, guest_kana, guest_profession_id,"
        " guest_organisation, status, role, walk_in, social, fee_paid, checked_in_at, registered_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    bindFields(q, attendance);
    q.addBindValue(sql::dateTime(attendance.registeredAt.isValid() ? attendance.registeredAt : m_db.now()));
    if (Status s = m_db.exec(q, tr("adding to the attendance")); !s)
        return s.error();
    return q.lastInsertId().toLongLong();
}

Status AttendanceRepository::addAll(const QList<Attendance> &rows)
{
    return m_db.transaction([&]() -> Status {
        for (qsizetype i = 0; i < rows.size(); ++i) {
            if (Result<qint64> added = add(rows[i]); !added) {
                Error e = added.error();
                e.line = int(i + 1);
                return e;
            }
        }
        return {};
    });
}

Status AttendanceRepository::update(const Attendance &attendance)
{
    if (const QList<Error> errors = validate(attendance); !errors.isEmpty())
        return errors.first();
    QSqlQuery q = m_db.prepare(QStringLiteral("UPDATE attendance SET meeting_id = ?, member_id = ?, "
                                              "guest_name = ?, guest_kana = ?, guest_profession_id = ?,"
                                              " guest_organisation = ?, status = ?, role = ?, walk_in = ?, "
                                              "social = ?, fee_paid = ?, checked_in_at = ?"
                                              " WHERE id = ?"));
    bindFields(q, attendance);
    q.addBindValue(attendance.id);
    if (Status s = m_db.exec(q, tr("saving the attendance")); !s)
        return s;
    if (q.numRowsAffected() == 0)
        return Error{tr("There is no attendance record with id %1.").arg(attendance.id)};
    return {};
}

Status AttendanceRepository::setRegisteredAt(qint64 id, const QDateTime &registeredAt)
{
    QSqlQuery q = m_db.prepare(QStringLiteral("UPDATE attendance SET registered_at = ? WHERE id = ?"));
    q.addBindValue(sql::dateTime(registeredAt.isValid() ? registeredAt : m_db.now()));
    q.addBindValue(id);
    if (Status s = m_db.exec(q, tr("saving the attendance")); !s)
        return s;
    if (q.numRowsAffected() == 0)
        return Error{tr("There is no attendance record with id %1.").arg(id)};
    return {};
}

Status AttendanceRepository::remove(qint64 id)
{
    QSqlQuery q = m_db.prepare(QStringLiteral("DELETE FROM attendance WHERE id = ?"));
    q.addBindValue(id);
    if (Status s = m_db.exec(q, tr("removing from the attendance")); !s)
        return s;
    if (q.numRowsAffected() == 0)
        return Error{tr("There is no attendance record with id %1.").arg(id)};
    return {};
}

} // namespace renkei
