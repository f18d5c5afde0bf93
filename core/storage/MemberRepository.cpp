#include "MemberRepository.h"

#include "Database.h"
#include "MemberColumns.h"
#include "ReferenceList.h"
#include "SqlValues.h"
#include "SqliteStatement.h"
#include "core/model/ContactCheck.h"
#include "core/text/KanaText.h"

#include <array>

namespace renkei {

QString MemberRepository::personSearchKey(const Member &m)
{
    // Each part folded on its own and separated, so that a match never spans two.
    return KanaText::searchKey(m.familyName + m.givenName) + QLatin1Char('\x1f') +
           KanaText::searchKey(m.familyKana + m.givenKana) + QLatin1Char('\x1f') +
           KanaText::searchKey(m.email) + QLatin1Char('\x1f');
}

QString MemberRepository::searchKey(const Member &m, const QString &organisationName)
{
    return personSearchKey(m) + KanaText::searchKey(organisationName);
}

QString MemberRepository::organisationName(qint64 id) const
{
    if (id == 0)
        return {};
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT name FROM organisations WHERE id = ?"));
    q.addBindValue(id);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

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

Result<QList<qint64>> MemberRepository::ids(const MemberFilter &filter) const
{
    const Result<MemberQuery> query = MemberQuery::make(m_db, filter);
    if (!query)
        return query.error();
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT m.id FROM members m") + query->clauses());
    for (const QVariant &v : query->values())
        q.addBindValue(v);
    if (Status s = m_db.exec(q, tr("reading the members")); !s)
        return s.error();
    QList<qint64> out;
    while (q.next())
        out.append(q.value(0).toLongLong());
    return out;
}

Result<int> MemberRepository::count(const MemberFilter &filter) const
{
    const MemberQuery query(filter);
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT count(*) FROM members m") + query.where());
    for (const QVariant &v : query.whereValues())
        q.addBindValue(v);
    if (Status s = m_db.exec(q, tr("counting the members")); !s)
        return s.error();
    return q.next() ? q.value(0).toInt() : 0;
}

Result<QHash<qint64, int>> MemberRepository::countBy(Grouping grouping, const MemberFilter &filter) const
{
    QString column;
    switch (grouping) {
    case Grouping::Profession:
        column = QStringLiteral("m.profession_id");
        break;
    case Grouping::Organisation:
        column = QStringLiteral("m.organisation_id");
        break;
    case Grouping::Area:
        column = QStringLiteral("m.area_id");
        break;
    }
    const MemberQuery query(filter);
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT coalesce(%1, 0), count(*) FROM members m").arg(column) +
                               query.where() + QStringLiteral(" GROUP BY %1").arg(column));
    for (const QVariant &v : query.whereValues())
        q.addBindValue(v);
    if (Status s = m_db.exec(q, tr("counting the members")); !s)
        return s.error();
    QHash<qint64, int> counts;
    while (q.next())
        counts.insert(q.value(0).toLongLong(), q.value(1).toInt());
    return counts;
}

Result<Member> MemberRepository::get(qint64 id) const
{
    QSqlQuery q = m_db.prepare(MemberColumns::select() + QStringLiteral(" WHERE m.id = ?"));
    q.addBindValue(id);
    if (Status s = m_db.exec(q, tr("reading a member")); !s)
        return s.error();
    if (!q.next())
        return Error{tr("There is no member with id %1.").arg(id)};
    return MemberColumns::read(q);
}

QList<Error> MemberRepository::validateFields(const Member &member)
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
    return errors;
}

