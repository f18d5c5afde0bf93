#pragma once

#include "core/Result.h"
#include "core/model/Member.h"
#include "core/storage/MemberColumns.h"
#include "core/storage/SqliteStatement.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlQuery>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace renkei {

class Database;

// The one fast way to write members by the ten thousand (a roster import), inside one transaction
// of the caller's: the insert runs through SQLite's C API on one prepared statement (QSqlQuery on
// another driver), the page cache is made larger while the writer lasts (16 MiB, so that changed
// pages are not spilled to the WAL and read back; the previous size comes back afterwards), and the
// members' indexes other than those duplicates are looked up through may be set aside and built
// once, from all rows, at the end — faster when the rows written are many compared with those
// already there. A rollback brings the indexes back with everything else; restoreIndexes() must
// succeed before a commit. The caller validates the members (MemberRepository::validateFields, and
// the references it resolved); MemberRepository stays the way for everything else.
class MemberBulkWriter
{
    Q_DECLARE_TR_FUNCTIONS(renkei::MemberBulkWriter)

public:
    explicit MemberBulkWriter(Database &db);
    ~MemberBulkWriter();
    MemberBulkWriter(const MemberBulkWriter &) = delete;
    MemberBulkWriter &operator=(const MemberBulkWriter &) = delete;

    // Adds a validated member with the keys stored beside its fields (MemberColumns::keys(), or the
    // same computed in parts on another thread); gives its id.
    Result<qint64> add(const Member &member, const MemberColumns::Keys &keys);
    // Overwrites a validated member's fields.
    Status update(const Member &member, const MemberColumns::Keys &keys);

    // Members (archived too) with the same reading as `member` or the same e-mail address (compared
    // ignoring case): the candidates a new row is compared with, found through lookupIndexes().
    Result<QList<Member>> sameReadingOrEmail(const Member &member);
    // Calls `visit` for every member, archived too, in no particular order, with only the readings
    // and the e-mail address read: what an import remembers to tell new rows from possible duplicates.
    Status forEachReadingAndEmail(const std::function<void(const Member &)> &visit) const;

    // Drops the members' indexes but lookupIndexes(), remembering their definitions; only inside a
    // transaction.
    Status deferIndexes();
    // Creates the indexes deferIndexes() dropped, as they were.
    Status restoreIndexes();
    bool indexesDeferred() const { return !m_deferred.isEmpty(); }
    QStringList deferredIndexes() const;
    // The indexes sameReadingOrEmail() goes through, which deferIndexes() keeps.
    static QStringList lookupIndexes();

private:
    // The time stamp of a change, formatted once per distinct instant.
    const QVariant &nowValue();

    Database &m_db;
    int m_previousCache = 0; // PRAGMA cache_size: pages when positive, KiB when negative; 0 when unknown
    std::unique_ptr<SqliteStatement> m_fastInsert; // when the connection is SQLite's
    std::optional<QSqlQuery> m_insert;             // otherwise
    std::optional<QSqlQuery> m_update;
    std::optional<QSqlQuery> m_candidates;
    QList<std::pair<QString, QString>> m_deferred; // index name, its CREATE INDEX statement
    QDateTime m_lastNow;
    QVariant m_lastNowValue;
};

} // namespace renkei
