#include "OrganisationsListCommand.h"

#include "RosterOutput.h"
#include "storage/MemberRepository.h"
#include "storage/OrganisationRepository.h"

namespace renkei::cli {

QString OrganisationsListCommand::summary() const
{
    return tr("List the organisations by name, with how many members work at each (archived members "
              "included).");
}

int OrganisationsListCommand::run(CliContext &context, const QString &path, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption format = RosterOutput::formatOption();
    parser.addOption(format);
    if (auto stop = parse(parser, context, path, args))
        return *stop;
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(tr("'%1' takes no arguments.").arg(path), path);
    const auto output = RosterOutput::format(parser.value(format));
    if (!output)
        return context.usageError(tr("Unknown format '%1'; use table or csv.").arg(parser.value(format)),
                                  path);

    std::unique_ptr<Database> db = context.openDatabase(Database::OpenMode::OpenExisting);
    if (!db)
        return BadInput;
    const auto organisations = OrganisationRepository(*db).all();
    if (!organisations)
        return context.fail(organisations.error());
    MemberFilter everyone;
    everyone.archived = MemberFilter::Archived::Include;
    const auto counts = MemberRepository(*db).countBy(MemberRepository::Grouping::Organisation, everyone);
    if (!counts)
        return context.fail(counts.error());
    RosterOutput out(*output);
    if (Status s = out.loadNames(*db); !s)
        return context.fail(s.error());

    const bool csv = *output == RosterOutput::Format::Csv;
    QList<QStringList> rows;
    for (const Organisation &o : *organisations)
        rows << QStringList{QString::number(o.id),
                            o.name,
                            csv ? organisationKindKey(o.kind) : organisationKindLabel(o.kind),
                            out.areaName(o.areaId),
                            o.phone,
                            o.fax,
                            QString::number(counts->value(o.id)),
                            csv ? (o.hidden ? QStringLiteral("hidden") : QStringLiteral("shown"))
                                : (o.hidden ? tr("hidden") : tr("shown"))};
    return out.printTable(context,
                          {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("kind"),
                           QStringLiteral("area"), QStringLiteral("phone"), QStringLiteral("fax"),
                           QStringLiteral("members"), QStringLiteral("status")},
                          {tr("ID"), tr("Organisation"), tr("Kind"), tr("Area"), tr("Phone"), tr("Fax"),
                           tr("Members"), tr("Status")},
                          rows, {0, 6});
}

} // namespace renkei::cli