QList<Error> MemberRepository::validate(const Member &member) const
{
    QList<Error> errors = validateFields(member);
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

Result<qint64> MemberRepository::add(const Member &member)
{
    if (const QList<Error> errors = validate(member); !errors.isEmpty())
        return errors.first();
    QSqlQuery q = m_db.prepare(MemberColumns::insert());
    MemberColumns::bind(q, member, MemberColumns::keys(member, organisationName(member.organisationId)));
    const QVariant now = sql::dateTime(m_db.now());
    q.bindValue(20, now);
    q.bindValue(21, now);
    if (Status s = m_db.exec(q, tr("adding a member")); !s)
        return s.error();
    return q.lastInsertId().toLongLong();
}

Status MemberRepository::restore(const Member &member)
{
    QSqlQuery q = m_db.prepare(QStringLiteral("INSERT INTO members (") + MemberColumns::written() +
                               QStringLiteral(", id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                              "?, ?, ?, ?, ?, ?, ?, ?)"));
    MemberColumns::bind(q, member, MemberColumns::keys(member, organisationName(member.organisationId)));
    q.bindValue(20, sql::dateTime(member.createdAt.isValid() ? member.createdAt : m_db.now()));
    q.bindValue(21, sql::dateTime(member.updatedAt.isValid() ? member.updatedAt : m_db.now()));
    q.bindValue(22, member.id);
    return m_db.exec(q, tr("restoring a member"));
}

Status MemberRepository::update(const Member &member)
{
    if (const QList<Error> errors = validate(member); !errors.isEmpty())
        return errors.first();
    QSqlQuery q = m_db.prepare(MemberColumns::update());
    MemberColumns::bind(q, member, MemberColumns::keys(member, organisationName(member.organisationId)));
    q.bindValue(20, sql::dateTime(m_db.now()));
    q.bindValue(21, member.id);
    if (Status s = m_db.exec(q, tr("saving a member")); !s)
        return s;
    if (q.numRowsAffected() == 0)
        return Error{tr("There is no member with id %1.").arg(member.id)};
    return {};
}

Result<QList<Lookalike>> MemberRepository::lookalikes(const Member &member) const
{
    QList<Lookalike> found;
    auto entry = [&found](const Member &m) -> Lookalike & {
        for (Lookalike &l : found)
            if (l.member.id == m.id)
                return l;
        found.append(Lookalike{m});
        return found.last();
    };
    // Three lookups, each through its own index, rather than one OR that reads every member.
    auto run = [&](const QString &where, const QVariant &value,
                   const std::function<void(Lookalike &)> &mark) {
        QSqlQuery q = m_db.prepare(MemberColumns::select() + QStringLiteral(" WHERE ") + where +
                                   QStringLiteral(" AND m.id <> ? ORDER BY m.kana_key, m.id"));
        q.addBindValue(value);
        q.addBindValue(member.id);
        if (Status s = m_db.exec(q, tr("looking for members who may be the same person")); !s)
            return s;
        while (q.next())
            mark(entry(MemberColumns::read(q)));
        return Status{};
    };

    const QString name = KanaText::searchKey(member.familyName + member.givenName);
    if (!name.isEmpty() && !member.familyKana.trimmed().isEmpty()) {
        if (Status s = run(QStringLiteral("m.archived IN (0, 1) AND m.kana_key = ?"),
                           KanaText::sortKey(member.familyKana, member.givenKana),
                           [&](Lookalike &l) {
                               if (KanaText::searchKey(l.member.familyName + l.member.givenName) == name)
                                   l.sameNameAndKana = true;
                           });
            !s)
            return s.error();
    }
    if (const QString email = member.email.trimmed(); !email.isEmpty()) {
        if (Status s = run(QStringLiteral("m.email = ? COLLATE NOCASE"), email,
                           [](Lookalike &l) { l.sameEmail = true; });
            !s)
            return s.error();
    }
    if (const QString phone = ContactCheck::phoneKey(member.phone); !phone.isEmpty()) {
        if (Status s =
                run(QStringLiteral("m.phone_key = ?"), phone, [](Lookalike &l) { l.samePhone = true; });
            !s)
            return s.error();
    }
    // Same reading under another name is a different person.
    found.removeIf([](const Lookalike &l) { return !l.sameNameAndKana && !l.sameEmail && !l.samePhone; });
    return found;
}

QString Lookalike::reasons() const
{
    QStringList out;
    if (sameNameAndKana)
        out << MemberRepository::tr("same name and reading");
    if (sameEmail)
        out << MemberRepository::tr("same e-mail address");
    if (samePhone)
        out << MemberRepository::tr("same phone number");
    //: Separates reasons in a list: "same name and reading, same phone number"
    return out.join(MemberRepository::tr(", "));
}

Status MemberRepository::refreshSearchKeys(qint64 organisationId)
{
    const QString organisation = organisationName(organisationId);
    QSqlQuery q = m_db.prepare(MemberColumns::select() + QStringLiteral(" WHERE m.organisation_id = ?"));
    q.addBindValue(organisationId);
    if (Status s = m_db.exec(q, tr("updating the members' search")); !s)
        return s;
    QList<std::pair<qint64, QString>> keys;
    while (q.next()) {
        const Member m = MemberColumns::read(q);
        keys.append({m.id, searchKey(m, organisation)});
    }
    return m_db.transaction([&]() -> Status {
        QSqlQuery update = m_db.prepare(QStringLiteral("UPDATE members SET search_key = ? WHERE id = ?"));
        for (const auto &[id, key] : keys) {
            update.bindValue(0, key);
            update.bindValue(1, id);
            if (Status s = m_db.exec(update, tr("updating the members' search")); !s)
                return s;
        }
        return {};
    });
}

Status MemberRepository::forEach(const MemberFilter &filter,
                                 const std::function<bool(const Member &)> &visit) const
{
    const Result<MemberQuery> query = MemberQuery::make(m_db, filter);
    if (!query)
        return query.error();
    const QString rest = query->clauses();
    const QVariantList values = query->values();
    const QString sql = MemberColumns::select() + rest;
    // Every member at once (an export): reading the table in its own order and sorting, which SQLite
    // does in bounded memory, is quicker than following an index to rows all over the file.
    const QString sqliteSql =
        filter.limit < 0 ? MemberColumns::select() + QStringLiteral(" NOT INDEXED") + rest : sql;
    if (SqliteStatement fast(m_db, sqliteSql); fast.isValid()) {
        for (int i = 0; i < int(values.size()); ++i)
            fast.bindVariant(i, values[i]);
        while (true) {
            const Result<bool> row = fast.next(tr("reading the members"));
            if (!row)
                return row.error();
            if (!*row || !visit(MemberColumns::read(fast)))
                return {};
        }
    }
    QSqlQuery q = m_db.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (Status s = m_db.exec(q, tr("reading the members")); !s)
        return s;
    while (q.next())
        if (!visit(MemberColumns::read(q)))
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
