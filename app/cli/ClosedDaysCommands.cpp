#include "ClosedDaysCommands.h"

#include "MeetingArguments.h"
#include "core/io/TextTable.h"
#include "core/storage/ClosedDayRepository.h"

namespace renkei::cli {

QString ClosedDaysListCommand::summary() const
{
    return tr("List the organiser's closed days (the year-end break, Obon, a venue's closed days).");
}

int ClosedDaysListCommand::run(CliContext &context, const QString &path, const QStringList &args)
{
    QCommandLineParser parser;
    if (auto stop = parse(parser, context, path, args))
        return *stop;
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(tr("'%1' takes no arguments.").arg(path), path);
    std::unique_ptr<Database> db = context.openDatabase(Database::OpenMode::OpenExisting);
    if (!db)
        return BadInput;
    Result<QList<ClosedDay>> days = ClosedDayRepository(*db).all();
    if (!days)
        return context.fail(days.error());
    TextTable table({tr("ID"), tr("Name"), tr("Days"), tr("In use")});
    table.setAlignment(0, TextTable::Align::Right);
    for (const ClosedDay &d : *days)
        table.addRow({QString::number(d.id), d.label, d.describe(), d.active ? tr("on") : tr("off")});
    context.out() << table.toString();
    return Success;
}

QString ClosedDaysAddCommand::summary() const
{
    return tr("Add closed days: one day, a range, or a range every year (--yearly).");
}

int ClosedDaysAddCommand::run(CliContext &context, const QString &path, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption nameOption(QStringLiteral("name"), tr("What they are, such as お盆."),
                                        tr("name"));
    const QCommandLineOption from(QStringLiteral("from"), tr("The first closed day."), tr("YYYY-MM-DD"));
    const QCommandLineOption to(QStringLiteral("to"), tr("The last closed day (default: the first)."),
                                tr("YYYY-MM-DD"));
    const QCommandLineOption yearly(QStringLiteral("yearly"),
                                    tr("The same days every year (the year of --from and --to is ignored)."));
    parser.addOptions({nameOption, from, to, yearly});
    if (auto stop = parse(parser, context, path, args))
        return *stop;
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(tr("'%1' takes no arguments.").arg(path), path);
    if (!parser.isSet(from))
        return context.usageError(tr("Give the first closed day with --from."), path);
    ClosedDay day;
    day.label = parser.value(nameOption);
    day.yearly = parser.isSet(yearly);
    const std::optional<QDate> first = MeetingArguments::date(parser.value(from));
    if (!first)
        return context.usageError(tr("'%1' is not a date; write it as 2026-08-13.").arg(parser.value(from)),
                                  path);
    day.first = *first;
    day.last = *first;
    if (parser.isSet(to)) {
        const std::optional<QDate> last = MeetingArguments::date(parser.value(to));
        if (!last)
            return context.usageError(tr("'%1' is not a date; write it as 2026-08-16.").arg(parser.value(to)),
                                      path);
        day.last = *last;
    }
    std::unique_ptr<Database> db = context.openDatabase(Database::OpenMode::OpenExisting);
    if (!db)
        return BadInput;
    Result<qint64> id = ClosedDayRepository(*db).add(day);
    if (!id)
        return context.fail(id.error());
    context.out() << tr("Added closed days %1: %2 (%3).").arg(*id).arg(day.label.trimmed(), day.describe())
                  << '\n';
    return Success;
}

QString ClosedDaysChangeCommand::name() const
{
    switch (m_change) {
    case Change::Remove:
        return QStringLiteral("remove");
    case Change::TurnOn:
        return QStringLiteral("on");
    case Change::TurnOff:
        return QStringLiteral("off");
    }
    return {};
}

QString ClosedDaysChangeCommand::summary() const
{
    switch (m_change) {
    case Change::Remove:
        return tr("Delete closed days.");
    case Change::TurnOn:
        return tr("Use closed days again when planning.");
    case Change::TurnOff:
        return tr("Keep closed days but stop using them when planning.");
    }
    return {};
}

int ClosedDaysChangeCommand::run(CliContext &context, const QString &path, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("id"),
                                 tr("The closed days' id, as 'closed-days list' shows it."), tr("ID"));
    if (auto stop = parse(parser, context, path, args))
        return *stop;
    const std::optional<int> id = parser.positionalArguments().size() == 1
                                      ? MeetingArguments::wholeNumber(parser.positionalArguments().first())
                                      : std::nullopt;
    if (!id)
        return context.usageError(tr("'%1' takes one id.").arg(path), path);
    std::unique_ptr<Database> db = context.openDatabase(Database::OpenMode::OpenExisting);
    if (!db)
        return BadInput;
    ClosedDayRepository repository(*db);
    Result<ClosedDay> day = repository.get(*id);
    if (!day)
        return context.fail(day.error());
    const Status s = m_change == Change::Remove ? repository.remove(*id)
                                                : repository.setActive(*id, m_change == Change::TurnOn);
    if (!s)
        return context.fail(s.error());
    switch (m_change) {
    case Change::Remove:
        context.out() << tr("Deleted %1 (%2).").arg(day->label, day->describe()) << '\n';
        break;
    case Change::TurnOn:
        context.out() << tr("%1 (%2) is on.").arg(day->label, day->describe()) << '\n';
        break;
    case Change::TurnOff:
        context.out() << tr("%1 (%2) is off.").arg(day->label, day->describe()) << '\n';
        break;
    }
    return Success;
}

} // namespace renkei::cli
