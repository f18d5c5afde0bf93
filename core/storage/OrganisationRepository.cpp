#include "OrganisationRepository.h"

#include "Database.h"
#include "MemberRepository.h"
#include "ReferenceList.h"
#include "SqlValues.h"
#include "core/model/ContactCheck.h"
#include "core/text/KanaText.h"

namespace renkei {

namespace {

ReferenceList references(Database &db)
{
    return ReferenceList(db, QStringLiteral("organisations"),
                         {{QStringLiteral("members"), QStringLiteral("organisation_id")}});
}

const QString selectColumns =
    QStringLiteral("SELECT id, name, kind, area_id, address, phone, fax, hidden FROM organisations");

Organisation fromRow(const QSqlQuery &q)
{
    Organisation o;
    o.id = q.value(0).toLongLong();
    o.name = q.value(1).toString();
    o.kind = organisationKindFromKey(q.value(2).toString()).value_or(OrganisationKind::Other);
    o.areaId = sql::toId(q.value(3));
    o.address = q.value(4).toString();
    o.phone = q.value(5).toString();
    o.fax = q.value(6).toString();
    o.hidden = q.value(7).toBool();
    return o;
}

void bindFields(QSqlQuery &q, const Organisation &o)
{
    q.addBindValue(sql::text(o.name.trimmed()));
    q.addBindValue(organisationKindKey(o.kind));
    q.addBindValue(sql::id(o.areaId));
    q.addBindValue(sql::text(o.address.trimmed()));
    q.addBindValue(sql::text(o.phone.trimmed()));
    q.addBindValue(sql::text(o.fax.trimmed()));
    q.addBindValue(o.hidden ? 1 : 0);
}

} // namespace

Result<QList<Organisation>> OrganisationRepository::all(bool includeHidden) const
{
    QSqlQuery q =
        m_db.prepare(selectColumns + (includeHidden ? QString() : QStringLiteral(" WHERE hidden = 0")) +
                     QStringLiteral(" ORDER BY name, id"));
    if (Status s = m_db.exec(q, tr("reading the organisations")); !s)
        return s.error();
    QList<Organisation> out;
    while (q.next())
        out.append(fromRow(q));
    return out;
}

Result<Organisation> OrganisationRepository::get(qint64 id) const
{
    QSqlQuery q = m_db.prepare(selectColumns + QStringLiteral(" WHERE id = ?"));
    q.addBindValue(id);
    if (Status s = m_db.exec(q, tr("reading an organisation")); !s)
        return s.error();
    if (!q.next())
        return Error{tr("There is no organisation with id %1.").arg(id)};
    return fromRow(q);
}

Result<Organisation> OrganisationRepository::findByName(const QString &name) const
{
    Result<QList<Organisation>> list = all();
    if (!list)
        return list.error();
    const QString wanted = KanaText::searchKey(name);
    for (const Organisation &o : *list)
        if (KanaText::searchKey(o.name) == wanted)
            return o;
    return Error{tr("There is no organisation named “%1”.").arg(name)};
}

QList<Error> OrganisationRepository::validate(const Organisation &organisation) const
{
    QList<Error> errors;
    if (organisation.name.trimmed().isEmpty()) {
        errors << Error::inField(tr("The organisation's name is required."), QStringLiteral("name"));
    } else {
        // Two branches of one chain may share a name, but not in the same area.
        QSqlQuery q =
            m_db.prepare(QStringLiteral("SELECT id, name FROM organisations WHERE coalesce(area_id, 0) = ?"));
        q.addBindValue(organisation.areaId);
        if (m_db.exec(q, tr("reading the organisations"))) {
            const QString wanted = KanaText::searchKey(organisation.name);
            while (q.next()) {
                if (q.value(0).toLongLong() != organisation.id &&
                    KanaText::searchKey(q.value(1).toString()) == wanted) {
                    errors << Error::inField(tr("There is already an organisation named “%1” in this area.")
                                                 .arg(q.value(1).toString()),
                                             QStringLiteral("name"));
                    break;
                }
            }
        }
    }
    if (organisation.areaId != 0 &&
        !ReferenceList(m_db, QStringLiteral("areas"), {}).exists(organisation.areaId).ok())
        errors << Error{tr("The area could not be checked.")};
    else if (organisation.areaId != 0 &&
             !*ReferenceList(m_db, QStringLiteral("areas"), {}).exists(organisation.areaId))
        errors << Error::inField(tr("The chosen area does not exist."), QStringLiteral("area"));
    if (!ContactCheck::isPlausiblePhone(organisation.phone))
        errors << Error::inField(tr("“%1” does not look like a phone number.").arg(organisation.phone),
                                 QStringLiteral("phone"));
    if (!ContactCheck::isPlausiblePhone(organisation.fax))
        errors << Error::inField(tr("“%1” does not look like a fax number.").arg(organisation.fax),
                                 QStringLiteral("fax"));
    return errors;
}

Result<qint64> OrganisationRepository::add(const Organisation &organisation)
{
    if (const QList<Error> errors = validate(organisation); !errors.isEmpty())
        return errors.first();
    QSqlQuery q = m_db.prepare(QStringLiteral("INSERT INTO organisations (name, kind, area_id, address, "
                                              "phone, fax, hidden) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    bindFields(q, organisation);
    if (Status s = m_db.exec(q, tr("adding an organisation")); !s)
        return s.error();
    return q.lastInsertId().toLongLong();
}

Status OrganisationRepository::update(const Organisation &organisation)
{
    if (const QList<Error> errors = validate(organisation); !errors.isEmpty())
        return errors.first();
    Result<Organisation> before = get(organisation.id);
    if (!before)
        return before.error();
    return m_db.transaction([&]() -> Status {
        QSqlQuery q = m_db.prepare(
            QStringLiteral("UPDATE organisations SET name = ?, kind = ?, area_id = ?, address = ?, "
                           "phone = ?, fax = ?, hidden = ? WHERE id = ?"));
        bindFields(q, organisation);
        q.addBindValue(organisation.id);
        if (Status s = m_db.exec(q, tr("saving an organisation")); !s)
            return s;
        if (before->name.trimmed() == organisation.name.trimmed())
            return {};
        // Members are found by their organisation's name.
        return MemberRepository(m_db).refreshSearchKeys(organisation.id);
    });
}

Status OrganisationRepository::setHidden(qint64 id, bool hidden)
{
    return references(m_db).setHidden(id, hidden, tr("hiding an organisation"));
}

Result<int> OrganisationRepository::usageCount(qint64 id) const
{
    return references(m_db).usageCount(id);
}

Result<QHash<qint64, int>> OrganisationRepository::usageCounts() const
{
    return references(m_db).usageCounts();
}

Status OrganisationRepository::restore(const Organisation &organisation)
{
    QSqlQuery q = m_db.prepare(QStringLiteral("INSERT INTO organisations (name, kind, area_id, address, "
                                              "phone, fax, hidden, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    bindFields(q, organisation);
    q.addBindValue(organisation.id);
    return m_db.exec(q, tr("restoring an organisation"));
}

Status OrganisationRepository::remove(qint64 id)
{
    return m_db.transaction([&]() -> Status {
        return references(m_db).remove(
            id, tr("This organisation is used by %1 members; hide it or merge it into another instead."),
            tr("deleting an organisation"));
    });
}

Status OrganisationRepository::merge(qint64 fromId, qint64 intoId, MergeRecord *record)
{
    if (fromId == intoId)
        return Error{tr("An organisation cannot be merged into itself.")};
    if (Result<Organisation> from = get(fromId); !from)
        return from.error();
    if (Result<Organisation> into = get(intoId); !into)
        return into.error();
    return m_db.transaction([&]() -> Status {
        Result<MergeRecord> moved =
            references(m_db).moveReferencesAndRemove(fromId, intoId, tr("merging organisations"));
        if (!moved)
            return moved.error();
        if (record)
            *record = *moved;
        return MemberRepository(m_db).refreshSearchKeys(intoId);
    });
}

Status OrganisationRepository::unmerge(const Organisation &removed, const MergeRecord &record)
{
    return m_db.transaction([&]() -> Status {
        if (Status s = restore(removed); !s)
            return s;
        if (Status s = references(m_db).moveReferencesBack(record, tr("undoing a merge of organisations"));
            !s)
            return s;
        return MemberRepository(m_db).refreshSearchKeys(removed.id);
    });
}

} // namespace renkei
