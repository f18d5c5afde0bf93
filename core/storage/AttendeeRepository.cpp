#include "AttendeeRepository.h"

#include "AttendanceRepository.h"
#include "Database.h"
#include "DisplayNames.h"
#include "MemberRepository.h"
#include "SqlValues.h"
#include "core/text/KanaText.h"

#include <QHash>

#include <algorithm>

namespace renkei {

namespace {

// What a list shows of a member, read in one query for the whole list.
const QString personColumns = QStringLiteral(
    "SELECT m.id, m.family_name, m.given_name, m.family_kana, m.given_kana, m.kana_key, m.profession_id,"
    " m.organisation_id, o.name, m.area_id, m.email, m.phone"
    " FROM members m LEFT JOIN organisations o ON o.id = m.organisation_id");

QString joined(const QString &family, const QString &given)
{
    if (given.isEmpty())
        return family;
    if (family.isEmpty())
        return given;
    return family + QLatin1Char(' ') + given;
}

// A guest's reading is one field; the family part ends at the first space, as on a member's form.
QString guestSortKey(const QString &kana)
{
    const QString folded = KanaText::toHiragana(kana).simplified();
    const qsizetype space = folded.indexOf(QLatin1Char(' '));
    return space < 0 ? KanaText::sortKey(folded, QString())
                     : KanaText::sortKey(folded.left(space), folded.mid(space + 1));
}

void fillFromMember(Attendee &a, const QSqlQuery &q)
{
    a.name = joined(q.value(1).toString(), q.value(2).toString());
    a.kana = joined(q.value(3).toString(), q.value(4).toString());
    a.sortKey = q.value(5).toString();
    a.professionId = sql::toId(q.value(6));
    a.organisationId = sql::toId(q.value(7));
    a.organisation = q.value(8).toString();
    a.areaId = sql::toId(q.value(9));
    a.email = q.value(10).toString();
    a.phone = q.value(11).toString();
}

void fillFromGuest(Attendee &a)
{
    a.name = a.attendance.guest.name;
    a.kana = a.attendance.guest.kana;
    a.sortKey = guestSortKey(a.kana);
    a.professionId = a.attendance.guest.professionId;
    a.organisation = a.attendance.guest.organisation;
}

void nameProfession(Attendee &a, const DisplayNames &professions)
{
    a.profession = professions.profession(a.professionId);
    a.professionOrder = professions.professionOrder(a.professionId);
}

} // namespace

Result<QList<Attendee>> AttendeeRepository::withPeople(const QList<Attendance> &rows,
                                                       const QString &memberCondition,
                                                       const QVariant &bound) const
{
    const Result<DisplayNames> names = DisplayNames::load(m_db, DisplayNames::Professions);
    if (!names)
        return names.error();
    const DisplayNames &professions = *names;
    QHash<qint64, Attendee> people;
    QSqlQuery q = m_db.prepare(personColumns + QStringLiteral(" WHERE ") + memberCondition);
    q.addBindValue(bound);
    if (Status s = m_db.exec(q, tr("reading the meeting's list")); !s)
        return s.error();
    while (q.next()) {
        Attendee person;
        fillFromMember(person, q);
        people.insert(q.value(0).toLongLong(), person);
    }

    QList<Attendee> out;
    out.reserve(rows.size());
    for (const Attendance &row : rows) {
        Attendee a = row.isGuest() ? Attendee{} : people.value(row.memberId);
        a.attendance = row;
        if (row.isGuest())
            fillFromGuest(a);
        nameProfession(a, professions);
        out.append(a);
    }
    std::stable_sort(out.begin(), out.end(), [](const Attendee &a, const Attendee &b) {
        if (a.sortKey != b.sortKey)
            return a.sortKey < b.sortKey;
        return a.id() < b.id();
    });
    return out;
}

Result<QList<Attendee>> AttendeeRepository::forMeeting(qint64 meetingId) const
{
    const Result<QList<Attendance>> rows = AttendanceRepository(m_db).forMeeting(meetingId);
    if (!rows)
        return rows.error();
    return withPeople(
        *rows, QStringLiteral("m.id IN (SELECT member_id FROM attendance WHERE meeting_id = ?)"), meetingId);
}

Result<Attendee> AttendeeRepository::get(qint64 attendanceId) const
{
    const Result<Attendance> row = AttendanceRepository(m_db).get(attendanceId);
    if (!row)
        return row.error();
    Result<QList<Attendee>> one = withPeople({*row}, QStringLiteral("m.id = ?"), row->memberId);
    if (!one)
        return one.error();
    return one->first();
}

Result<Attendee> AttendeeRepository::member(qint64 memberId) const
{
    const Result<DisplayNames> names = DisplayNames::load(m_db, DisplayNames::Professions);
    if (!names)
        return names.error();
    const DisplayNames &professions = *names;
    QSqlQuery q = m_db.prepare(personColumns + QStringLiteral(" WHERE m.id = ?"));
    q.addBindValue(memberId);
    if (Status s = m_db.exec(q, tr("reading a member")); !s)
        return s.error();
    if (!q.next())
        return Error{tr("There is no member with id %1.").arg(memberId)};
    Attendee a;
    a.attendance.memberId = memberId;
    fillFromMember(a, q);
    nameProfession(a, professions);
    return a;
}

Result<QList<Attendee>> AttendeeRepository::membersByReading(qint64 meetingId, const QString &reading,
                                                             int limit) const
{
    const QString typed = KanaText::toHiragana(reading).simplified();
    const QString folded = KanaText::searchKey(typed);
    if (folded.isEmpty() || !KanaText::isKana(typed) || limit <= 0)
        return QList<Attendee>{};
    // The stored key begins with the family name's reading in its primary form: the range of keys that
    // start as the typed family part does.
    const QString family = typed.section(QLatin1Char(' '), 0, 0);
    const QString key = KanaText::sortKey(family, QString());
    const QString prefix = key.left(key.indexOf(QChar(0x0001)));

    const Result<DisplayNames> names = DisplayNames::load(m_db, DisplayNames::Professions);
    if (!names)
        return names.error();
    const DisplayNames &professions = *names;
    QSqlQuery q = m_db.prepare(personColumns +
                               QStringLiteral(" WHERE m.archived = 0 AND m.kana_key >= ? AND m.kana_key < ?"
                                              " AND m.search_key LIKE ?"
                                              " AND NOT EXISTS (SELECT 1 FROM attendance a"
                                              " WHERE a.meeting_id = ? AND a.member_id = m.id)"
                                              " ORDER BY m.kana_key LIMIT ?"));
    q.addBindValue(prefix);
    q.addBindValue(prefix + QChar(0xFFFF));
    q.addBindValue(QLatin1Char('%') + folded + QLatin1Char('%')); // kana: no wildcard to escape
    q.addBindValue(meetingId);
    q.addBindValue(limit);
    if (Status s = m_db.exec(q, tr("looking for members")); !s)
        return s.error();
    QList<Attendee> out;
    while (q.next()) {
        Attendee a;
        a.attendance.meetingId = meetingId;
        a.attendance.memberId = q.value(0).toLongLong();
        a.attendance.status = AttendanceStatus::Invited;
        fillFromMember(a, q);
        nameProfession(a, professions);
        out.append(a);
    }
    return out;
}

Result<QList<qint64>> AttendeeRepository::guestAttendanceIds() const
{
    QSqlQuery q =
        m_db.prepare(QStringLiteral("SELECT id FROM attendance WHERE member_id IS NULL ORDER BY id"));
    if (Status s = m_db.exec(q, tr("reading the guests' attendance")); !s)
        return s.error();
    QList<qint64> out;
    while (q.next())
        out.append(q.value(0).toLongLong());
    return out;
}

Result<QList<qint64>> AttendeeRepository::select(qint64 meetingId, const InviteSelection &selection) const
{
    MemberFilter filter = selection;
    filter.recentBefore = meetingId;
    return MemberRepository(m_db).ids(filter);
}

} // namespace renkei
