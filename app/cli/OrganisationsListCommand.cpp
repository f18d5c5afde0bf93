#include "OrganisationsListCommand.h"

#include "core/storage/OrganisationRepository.h"

namespace renkei::cli {

QString OrganisationsListCommand::summary() const
{
    return tr("List the organisations by name, with how many members work at each (archived members "
              "included).");
}

int OrganisationsListCommand::list(CliContext &context, Database &db, RosterOutput &out,
                                   const QHash<qint64, int> &members) const
{
    const auto organisations = OrganisationRepository(db).all();
    if (!organisations)
        return context.fail(organisations.error());
    if (Status s = out.loadNames(db); !s)
        return context.fail(s.error());
    const bool csv = out.format() == RosterOutput::Format::Csv;
    QList<QStringList> rows;
    for (const Organisation &o : *organisations)
        rows << QStringList{QString::number(o.id),
                            o.name,
                            csv ? organisationKindKey(o.kind) : organisationKindLabel(o.kind),
                            out.areaName(o.areaId),
                            o.phone,
                            o.fax,
                            QString::number(members.value(o.id)),
                            status(out, o.hidden)};
    return out.printTable(context,
                          {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("kind"),
                           QStringLiteral("area"), QStringLiteral("phone"), QStringLiteral("fax"),
                           QStringLiteral("members"), QStringLiteral("status")},
                          {tr("ID"), tr("Organisation"), tr("Kind"), tr("Area"), tr("Phone"), tr("Fax"),
                           tr("Members"), tr("Status")},
                          rows, {0, 6});
}

} // namespace renkei::cli
