#include "AreaRepository.h"

#include "Database.h"
#include "DisplayNames.h"
#include "ReferenceList.h"
#include "SqlValues.h"
#include "core/text/KanaText.h"

namespace renkei {

namespace {

ReferenceList references(Database &db)
{
    return ReferenceList(db, QStringLiteral("areas"),
                         {{QStringLiteral("members"), QStringLiteral("area_id")},
                          {QStringLiteral("organisations"), QStringLiteral("area_id")},
                          {QStringLiteral("areas"), QStringLiteral("parent_id")}});
}

const QString selectColumns =
    QStringLiteral("SELECT id, parent_id, name, in_area, display_order, hidden FROM areas");

Area fromRow(const QSqlQuery &q)
{
    Area a;
    a.id = q.value(0).toLongLong();
    a.parentId = sql::toId(q.value(1));
    a.name = q.value(2).toString();
    a.inArea = q.value(3).toBool();
    a.displayOrder = q.value(4).toInt();
    a.hidden = q.value(5).toBool();
    return a;
}

} // namespace

Result<QList<Area>> AreaRepository::all(bool includeHidden) const
{
    QSqlQuery q =
        m_db.prepare(selectColumns + (includeHidden ? QString() : QStringLiteral(" WHERE hidden = 0")) +
                     QStringLiteral(" ORDER BY display_order, id"));
    if (Status s = m_db.exec(q, tr("reading the areas")); !s)
        return s.error();
    QList<Area> wards;
    QList<Area> zones;
    while (q.next()) {
        const Area a = fromRow(q);
        (a.isWard() ? wards : zones).append(a);
    }
    QList<Area> out;
    out.reserve(wards.size() + zones.size());
    for (const Area &ward : wards) {
        out.append(ward);
        for (const Area &zone : zones)
            if (zone.parentId == ward.id)
                out.append(zone);
    }
    return out;
}

Result<QList<Area>> AreaRepository::children(qint64 wardId) const
{
    QSqlQuery q =
        m_db.prepare(selectColumns + QStringLiteral(" WHERE parent_id = ? ORDER BY display_order, id"));
    q.addBindValue(wardId);
    if (Status s = m_db.exec(q, tr("reading the areas")); !s)
        return s.error();
    QList<Area> out;
    while (q.next())
        out.append(fromRow(q));
    return out;
}

Result<Area> AreaRepository::get(qint64 id) const
{
    QSqlQuery q = m_db.prepare(selectColumns + QStringLiteral(" WHERE id = ?"));
    q.addBindValue(id);
    if (Status s = m_db.exec(q, tr("reading an area")); !s)
        return s.error();
    if (!q.next())
        return Error{tr("There is no area with id %1.").arg(id)};
    return fromRow(q);
}

Result<Area> AreaRepository::findByName(const QString &name) const
{
    Result<QList<Area>> list = all();
    if (!list)
        return list.error();
    QString wardName;
    QString areaName = name;
    if (const qsizetype slash = name.indexOf(QLatin1Char('/')); slash >= 0) {
        wardName = KanaText::searchKey(name.left(slash));
        areaName = name.mid(slash + 1);
    }
    const QString wanted = KanaText::searchKey(areaName);
    QList<Area> matches;
    for (const Area &a : *list) {
        if (KanaText::searchKey(a.name) != wanted)
            continue;
        if (!wardName.isEmpty()) {
            Result<Area> parent = a.isWard() ? Result<Area>(Error{}) : get(a.parentId);
            if (!parent || KanaText::searchKey(parent->name) != wardName)
                continue;
        }
        matches.append(a);
    }
    if (matches.isEmpty())
        return Error{tr("There is no area named “%1”.").arg(name)};
    if (matches.size() > 1)
        return Error{tr("More than one area is named “%1”; write it as “ward/zone”.").arg(name)};
    return matches.first();
}

Result<QString> AreaRepository::pathName(qint64 id) const
{
    Result<Area> area = get(id);
    if (!area)
        return area.error();
    if (area->isWard())
        return area->name;
    Result<Area> ward = get(area->parentId);
    if (!ward)
        return ward.error();
    return DisplayNames::zoneInWard(ward->name, area->name);
}

QList<Error> AreaRepository::validate(const Area &area) const
{
    QList<Error> errors;
    if (area.name.trimmed().isEmpty())
        errors << Error::inField(tr("The area's name is required."), QStringLiteral("name"));
    if (area.parentId != 0) {
        if (area.parentId == area.id) {
            errors << Error::inField(tr("An area cannot lie within itself."), QStringLiteral("parent"));
        } else if (Result<Area> parent = get(area.parentId); !parent) {
            errors << Error::inField(tr("The ward this zone belongs to does not exist."),
                                     QStringLiteral("parent"));
        } else if (!parent->isWard()) {
            errors << Error::inField(tr("A zone belongs to a ward, not to another zone."),
                                     QStringLiteral("parent"));
        }
        if (area.id != 0) {
            if (Result<QList<Area>> zones = children(area.id); zones && !zones->isEmpty())
                errors << Error::inField(tr("This ward has zones, so it cannot become a zone itself."),
                                         QStringLiteral("parent"));
        }
    }
    if (!area.name.trimmed().isEmpty()) {
        QSqlQuery q =
            m_db.prepare(QStringLiteral("SELECT id, name FROM areas WHERE coalesce(parent_id, 0) = ?"));
        q.addBindValue(area.parentId);
        if (m_db.exec(q, tr("reading the areas"))) {
            const QString wanted = KanaText::searchKey(area.name);
            while (q.next()) {
                if (q.value(0).toLongLong() != area.id &&
                    KanaText::searchKey(q.value(1).toString()) == wanted) {
                    errors << Error::inField(
                        tr("There is already an area named “%1” here.").arg(q.value(1).toString()),
                        QStringLiteral("name"));
                    break;
                }
            }
        }
    }
    return errors;
}

Result<qint64> AreaRepository::add(const Area &area)
{
    if (const QList<Error> errors = validate(area); !errors.isEmpty())
        return errors.first();
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "INSERT INTO areas (parent_id, name, in_area, display_order, hidden) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(sql::id(area.parentId));
    q.addBindValue(sql::text(area.name.trimmed()));
    q.addBindValue(area.inArea ? 1 : 0);
    q.addBindValue(area.displayOrder);
    q.addBindValue(area.hidden ? 1 : 0);
    if (Status s = m_db.exec(q, tr("adding an area")); !s)
        return s.error();
    return q.lastInsertId().toLongLong();
}

Status AreaRepository::update(const Area &area)
{
    if (const QList<Error> errors = validate(area); !errors.isEmpty())
        return errors.first();
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "UPDATE areas SET parent_id = ?, name = ?, in_area = ?, display_order = ?, hidden = ? WHERE id = ?"));
    q.addBindValue(sql::id(area.parentId));
    q.addBindValue(sql::text(area.name.trimmed()));
    q.addBindValue(area.inArea ? 1 : 0);
    q.addBindValue(area.displayOrder);
    q.addBindValue(area.hidden ? 1 : 0);
    q.addBindValue(area.id);
    if (Status s = m_db.exec(q, tr("saving an area")); !s)
        return s;
    if (q.numRowsAffected() == 0)
        return Error{tr("There is no area with id %1.").arg(area.id)};
    return {};
}

