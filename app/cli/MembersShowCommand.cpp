#include "MembersShowCommand.h"

#include "MemberArguments.h"
#include "RosterOutput.h"
#include "core/storage/MemberRepository.h"

namespace renkei::cli {

QString MembersShowCommand::summary() const
{
    return tr("Show every field of one member.");
}

int MembersShowCommand::run(CliContext &context, const QString &path, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption format = RosterOutput::formatOption();
    parser.addOption(format);
    parser.addPositionalArgument(QStringLiteral("id"), tr("The member's id, as the lists show it."));
    if (auto stop = parse(parser, context, path, args))
        return *stop;
    if (parser.positionalArguments().size() != 1)
        return context.usageError(tr("'%1' takes one member's id.").arg(path), path);
    const auto output = RosterOutput::format(parser.value(format));
    if (!output)
        return context.usageError(tr("Unknown format '%1'; use table or csv.").arg(parser.value(format)),
                                  path);

    std::unique_ptr<Database> db = context.openDatabase(Database::OpenMode::OpenExisting);
    if (!db)
        return BadInput;
    Result<Member> member = MemberArguments::member(*db, parser.positionalArguments().first());
    if (!member)
        return context.fail(member.error());
    QString referredBy;
    if (member->referredById != 0)
        if (Result<Member> referrer = MemberRepository(*db).get(member->referredById))
            referredBy = referrer->fullName();
    RosterOutput out(*output);
    if (Status s = out.loadNames(*db); !s)
        return context.fail(s.error());
    return out.printMember(context, *member, referredBy);
}

} // namespace renkei::cli
