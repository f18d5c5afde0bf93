#include "AttendanceArguments.h"

#include "MeetingArguments.h"

#include <QDir>
#include <QFileInfo>

namespace renkei::cli {

QCommandLineOption AttendanceArguments::meetingOption()
{
    return QCommandLineOption(QStringLiteral("meeting"), tr("The meeting's id."), tr("ID"));
}

QCommandLineOption AttendanceArguments::outOption()
{
    return QCommandLineOption(QStringLiteral("out"), tr("The PDF file to write."), tr("FILE"));
}

std::optional<int> AttendanceArguments::check(CliContext &context, const QCommandLineParser &parser,
                                              const QString &path, bool meeting, bool pdf)
{
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(tr("'%1' takes no arguments.").arg(path), path);
    if (meeting && !parser.isSet(QStringLiteral("meeting")))
        return context.usageError(tr("Give the meeting with --meeting."), path);
    if (!pdf)
        return std::nullopt;
    const QString file = parser.value(QStringLiteral("out"));
    if (file.isEmpty())
        return context.usageError(tr("Give the PDF file to write with --out."), path);
    if (QFileInfo(file).suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) != 0)
        return context.usageError(
            tr("'%1' does not end in .pdf: the document is written as a PDF.").arg(file), path);
    return std::nullopt;
}

std::unique_ptr<Database> AttendanceArguments::openMeeting(CliContext &context,
                                                           const QCommandLineParser &parser, Meeting &meeting)
{
    std::unique_ptr<Database> db = context.openDatabase(Database::OpenMode::OpenExisting);
    if (!db)
        return nullptr;
    Result<Meeting> found = MeetingArguments::meeting(*db, parser.value(QStringLiteral("meeting")));
    if (!found) {
        context.fail(found.error());
        return nullptr;
    }
    meeting = *found;
    return db;
}

Result<QList<qint64>> AttendanceArguments::ids(const QStringList &values, const QString &option)
{
    QList<qint64> out;
    for (const QString &value : values) {
        for (const QString &part : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            bool ok = false;
            const qint64 id = part.trimmed().toLongLong(&ok);
            if (!ok || id <= 0)
                return Error::inField(
                    tr("--%1 takes ids, whole numbers, not '%2'.").arg(option, part.trimmed()), option);
            if (!out.contains(id))
                out << id;
        }
    }
    return out;
}

QString AttendanceArguments::wrote(int pages, const QString &file)
{
    return tr("Wrote %n page(s) to %1.", nullptr, pages).arg(QDir::toNativeSeparators(file));
}

} // namespace renkei::cli
