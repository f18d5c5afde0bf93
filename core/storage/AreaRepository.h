#pragma once

#include "core/Result.h"
#include "core/model/Area.h"
#include "core/storage/MergeRecord.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

namespace renkei {

class Database;

// The area tree: wards at the top, community support-centre zones under them.
class AreaRepository
{
    Q_DECLARE_TR_FUNCTIONS(renkei::AreaRepository)

public:
    explicit AreaRepository(Database &db) : m_db(db) {}

    // Wards in display order, each followed by its zones in display order.
    Result<QList<Area>> all(bool includeHidden = true) const;
    Result<QList<Area>> children(qint64 wardId) const;
    Result<Area> get(qint64 id) const;
    // By name ("池袋圏域"), or by "ward/zone" when a zone name is not unique.
    Result<Area> findByName(const QString &name) const;
    // "豊島区 / 池袋圏域" for a zone, the ward's name for a ward.
    Result<QString> pathName(qint64 id) const;

    QList<Error> validate(const Area &area) const;
    Result<qint64> add(const Area &area);
    Status update(const Area &area);
    Status setHidden(qint64 id, bool hidden);
    // Members and organisations in the area (a ward counts its zones' too).
    Result<int> usageCount(qint64 id) const;
    // How many organisations lie directly in each area (zones not added to their ward), by id.
    Result<QHash<qint64, int>> organisationCounts() const;
    Status remove(qint64 id);
    // Puts back an area that remove() or merge() deleted, with its id (undo).
    Status restore(const Area &area);
    // Moves members, organisations and zones of `fromId` to `intoId`, then deletes `fromId`, in one
    // transaction; `record`, when given, receives what moved, for unmerge().
    Status merge(qint64 fromId, qint64 intoId, MergeRecord *record = nullptr);
    // Undoes merge(), in one transaction.
    Status unmerge(const Area &removed, const MergeRecord &record);

private:
    Database &m_db;
};

} // namespace renkei
