#include "CommandGroup.h"

#include "core/io/TextTable.h"

namespace renkei::cli {

namespace {

void flatten(const CliCommand *command, const QString &prefix, TextTable &table)
{
    const QString path = prefix.isEmpty() ? command->name() : prefix + QLatin1Char(' ') + command->name();
    const QList<const CliCommand *> children = command->subcommands();
    if (children.isEmpty()) {
        table.addRow({QStringLiteral("  ") + path, command->summary()});
        return;
    }
    for (const CliCommand *child : children)
        flatten(child, path, table);
}

} // namespace

CommandGroup::CommandGroup(QString name, QString summary)
    : m_name(std::move(name)), m_summary(std::move(summary))
{}

CommandGroup &CommandGroup::add(std::unique_ptr<CliCommand> command)
{
    m_commands.push_back(std::move(command));
    return *this;
}

QList<const CliCommand *> CommandGroup::subcommands() const
{
    QList<const CliCommand *> out;
    for (const auto &command : m_commands)
        out << command.get();
    return out;
}

CliCommand *CommandGroup::find(const QString &name) const
{
    for (const auto &command : m_commands)
        if (command->name() == name)
            return command.get();
    return nullptr;
}

QString CommandGroup::commandList(const QList<const CliCommand *> &commands, const QString &prefix)
{
    TextTable table;
    for (const CliCommand *command : commands)
        flatten(command, prefix, table);
    return table.toString();
}

int CommandGroup::run(CliContext &context, const QString &path, const QStringList &args)
{
    const QString first = args.value(0);
    if (first == QLatin1String("-h") || first == QLatin1String("--help")) {
        context.out()
            << tr("Usage: %1 <subcommand> [options]").arg(CliContext::programName() + QLatin1Char(' ') + path)
            << '\n'
            << summary() << "\n\n"
            << tr("Subcommands:") << '\n'
            << commandList(subcommands(), path) << '\n'
            << tr("Run '%1 <subcommand> --help' for a subcommand's options.")
                   .arg(CliContext::programName() + QLatin1Char(' ') + path)
            << '\n';
        return Success;
    }
    QStringList names;
    for (const auto &command : m_commands)
        names << command->name();
    if (first.isEmpty())
        return context.usageError(
            tr("'%1' needs a subcommand: %2.").arg(path, names.join(QLatin1String(", "))), path);
    CliCommand *command = find(first);
    if (!command)
        return context.usageError(
            tr("'%1' is not a subcommand of '%2'; try %3.").arg(first, path, names.join(QLatin1String(", "))),
            path);
    return command->run(context, path + QLatin1Char(' ') + first, args.mid(1));
}

} // namespace renkei::cli
