#include "DemoCommand.h"

#include "core/demo/DemoNetwork.h"
#include "core/storage/MeetingRepository.h"
#include "core/storage/MemberRepository.h"

#include <QDir>

namespace renkei::cli {

QString DemoCommand::summary() const
{
    return tr("Fill a new database with a fictitious network to try Renkei with.");
}

int DemoCommand::run(CliContext &context, const QString &path, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption seedOption(QStringLiteral("seed"),
                                        tr("Another variation of the same story (default: 1)."), tr("number"),
                                        QStringLiteral("1"));
    parser.addOption(seedOption);
    if (auto stop = parse(parser, context, path, args))
        return *stop;
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(tr("'%1' takes no arguments.").arg(path), path);
    bool isNumber = false;
    const quint32 seed = parser.value(seedOption).toUInt(&isNumber);
    if (!isNumber)
        return context.usageError(
            tr("The seed must be a whole number, not '%1'.").arg(parser.value(seedOption)), path);

    std::unique_ptr<Database> db = context.openDatabase(Database::OpenMode::OpenOrCreate);
    if (!db)
        return BadInput;
    const QString shownPath = QDir::toNativeSeparators(db->path());
    if (Status filled = DemoNetwork::fill(*db, seed); !filled) {
        Error error = filled.error();
        if (error.file.isEmpty()) // an error in the demo's data file names that file
            error.file = shownPath;
        return context.fail(error);
    }

    MemberFilter everyone;
    everyone.archived = MemberFilter::Archived::Include;
    const Result<int> members = MemberRepository(*db).count(everyone);
    const Result<QList<Meeting>> meetings = MeetingRepository(*db).list();
    if (!members)
        return context.fail(members.error());
    if (!meetings)
        return context.fail(meetings.error());
    context.out() << tr("Filled %1 with the demo network: %2 members, %3 meetings.")
                         .arg(shownPath)
                         .arg(*members)
                         .arg(meetings->size())
                  << '\n';
    return Success;
}

} // namespace renkei::cli
