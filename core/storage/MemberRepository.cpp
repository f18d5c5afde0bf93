#include "MemberRepository.h"

#include "Database.h"
#include "ReferenceList.h"
#include "SqlValues.h"
#include "model/ContactCheck.h"
#include "text/KanaText.h"

namespace renkei {

namespace {

const QString selectColumns =
    QStringLiteral("SELECT m.id, m.family_name, m.given_name, m.family_kana, m.given_kana, m.profession_id, "
                   "m.organisation_id,"
                   " m.area_id, m.email, m.phone, m.fax, m.medical_association, m.referred_by, m.joined_on, "
                   "m.consent_roster,"
                   " m.consent_email, m.archived, m.notes, m.created_at, m.updated_at FROM members m");

Member fromRow(const QSqlQuery &q)
{
    Member m;
    m.id = q.value(0).toLongLong();
    m.familyName = q.value(1).toString();
    m.givenName = q.value(2).toString();
    m.familyKana = q.value(3).toString();
    m.givenKana = q.value(4).toString();
    m.professionId = sql::toId(q.value(5));
    m.organisationId = sql::toId(q.value(6));
    m.areaId = sql::toId(q.value(7));
    m.email = q.value(8).toString();
    m.phone = q.value(9).toString();
    m.fax = q.value(10).toString();
    m.medicalAssociation = q.value(11).toBool();
    m.referredById = sql::toId(q.value(12));
    m.joinedOn = sql::toDate(q.value(13));
    m.consentRoster = q.value(14).toBool();
    m.consentEmail = q.value(15).toBool();
    m.archived = q.value(16).toBool();
    m.notes = q.value(17).toString();
    m.createdAt = sql::toDateTime(q.value(18));
    m.updatedAt = sql::toDateTime(q.value(19));
    return m;
}

QString searchKeyOf(const Member &m)
{
    // Name, reading and e-mail in one folded string, each part separated so a match never spans two.
    return KanaText::searchKey(m.familyName + m.givenName) + QLatin1Char('\x1f') +
           KanaText::searchKey(m.familyKana + m.givenKana) + QLatin1Char('\x1f') +
           KanaText::searchKey(m.email);
}

// Escapes LIKE's wildcards in what the user typed.
QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

// The WHERE clause of a filter, with its values bound in order by the caller.
QString whereClause(const MemberFilter &filter, QVariantList *values)
{
    QStringList conditions;
    switch (filter.archived) {
    case MemberFilter::Archived::Exclude:
        conditions << QStringLiteral("m.archived = 0");
        break;
    case MemberFilter::Archived::Only:
        conditions << QStringLiteral("m.archived = 1");
        break;
    case MemberFilter::Archived::Include:
        break;
    }
    const QString text = KanaText::searchKey(filter.text);
    if (!text.isEmpty()) {
        conditions << QStringLiteral("m.search_key LIKE ? ESCAPE '\\'");
        values->append(likePattern(text));
    }
    if (!filter.professionIds.isEmpty()) {
        const QString marks =
            QStringList(filter.professionIds.size(), QStringLiteral("?")).join(QLatin1Char(','));
        conditions << QStringLiteral("m.profession_id IN (%1)").arg(marks);
        for (qint64 id : filter.professionIds)
            values->append(id);
    }
    if (!filter.areaIds.isEmpty()) {
        const QString marks = QStringList(filter.areaIds.size(), QStringLiteral("?")).join(QLatin1Char(','));
        conditions
            << QStringLiteral(
                   "(m.area_id IN (%1) OR m.area_id IN (SELECT id FROM areas WHERE parent_id IN (%1)))")
                   .arg(marks);
        for (int pass = 0; pass < 2; ++pass)
            for (qint64 id : filter.areaIds)
                values->append(id);
    }
    if (filter.inArea.has_value()) {
        conditions << QStringLiteral(
            "EXISTS (SELECT 1 FROM areas a WHERE a.id = m.area_id AND a.in_area = ?)");
        values->append(*filter.inArea ? 1 : 0);
    }
    return conditions.isEmpty() ? QString()
                                : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

} // namespace

Result<QList<Member>> MemberRepository::list(const MemberFilter &filter) const
{
    QList<Member> out;
    if (Status s = forEach(filter,
                           [&](const Member &m) {
                               out.append(m);
                               return true;
                           });
        !s)
        return s.error();
    return out;
}

Result<int> MemberRepository::count(const MemberFilter &filter) const
{
    QVariantList values;
    QSqlQuery q =
        m_db.prepare(QStringLiteral("SELECT count(*) FROM members m") + whereClause(filter, &values));
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (Status s = m_db.exec(q, tr("counting the members")); !s)
        return s.error();
    return q.next() ? q.value(0).toInt() : 0;
}

Result<Member> MemberRepository::get(qint64 id) const
{
    QSqlQuery q = m_db.prepare(selectColumns + QStringLiteral(" WHERE m.id = ?"));
    q.addBindValue(id);
    if (Status s = m_db.exec(q, tr("reading a member")); !s)
        return s.error();
    if (!q.next())
        return Error{tr("There is no member with id %1.").arg(id)};
    return fromRow(q);
}

QList<Error> MemberRepository::validate(const Member &member) const
{
    QList<Error> errors;
    if (member.familyName.trimmed().isEmpty())
        errors << Error::inField(tr("The family name is required."), QStringLiteral("family_name"));
    if (member.familyKana.trimmed().isEmpty())
        errors << Error::inField(tr("The reading of the family name is required."),
                                 QStringLiteral("family_kana"));
    else if (!KanaText::isKana(member.familyKana))
        errors << Error::inField(tr("The reading “%1” must be written in kana.").arg(member.familyKana),
                                 QStringLiteral("family_kana"));
    if (!KanaText::isKana(member.givenKana))
        errors << Error::inField(tr("The reading “%1” must be written in kana.").arg(member.givenKana),
                                 QStringLiteral("given_kana"));
    if (!ContactCheck::isPlausibleEmail(member.email))
        errors << Error::inField(tr("“%1” does not look like an e-mail address.").arg(member.email),
                                 QStringLiteral("email"));
    if (!ContactCheck::isPlausiblePhone(member.phone))
        errors << Error::inField(tr("“%1” does not look like a phone number.").arg(member.phone),
                                 QStringLiteral("phone"));
    if (!ContactCheck::isPlausiblePhone(member.fax))
        errors << Error::inField(tr("“%1” does not look like a fax number.").arg(member.fax),
                                 QStringLiteral("fax"));

    auto checkExists = [&](const char *table, qint64 id, const QString &message, const char *field) {
        if (id == 0)
            return;
        Result<bool> found = ReferenceList(m_db, QString::fromLatin1(table), {}).exists(id);
        if (!found)
            errors << found.error();
        else if (!*found)
            errors << Error::inField(message, QString::fromLatin1(field));
    };
    checkExists("professions", member.professionId, tr("The chosen profession does not exist."),
                "profession");
    checkExists("organisations", member.organisationId, tr("The chosen organisation does not exist."),
                "organisation");
    checkExists("areas", member.areaId, tr("The chosen area does not exist."), "area");
    if (member.referredById != 0 && member.referredById == member.id)
        errors << Error::inField(tr("A member cannot have referred themselves."),
                                 QStringLiteral("referred_by"));
    else
        checkExists("members", member.referredById, tr("The member who referred them does not exist."),
                    "referred_by");
    return errors;
}

namespace {

// Binds the 19 member columns to placeholders 0–18, by position, so a prepared statement can be reused.
void bindFields(QSqlQuery &q, const Member &m)
{
    const QVariant values[] = {
        sql::text(m.familyName.trimmed()),
        sql::text(m.givenName.trimmed()),
        sql::text(m.familyKana.trimmed()),
        sql::text(m.givenKana.trimmed()),
        KanaText::sortKey(m.familyKana, m.givenKana),
        searchKeyOf(m),
        sql::id(m.professionId),
        sql::id(m.organisationId),
        sql::id(m.areaId),
        sql::text(m.email.trimmed()),
        sql::text(m.phone.trimmed()),
        sql::text(m.fax.trimmed()),
        m.medicalAssociation ? 1 : 0,
        sql::id(m.referredById),
        sql::date(m.joinedOn),
        m.consentRoster ? 1 : 0,
        m.consentEmail ? 1 : 0,
        m.archived ? 1 : 0,
        sql::text(m.notes),
    };
    for (int i = 0; i < int(std::size(values)); ++i)
        q.bindValue(i, values[i]);
}

} // namespace

Result<qint64> MemberRepository::add(const Member &member)
{
    if (const QList<Error> errors = validate(member); !errors.isEmpty())
        return errors.first();
    return addValidated(member);
}

Result<qint64> MemberRepository::addValidated(const Member &member)
{
    if (!m_insert)
        m_insert = m_db.prepare(
            QStringLiteral("INSERT INTO members (family_name, given_name, family_kana, given_kana, kana_key, "
                           "search_key, profession_id,"
                           " organisation_id, area_id, email, phone, fax, medical_association, referred_by, "
                           "joined_on, consent_roster,"
                           " consent_email, archived, notes, created_at, updated_at)"
                           " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery &q = *m_insert;
    bindFields(q, member);
    const QVariant now = sql::dateTime(m_db.now());
    q.bindValue(19, now);
    q.bindValue(20, now);
    if (Status s = m_db.exec(q, tr("adding a member")); !s)
        return s.error();
    return q.lastInsertId().toLongLong();
}

Status MemberRepository::update(const Member &member)
{
    if (const QList<Error> errors = validate(member); !errors.isEmpty())
        return errors.first();
    return updateValidated(member);
}

Status MemberRepository::updateValidated(const Member &member)
{
    if (!m_update)
        m_update = m_db.prepare(QStringLiteral(
            "UPDATE members SET family_name = ?, given_name = ?, family_kana = ?, given_kana = ?, kana_key = "
            "?,"
            " search_key = ?, profession_id = ?, organisation_id = ?, area_id = ?, email = ?, phone = ?,"
            " fax = ?, medical_association = ?, referred_by = ?, joined_on = ?, consent_roster = ?,"
            " consent_email = ?, archived = ?, notes = ?, updated_at = ? WHERE id = ?"));
    QSqlQuery &q = *m_update;
    bindFields(q, member);
    q.bindValue(19, sql::dateTime(m_db.now()));
    q.bindValue(20, member.id);
    if (Status s = m_db.exec(q, tr("saving a member")); !s)
        return s;
    if (q.numRowsAffected() == 0)
        return Error{tr("There is no member with id %1.").arg(member.id)};
    return {};
}

Result<QList<Member>> MemberRepository::sameReadingOrEmail(const Member &member) const
{
    if (!m_candidates)
        m_candidates =
            m_db.prepare(selectColumns + QStringLiteral(" WHERE (m.archived IN (0, 1) AND m.kana_key = ?)"
                                                        " OR m.email IN (?, ?)"));
    QSqlQuery &q = *m_candidates;
    const QString email = member.email.trimmed();
    q.bindValue(0, KanaText::sortKey(member.familyKana, member.givenKana));
    // No address matches nobody (NULL equals nothing), although members without one store ''.
    const QVariant none(QMetaType(QMetaType::QString));
    q.bindValue(1, email.isEmpty() ? none : QVariant(email));
    q.bindValue(2, email.isEmpty() ? none : QVariant(email.toLower()));
    if (Status s = m_db.exec(q, tr("looking for members who may be the same person")); !s)
        return s.error();
    QList<Member> out;
    while (q.next())
        out.append(fromRow(q));
    q.finish();
    return out;
}

Status MemberRepository::forEach(const MemberFilter &filter,
                                 const std::function<bool(const Member &)> &visit) const
{
    QVariantList values;
    QString sql = selectColumns + whereClause(filter, &values) + QStringLiteral(" ORDER BY m.kana_key, m.id");
    if (filter.limit >= 0) {
        sql += QStringLiteral(" LIMIT ? OFFSET ?");
        values << filter.limit << filter.offset;
    }
    QSqlQuery q = m_db.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (Status s = m_db.exec(q, tr("reading the members")); !s)
        return s;
    while (q.next())
        if (!visit(fromRow(q)))
            break;
    return {};
}

Status MemberRepository::setArchived(qint64 id, bool archived)
{
    QSqlQuery q =
        m_db.prepare(QStringLiteral("UPDATE members SET archived = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(archived ? 1 : 0);
    q.addBindValue(sql::dateTime(m_db.now()));
    q.addBindValue(id);
    if (Status s = m_db.exec(q, archived ? tr("archiving a member") : tr("restoring a member")); !s)
        return s;
    if (q.numRowsAffected() == 0)
        return Error{tr("There is no member with id %1.").arg(id)};
    return {};
}

Result<bool> MemberRepository::hasHistory(qint64 id) const
{
    QSqlQuery q =
        m_db.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM attendance WHERE member_id = ?)"
                                    " OR EXISTS (SELECT 1 FROM agenda_items WHERE presenter_member_id = ?)"
                                    " OR EXISTS (SELECT 1 FROM members WHERE referred_by = ?)"));
    q.addBindValue(id);
    q.addBindValue(id);
    q.addBindValue(id);
    if (Status s = m_db.exec(q, tr("reading a member's history")); !s)
        return s.error();
    return q.next() && q.value(0).toBool();
}

Status MemberRepository::remove(qint64 id)
{
    return m_db.transaction([&]() -> Status {
        Result<Member> member = get(id);
        if (!member)
            return member.error();
        Result<bool> history = hasHistory(id);
        if (!history)
            return history.error();
        if (*history)
            return Error{
                tr("%1 has attended, presented or referred others; archive them instead, so that their "
                   "history stays.")
                    .arg(member->fullName())};
        QSqlQuery q = m_db.prepare(QStringLiteral("DELETE FROM members WHERE id = ?"));
        q.addBindValue(id);
        return m_db.exec(q, tr("deleting a member"));
    });
}

} // namespace renkei
