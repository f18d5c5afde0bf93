#include "SeriesListCommand.h"

#include "MeetingArguments.h"
#include "RosterOutput.h"
#include "core/io/CsvWriter.h"
#include "core/io/TextTable.h"
#include "core/storage/MeetingRepository.h"
#include "core/storage/SeriesRepository.h"

namespace renkei::cli {

QString SeriesListCommand::summary() const
{
    return tr("List the meeting series with their usual venue, times, fee and number of meetings.");
}

int SeriesListCommand::run(CliContext &context, const QString &path, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption format = RosterOutput::formatOption();
    parser.addOption(format);
    if (auto stop = parse(parser, context, path, args))
        return *stop;
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(tr("'%1' takes no arguments.").arg(path), path);
    const std::optional<RosterOutput::Format> output = RosterOutput::format(parser.value(format));
    if (!output)
        return context.usageError(tr("Unknown format '%1'; use table or csv.").arg(parser.value(format)),
                                  path);

    std::unique_ptr<Database> db = context.openDatabase(Database::OpenMode::OpenExisting);
    if (!db)
        return BadInput;
    Result<QList<Series>> all = SeriesRepository(*db).all();
    if (!all)
        return context.fail(all.error());
    QList<int> meetingCounts;
    for (const Series &s : *all) {
        Result<QList<Meeting>> meetings = MeetingRepository(*db).list(s.id);
        if (!meetings)
            return context.fail(meetings.error());
        meetingCounts << int(meetings->size());
    }
    auto capacityText = [](const Series &s) {
        return s.defaultCapacity ? QString::number(*s.defaultCapacity) : QString();
    };

    if (*output == RosterOutput::Format::Csv) {
        CsvWriter writer(context.outDevice());
        writer.writeRow({QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("first_number"),
                         QStringLiteral("venue"), QStringLiteral("address"), QStringLiteral("start"),
                         QStringLiteral("end"), QStringLiteral("fee"), QStringLiteral("capacity"),
                         QStringLiteral("meetings"), QStringLiteral("schedule_rule"),
                         QStringLiteral("notes")});
        for (int i = 0; i < all->size(); ++i) {
            const Series &s = all->at(i);
            writer.writeRow({QString::number(s.id), s.name, QString::number(s.firstNumber), s.defaultVenue,
                             s.defaultAddress, s.defaultStart.toString(QStringLiteral("HH:mm")),
                             s.defaultEnd.toString(QStringLiteral("HH:mm")), QString::number(s.defaultFee),
                             capacityText(s), QString::number(meetingCounts.at(i)), s.scheduleRule, s.notes});
        }
        if (Status written = writer.status(); !written)
            return context.fail(written.error());
        return Success;
    }

    TextTable table({tr("ID"), tr("Name"), tr("From No."), tr("Venue"), tr("Time"), tr("Fee"), tr("Places"),
                     tr("Meetings")});
    for (int column : {0, 2, 5, 6, 7})
        table.setAlignment(column, TextTable::Align::Right);
    for (int i = 0; i < all->size(); ++i) {
        const Series &s = all->at(i);
        table.addRow({QString::number(s.id), s.name, QString::number(s.firstNumber), s.defaultVenue,
                      MeetingArguments::timeText(s.defaultStart, s.defaultEnd), QString::number(s.defaultFee),
                      capacityText(s), QString::number(meetingCounts.at(i))});
    }
    context.out() << table.toString();
    return Success;
}

} // namespace renkei::cli