Status AreaRepository::setHidden(qint64 id, bool hidden)
{
    return references(m_db).setHidden(id, hidden, tr("hiding an area"));
}

Result<int> AreaRepository::usageCount(qint64 id) const
{
    QSqlQuery q =
        m_db.prepare(QStringLiteral("SELECT (SELECT count(*) FROM members WHERE area_id = ? OR area_id IN "
                                    "(SELECT id FROM areas WHERE parent_id = ?))"
                                    " + (SELECT count(*) FROM organisations WHERE area_id = ?"
                                    "    OR area_id IN (SELECT id FROM areas WHERE parent_id = ?))"));
    for (int i = 0; i < 4; ++i)
        q.addBindValue(id);
    if (Status s = m_db.exec(q, tr("counting uses of an area")); !s)
        return s.error();
    return q.next() ? q.value(0).toInt() : 0;
}

Result<QHash<qint64, int>> AreaRepository::organisationCounts() const
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "SELECT area_id, count(*) FROM organisations WHERE area_id IS NOT NULL GROUP BY area_id"));
    if (Status s = m_db.exec(q, tr("counting uses of an area")); !s)
        return s.error();
    QHash<qint64, int> counts;
    while (q.next())
        counts.insert(q.value(0).toLongLong(), q.value(1).toInt());
    return counts;
}

Status AreaRepository::restore(const Area &area)
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "INSERT INTO areas (id, parent_id, name, in_area, display_order, hidden) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(area.id);
    q.addBindValue(sql::id(area.parentId));
    q.addBindValue(sql::text(area.name.trimmed()));
    q.addBindValue(area.inArea ? 1 : 0);
    q.addBindValue(area.displayOrder);
    q.addBindValue(area.hidden ? 1 : 0);
    return m_db.exec(q, tr("restoring an area"));
}

Status AreaRepository::remove(qint64 id)
{
    return m_db.transaction([&]() -> Status {
        return references(m_db).remove(id,
                                       tr("This area is used by %1 members, organisations or zones; hide it "
                                          "or merge it into another instead."),
                                       tr("deleting an area"));
    });
}

Status AreaRepository::merge(qint64 fromId, qint64 intoId, MergeRecord *record)
{
    if (fromId == intoId)
        return Error{tr("An area cannot be merged into itself.")};
    Result<Area> from = get(fromId);
    if (!from)
        return from.error();
    Result<Area> into = get(intoId);
    if (!into)
        return into.error();
    Result<QList<Area>> zones = children(fromId);
    if (!zones)
        return zones.error();
    if (!zones->isEmpty() && !into->isWard())
        return Error{tr("“%1” has zones; merge it into a ward, not into a zone.").arg(from->name)};
    if (into->parentId == fromId)
        return Error{tr("An area cannot be merged into one of its own zones.")};
    return m_db.transaction([&]() -> Status {
        Result<MergeRecord> moved =
            references(m_db).moveReferencesAndRemove(fromId, intoId, tr("merging areas"));
        if (!moved)
            return moved.error();
        if (record)
            *record = *moved;
        return {};
    });
}

Status AreaRepository::unmerge(const Area &removed, const MergeRecord &record)
{
    return m_db.transaction([&]() -> Status {
        if (Status s = restore(removed); !s)
            return s;
        return references(m_db).moveReferencesBack(record, tr("undoing a merge of areas"));
    });
}

} // namespace renkei
