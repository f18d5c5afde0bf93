#pragma once

#include "core/Result.h"
#include "core/model/Organisation.h"
#include "core/storage/MergeRecord.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

namespace renkei {

class Database;

// Organisations (所属) members work at.
class OrganisationRepository
{
    Q_DECLARE_TR_FUNCTIONS(renkei::OrganisationRepository)

public:
    explicit OrganisationRepository(Database &db) : m_db(db) {}

    // By name in code-point order (organisation names carry no reading).
    Result<QList<Organisation>> all(bool includeHidden = true) const;
    Result<Organisation> get(qint64 id) const;
    Result<Organisation> findByName(const QString &name) const;

    QList<Error> validate(const Organisation &organisation) const;
    Result<qint64> add(const Organisation &organisation);
    // Saves the organisation; a new name is searchable in its members at once (same transaction).
    Status update(const Organisation &organisation);
    Status setHidden(qint64 id, bool hidden);
    Result<int> usageCount(qint64 id) const;
    // usageCount() of every organisation in use, by id.
    Result<QHash<qint64, int>> usageCounts() const;
    Status remove(qint64 id);
    // Puts back an organisation that remove() or merge() deleted, with its id (undo).
    Status restore(const Organisation &organisation);
    // Moves every member of `fromId` to `intoId` and deletes `fromId`, in one transaction; `record`,
    // when given, receives who moved, for unmerge().
    Status merge(qint64 fromId, qint64 intoId, MergeRecord *record = nullptr);
    // Undoes merge(), in one transaction.
    Status unmerge(const Organisation &removed, const MergeRecord &record);

private:
    Database &m_db;
};

} // namespace renkei
