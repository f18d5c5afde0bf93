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

} // namespace renkei
