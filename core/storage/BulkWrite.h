#pragma once

namespace renkei {

class Database;

// For one transaction that writes many thousands of rows (a roster import): SQLite's page cache is
// made larger while it lasts (16 MiB, a fixed amount), so that changed pages are not spilled to the
// WAL and read back again; the previous size comes back afterwards. SQLite-specific, hence here.
class BulkWrite
{
public:
    explicit BulkWrite(Database &db);
    ~BulkWrite();
    BulkWrite(const BulkWrite &) = delete;
    BulkWrite &operator=(const BulkWrite &) = delete;

private:
    Database &m_db;
    int m_previous = 0; // PRAGMA cache_size: pages when positive, KiB when negative; 0 when unknown
};

} // namespace renkei
