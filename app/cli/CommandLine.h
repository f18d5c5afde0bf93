#pragma once

#include "CliCommand.h"

#include <memory>
#include <vector>

namespace renkei::cli {

// renkei-cli as a whole: the global options (--db, --help, --version) and the table of commands.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(renkei::cli::CommandLine)

public:
    CommandLine();

    // `args` without the program's name. Returns the exit status.
    int run(CliContext &context, const QStringList &args);

    QString helpText() const;

    // True for the commands that paint nothing (no PDF, no fonts), which can run without the GUI
    // platform's start-up: the roster's own commands and init. Any other command, and anything not
    // understood, is false, so a command that paints never goes without it.
    static bool paintsNothing(const QStringList &args);

private:
    QList<const CliCommand *> commands() const;

    std::vector<std::unique_ptr<CliCommand>> m_commands;
};

} // namespace renkei::cli
