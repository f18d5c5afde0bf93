#include "MembersFindCommand.h"

#include "MemberFilterArguments.h"
#include "RosterOutput.h"
#include "core/storage/MemberRepository.h"

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
    const MemberFilterArguments filterArguments;
    parser.addOption(format);
    filterArguments.addTo(parser);
    parser.addPositionalArgument(QStringLiteral("text"),
                                 tr("What to look for (several words are one text)."));
    if (auto stop = parse(parser, context, path, args))
        return *stop;
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
    filter.text = parser.positionalArguments().join(QLatin1Char(' '));
    const Result<QList<Member>> members = MemberRepository(*db).list(filter);
    if (!members)
        return context.fail(members.error());
    RosterOutput out(*output);
    if (Status s = out.loadNames(*db); !s)
        return context.fail(s.error());
    return out.printMembers(context, *members);
}

} // namespace renkei::cli
