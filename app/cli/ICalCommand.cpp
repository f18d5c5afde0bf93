#include "ICalCommand.h"

#include "DocumentLanguageOption.h"
#include "MeetingArguments.h"
#include "core/io/ICalendar.h"

#include <QDir>

namespace renkei::cli {

QString ICalCommand::summary() const
{
    return tr("Write the meetings as a calendar file (.ics) to import into a calendar; importing it again "
              "updates the same events.");
}

int ICalCommand::run(CliContext &context, const QString &path, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption outOption(QStringLiteral("out"), tr("The .ics file to write."), tr("FILE"));
    const QCommandLineOption seriesOption(QStringLiteral("series"), tr("Only this series' meetings."),
                                          tr("name"));
    const QCommandLineOption yearOption(QStringLiteral("fiscal-year"),
                                        tr("Only this fiscal year's meetings."), tr("YYYY"));
    const DocumentLanguageOption language;
    parser.addOptions({outOption, seriesOption, yearOption, language.option()});
    if (auto stop = parse(parser, context, path, args))
        return *stop;
    if (auto stop = language.apply(parser, context, path))
        return *stop;
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(tr("'%1' takes no arguments.").arg(path), path);
    if (!parser.isSet(outOption))
        return context.usageError(tr("Give the file to write with --out."), path);
    FiscalYear fiscalYear;
    if (parser.isSet(yearOption)) {
        Result<FiscalYear> parsed = FiscalYear::parse(parser.value(yearOption));
        if (!parsed)
            return context.usageError(parsed.error().message, path);
        fiscalYear = *parsed;
    }

    std::unique_ptr<Database> db = context.openDatabase(Database::OpenMode::OpenExisting);
    if (!db)
        return BadInput;
    qint64 seriesId = 0;
    if (parser.isSet(seriesOption)) {
        Result<Series> series = MeetingArguments::series(*db, parser.value(seriesOption));
        if (!series)
            return context.fail(series.error());
        seriesId = series->id;
    }
    const QString file = parser.value(outOption);
    Result<int> written = ICalendar::exportTo(*db, file, seriesId, fiscalYear, context.documentOptions());
    if (!written)
        return context.fail(written.error());
    context.out() << tr("Wrote %n meeting(s) to %1.", nullptr, *written).arg(QDir::toNativeSeparators(file))
                  << '\n';
    return Success;
}

} // namespace renkei::cli
