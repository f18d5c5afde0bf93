#pragma once

#include <QList>
#include <QString>

namespace renkei {

// One line of a breakdown: a profession, an area or a kind, and how many people it counts.
struct BreakdownEntry
{
    qint64 id = 0; // the profession's or area's id; 0: not recorded
    QString label;
    int count = 0;
};

// Counts split by one attribute (profession, area). Entries are in the attribute's display order,
// "not recorded" last, and only those with a count are kept; they add up to total().
struct Breakdown
{
    QList<BreakdownEntry> entries;

    int total() const;
    int count(qint64 id) const;
    // The share of `id` in the total, 0 to 1.
    double share(qint64 id) const;
};

} // namespace renkei
