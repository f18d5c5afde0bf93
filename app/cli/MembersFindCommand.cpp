#include "MembersFindCommand.h"

#include "RosterOutput.h"
#include "core/storage/AreaRepository.h"
#include "core/storage/MemberRepository.h"
#include "core/storage/ProfessionRepository.h"

namespace renkei::cli {

QString MembersFindCommand::summary() const
{
    return tr("Find members by name, reading, e-mail or organisation, as the members view searches: kana "
              "kind, width, spaces and case do not matter.");
}

int MembersFindCommand::run(CliContext &context, const QString &path, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption format = RosterOutput::formatOption();
    const QCommandLineOption profession(QStringLiteral("profession"),
                                        tr("Only members of this profession (repeat for several)."),
                                        tr("name"));
    const QCommandLineOption area(QStringLiteral("area"),
                                  tr("Only members in this zone, or in this whole ward."), tr("name"));
    const QCommandLineOption inArea(QStringLiteral("in-area"), tr("Only members in the network's own area."));
    const QCommandLineOption outOfArea(QStringLiteral("out-of-area"), tr("Only members outside it."));
    const QCommandLineOption all(QStringLiteral("all"), tr("Include archived members."));
    const QCommandLineOption archived(QStringLiteral("archived"), tr("Only archived members."));
    parser.addOptions({format, profession, area, inArea, outOfArea, all, archived});
    parser.addPositionalArgument(QStringLiteral("text"),
                                 tr("What to look for (several words are one text)."));
    if (auto stop = parse(parser, context, path, args))
        return *stop;
    const auto output = RosterOutput::format(parser.value(format));
    if (!output)
        return context.usageError(tr("Unknown format '%1'; use table or csv.").arg(parser.value(format)),
                                  path);
    if (parser.isSet(all) && parser.isSet(archived))
        return context.usageError(tr("Use either --all or --archived, not both."), path);
    if (parser.isSet(inArea) && parser.isSet(outOfArea))
        return context.usageError(tr("Use either --in-area or --out-of-area, not both."), path);

    std::unique_ptr<Database> db = context.openDatabase(Database::OpenMode::OpenExisting);
    if (!db)
        return BadInput;
    MemberFilter filter;
    filter.text = parser.positionalArguments().join(QLatin1Char(' '));
    filter.archived = parser.isSet(archived) ? MemberFilter::Archived::Only
                      : parser.isSet(all)    ? MemberFilter::Archived::Include
                                             : MemberFilter::Archived::Exclude;
    if (parser.isSet(inArea) || parser.isSet(outOfArea))
        filter.inArea = parser.isSet(inArea);
    for (const QString &name : parser.values(profession)) {
        Result<Profession> found = ProfessionRepository(*db).findByName(name);
        if (!found)
            return context.fail(found.error());
        filter.professionIds << found->id;
    }
    if (parser.isSet(area)) {
        Result<Area> found = AreaRepository(*db).findByName(parser.value(area));
        if (!found)
            return context.fail(found.error());
        filter.areaIds << found->id;
    }
    const Result<QList<Member>> members = MemberRepository(*db).list(filter);
    if (!members)
        return context.fail(members.error());
    RosterOutput out(*output);
    if (Status s = out.loadNames(*db); !s)
        return context.fail(s.error());
    return out.printMembers(context, *members);
}

} // namespace renkei::cli
