#include "AreasListCommand.h"

#include "RosterOutput.h"
#include "storage/AreaRepository.h"
#include "storage/MemberRepository.h"

namespace renkei::cli {

QString AreasListCommand::summary() const
{
    return tr("List the wards, each followed by its zones, with how many members and organisations are in "
              "each (a ward counts its zones' too; archived members included).");
}

int AreasListCommand::run(CliContext &context, const QString &path, const QStringList &args)
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
    AreaRepository repository(*db);
    const auto areas = repository.all();
    if (!areas)
        return context.fail(areas.error());
    MemberFilter everyone;
    everyone.archived = MemberFilter::Archived::Include;
    const auto members = MemberRepository(*db).countBy(MemberRepository::Grouping::Area, everyone);
    if (!members)
        return context.fail(members.error());
    const auto organisations = repository.organisationCounts();
    if (!organisations)
        return context.fail(organisations.error());
    // A ward's figures include its zones'.
    QHash<qint64, int> memberTotals = *members;
    QHash<qint64, int> organisationTotals = *organisations;
    for (const Area &a : *areas) {
        if (a.isWard())
            continue;
        memberTotals[a.parentId] += members->value(a.id);
        organisationTotals[a.parentId] += organisations->value(a.id);
    }

    const bool csv = *output == RosterOutput::Format::Csv;
    RosterOutput out(*output);
    QHash<qint64, QString> wardNames;
    QList<QStringList> rows;
    for (const Area &a : *areas) {
        if (a.isWard())
            wardNames.insert(a.id, a.name);
        const QString status = csv ? (a.hidden ? QStringLiteral("hidden") : QStringLiteral("shown"))
                                   : (a.hidden ? tr("hidden") : tr("shown"));
        // The table shows the tree by indenting zones; CSV names each zone's ward in a column.
        rows << QStringList{QString::number(a.id),
                            csv || a.isWard() ? a.name : QStringLiteral("  ") + a.name,
                            a.isWard() ? QString() : wardNames.value(a.parentId),
                            out.yesNo(a.inArea),
                            QString::number(memberTotals.value(a.id)),
                            QString::number(organisationTotals.value(a.id)),
                            status};
    }
    return out.printTable(
        context,
        {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("ward"), QStringLiteral("in_area"),
         QStringLiteral("members"), QStringLiteral("organisations"), QStringLiteral("status")},
        {tr("ID"), tr("Area"), tr("Ward"), tr("In area"), tr("Members"), tr("Organisations"), tr("Status")},
        rows, {0, 4, 5});
}

} // namespace renkei::cli
