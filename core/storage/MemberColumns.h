#pragma once

#include "core/model/Member.h"
#include "core/storage/SqlValues.h"

#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <array>

class QSqlQuery;

namespace renkei {

// The members table as MemberRepository and MemberBulkWriter write and read it: its columns, the
// keys stored beside a member's fields, and a member read back from a row. Private to storage/.
class MemberColumns
{
public:
    // The keys stored beside a member's fields: what the list is sorted by, searched in and compared
    // by. An import computes them on its reading thread.
    struct Keys
    {
        QString kana;   // KanaText::sortKey of the reading
        QString search; // MemberRepository::searchKey()
        QString phone;  // ContactCheck::phoneKey
    };
    static Keys keys(const Member &member, const QString &organisationName);

    // "SELECT m.id, m.family_name, … FROM members m": the columns read() reads.
    static const QString &select();
    // The 22 columns written, in the order of values() and then created_at, updated_at.
    static const QString &written();
    // INSERT INTO members of written(), with placeholders 0–21.
    static const QString &insert();
    // UPDATE of values() (0–19) and updated_at (20) WHERE id = placeholder 21.
    static const QString &update();
    // The 20 stored values of a member in the order of written(), for placeholders 0–19.
    static std::array<QVariant, 20> values(const Member &member, const Keys &keys);
    // values() bound to placeholders 0–19 of `q`.
    static void bind(QSqlQuery &q, const Member &member, const Keys &keys);

    // A member from a row of select(), read through `q`'s isNull(), intValue() and textValue():
    // SQLite's own statement, or a QSqlQuery through read(const QSqlQuery &).
    template <typename Columns> static Member read(const Columns &q);
    static Member read(const QSqlQuery &q);
};

template <typename Columns> Member MemberColumns::read(const Columns &q)
{
    const auto id = [&](int column) { return q.isNull(column) ? 0 : q.intValue(column); };
    Member m;
    m.id = q.intValue(0);
    m.familyName = q.textValue(1);
    m.givenName = q.textValue(2);
    m.familyKana = q.textValue(3);
    m.givenKana = q.textValue(4);
    m.professionId = id(5);
    m.organisationId = id(6);
    m.areaId = id(7);
    m.email = q.textValue(8);
    m.phone = q.textValue(9);
    m.fax = q.textValue(10);
    m.medicalAssociation = q.intValue(11) != 0;
    m.referredById = id(12);
    m.joinedOn = q.isNull(13) ? QDate() : sql::toDate(q.textValue(13));
    m.consentRoster = q.intValue(14) != 0;
    m.consentEmail = q.intValue(15) != 0;
    m.archived = q.intValue(16) != 0;
    m.notes = q.textValue(17);
    m.createdAt = sql::toDateTime(q.textValue(18));
    m.updatedAt = sql::toDateTime(q.textValue(19));
    return m;
}

} // namespace renkei
