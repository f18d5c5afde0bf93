#include "DisplayNames.h"

#include "AreaRepository.h"
#include "OrganisationRepository.h"
#include "ProfessionRepository.h"

#include <climits>

namespace renkei {

Result<DisplayNames> DisplayNames::load(Database &db, int parts)
{
    DisplayNames names;
    if (parts & Professions) {
        const Result<QList<Profession>> professions = ProfessionRepository(db).all();
        if (!professions)
            return professions.error();
        for (const Profession &p : *professions)
            names.m_professions.insert(p.id, p);
    }
    if (parts & Organisations) {
        const Result<QList<Organisation>> organisations = OrganisationRepository(db).all();
        if (!organisations)
            return organisations.error();
        for (const Organisation &o : *organisations)
            names.m_organisations.insert(o.id, o.name);
    }
    if (parts & Areas) {
        const Result<QList<Area>> areas = AreaRepository(db).all();
        if (!areas)
            return areas.error();
        QHash<qint64, QString> wards;
        for (const Area &a : *areas)
            if (a.isWard())
                wards.insert(a.id, a.name);
        for (const Area &a : *areas)
            names.m_areas.insert(a.id, a.isWard() ? a.name : zoneInWard(wards.value(a.parentId), a.name));
    }
    return names;
}

QString DisplayNames::profession(qint64 id) const
{
    const auto it = m_professions.constFind(id);
    return it == m_professions.cend() ? QString() : it->displayName();
}

QString DisplayNames::professionInJapanese(qint64 id) const
{
    const auto it = m_professions.constFind(id);
    return it == m_professions.cend() ? QString() : it->nameJa;
}

int DisplayNames::professionOrder(qint64 id) const
{
    const auto it = m_professions.constFind(id);
    return it == m_professions.cend() ? INT_MAX : it->displayOrder;
}

QString DisplayNames::zoneInWard(const QString &ward, const QString &zone)
{
    return ward.isEmpty() ? zone : QStringLiteral("%1 / %2").arg(ward, zone);
}

} // namespace renkei
