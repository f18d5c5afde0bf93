#pragma once

#include "CliContext.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace renkei::cli {

// One command of renkei-cli ("init", "members list"): its name, a line for the list of commands,
// and what it does with the arguments that follow its name. Commands parse and print; the work is
// done by core.
class CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(renkei::cli::CliCommand)

public:
    virtual ~CliCommand() = default;

    // The word that selects the command ("list" under "members").
    virtual QString name() const = 0;
    virtual QString summary() const = 0;
    // `path` is the command as typed so far ("members list"), for help and messages; `args` are the
    // arguments after it. Returns an ExitCode.
    virtual int run(CliContext &context, const QString &path, const QStringList &args) = 0;
    // The commands under this one, for a group such as "members".
    virtual QList<const CliCommand *> subcommands() const { return {}; }

    // Qt's help text with its usage line naming `command` ("renkei-cli members list") instead of the
    // program's path.
    static QString usageNaming(const QString &qtHelpText, const QString &command);

protected:
    // Adds the options every command takes (--help, --db), parses `args`, and handles --help and
    // wrong usage: returns the exit status when the command should stop there, nothing to go on.
    std::optional<int> parse(QCommandLineParser &parser, CliContext &context, const QString &path,
                             const QStringList &args) const;
    // "Usage: renkei-cli members list [options]", the summary, then the parser's options.
    QString helpText(const QCommandLineParser &parser, const QString &path) const;
};

// The options every command understands, wherever they are typed.
struct CommonOptions
{
    QCommandLineOption help;
    QCommandLineOption database;

    CommonOptions();
};

} // namespace renkei::cli
