#include "MembersEditCommand.h"

#include "MemberArguments.h"
#include "RosterOutput.h"
#include "core/storage/MemberRepository.h"

namespace renkei::cli {

QString MembersEditCommand::summary() const
{
    return tr("Change the fields given of one member; the others stay as they are. An empty value clears a "
              "field.");
}

int MembersEditCommand::run(CliContext &context, const QString &path, const QStringList &args)
{
    QCommandLineParser parser;
    const MemberArguments fields;
    const QCommandLineOption format = RosterOutput::formatOption();
    parser.addOptions(fields.options());
    parser.addOption(format);
    parser.addPositionalArgument(QStringLiteral("id"), tr("The member's id, as the lists show it."));
    if (auto stop = parse(parser, context, path, args))
        return *stop;
    if (parser.positionalArguments().size() != 1)
        return context.usageError(tr("'%1' takes one member's id, then the fields to change.").arg(path),
                                  path);
    if (!fields.anyGiven(parser))
        return context.usageError(tr("Give at least one field to change, such as --email."), path);
    const auto output = RosterOutput::format(parser.value(format));
    if (!output)
        return context.usageError(tr("Unknown format '%1'; use table or csv.").arg(parser.value(format)),
                                  path);

    std::unique_ptr<Database> db = context.openDatabase(Database::OpenMode::OpenExisting);
    if (!db)
        return BadInput;
    Result<Member> found = MemberArguments::member(*db, parser.positionalArguments().first());
    if (!found)
        return context.fail(found.error());
    Member member = *found;
    if (QList<Error> errors = fields.apply(parser, *db, member); !errors.isEmpty())
        return MemberArguments::fail(context, errors);
    MemberRepository members(*db);
    if (QList<Error> errors = members.validate(member); !errors.isEmpty())
        return MemberArguments::fail(context, errors);
    if (Status saved = members.update(member); !saved)
        return context.fail(saved.error());

    RosterOutput out(*output);
    if (out.format() == RosterOutput::Format::Table) {
        context.out() << tr("Saved %1 (member %2).").arg(member.fullName()).arg(member.id) << '\n';
        return Success;
    }
    Result<Member> saved = members.get(member.id);
    if (!saved)
        return context.fail(saved.error());
    if (Status s = out.loadNames(*db); !s)
        return context.fail(s.error());
    return out.printMember(context, *saved, QString());
}

} // namespace renkei::cli
