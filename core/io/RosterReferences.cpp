#include "RosterReferences.h"

#include "core/storage/AreaRepository.h"
#include "core/storage/OrganisationRepository.h"
#include "core/storage/ProfessionRepository.h"
#include "core/text/KanaText.h"

namespace renkei {

RosterReferences::RosterReferences(Database &db, const RosterImport::Options &options,
                                   QList<UnknownReference> &unknown)
    : m_db(db), m_options(options), m_unknown(unknown)
{}

OrganisationKind RosterReferences::guessKind(const QString &name)
{
    const QString n = name.normalized(QString::NormalizationForm_KC);
    const auto has = [&](const char16_t *word) { return n.contains(QStringView(word)); };
    if (has(u"歯科"))
        return OrganisationKind::DentalClinic;
    if (has(u"薬局"))
        return OrganisationKind::Pharmacy;
    if (has(u"訪問看護"))
        return OrganisationKind::VisitingNurseStation;
    if (has(u"居宅介護支援") || has(u"ケアプラン"))
        return OrganisationKind::CareManagementOffice;
    if (has(u"地域包括支援センター") || has(u"包括支援"))
        return OrganisationKind::SupportCentre;
    if (has(u"役所") || has(u"保健所") || has(u"保健センター"))
        return OrganisationKind::WardOffice;
    if (has(u"病院"))
        return OrganisationKind::Hospital;
    if (has(u"クリニック") || has(u"医院") || has(u"診療所"))
        return OrganisationKind::Clinic;
    if (has(u"株式会社") || has(u"(株)") || has(u"有限会社") || has(u"合同会社"))
        return OrganisationKind::Company;
    return OrganisationKind::Other;
}

const RosterImport::Choices &RosterReferences::choices(ReferenceKind kind) const
{
    switch (kind) {
    case ReferenceKind::Profession:
        return m_options.professions;
    case ReferenceKind::Organisation:
        return m_options.organisations;
    case ReferenceKind::Area:
        break;
    }
    return m_options.areas;
}

Status RosterReferences::load()
{
    for (ReferenceKind kind : {ReferenceKind::Profession, ReferenceKind::Organisation, ReferenceKind::Area}) {
        const RosterImport::Choices &choice = choices(kind);
        for (auto it = choice.mapTo.cbegin(); it != choice.mapTo.cend(); ++it)
            if (it.value() > 0)
                lookup(kind).mappedTo.insert(KanaText::searchKey(it.key()), it.value());
    }
    const Result<QList<Profession>> professions = ProfessionRepository(m_db).all();
    if (!professions)
        return professions.error();
    for (const Profession &p : *professions) {
        lookup(ReferenceKind::Profession).byName[KanaText::searchKey(p.nameJa)].append(p.id);
        if (!p.nameEn.isEmpty())
            lookup(ReferenceKind::Profession).byName[KanaText::searchKey(p.nameEn)].append(p.id);
    }
    const Result<QList<Area>> areas = AreaRepository(m_db).all();
    if (!areas)
        return areas.error();
    for (const Area &a : *areas) {
        lookup(ReferenceKind::Area).byName[KanaText::searchKey(a.name)].append(a.id);
        m_areaParent.insert(a.id, a.parentId);
        m_areaName.insert(a.id, a.name);
    }
    const Result<QList<Organisation>> organisations = OrganisationRepository(m_db).all();
    if (!organisations)
        return organisations.error();
    for (const Organisation &o : *organisations) {
        const QString key = KanaText::searchKey(o.name);
        lookup(ReferenceKind::Organisation).byName[key].append(o.id);
        m_organisationArea.insert(o.id, o.areaId);
        m_organisationKey.insert(o.id, key);
    }
    return {};
}

std::optional<qint64> RosterReferences::findArea(const QString &name, int line, int column,
                                                 QList<Error> &rowProblems)
{
    const QString folded = name.normalized(QString::NormalizationForm_KC);
    const qsizetype slash = folded.indexOf(QLatin1Char('/'));
    const Lookup &areas = lookup(ReferenceKind::Area);
    if (slash >= 0) {
        const QString ward = KanaText::searchKey(folded.left(slash));
        for (qint64 id : areas.byName.value(KanaText::searchKey(folded.mid(slash + 1)))) {
            const qint64 parent = m_areaParent.value(id);
            if (parent != 0 && KanaText::searchKey(m_areaName.value(parent)) == ward)
                return id;
        }
        return std::nullopt;
    }
    const QList<qint64> ids = areas.byName.value(KanaText::searchKey(folded));
    if (ids.size() > 1) {
        rowProblems << rosterProblem(
            RosterImport::tr("More than one area is named “%1”; write it as “ward/zone”.").arg(name), line,
            column);
        return qint64(0);
    }
    if (ids.size() == 1)
        return ids.first();
    return std::nullopt;
}

Result<qint64> RosterReferences::create(ReferenceKind kind, const QString &name, qint64 areaId)
{
    switch (kind) {
    case ReferenceKind::Profession: {
        Profession p;
        p.nameJa = name;
        p.category = ProfessionCategory::Other;
        const Result<QList<Profession>> all = ProfessionRepository(m_db).all();
        if (!all)
            return all.error();
        for (const Profession &existing : *all)
            p.displayOrder = std::max(p.displayOrder, existing.displayOrder + 10);
        Result<qint64> id = ProfessionRepository(m_db).add(p);
        if (id)
            lookup(kind).byName[KanaText::searchKey(name)].append(*id);
        return id;
    }
    case ReferenceKind::Organisation: {
        Organisation o;
        o.name = name;
        o.kind = guessKind(name);
        o.areaId = areaId;
        Result<qint64> id = OrganisationRepository(m_db).add(o);
        if (id) {
            const QString key = KanaText::searchKey(name);
            lookup(kind).byName[key].append(*id);
            m_organisationArea.insert(*id, areaId);
            m_organisationKey.insert(*id, key);
        }
        return id;
    }
    case ReferenceKind::Area:
        break;
    }
    // "ward/zone" makes the zone under its ward (and the ward when it is new too); a plain name a ward.
    // A plain name found before may now name two areas.
    lookup(kind).foundArea.clear();
    AreaRepository areas(m_db);
    const QString folded = name.normalized(QString::NormalizationForm_KC);
    const qsizetype slash = folded.indexOf(QLatin1Char('/'));
    Area area;
    area.name = slash >= 0 ? folded.mid(slash + 1).trimmed() : name.trimmed();
    if (slash >= 0) {
        const QString wardName = folded.left(slash).trimmed();
        for (qint64 id : lookup(kind).byName.value(KanaText::searchKey(wardName)))
            if (m_areaParent.value(id) == 0)
                area.parentId = id;
        if (area.parentId == 0) {
            Area ward;
            ward.name = wardName;
            Result<qint64> wardId = areas.add(ward);
            if (!wardId)
                return wardId.error();
            area.parentId = *wardId;
            lookup(kind).byName[KanaText::searchKey(wardName)].append(*wardId);
            m_areaParent.insert(*wardId, 0);
            m_areaName.insert(*wardId, wardName);
        }
    }
    Result<qint64> id = areas.add(area);
    if (id) {
        lookup(kind).byName[KanaText::searchKey(area.name)].append(*id);
        m_areaParent.insert(*id, area.parentId);
        m_areaName.insert(*id, area.name);
    }
    return id;
}

// The id `name` stands for in the list `kind`: mapped by the user, found, or created when allowed.
// Nothing (and a problem for the row) when it is unknown and may not be created.
std::optional<qint64> RosterReferences::resolve(ReferenceKind kind, const QString &name, const QString &key,
                                                qint64 areaId, int line, int column,
                                                QList<Error> &rowProblems, Status &failure)
{
    if (name.isEmpty())
        return qint64(0);
    const RosterImport::Choices &choice = choices(kind);
    Lookup &list = lookup(kind);
    if (const qint64 mapped = list.mappedTo.value(key); mapped > 0)
        return mapped;

    if (kind == ReferenceKind::Area) {
        if (const qint64 found = list.foundArea.value(name); found > 0)
            return found;
        if (std::optional<qint64> found = findArea(name, line, column, rowProblems)) {
            if (*found > 0)
                list.foundArea.insert(name, *found);
            return *found;
        }
    } else if (const QList<qint64> ids = list.byName.value(key); !ids.isEmpty()) {
        if (kind == ReferenceKind::Organisation)
            for (qint64 id : ids)
                if (m_organisationArea.value(id) == areaId)
                    return id; // of two of the same name, the one in the member's area
        return ids.first();
    }

    int index = list.unknownIndex.value(key, -1);
    if (index < 0) {
        UnknownReference unknown;
        unknown.kind = kind;
        unknown.name = name;
        unknown.firstLine = line;
        unknown.column = column;
        index = int(m_unknown.size());
        m_unknown.append(unknown);
        list.unknownIndex.insert(key, index);
        if (choice.createUnknown) {
            Result<qint64> created = create(kind, name, areaId);
            if (!created) {
                failure = created.error();
                return std::nullopt;
            }
            m_unknown[index].id = *created;
            m_unknown[index].created = true;
        }
    }
    UnknownReference &unknown = m_unknown[index];
    ++unknown.rows;
    if (unknown.created)
        return unknown.id;
    QString message;
    switch (kind) {
    case ReferenceKind::Profession:
        message =
            RosterImport::tr("There is no profession named “%1”; create it or map it to one that exists.");
        break;
    case ReferenceKind::Organisation:
        message =
            RosterImport::tr("There is no organisation named “%1”; create it or map it to one that exists.");
        break;
    case ReferenceKind::Area:
        message = RosterImport::tr("There is no area named “%1”; create it or map it to one that exists.");
        break;
    }
    rowProblems << rosterProblem(message.arg(name), line, column);
    return std::nullopt;
}

} // namespace renkei
