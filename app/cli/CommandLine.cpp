#include "CommandLine.h"

#include "AgendaCommand.h"
#include "AnnounceCommand.h"
#include "AreasListCommand.h"
#include "AttendanceExportCommand.h"
#include "AttendanceInviteCommand.h"
#include "AttendanceListCommand.h"
#include "AttendanceSetCommand.h"
#include "BadgesCommand.h"
#include "CertificatesCommand.h"
#include "ClosedDaysCommands.h"
#include "CommandGroup.h"
#include "DemoCommand.h"
#include "DocumentLanguageOption.h"
#include "GridCommand.h"
#include "HolidaysCommand.h"
#include "ICalCommand.h"
#include "InitCommand.h"
#include "MeetingsEditCommand.h"
#include "MeetingsListCommand.h"
#include "MeetingsPlanCommand.h"
#include "MeetingsRenumberCommand.h"
#include "MeetingsShowCommand.h"
#include "MembersAddCommand.h"
#include "MembersArchiveCommand.h"
#include "MembersEditCommand.h"
#include "MembersExportCommand.h"
#include "MembersFindCommand.h"
#include "MembersImportCommand.h"
#include "MembersListCommand.h"
#include "MembersShowCommand.h"
#include "OrganisationsListCommand.h"
#include "ProfessionsListCommand.h"
#include "ReportCommand.h"
#include "SeriesAddCommand.h"
#include "SeriesEditCommand.h"
#include "SeriesListCommand.h"
#include "SeriesRemoveCommand.h"
#include "SheetCommand.h"

namespace renkei::cli {

namespace {

struct GlobalOptions : CommonOptions
{
    QCommandLineOption version{QStringList{QStringLiteral("v"), QStringLiteral("version")},
                               QCoreApplication::translate("renkei::cli::CommandLine", "Show the version.")};
    DocumentLanguageOption documentLanguage;
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
    parser.addOption(options.documentLanguage.option());
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
    members->add(std::make_unique<MembersFindCommand>());
    members->add(std::make_unique<MembersShowCommand>());
    members->add(std::make_unique<MembersAddCommand>());
    members->add(std::make_unique<MembersEditCommand>());
    members->add(std::make_unique<MembersArchiveCommand>(true));
    members->add(std::make_unique<MembersArchiveCommand>(false));
    members->add(std::make_unique<MembersImportCommand>());
    members->add(std::make_unique<MembersExportCommand>());
    m_commands.push_back(std::move(members));
    auto organisations = std::make_unique<CommandGroup>(QStringLiteral("organisations"),
                                                        tr("Work with the organisations members work at."));
    organisations->add(std::make_unique<OrganisationsListCommand>());
    m_commands.push_back(std::move(organisations));
    auto professions = std::make_unique<CommandGroup>(QStringLiteral("professions"),
                                                      tr("Work with the list of professions."));
    professions->add(std::make_unique<ProfessionsListCommand>());
    m_commands.push_back(std::move(professions));
    auto areas =
        std::make_unique<CommandGroup>(QStringLiteral("areas"), tr("Work with the wards and zones."));
    areas->add(std::make_unique<AreasListCommand>());
    m_commands.push_back(std::move(areas));
    auto attendance = std::make_unique<CommandGroup>(QStringLiteral("attendance"),
                                                     tr("Work with the attendance of meetings."));
    attendance->add(std::make_unique<AttendanceListCommand>());
    attendance->add(std::make_unique<AttendanceSetCommand>());
    attendance->add(std::make_unique<AttendanceInviteCommand>());
    attendance->add(std::make_unique<AttendancePromoteCommand>());
    attendance->add(std::make_unique<AttendanceExportCommand>());
    attendance->add(std::make_unique<AttendanceMatrixCommand>());
    m_commands.push_back(std::move(attendance));
    auto series = std::make_unique<CommandGroup>(
        QStringLiteral("series"), tr("Add, list, change and delete the meeting series (the runs of 第N回)."));
    series->add(std::make_unique<SeriesListCommand>());
    series->add(std::make_unique<SeriesAddCommand>());
    series->add(std::make_unique<SeriesEditCommand>());
    series->add(std::make_unique<SeriesRemoveCommand>());
    m_commands.push_back(std::move(series));
    auto meetings = std::make_unique<CommandGroup>(QStringLiteral("meetings"),
                                                   tr("Plan, list, show and change the meetings."));
    meetings->add(std::make_unique<MeetingsPlanCommand>());
    meetings->add(std::make_unique<MeetingsListCommand>());
    meetings->add(std::make_unique<MeetingsShowCommand>());
    meetings->add(std::make_unique<MeetingsEditCommand>());
    meetings->add(std::make_unique<MeetingsRenumberCommand>());
    m_commands.push_back(std::move(meetings));
    m_commands.push_back(std::make_unique<AgendaCommand>());
    m_commands.push_back(std::make_unique<SheetCommand>());
    m_commands.push_back(std::make_unique<BadgesCommand>());
    m_commands.push_back(std::make_unique<CertificatesCommand>());
    m_commands.push_back(std::make_unique<GridCommand>());
    m_commands.push_back(std::make_unique<AnnounceCommand>());
    m_commands.push_back(std::make_unique<ICalCommand>());
    m_commands.push_back(std::make_unique<HolidaysCommand>());
    auto closedDays = std::make_unique<CommandGroup>(
        QStringLiteral("closed-days"),
        tr("The organiser's closed days, avoided like holidays when planning."));
    closedDays->add(std::make_unique<ClosedDaysListCommand>());
    closedDays->add(std::make_unique<ClosedDaysAddCommand>());
    closedDays->add(std::make_unique<ClosedDaysChangeCommand>(ClosedDaysChangeCommand::Change::Remove));
    closedDays->add(std::make_unique<ClosedDaysChangeCommand>(ClosedDaysChangeCommand::Change::TurnOn));
    closedDays->add(std::make_unique<ClosedDaysChangeCommand>(ClosedDaysChangeCommand::Change::TurnOff));
    m_commands.push_back(std::move(closedDays));
    m_commands.push_back(std::make_unique<ReportCommand>());
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

bool CommandLine::paintsNothing(const QStringList &args)
{
    QCommandLineParser parser;
    const GlobalOptions options;
    setUp(parser, options);
    if (!parser.parse(QStringList{CliContext::programName()} + args))
        return false;
    const QStringList rest = parser.positionalArguments();
    static const QStringList memberCommands{QStringLiteral("list"),    QStringLiteral("find"),
                                            QStringLiteral("show"),    QStringLiteral("add"),
                                            QStringLiteral("edit"),    QStringLiteral("archive"),
                                            QStringLiteral("restore"), QStringLiteral("import")};
    if (rest.value(0) == QLatin1String("init"))
        return true;
    return rest.value(0) == QLatin1String("members") && memberCommands.contains(rest.value(1));
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
    if (std::optional<int> stop = options.documentLanguage.apply(parser, context))
        return *stop;

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
