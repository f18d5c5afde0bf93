#include "ReportLabels.h"

#include "core/storage/AreaRepository.h"
#include "core/storage/DisplayNames.h"
#include "core/storage/ProfessionRepository.h"

#include <algorithm>

namespace renkei {

Result<ReportLabels> ReportLabels::load(Database &db)
{
    ReportLabels labels;
    Result<QList<Profession>> professions = ProfessionRepository(db).all(true);
    if (!professions)
        return professions.error();
    labels.m_professions = *professions;
    std::stable_sort(
        labels.m_professions.begin(), labels.m_professions.end(),
        [](const Profession &a, const Profession &b) { return a.displayOrder < b.displayOrder; });
    for (int i = 0; i < labels.m_professions.size(); ++i)
        labels.m_professionIndex.insert(labels.m_professions.at(i).id, i);

    Result<QList<Area>> areas = AreaRepository(db).all(true);
    if (!areas)
        return areas.error();
    QList<Area> sorted = *areas;
    std::stable_sort(sorted.begin(), sorted.end(), [](const Area &a, const Area &b) {
        return a.displayOrder != b.displayOrder ? a.displayOrder < b.displayOrder : a.id < b.id;
    });
    for (const Area &ward : std::as_const(sorted)) {
        if (!ward.isWard())
            continue;
        labels.m_areas << ward;
        for (const Area &zone : std::as_const(sorted))
            if (zone.parentId == ward.id)
                labels.m_areas << zone;
    }
    for (int i = 0; i < labels.m_areas.size(); ++i)
        labels.m_areaIndex.insert(labels.m_areas.at(i).id, i);
    return labels;
}

QString ReportLabels::notRecorded()
{
    return tr("Not recorded");
}

QString ReportLabels::professionName(qint64 id) const
{
    const auto it = m_professionIndex.constFind(id);
    return it == m_professionIndex.cend() ? notRecorded() : m_professions.at(*it).displayName();
}

QString ReportLabels::areaName(qint64 id) const
{
    const auto it = m_areaIndex.constFind(id);
    if (it == m_areaIndex.cend())
        return notRecorded();
    const Area &area = m_areas.at(*it);
    if (area.isWard())
        return area.name;
    const auto ward = m_areaIndex.constFind(area.parentId);
    if (ward == m_areaIndex.cend())
        return area.name;
    return DisplayNames::zoneInWard(m_areas.at(*ward).name, area.name);
}

std::optional<bool> ReportLabels::inArea(qint64 id) const
{
    const auto it = m_areaIndex.constFind(id);
    if (it == m_areaIndex.cend())
        return std::nullopt;
    return m_areas.at(*it).inArea;
}

Breakdown ReportLabels::breakdown(const QHash<qint64, int> &counts, const QList<qint64> &order,
                                  QString (ReportLabels::*name)(qint64) const) const
{
    Breakdown out;
    for (qint64 id : order)
        if (const int n = counts.value(id); n > 0)
            out.entries << BreakdownEntry{id, (this->*name)(id), n};
    // Ids the lists do not know (deleted since) and "none" count as not recorded.
    int unknown = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        if (!order.contains(it.key()))
            unknown += it.value();
    if (unknown > 0)
        out.entries << BreakdownEntry{0, notRecorded(), unknown};
    return out;
}

Breakdown ReportLabels::professionBreakdown(const QHash<qint64, int> &counts) const
{
    QList<qint64> order;
    for (const Profession &p : m_professions)
        order << p.id;
    return breakdown(counts, order, &ReportLabels::professionName);
}

Breakdown ReportLabels::areaBreakdown(const QHash<qint64, int> &counts) const
{
    QList<qint64> order;
    for (const Area &a : m_areas)
        order << a.id;
    return breakdown(counts, order, &ReportLabels::areaName);
}

} // namespace renkei
