#include "SeriesRemoveCommand.h"

#include "SeriesArguments.h"
#include "core/storage/SeriesRepository.h"

namespace renkei::cli {

QString SeriesRemoveCommand::summary() const
{
    return tr("Delete a meeting series that has no meetings.");
}

int SeriesRemoveCommand::run(CliContext &context, const QString &path, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("series"),
                                 tr("The series' id (as 'series list' shows it) or name."), tr("ID|NAME"));
    if (auto stop = parse(parser, context, path, args))
        return *stop;
    if (parser.positionalArguments().size() != 1)
        return context.usageError(tr("'%1' takes one series, by id or name.").arg(path), path);

    std::unique_ptr<Database> db = context.openDatabase(Database::OpenMode::OpenExisting);
    if (!db)
        return BadInput;
    Result<Series> found = SeriesArguments::series(*db, parser.positionalArguments().first());
    if (!found)
        return context.fail(found.error());
    if (Status removed = SeriesRepository(*db).remove(found->id); !removed)
        //: %1 the series' name, %2 why it was not deleted
        return context.fail(Error{tr("%1 was not deleted: %2").arg(found->name, removed.error().message)});
    context.out() << tr("Deleted series %1: %2.").arg(found->id).arg(found->name) << '\n';
    return Success;
}

} // namespace renkei::cli
