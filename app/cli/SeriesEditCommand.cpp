#include "SeriesEditCommand.h"

#include "SeriesArguments.h"
#include "core/storage/SeriesRepository.h"

namespace renkei::cli {

QString SeriesEditCommand::summary() const
{
    return tr("Change a meeting series: its name, its first meeting's number or its usual venue, times, fee "
              "and places. Meetings already planned keep theirs.");
}

int SeriesEditCommand::run(CliContext &context, const QString &path, const QStringList &args)
{
    QCommandLineParser parser;
    const SeriesArguments fields;
    parser.addOptions(fields.options());
    parser.addPositionalArgument(QStringLiteral("series"),
                                 tr("The series' id (as 'series list' shows it) or name."), tr("ID|NAME"));
    if (auto stop = parse(parser, context, path, args))
        return *stop;
    if (parser.positionalArguments().size() != 1)
        return context.usageError(tr("'%1' takes one series, by id or name.").arg(path), path);
    if (!fields.anyGiven(parser))
        return context.usageError(tr("Nothing to change: give the fields to change as options."), path);

    std::unique_ptr<Database> db = context.openDatabase(Database::OpenMode::OpenExisting);
    if (!db)
        return BadInput;
    Result<Series> found = SeriesArguments::series(*db, parser.positionalArguments().first());
    if (!found)
        return context.fail(found.error());
    Series series = *found;
    if (QList<Error> errors = fields.apply(parser, series); !errors.isEmpty())
        return SeriesArguments::fail(context, errors);
    SeriesRepository repository(*db);
    if (QList<Error> errors = repository.validate(series); !errors.isEmpty())
        return SeriesArguments::fail(context, errors);
    if (Status saved = repository.update(series); !saved)
        return SeriesArguments::fail(context, {saved.error()});
    context.out() << tr("Saved series %1: %2.").arg(series.id).arg(series.name) << '\n';
    return Success;
}

} // namespace renkei::cli
