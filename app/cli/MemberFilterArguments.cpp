#include "MemberFilterArguments.h"

#include "CliCommand.h"
#include "core/storage/AreaRepository.h"
#include "core/storage/OrganisationRepository.h"
#include "core/storage/ProfessionRepository.h"

namespace renkei::cli {

namespace {

// "医師,看護師" or repeated options → the names, in order.
QStringList names(const QStringList &values, bool splitAtCommas)
{
    QStringList out;
    for (const QString &value : values)
        for (const QString &part :
             splitAtCommas ? value.split(QLatin1Char(','), Qt::SkipEmptyParts) : QStringList{value})
            if (!part.trimmed().isEmpty())
                out << part.trimmed();
    return out;
}

template <typename Find> Result<QList<qint64>> idsOf(const QStringList &names, Find find)
{
    QList<qint64> out;
    for (const QString &name : names) {
        const auto found = find(name);
        if (!found)
            return found.error();
        out << found->id;
    }
    return out;
}

} // namespace

MemberFilterArguments::MemberFilterArguments()
    : m_profession(QStringLiteral("profession"),
                   tr("Only members of this profession (repeat, or separate with commas)."), tr("name")),
      m_area(QStringLiteral("area"),
             tr("Only members in this area; a ward includes its zones (repeat, or separate with commas)."),
             tr("name")),
      m_organisation(QStringLiteral("organisation"),
                     tr("Only members of this organisation (repeat for more)."), tr("name")),
      m_inArea(QStringLiteral("in-area"), tr("Only members in the network's own area.")),
      m_outOfArea(QStringLiteral("out-of-area"), tr("Only members outside it.")),
      m_all(QStringList{QStringLiteral("all"), QStringLiteral("include-archived")},
            tr("Include archived members.")),
      m_archived(QStringLiteral("archived"), tr("Only archived members."))
{}

void MemberFilterArguments::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({m_profession, m_area, m_organisation, m_inArea, m_outOfArea, m_all, m_archived});
}

std::optional<int> MemberFilterArguments::check(CliContext &context, const QCommandLineParser &parser,
                                                const QString &path) const
{
    if (parser.isSet(m_all) && parser.isSet(m_archived))
        return context.usageError(tr("Use either --all or --archived, not both."), path);
    if (parser.isSet(m_inArea) && parser.isSet(m_outOfArea))
        return context.usageError(tr("Use either --in-area or --out-of-area, not both."), path);
    return std::nullopt;
}

std::optional<int> MemberFilterArguments::read(CliContext &context, const QCommandLineParser &parser,
                                               const QString &path, Database &db, MemberFilter &filter) const
{
    if (auto stop = check(context, parser, path))
        return stop;
    filter.archived = parser.isSet(m_archived) ? MemberFilter::Archived::Only
                      : parser.isSet(m_all)    ? MemberFilter::Archived::Include
                                               : MemberFilter::Archived::Exclude;
    if (parser.isSet(m_inArea) || parser.isSet(m_outOfArea))
        filter.inArea = parser.isSet(m_inArea);
    const Result<QList<qint64>> professions = professionIds(db, parser.values(m_profession));
    if (!professions)
        return context.fail(professions.error());
    const Result<QList<qint64>> areas = areaIds(db, parser.values(m_area));
    if (!areas)
        return context.fail(areas.error());
    const Result<QList<qint64>> organisations = organisationIds(db, parser.values(m_organisation));
    if (!organisations)
        return context.fail(organisations.error());
    filter.professionIds = *professions;
    filter.areaIds = *areas;
    filter.organisationIds = *organisations;
    return std::nullopt;
}

Result<QList<qint64>> MemberFilterArguments::professionIds(Database &db, const QStringList &values)
{
    const ProfessionRepository professions(db);
    return idsOf(names(values, true), [&](const QString &n) { return professions.findByName(n); });
}

Result<QList<qint64>> MemberFilterArguments::areaIds(Database &db, const QStringList &values)
{
    const AreaRepository areas(db);
    return idsOf(names(values, true), [&](const QString &n) { return areas.findByName(n); });
}

Result<QList<qint64>> MemberFilterArguments::organisationIds(Database &db, const QStringList &values)
{
    // Organisations' names may hold commas.
    const OrganisationRepository organisations(db);
    return idsOf(names(values, false), [&](const QString &n) { return organisations.findByName(n); });
}

} // namespace renkei::cli
