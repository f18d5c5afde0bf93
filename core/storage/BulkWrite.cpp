#include "BulkWrite.h"

#include "Database.h"

namespace renkei {

namespace {
constexpr int bulkCacheKiB = 16 * 1024;
}

BulkWrite::BulkWrite(Database &db) : m_db(db)
{
    QSqlQuery q = m_db.query();
    if (!q.exec(QStringLiteral("PRAGMA cache_size")) || !q.next())
        return;
    m_previous = q.value(0).toInt();
    if (m_previous < 0 && -m_previous >= bulkCacheKiB)
        return; // already as large
    // A failure only costs speed.
    (void)m_db.exec(QStringLiteral("PRAGMA cache_size = -%1").arg(bulkCacheKiB),
                    QStringLiteral("enlarging the page cache"));
}

BulkWrite::~BulkWrite()
{
    if (m_previous != 0)
        (void)m_db.exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_previous),
                        QStringLiteral("restoring the page cache"));
}

Status BulkWrite::deferIndexes(const QString &table, const QStringList &keep)
{
    if (!m_db.inTransaction())
        return Error{QStringLiteral("BulkWrite::deferIndexes outside a transaction")};
    // Only indexes made by CREATE INDEX have a statement; those of UNIQUE and PRIMARY KEY constraints
    // (sql IS NULL) stay.
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL"));
    q.addBindValue(table);
    if (Status s = m_db.exec(q, tr("reading the indexes of %1").arg(table)); !s)
        return s;
    QList<std::pair<QString, QString>> found;
    while (q.next())
        if (!keep.contains(q.value(0).toString()))
            found.append({q.value(0).toString(), q.value(1).toString()});
    q.finish();
    for (const auto &[name, sql] : found) {
        if (Status s = m_db.exec(QStringLiteral("DROP INDEX \"%1\"").arg(name),
                                 tr("setting the index %1 aside").arg(name));
            !s)
            return s;
        m_deferred.append({name, sql});
    }
    return {};
}

Status BulkWrite::restoreIndexes()
{
    while (!m_deferred.isEmpty()) {
        const auto [name, sql] = m_deferred.first();
        if (Status s = m_db.exec(sql, tr("building the index %1").arg(name)); !s)
            return s;
        m_deferred.removeFirst();
    }
    return {};
}

QStringList BulkWrite::deferredIndexes() const
{
    QStringList names;
    for (const auto &entry : m_deferred)
        names << entry.first;
    return names;
}

} // namespace renkei
