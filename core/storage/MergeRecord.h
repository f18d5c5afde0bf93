#pragma once

#include <QList>

namespace renkei {

// What merging one list entry (a profession, organisation or area) into another changed: the rows
// that pointed at the entry merged away, one list of row ids per referring column in the
// repository's own order. Enough to undo the merge exactly, leaving later changes alone.
struct MergeRecord
{
    qint64 fromId = 0;
    qint64 intoId = 0;
    QList<QList<qint64>> movedRows;

    // How many rows the merge moved.
    int movedCount() const
    {
        int total = 0;
        for (const QList<qint64> &rows : movedRows)
            total += int(rows.size());
        return total;
    }
};

} // namespace renkei
