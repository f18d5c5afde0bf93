#pragma once

#include "core/Result.h"
#include "core/model/Profession.h"
#include "core/storage/MergeRecord.h"

#include <QCoreApplication>
#include <QHash>
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
    // usageCount() of every profession in use, by id, in one go (for lists).
    Result<QHash<qint64, int>> usageCounts() const;
    // Deletes an entry nobody uses; refuses one in use.
    Status remove(qint64 id);
    // Puts back an entry that remove() or merge() deleted, with its id and display order (undo).
    Status restore(const Profession &profession);
    // Moves every use of `fromId` to `intoId` and deletes `fromId`, in one transaction; `record`, when
    // given, receives what moved, for unmerge().
    Status merge(qint64 fromId, qint64 intoId, MergeRecord *record = nullptr);
    // Undoes merge(): puts `removed` back and moves back the uses that merge moved, in one transaction.
    Status unmerge(const Profession &removed, const MergeRecord &record);
    // Swaps the display order of two professions (moving one up or down the list).
    Status swapOrder(qint64 firstId, qint64 secondId);

private:
    Database &m_db;
};

} // namespace renkei
