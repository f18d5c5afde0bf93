#include "InitCommand.h"

#include <QDir>

namespace renkei::cli {

QString InitCommand::summary() const
{
    return tr("Create a new, empty database (refuses an existing file).");
}

int InitCommand::run(CliContext &context, const QString &path, const QStringList &args)
{
    QCommandLineParser parser;
    if (auto stop = parse(parser, context, path, args))
        return *stop;
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(tr("'%1' takes no arguments.").arg(path), path);

    std::unique_ptr<Database> db = context.openDatabase(Database::OpenMode::CreateNew);
    if (!db)
        return BadInput;
    context.out() << tr("Created %1.").arg(QDir::toNativeSeparators(db->path())) << '\n';
    return Success;
}

} // namespace renkei::cli
