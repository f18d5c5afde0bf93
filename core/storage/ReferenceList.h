#pragma once

#include "core/Result.h"
#include "core/storage/MergeRecord.h"

#include <QHash>
#include <QList>
#include <QString>

namespace renkei {

class Database;

// What the editable lists (professions, areas, organisations) share: counting the rows that
// refer to an entry, refusing to delete one in use, hiding, and merging one into another.
// Private to storage/; table and column names are fixed by the repositories, never user input.
class ReferenceList
{
public:
    struct Reference
    {
        QString table;
        QString column;
    };

    ReferenceList(Database &db, QString table, QList<Reference> references)
        : m_db(db), m_table(std::move(table)), m_references(std::move(references))
    {}

    Result<bool> exists(qint64 id) const;
    Result<int> usageCount(qint64 id) const;
    // usageCount() of every entry in use, in one query a reference.
    Result<QHash<qint64, int>> usageCounts() const;
    Status setHidden(qint64 id, bool hidden, const QString &doing);
    // Deletes `id`, or returns `inUse` when something refers to it.
    Status remove(qint64 id, const QString &inUse, const QString &doing);
    // Points every reference from `fromId` to `intoId` and deletes `fromId`; the caller wraps it
    // in a transaction together with whatever else it moves. Returns the rows it moved.
    Result<MergeRecord> moveReferencesAndRemove(qint64 fromId, qint64 intoId, const QString &doing);
    // Points the rows `record` moved back at its fromId (which the caller has put back), those that
    // still point at its intoId; rows changed since then are left as they are.
    Status moveReferencesBack(const MergeRecord &record, const QString &doing);

private:
    Database &m_db;
    QString m_table;
    QList<Reference> m_references;
};

} // namespace renkei
