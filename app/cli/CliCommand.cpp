#include "CliCommand.h"

namespace renkei::cli {

CommonOptions::CommonOptions()
    : help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
           QCoreApplication::translate("renkei::cli::CliCommand", "Show this help.")),
      database(QStringLiteral("db"),
               QCoreApplication::translate("renkei::cli::CliCommand",
                                           "The database file (default: $RENKEI_DB, or the one the "
                                           "Renkei window opens)."),
               QCoreApplication::translate("renkei::cli::CliCommand", "file"))
{}

std::optional<int> CliCommand::parse(QCommandLineParser &parser, CliContext &context, const QString &path,
                                     const QStringList &args) const
{
    const CommonOptions common;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOption(common.help);
    parser.addOption(common.database);
    if (!parser.parse(QStringList{path} + args))
        return context.usageError(parser.errorText(), path);
    if (parser.isSet(common.help)) {
        context.out() << helpText(parser, path);
        return Success;
    }
    if (parser.isSet(common.database))
        context.setDatabasePath(parser.value(common.database));
    return std::nullopt;
}

QString CliCommand::helpText(const QCommandLineParser &parser, const QString &path) const
{
    QString text = usageNaming(parser.helpText(), CliContext::programName() + QLatin1Char(' ') + path);
    // The summary goes under the usage line.
    const qsizetype lineEnd = text.indexOf(QLatin1Char('\n'));
    return text.left(lineEnd + 1) + summary() + text.mid(lineEnd);
}

QString CliCommand::usageNaming(const QString &qtHelpText, const QString &command)
{
    // Qt's usage line names the program as it was started, with its whole path.
    const qsizetype lineEnd = qtHelpText.indexOf(QLatin1Char('\n'));
    QString usage = qtHelpText.left(lineEnd);
    const QString started = QCoreApplication::arguments().value(0);
    if (const qsizetype at = started.isEmpty() ? -1 : usage.indexOf(started); at >= 0)
        usage.replace(at, started.size(), command);
    return usage + qtHelpText.mid(lineEnd);
}

} // namespace renkei::cli
