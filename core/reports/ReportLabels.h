#pragma once

#include "Breakdown.h"
#include "core/Result.h"
#include "core/model/Area.h"
#include "core/model/Profession.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

namespace renkei {

class Database;

// The names reports show for professions and areas, read once, and the order they are listed in:
// the organiser's display order, with "not recorded" last.
class ReportLabels
{
    Q_DECLARE_TR_FUNCTIONS(renkei::ReportLabels)

public:
    static Result<ReportLabels> load(Database &db);

    // Every profession (hidden ones too: old attendance may name them), in display order.
    const QList<Profession> &professions() const { return m_professions; }
    QString professionName(qint64 id) const;
    // 「みなと坂区 / 北部圏域」 for a zone, the ward's name for a ward.
    QString areaName(qint64 id) const;
    // Whether the area is 区内; nullopt when there is no such area.
    std::optional<bool> inArea(qint64 id) const;

    Breakdown professionBreakdown(const QHash<qint64, int> &counts) const;
    Breakdown areaBreakdown(const QHash<qint64, int> &counts) const;

    static QString notRecorded();

private:
    Breakdown breakdown(const QHash<qint64, int> &counts, const QList<qint64> &order,
                        QString (ReportLabels::*name)(qint64) const) const;

    QList<Profession> m_professions;
    QList<Area> m_areas; // wards, each followed by its zones
    QHash<qint64, int> m_professionIndex;
    QHash<qint64, int> m_areaIndex;
};

} // namespace renkei
