#include "ReferenceList.h"

#include "Database.h"

namespace renkei {

Result<bool> ReferenceList::exists(qint64 id) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(m_table));
    q.addBindValue(id);
    if (Status s = m_db.exec(q, QCoreApplication::translate("renkei::ReferenceList", "looking up an entry"));
        !s)
        return s.error();
    return q.next();
}

Result<int> ReferenceList::usageCount(qint64 id) const
{
    int total = 0;
    for (const Reference &ref : m_references) {
        QSqlQuery q =
            m_db.prepare(QStringLiteral("SELECT count(*) FROM %1 WHERE %2 = ?").arg(ref.table, ref.column));
        q.addBindValue(id);
        if (Status s = m_db.exec(
                q, QCoreApplication::translate("renkei::ReferenceList", "counting uses of an entry"));
            !s)
            return s.error();
        if (q.next())
            total += q.value(0).toInt();
    }
    return total;
}

Result<QHash<qint64, int>> ReferenceList::usageCounts() const
{
    QHash<qint64, int> counts;
    for (const Reference &ref : m_references) {
        QSqlQuery q =
            m_db.prepare(QStringLiteral("SELECT %2, count(*) FROM %1 WHERE %2 IS NOT NULL GROUP BY %2")
                             .arg(ref.table, ref.column));
        if (Status s = m_db.exec(
                q, QCoreApplication::translate("renkei::ReferenceList", "counting uses of an entry"));
            !s)
            return s.error();
        while (q.next())
            counts[q.value(0).toLongLong()] += q.value(1).toInt();
    }
    return counts;
}

Status ReferenceList::setHidden(qint64 id, bool hidden, const QString &doing)
{
    QSqlQuery q = m_db.prepare(QStringLiteral("UPDATE %1 SET hidden = ? WHERE id = ?").arg(m_table));
    q.addBindValue(hidden ? 1 : 0);
    q.addBindValue(id);
    if (Status s = m_db.exec(q, doing); !s)
        return s;
    if (q.numRowsAffected() == 0)
        return Error{
            QCoreApplication::translate("renkei::ReferenceList", "There is no entry with id %1.").arg(id)};
    return {};
}

Status ReferenceList::remove(qint64 id, const QString &inUse, const QString &doing)
{
    Result<int> used = usageCount(id);
    if (!used)
        return used.error();
    if (*used > 0)
        return Error{inUse.arg(*used)};
    QSqlQuery q = m_db.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(m_table));
    q.addBindValue(id);
    if (Status s = m_db.exec(q, doing); !s)
        return s;
    if (q.numRowsAffected() == 0)
        return Error{
            QCoreApplication::translate("renkei::ReferenceList", "There is no entry with id %1.").arg(id)};
    return {};
}

Result<MergeRecord> ReferenceList::moveReferencesAndRemove(qint64 fromId, qint64 intoId, const QString &doing)
{
    MergeRecord record;
    record.fromId = fromId;
    record.intoId = intoId;
    for (const Reference &ref : m_references) {
        QSqlQuery moved = m_db.prepare(
            QStringLiteral("SELECT id FROM %1 WHERE %2 = ? ORDER BY id").arg(ref.table, ref.column));
        moved.addBindValue(fromId);
        if (Status s = m_db.exec(moved, doing); !s)
            return s.error();
        QList<qint64> ids;
        while (moved.next())
            ids << moved.value(0).toLongLong();
        record.movedRows << ids;

        QSqlQuery q =
            m_db.prepare(QStringLiteral("UPDATE %1 SET %2 = ? WHERE %2 = ?").arg(ref.table, ref.column));
        q.addBindValue(intoId);
        q.addBindValue(fromId);
        if (Status s = m_db.exec(q, doing); !s)
            return s.error();
    }
    QSqlQuery q = m_db.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(m_table));
    q.addBindValue(fromId);
    if (Status s = m_db.exec(q, doing); !s)
        return s.error();
    return record;
}

Status ReferenceList::moveReferencesBack(const MergeRecord &record, const QString &doing)
{
    // In slices, well below SQLite's limit on bound values.
    constexpr qsizetype slice = 500;
    for (qsizetype r = 0; r < m_references.size() && r < record.movedRows.size(); ++r) {
        const Reference &ref = m_references.at(r);
        const QList<qint64> &ids = record.movedRows.at(r);
        for (qsizetype first = 0; first < ids.size(); first += slice) {
            const QList<qint64> part = ids.mid(first, slice);
            const QString marks = QStringList(part.size(), QStringLiteral("?")).join(QLatin1Char(','));
            QSqlQuery q = m_db.prepare(QStringLiteral("UPDATE %1 SET %2 = ? WHERE %2 = ? AND id IN (%3)")
                                           .arg(ref.table, ref.column, marks));
            q.addBindValue(record.fromId);
            q.addBindValue(record.intoId);
            for (qint64 id : part)
                q.addBindValue(id);
            if (Status s = m_db.exec(q, doing); !s)
                return s;
        }
    }
    return {};
}

} // namespace renkei
