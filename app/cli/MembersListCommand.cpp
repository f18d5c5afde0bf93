#include "MembersListCommand.h"

#include "MemberFilterArguments.h"
#include "RosterOutput.h"
#include "core/storage/MemberRepository.h"

namespace renkei::cli {

QString MembersListCommand::summary() const
{
    return tr("List the members in order of their readings (五十音).");
}

int MembersListCommand::run(CliContext &context, const QString &path, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption format = RosterOutput::formatOption();
    const MemberFilterArguments filterArguments;
    parser.addOption(format);
    filterArguments.addTo(parser);
    if (auto stop = parse(parser, context, path, args))
        return *stop;
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(tr("'%1' takes no arguments.").arg(path), path);
    const auto output = RosterOutput::format(parser.value(format));
    if (!output)
        return context.usageError(tr("Unknown format '%1'; use table or csv.").arg(parser.value(format)),
                                  path);
    if (auto stop = filterArguments.check(context, parser, path))
        return *stop;

    std::unique_ptr<Database> db = context.openDatabase(Database::OpenMode::OpenExisting);
    if (!db)
        return BadInput;
    MemberFilter filter;
    if (auto stop = filterArguments.read(context, parser, path, *db, filter))
        return *stop;
    const Result<QList<Member>> members = MemberRepository(*db).list(filter);
    if (!members)
        return context.fail(members.error());
    RosterOutput out(*output);
    if (Status s = out.loadNames(*db); !s)
        return context.fail(s.error());
    return out.printMembers(context, *members);
}

} // namespace renkei::cli
