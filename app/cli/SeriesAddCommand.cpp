#include "SeriesAddCommand.h"

#include "SeriesArguments.h"
#include "core/storage/SeriesRepository.h"

namespace renkei::cli {

QString SeriesAddCommand::summary() const
{
    return tr("Add a meeting series (--name is required) and print its id.");
}

int SeriesAddCommand::run(CliContext &context, const QString &path, const QStringList &args)
{
    QCommandLineParser parser;
    const SeriesArguments fields;
    parser.addOptions(fields.options());
    if (auto stop = parse(parser, context, path, args))
        return *stop;
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(tr("'%1' takes no arguments; give the fields as options.").arg(path), path);
    if (!parser.isSet(QStringLiteral("name")))
        return context.usageError(tr("Give the series' name with --name."), path);

    std::unique_ptr<Database> db = context.openDatabase(Database::OpenMode::OpenExisting);
    if (!db)
        return BadInput;
    Series series;
    if (QList<Error> errors = fields.apply(parser, series); !errors.isEmpty())
        return SeriesArguments::fail(context, errors);
    SeriesRepository repository(*db);
    if (QList<Error> errors = repository.validate(series); !errors.isEmpty())
        return SeriesArguments::fail(context, errors);
    Result<qint64> id = repository.add(series);
    if (!id)
        return SeriesArguments::fail(context, {id.error()});
    // The id alone, for scripts: id=$(renkei-cli series add --name ...)
    context.out() << *id << '\n';
    return Success;
}

} // namespace renkei::cli
