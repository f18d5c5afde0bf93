#include "GridCommand.h"

#include "AttendanceArguments.h"
#include "DocumentLanguageOption.h"
#include "MeetingArguments.h"
#include "core/documents/AttendanceGrid.h"

namespace renkei::cli {

QString GridCommand::summary() const
{
    return tr(
        "Write a series' attendance grid for a fiscal year (people × meetings) as an A4 landscape PDF.");
}

int GridCommand::run(CliContext &context, const QString &path, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption seriesOption(QStringLiteral("series"),
                                          tr("The series' name (may be left out when there is only one)."),
                                          tr("name"));
    const QCommandLineOption yearOption(
        QStringLiteral("fiscal-year"),
        tr("The fiscal year, April to March: 2026, FY2026, 2026年度 or 令和8年度."), tr("year"));
    const QCommandLineOption blankOption(QStringLiteral("blank-rows"),
                                         tr("Empty rows for newcomers. Default: 10."), tr("N"),
                                         QStringLiteral("10"));
    const DocumentLanguageOption language;
    parser.addOptions(
        {seriesOption, yearOption, AttendanceArguments::outOption(), blankOption, language.option()});
    if (auto stop = parse(parser, context, path, args))
        return *stop;
    if (auto stop = language.apply(parser, context, path))
        return *stop;
    if (auto stop = AttendanceArguments::check(context, parser, path, false, true))
        return *stop;
    if (!parser.isSet(yearOption))
        return context.usageError(tr("Give the fiscal year with --fiscal-year."), path);
    const Result<FiscalYear> year = FiscalYear::parse(parser.value(yearOption));
    if (!year)
        return context.usageError(year.error().message, path);
    const QString file = parser.value(QStringLiteral("out"));
    const std::optional<int> blank = MeetingArguments::wholeNumber(parser.value(blankOption));
    if (!blank || *blank < 0 || *blank > 500)
        return context.usageError(tr("--blank-rows takes a number from 0 to 500."), path);

    std::unique_ptr<Database> db = context.openDatabase(Database::OpenMode::OpenExisting);
    if (!db)
        return BadInput;
    const Result<Series> series = MeetingArguments::series(*db, parser.value(seriesOption));
    if (!series)
        return context.fail(series.error());
    const Result<AttendanceGrid> grid =
        AttendanceGrid::load(*db, series->id, *year, *blank, context.documentOptions());
    if (!grid)
        return context.fail(grid.error());
    const Result<int> pages = grid->writePdf(file);
    if (!pages)
        return context.fail(pages.error());
    context.out() << tr("Meetings: %1. People: %2.").arg(grid->meetings().size()).arg(grid->people().size())
                  << ' ' << AttendanceArguments::wrote(*pages, file) << '\n';
    return Success;
}

} // namespace renkei::cli
