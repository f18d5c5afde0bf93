#include "MeetingsRenumberCommand.h"

#include "MeetingArguments.h"
#include "core/schedule/MeetingPlanner.h"

namespace renkei::cli {

QString MeetingsRenumberCommand::summary() const
{
    return tr("Put a series' meeting numbers back in date order (preview with --dry-run).");
}

int MeetingsRenumberCommand::run(CliContext &context, const QString &path, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption seriesOption(QStringLiteral("series"), tr("The series (default: the only one)."),
                                          tr("name"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), tr("Show the changes without writing them."));
    parser.addOptions({seriesOption, dryRun});
    if (auto stop = parse(parser, context, path, args))
        return *stop;
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(tr("'%1' takes no arguments.").arg(path), path);

    std::unique_ptr<Database> db = context.openDatabase(Database::OpenMode::OpenExisting);
    if (!db)
        return BadInput;
    Result<Series> series = MeetingArguments::series(*db, parser.value(seriesOption));
    if (!series)
        return context.fail(series.error());
    MeetingPlanner planner(*db);
    Result<QList<Renumbering>> changes =
        parser.isSet(dryRun) ? planner.renumberingNeeded(series->id) : planner.renumber(series->id);
    if (!changes)
        return context.fail(changes.error());
    if (changes->isEmpty()) {
        context.out() << tr("The numbers of %1 already follow the dates.").arg(series->name) << '\n';
        return Success;
    }
    for (const Renumbering &r : *changes)
        context.out() << r.describe() << '\n';
    context.out() << (parser.isSet(dryRun)
                          ? tr("Dry run: nothing was written; %n meeting(s) would be renumbered.", nullptr,
                               int(changes->size()))
                          : tr("Renumbered %n meeting(s).", nullptr, int(changes->size())))
                  << '\n';
    return Success;
}

} // namespace renkei::cli
