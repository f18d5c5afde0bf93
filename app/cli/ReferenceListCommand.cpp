#include "ReferenceListCommand.h"

namespace renkei::cli {

int ReferenceListCommand::run(CliContext &context, const QString &path, const QStringList &args)
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
    MemberFilter everyone;
    everyone.archived = MemberFilter::Archived::Include;
    const auto members = MemberRepository(*db).countBy(grouping(), everyone);
    if (!members)
        return context.fail(members.error());
    RosterOutput out(*output);
    return list(context, *db, out, *members);
}

QString ReferenceListCommand::status(const RosterOutput &out, bool hidden)
{
    if (out.format() == RosterOutput::Format::Csv)
        return hidden ? QStringLiteral("hidden") : QStringLiteral("shown");
    return hidden ? tr("hidden") : tr("shown");
}

} // namespace renkei::cli
