#include "AttendanceExportCommand.h"

#include "ExportEncoding.h"
#include "core/io/AttendanceExport.h"
#include "core/schedule/FiscalYear.h"
#include "core/storage/SeriesRepository.h"

#include <QDir>

namespace renkei::cli {

namespace {

// Checks, writes and says what was written; shared by both commands.
int writeTable(CliContext &context, const AttendanceExport::Table &table, const QString &file,
               const AttendanceExport::Options &options)
{
    if (!options.replaceUnrepresentable) {
        const QList<UnrepresentableValue> found = AttendanceExport::check(table, options.encoding);
        if (!found.isEmpty())
            return reportUnrepresentable(context, found, options.encoding);
    }
    const Result<int> rows = AttendanceExport::write(table, file, options);
    if (!rows)
        return context.fail(rows.error());
    context.out() << AttendanceExportCommand::tr("Wrote %n row(s) to %1.", "", *rows)
                         .arg(QDir::toNativeSeparators(file))
                  << '\n';
    return Success;
}

} // namespace

QString AttendanceExportCommand::summary() const
{
    return tr("Export the attendance list of a meeting as CSV.");
}

int AttendanceExportCommand::run(CliContext &context, const QString &path, const QStringList &args)
{
    QCommandLineParser parser;
    const ExportEncodingOptions encodingOptions;
    const QCommandLineOption meeting(QStringLiteral("meeting"), tr("The meeting's ID."), tr("ID"));
    parser.addOption(meeting);
    encodingOptions.addTo(parser);
    parser.addPositionalArgument(QStringLiteral("file"), tr("The CSV file to write."), tr("FILE"));
    if (auto stop = parse(parser, context, path, args))
        return *stop;
    if (parser.positionalArguments().size() != 1)
        return context.usageError(tr("'%1' takes one file.").arg(path), path);
    bool isNumber = false;
    const qint64 meetingId = parser.value(meeting).toLongLong(&isNumber);
    if (!parser.isSet(meeting) || !isNumber)
        return context.usageError(tr("--meeting takes the meeting's ID, a whole number."), path);
    AttendanceExport::Options options;
    const std::optional<TextEncoding> encoding = encodingOptions.encoding(parser);
    if (!encoding)
        return context.usageError(encodingOptions.unknownEncoding(parser), path);
    options.encoding = *encoding;
    options.replaceUnrepresentable = encodingOptions.replace(parser);

    std::unique_ptr<Database> db = context.openDatabase(Database::OpenMode::OpenExisting);
    if (!db)
        return BadInput;
    const Result<AttendanceExport::Table> table = AttendanceExport(*db).meetingList(meetingId);
    if (!table)
        return context.fail(table.error());
    return writeTable(context, *table, parser.positionalArguments().first(), options);
}

QString AttendanceMatrixCommand::summary() const
{
    return tr("Export members × the meetings of a series in a fiscal year (April to March) as CSV.");
}

int AttendanceMatrixCommand::run(CliContext &context, const QString &path, const QStringList &args)
{
    QCommandLineParser parser;
    const ExportEncodingOptions encodingOptions;
    const QCommandLineOption series(QStringLiteral("series"), tr("The series' name."), tr("name"));
    const QCommandLineOption fiscalYear(QStringLiteral("fiscal-year"),
                                        tr("The fiscal year, by the year it begins in April (2025, FY2025, "
                                           "2025年度, 令和7年度)."),
                                        tr("year"));
    parser.addOptions({series, fiscalYear});
    encodingOptions.addTo(parser);
    parser.addPositionalArgument(QStringLiteral("file"), tr("The CSV file to write."), tr("FILE"));
    if (auto stop = parse(parser, context, path, args))
        return *stop;
    if (parser.positionalArguments().size() != 1)
        return context.usageError(tr("'%1' takes one file.").arg(path), path);
    if (!parser.isSet(series) || !parser.isSet(fiscalYear))
        return context.usageError(tr("Give the series (--series) and the fiscal year (--fiscal-year)."),
                                  path);
    const Result<FiscalYear> year = FiscalYear::parse(parser.value(fiscalYear));
    if (!year)
        return context.usageError(year.error().message, path);
    AttendanceExport::Options options;
    const std::optional<TextEncoding> encoding = encodingOptions.encoding(parser);
    if (!encoding)
        return context.usageError(encodingOptions.unknownEncoding(parser), path);
    options.encoding = *encoding;
    options.replaceUnrepresentable = encodingOptions.replace(parser);

    std::unique_ptr<Database> db = context.openDatabase(Database::OpenMode::OpenExisting);
    if (!db)
        return BadInput;
    const Result<Series> found = SeriesRepository(*db).findByName(parser.value(series));
    if (!found)
        return context.fail(found.error());
    const Result<AttendanceExport::Table> table = AttendanceExport(*db).matrix(found->id, year->year());
    if (!table)
        return context.fail(table.error());
    return writeTable(context, *table, parser.positionalArguments().first(), options);
}

} // namespace renkei::cli
