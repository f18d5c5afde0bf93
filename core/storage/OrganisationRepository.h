#pragma once

#include "Result.h"
#include "model/Organisation.h"

#include <QCoreApplication>
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
    Status update(const Organisation &organisation);
    Status setHidden(qint64 id, bool hidden);
    Result<int> usageCount(qint64 id) const;
    Status remove(qint64 id);
    Status merge(qint64 fromId, qint64 intoId);

private:
    Database &m_db;
};

} // namespace renkei
