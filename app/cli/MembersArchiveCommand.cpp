#include "MembersArchiveCommand.h"

#include "MemberArguments.h"
#include "RosterOutput.h"
#include "core/storage/MemberRepository.h"

namespace renkei::cli {

QString MembersArchiveCommand::summary() const
{
    return m_archive ? tr("Archive a member: off the active roster, their history kept.")
                     : tr("Restore an archived member to the active roster.");
}

int MembersArchiveCommand::run(CliContext &context, const QString &path, const QStringList &args)
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
    const bool already = member->archived == m_archive;
    if (!already)
        if (Status s = MemberRepository(*db).setArchived(member->id, m_archive); !s)
            return context.fail(s.error());

    RosterOutput out(*output);
    if (out.format() == RosterOutput::Format::Csv)
        return out.printTable(context, {QStringLiteral("id"), QStringLiteral("status")}, {},
                              {{QString::number(member->id),
                                m_archive ? QStringLiteral("archived") : QStringLiteral("active")}});
    QString message;
    if (m_archive)
        message = already ? tr("%1 (member %2) was already archived.") : tr("Archived %1 (member %2).");
    else
        message = already ? tr("%1 (member %2) is already active.") : tr("Restored %1 (member %2).");
    context.out() << message.arg(member->fullName()).arg(member->id) << '\n';
    return Success;
}

} // namespace renkei::cli
