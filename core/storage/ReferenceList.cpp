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

Status ReferenceList::moveReferencesAndRemove(qint64 fromId, qint64 intoId, const QString &doing)
{
    for (const Reference &ref : m_references) {
        QSqlQuery q =
            m_db.prepare(QStringLiteral("UPDATE %1 SET %2 = ? WHERE %2 = ?").arg(ref.table, ref.column));
        q.addBindValue(intoId);
        q.addBindValue(fromId);
        if (Status s = m_db.exec(q, doing); !s)
            return s;
    }
    QSqlQuery q = m_db.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(m_table));
    q.addBindValue(fromId);
    return m_db.exec(q, doing);
}

} // namespace renkei
