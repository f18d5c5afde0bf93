#include "MembersAddCommand.h"

#include "MemberArguments.h"
#include "RosterOutput.h"
#include "core/storage/MemberRepository.h"

namespace renkei::cli {

QString MembersAddCommand::summary() const
{
    return tr("Add a member. Someone who looks like an existing member (same name and reading, e-mail or "
              "phone) is refused unless --allow-duplicate is given.");
}

int MembersAddCommand::run(CliContext &context, const QString &path, const QStringList &args)
{
    QCommandLineParser parser;
    const MemberArguments fields;
    const QCommandLineOption format = RosterOutput::formatOption();
    const QCommandLineOption allowDuplicate(QStringLiteral("allow-duplicate"),
                                            tr("Add the member even when they look like an existing one."));
    parser.addOptions(fields.options());
    parser.addOptions({format, allowDuplicate});
    if (auto stop = parse(parser, context, path, args))
        return *stop;
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(tr("'%1' takes no arguments; give the fields as options.").arg(path), path);
    const auto output = RosterOutput::format(parser.value(format));
    if (!output)
        return context.usageError(tr("Unknown format '%1'; use table or csv.").arg(parser.value(format)),
                                  path);

    std::unique_ptr<Database> db = context.openDatabase(Database::OpenMode::OpenExisting);
    if (!db)
        return BadInput;
    Member member;
    member.joinedOn = db->now().toLocalTime().date();
    if (QList<Error> errors = fields.apply(parser, *db, member); !errors.isEmpty())
        return MemberArguments::fail(context, errors);
    MemberRepository members(*db);
    if (QList<Error> errors = members.validate(member); !errors.isEmpty())
        return MemberArguments::fail(context, errors);
    if (!parser.isSet(allowDuplicate)) {
        Result<QList<Lookalike>> lookalikes = members.lookalikes(member);
        if (!lookalikes)
            return context.fail(lookalikes.error());
        if (!lookalikes->isEmpty()) {
            for (const Lookalike &l : *lookalikes)
                //: %1 a member's name, %2 their id, %3 why they look alike ("same e-mail address")
                context.fail(Error{tr("%1 (member %2) may be the same person: %3.")
                                       .arg(l.member.fullName())
                                       .arg(l.member.id)
                                       .arg(l.reasons())});
            context.err() << tr("Nothing was added. Add them anyway with --allow-duplicate.") << Qt::endl;
            return BadInput;
        }
    }
    Result<qint64> id = members.add(member);
    if (!id)
        return context.fail(id.error());
    Result<Member> added = members.get(*id);
    if (!added)
        return context.fail(added.error());
    RosterOutput out(*output);
    if (out.format() == RosterOutput::Format::Table) {
        context.out() << tr("Added %1 as member %2.").arg(added->fullName()).arg(added->id) << '\n';
        return Success;
    }
    if (Status s = out.loadNames(*db); !s)
        return context.fail(s.error());
    return out.printMember(context, *added, QString());
}

} // namespace renkei::cli
