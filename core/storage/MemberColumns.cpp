#include "MemberColumns.h"

#include "MemberRepository.h"
#include "core/model/ContactCheck.h"
#include "core/text/KanaText.h"

#include <QSqlQuery>

namespace renkei {

namespace {

struct QueryColumns
{
    const QSqlQuery &q;
    bool isNull(int column) const { return q.isNull(column); }
    qint64 intValue(int column) const { return q.value(column).toLongLong(); }
    QString textValue(int column) const { return q.value(column).toString(); }
};

// QString::trimmed() for values that usually are already (an import trims every cell): CJK text at
// both ends is told apart from spaces without Unicode's tables.
QString trimmedQuickly(const QString &text)
{
    const auto maybeSpace = [](QChar c) {
        const char16_t u = c.unicode();
        return u <= 0x20 || (u >= 0x7F && u <= 0x3000) || u == 0xFEFF;
    };
    if (text.isEmpty() || (!maybeSpace(text.front()) && !maybeSpace(text.back())))
        return text;
    return text.trimmed();
}

} // namespace

MemberColumns::Keys MemberColumns::keys(const Member &member, const QString &organisationName)
{
    return {KanaText::sortKey(member.familyKana, member.givenKana),
            MemberRepository::searchKey(member, organisationName), ContactCheck::phoneKey(member.phone)};
}

const QString &MemberColumns::select()
{
    static const QString sql = QStringLiteral(
        "SELECT m.id, m.family_name, m.given_name, m.family_kana, m.given_kana, m.profession_id,"
        " m.organisation_id, m.area_id, m.email, m.phone, m.fax, m.medical_association, m.referred_by,"
        " m.joined_on, m.consent_roster, m.consent_email, m.archived, m.notes, m.created_at, m.updated_at"
        " FROM members m");
    return sql;
}

const QString &MemberColumns::written()
{
    static const QString columns =
        QStringLiteral("family_name, given_name, family_kana, given_kana, kana_key, search_key, phone_key,"
                       " profession_id, organisation_id, area_id, email, phone, fax, medical_association,"
                       " referred_by, joined_on, consent_roster, consent_email, archived, notes, created_at,"
                       " updated_at");
    return columns;
}

const QString &MemberColumns::insert()
{
    static const QString sql =
        QStringLiteral("INSERT INTO members (") + written() +
        QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    return sql;
}

const QString &MemberColumns::update()
{
    static const QString sql = QStringLiteral(
        "UPDATE members SET family_name = ?, given_name = ?, family_kana = ?, given_kana = ?,"
        " kana_key = ?, search_key = ?, phone_key = ?, profession_id = ?, organisation_id = ?,"
        " area_id = ?, email = ?, phone = ?, fax = ?, medical_association = ?, referred_by = ?,"
        " joined_on = ?, consent_roster = ?, consent_email = ?, archived = ?, notes = ?, updated_at = ?"
        " WHERE id = ?");
    return sql;
}

std::array<QVariant, 20> MemberColumns::values(const Member &m, const Keys &keys)
{
    return {
        sql::text(trimmedQuickly(m.familyName)),
        sql::text(trimmedQuickly(m.givenName)),
        sql::text(trimmedQuickly(m.familyKana)),
        sql::text(trimmedQuickly(m.givenKana)),
        sql::text(keys.kana),
        sql::text(keys.search),
        sql::text(keys.phone),
        sql::id(m.professionId),
        sql::id(m.organisationId),
        sql::id(m.areaId),
        sql::text(trimmedQuickly(m.email)),
        sql::text(trimmedQuickly(m.phone)),
        sql::text(trimmedQuickly(m.fax)),
        m.medicalAssociation ? 1 : 0,
        sql::id(m.referredById),
        sql::date(m.joinedOn),
        m.consentRoster ? 1 : 0,
        m.consentEmail ? 1 : 0,
        m.archived ? 1 : 0,
        sql::text(m.notes),
    };
}

void MemberColumns::bind(QSqlQuery &q, const Member &member, const Keys &keys)
{
    const std::array<QVariant, 20> stored = values(member, keys);
    for (int i = 0; i < int(stored.size()); ++i)
        q.bindValue(i, stored[i]);
}

Member MemberColumns::read(const QSqlQuery &q)
{
    return read(QueryColumns{q});
}

} // namespace renkei
