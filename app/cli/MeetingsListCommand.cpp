#include "MeetingsListCommand.h"

#include "MeetingArguments.h"
#include "core/io/CsvWriter.h"
#include "core/io/TextTable.h"
#include "core/storage/MeetingRepository.h"
#include "core/storage/SeriesRepository.h"

#include <QHash>

namespace renkei::cli {

QString MeetingsListCommand::summary() const
{
    return tr("List the meetings by date, of a series or a fiscal year.");
}

int MeetingsListCommand::run(CliContext &context, const QString &path, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption seriesOption(QStringLiteral("series"), tr("Only this series' meetings."),
                                          tr("name"));
    const QCommandLineOption yearOption(QStringLiteral("fiscal-year"),
                                        tr("Only the meetings of this fiscal year (April to March)."),
                                        tr("YYYY"));
    const QCommandLineOption format(QStringLiteral("format"), tr("table or csv. Default: table."),
                                    tr("format"), QStringLiteral("table"));
    parser.addOptions({seriesOption, yearOption, format});
    if (auto stop = parse(parser, context, path, args))
        return *stop;
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(tr("'%1' takes no arguments.").arg(path), path);
    const QString formatName = parser.value(format).toLower();
    if (formatName != QLatin1String("table") && formatName != QLatin1String("csv"))
        return context.usageError(tr("Unknown format '%1'; use table or csv.").arg(parser.value(format)),
                                  path);
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
    Result<QList<Meeting>> meetings =
        fiscalYear.isValid() ? MeetingRepository(*db).list(seriesId, fiscalYear.first(), fiscalYear.last())
                             : MeetingRepository(*db).list(seriesId);
    if (!meetings)
        return context.fail(meetings.error());
    Result<QList<Series>> allSeries = SeriesRepository(*db).all();
    if (!allSeries)
        return context.fail(allSeries.error());
    QHash<qint64, QString> seriesNames;
    for (const Series &s : *allSeries)
        seriesNames.insert(s.id, s.name);

    if (formatName == QLatin1String("csv")) {
        CsvWriter writer(context.outDevice());
        writer.writeRow({QStringLiteral("id"), QStringLiteral("series"), QStringLiteral("number"),
                         QStringLiteral("date"), QStringLiteral("start"), QStringLiteral("end"),
                         QStringLiteral("venue"), QStringLiteral("status"), QStringLiteral("theme")});
        for (const Meeting &m : *meetings)
            writer.writeRow({QString::number(m.id), seriesNames.value(m.seriesId), QString::number(m.number),
                             m.date.toString(Qt::ISODate), m.start.toString(QStringLiteral("HH:mm")),
                             m.end.toString(QStringLiteral("HH:mm")), m.venue, meetingStatusKey(m.status),
                             m.theme});
        if (Status written = writer.status(); !written)
            return context.fail(written.error());
        return Success;
    }

    TextTable table(
        {tr("ID"), tr("Series"), tr("No."), tr("Date"), tr("Time"), tr("Venue"), tr("Status"), tr("Theme")});
    table.setAlignment(0, TextTable::Align::Right);
    table.setAlignment(2, TextTable::Align::Right);
    for (const Meeting &m : *meetings)
        table.addRow({QString::number(m.id), seriesNames.value(m.seriesId), QString::number(m.number),
                      MeetingArguments::dateText(m.date), MeetingArguments::timeText(m.start, m.end), m.venue,
                      meetingStatusLabel(m.status), m.theme});
    context.out() << table.toString();
    return Success;
}

} // namespace renkei::cli
