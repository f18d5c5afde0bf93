#pragma once

#include "Result.h"
#include "model/Profession.h"

#include <QCoreApplication>
#include <QList>

namespace renkei {

class Database;

// The organiser's list of professions (職種). An entry in use is hidden or merged, never deleted.
class ProfessionRepository
{
    Q_DECLARE_TR_FUNCTIONS(renkei::ProfessionRepository)

public:
    explicit ProfessionRepository(Database &db) : m_db(db) {}

    // In display order; hidden entries only when asked for.
    Result<QList<Profession>> all(bool includeHidden = true) const;
    Result<Profession> get(qint64 id) const;
    // By Japanese or English name, ignoring case and width; an error when there is none.
    Result<Profession> findByName(const QString &name) const;

    // Every problem with `profession`, each naming its field; empty when it can be saved.
    QList<Error> validate(const Profession &profession) const;
    Result<qint64> add(const Profession &profession);
    Status update(const Profession &profession);
    Status setHidden(qint64 id, bool hidden);
    // How many members and guests use the entry.
    Result<int> usageCount(qint64 id) const;
    // Deletes an entry nobody uses; refuses one in use.
    Status remove(qint64 id);
    // Moves every use of `fromId` to `intoId` and deletes `fromId`, in one transaction.
    Status merge(qint64 fromId, qint64 intoId);

private:
    Database &m_db;
};

} // namespace renkei
