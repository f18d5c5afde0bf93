#include "ProfessionRepository.h"

#include "Database.h"
#include "ReferenceList.h"
#include "SqlValues.h"
#include "core/text/KanaText.h"

namespace renkei {

namespace {

ReferenceList references(Database &db)
{
    return ReferenceList(db, QStringLiteral("professions"),
                         {{QStringLiteral("members"), QStringLiteral("profession_id")},
                          {QStringLiteral("attendance"), QStringLiteral("guest_profession_id")}});
}

const QString selectColumns =
    QStringLiteral("SELECT id, name_ja, name_en, category, display_order, hidden FROM professions");

Profession fromRow(const QSqlQuery &q)
{
    Profession p;
    p.id = q.value(0).toLongLong();
    p.nameJa = q.value(1).toString();
    p.nameEn = q.value(2).toString();
    p.category = professionCategoryFromKey(q.value(3).toString()).value_or(ProfessionCategory::Other);
    p.displayOrder = q.value(4).toInt();
    p.hidden = q.value(5).toBool();
    return p;
}

} // namespace

Result<QList<Profession>> ProfessionRepository::all(bool includeHidden) const
{
    QSqlQuery q =
        m_db.prepare(selectColumns + (includeHidden ? QString() : QStringLiteral(" WHERE hidden = 0")) +
                     QStringLiteral(" ORDER BY display_order, id"));
    if (Status s = m_db.exec(q, tr("reading the professions")); !s)
        return s.error();
    QList<Profession> out;
    while (q.next())
        out.append(fromRow(q));
    return out;
}

Result<Profession> ProfessionRepository::get(qint64 id) const
{
    QSqlQuery q = m_db.prepare(selectColumns + QStringLiteral(" WHERE id = ?"));
    q.addBindValue(id);
    if (Status s = m_db.exec(q, tr("reading a profession")); !s)
        return s.error();
    if (!q.next())
        return Error{tr("There is no profession with id %1.").arg(id)};
    return fromRow(q);
}

Result<Profession> ProfessionRepository::findByName(const QString &name) const
{
    Result<QList<Profession>> list = all();
    if (!list)
        return list.error();
    const QString wanted = KanaText::searchKey(name);
    for (const Profession &p : *list)
        if (KanaText::searchKey(p.nameJa) == wanted ||
            (!p.nameEn.isEmpty() && KanaText::searchKey(p.nameEn) == wanted))
            return p;
    return Error{tr("There is no profession named “%1”.").arg(name)};
}

QList<Error> ProfessionRepository::validate(const Profession &profession) const
{
    QList<Error> errors;
    if (profession.nameJa.trimmed().isEmpty()) {
        Error e{tr("The Japanese name is required.")};
        e.field = QStringLiteral("name_ja");
        errors << e;
    } else if (Result<QList<Profession>> list = all()) {
        const QString wanted = KanaText::searchKey(profession.nameJa);
        for (const Profession &other : *list) {
            if (other.id != profession.id && KanaText::searchKey(other.nameJa) == wanted) {
                Error e{tr("There is already a profession named “%1”.").arg(other.nameJa)};
                e.field = QStringLiteral("name_ja");
                errors << e;
                break;
            }
        }
    }
    return errors;
}

Result<qint64> ProfessionRepository::add(const Profession &profession)
{
    if (const QList<Error> errors = validate(profession); !errors.isEmpty())
        return errors.first();
    int order = profession.displayOrder;
    if (order == 0) {
        QSqlQuery max =
            m_db.prepare(QStringLiteral("SELECT coalesce(max(display_order), 0) + 10 FROM professions"));
        if (Status s = m_db.exec(max, tr("adding a profession")); !s)
            return s.error();
        order = max.next() ? max.value(0).toInt() : 10;
    }
    QSqlQuery q = m_db.prepare(QStringLiteral("INSERT INTO professions (name_ja, name_en, category, "
                                              "display_order, hidden) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(sql::text(profession.nameJa.trimmed()));
    q.addBindValue(sql::text(profession.nameEn.trimmed()));
    q.addBindValue(professionCategoryKey(profession.category));
    q.addBindValue(order);
    q.addBindValue(profession.hidden ? 1 : 0);
    if (Status s = m_db.exec(q, tr("adding a profession")); !s)
        return s.error();
    return q.lastInsertId().toLongLong();
}

Status ProfessionRepository::update(const Profession &profession)
{
    if (const QList<Error> errors = validate(profession); !errors.isEmpty())
        return errors.first();
    QSqlQuery q = m_db.prepare(QStringLiteral("UPDATE professions SET name_ja = ?, name_en = ?, category = "
                                              "?, display_order = ?, hidden = ? WHERE id = ?"));
    q.addBindValue(sql::text(profession.nameJa.trimmed()));
    q.addBindValue(sql::text(profession.nameEn.trimmed()));
    q.addBindValue(professionCategoryKey(profession.category));
    q.addBindValue(profession.displayOrder);
    q.addBindValue(profession.hidden ? 1 : 0);
    q.addBindValue(profession.id);
    if (Status s = m_db.exec(q, tr("saving a profession")); !s)
        return s;
    if (q.numRowsAffected() == 0)
        return Error{tr("There is no profession with id %1.").arg(profession.id)};
    return {};
}

Status ProfessionRepository::setHidden(qint64 id, bool hidden)
{
    return references(m_db).setHidden(id, hidden, tr("hiding a profession"));
}

Result<int> ProfessionRepository::usageCount(qint64 id) const
{
    return references(m_db).usageCount(id);
}

Result<QHash<qint64, int>> ProfessionRepository::usageCounts() const
{
    return references(m_db).usageCounts();
}

Status ProfessionRepository::restore(const Profession &profession)
{
    QSqlQuery q = m_db.prepare(QStringLiteral("INSERT INTO professions (id, name_ja, name_en, category, "
                                              "display_order, hidden) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(profession.id);
    q.addBindValue(sql::text(profession.nameJa.trimmed()));
    q.addBindValue(sql::text(profession.nameEn.trimmed()));
    q.addBindValue(professionCategoryKey(profession.category));
    q.addBindValue(profession.displayOrder);
    q.addBindValue(profession.hidden ? 1 : 0);
    return m_db.exec(q, tr("restoring a profession"));
}

Status ProfessionRepository::swapOrder(qint64 firstId, qint64 secondId)
{
    Result<Profession> first = get(firstId);
    if (!first)
        return first.error();
    Result<Profession> second = get(secondId);
    if (!second)
        return second.error();
    // Equal orders (both 0, say) would not move: the one asked to come first goes just before.
    int firstOrder = second->displayOrder;
    int secondOrder = first->displayOrder;
    if (firstOrder == secondOrder)
        secondOrder = firstOrder + 1;
    return m_db.transaction([&]() -> Status {
        QSqlQuery q = m_db.prepare(QStringLiteral("UPDATE professions SET display_order = ? WHERE id = ?"));
        q.addBindValue(firstOrder);
        q.addBindValue(firstId);
        if (Status s = m_db.exec(q, tr("reordering the professions")); !s)
            return s;
        q.addBindValue(secondOrder);
        q.addBindValue(secondId);
        return m_db.exec(q, tr("reordering the professions"));
    });
}

Status ProfessionRepository::remove(qint64 id)
{
    return m_db.transaction([&]() -> Status {
        return references(m_db).remove(
            id,
            tr("This profession is used by %1 members or guests; hide it or merge it into another instead."),
            tr("deleting a profession"));
    });
}

Status ProfessionRepository::merge(qint64 fromId, qint64 intoId, MergeRecord *record)
{
    if (fromId == intoId)
        return Error{tr("A profession cannot be merged into itself.")};
    Result<Profession> from = get(fromId);
    if (!from)
        return from.error();
    Result<Profession> into = get(intoId);
    if (!into)
        return into.error();
    return m_db.transaction([&]() -> Status {
        Result<MergeRecord> moved =
            references(m_db).moveReferencesAndRemove(fromId, intoId, tr("merging professions"));
        if (!moved)
            return moved.error();
        if (record)
            *record = *moved;
        return {};
    });
}

Status ProfessionRepository::unmerge(const Profession &removed, const MergeRecord &record)
{
    return m_db.transaction([&]() -> Status {
        if (Status s = restore(removed); !s)
            return s;
        return references(m_db).moveReferencesBack(record, tr("undoing a merge of professions"));
    });
}

} // namespace renkei
