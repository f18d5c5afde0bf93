#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QStringList>

namespace renkei {

class Database;

// For one transaction that writes many thousands of rows (a roster import): SQLite's page cache is
// made larger while it lasts (16 MiB, a fixed amount), so that changed pages are not spilled to the
// WAL and read back again; the previous size comes back afterwards. SQLite-specific, hence here.
//
// Inside the transaction, the indexes of a table may also be set aside: each row written then updates
// only the indexes in `keep`, and the others are built once, from all rows, by restoreIndexes() —
// faster when the rows written are many compared with those already there. A rollback brings the
// indexes back with everything else; restoreIndexes() must succeed before a commit.
class BulkWrite
{
    Q_DECLARE_TR_FUNCTIONS(renkei::BulkWrite)

public:
    explicit BulkWrite(Database &db);
    ~BulkWrite();
    BulkWrite(const BulkWrite &) = delete;
    BulkWrite &operator=(const BulkWrite &) = delete;

    // Drops the indexes of `table` not named in `keep`, remembering their definitions.
    Status deferIndexes(const QString &table, const QStringList &keep);
    // Creates the indexes deferIndexes() dropped, as they were.
    Status restoreIndexes();
    bool indexesDeferred() const { return !m_deferred.isEmpty(); }
    QStringList deferredIndexes() const;

private:
    Database &m_db;
    int m_previous = 0; // PRAGMA cache_size: pages when positive, KiB when negative; 0 when unknown
    QList<std::pair<QString, QString>> m_deferred; // index name, its CREATE INDEX statement
};

} // namespace renkei
