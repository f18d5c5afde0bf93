#include "CommandLine.h"

#include "CommandGroup.h"
#include "DemoCommand.h"
#include "InitCommand.h"
#include "MembersListCommand.h"

namespace renkei::cli {

namespace {

struct GlobalOptions : CommonOptions
{
    QCommandLineOption version{QStringList{QStringLiteral("v"), QStringLiteral("version")},
                               QCoreApplication::translate("renkei::cli::CommandLine", "Show the version.")};
};

void setUp(QCommandLineParser &parser, const GlobalOptions &options)
{
    parser.setApplicationDescription(QCoreApplication::translate(
        "renkei::cli::CommandLine", "Renkei on the command line: the members, meetings and attendance of a "
                                    "regional care network."));
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    // Options after the command's name belong to the command.
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    parser.addOption(options.help);
    parser.addOption(options.version);
    parser.addOption(options.database);
    parser.addPositionalArgument(
        QStringLiteral("command"),
        QCoreApplication::translate("renkei::cli::CommandLine", "The command to run (see below)."),
        QStringLiteral("<command> [<args>]"));
}

} // namespace

// The table of commands. A new command is one line here (and its class).
CommandLine::CommandLine()
{
    m_commands.push_back(std::make_unique<InitCommand>());
    m_commands.push_back(std::make_unique<DemoCommand>());
    auto members = std::make_unique<CommandGroup>(QStringLiteral("members"), tr("Work with the members."));
    members->add(std::make_unique<MembersListCommand>());
    m_commands.push_back(std::move(members));
}

QList<const CliCommand *> CommandLine::commands() const
{
    QList<const CliCommand *> out;
    for (const auto &command : m_commands)
        out << command.get();
    return out;
}

QString CommandLine::helpText() const
{
    QCommandLineParser parser;
    const GlobalOptions options;
    setUp(parser, options);
    return CliCommand::usageNaming(parser.helpText(), CliContext::programName()) + QLatin1Char('\n') +
           tr("Commands:") + QLatin1Char('\n') + CommandGroup::commandList(commands()) + QLatin1Char('\n') +
           tr("Run '%1 <command> --help' for a command's options.").arg(CliContext::programName()) +
           QLatin1Char('\n');
}

int CommandLine::run(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    const GlobalOptions options;
    setUp(parser, options);
    if (!parser.parse(QStringList{CliContext::programName()} + args))
        return context.usageError(parser.errorText());
    if (parser.isSet(options.help)) {
        context.out() << helpText();
        return Success;
    }
    if (parser.isSet(options.version)) {
        context.out() << QStringLiteral("%1 %2").arg(CliContext::programName(),
                                                     QStringLiteral(RENKEI_VERSION))
                      << '\n';
        return Success;
    }
    if (parser.isSet(options.database))
        context.setDatabasePath(parser.value(options.database));

    const QStringList rest = parser.positionalArguments();
    if (rest.isEmpty())
        return context.usageError(tr("No command given. The commands are:") + QLatin1Char('\n') +
                                  CommandGroup::commandList(commands()).chopped(1));
    for (const auto &command : m_commands)
        if (command->name() == rest.first())
            return command->run(context, rest.first(), rest.mid(1));
    return context.usageError(tr("'%1' is not a command.").arg(rest.first()));
}

} // namespace renkei::cli
