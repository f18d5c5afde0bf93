#include "AreasListCommand.h"

#include "core/storage/AreaRepository.h"

namespace renkei::cli {

QString AreasListCommand::summary() const
{
    return tr("List the wards, each followed by its zones, with how many members and organisations are in "
              "each (a ward counts its zones' too; archived members included).");
}

int AreasListCommand::list(CliContext &context, Database &db, RosterOutput &out,
                           const QHash<qint64, int> &members) const
{
    AreaRepository repository(db);
    const auto areas = repository.all();
    if (!areas)
        return context.fail(areas.error());
    const auto organisations = repository.organisationCounts();
    if (!organisations)
        return context.fail(organisations.error());
    // A ward's figures include its zones'.
    QHash<qint64, int> memberTotals = members;
    QHash<qint64, int> organisationTotals = *organisations;
    for (const Area &a : *areas) {
        if (a.isWard())
            continue;
        memberTotals[a.parentId] += members.value(a.id);
        organisationTotals[a.parentId] += organisations->value(a.id);
    }

    const bool csv = out.format() == RosterOutput::Format::Csv;
    QHash<qint64, QString> wardNames;
    QList<QStringList> rows;
    for (const Area &a : *areas) {
        if (a.isWard())
            wardNames.insert(a.id, a.name);
        // The table shows the tree by indenting zones; CSV names each zone's ward in a column.
        rows << QStringList{QString::number(a.id),
                            csv || a.isWard() ? a.name : QStringLiteral("  ") + a.name,
                            a.isWard() ? QString() : wardNames.value(a.parentId),
                            out.yesNo(a.inArea),
                            QString::number(memberTotals.value(a.id)),
                            QString::number(organisationTotals.value(a.id)),
                            status(out, a.hidden)};
    }
    return out.printTable(
        context,
        {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("ward"), QStringLiteral("in_area"),
         QStringLiteral("members"), QStringLiteral("organisations"), QStringLiteral("status")},
        {tr("ID"), tr("Area"), tr("Ward"), tr("In area"), tr("Members"), tr("Organisations"), tr("Status")},
        rows, {0, 4, 5});
}

} // namespace renkei::cli
