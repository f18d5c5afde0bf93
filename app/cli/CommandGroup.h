#pragma once

#include "CliCommand.h"

#include <memory>
#include <vector>

namespace renkei::cli {

// A command made of subcommands ("members" → "list", and later "add", "show", "edit"...):
// it picks the subcommand by its first argument and hands it the rest.
class CommandGroup : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(renkei::cli::CommandGroup)

public:
    CommandGroup(QString name, QString summary);

    CommandGroup &add(std::unique_ptr<CliCommand> command);

    QString name() const override { return m_name; }
    QString summary() const override { return m_summary; }
    int run(CliContext &context, const QString &path, const QStringList &args) override;
    QList<const CliCommand *> subcommands() const override;

    // "  members list    List the members." for each command under `commands` (whose parent is
    // `prefix`), aligned, one a line.
    static QString commandList(const QList<const CliCommand *> &commands, const QString &prefix = {});

private:
    CliCommand *find(const QString &name) const;

    QString m_name;
    QString m_summary;
    std::vector<std::unique_ptr<CliCommand>> m_commands;
};

} // namespace renkei::cli
