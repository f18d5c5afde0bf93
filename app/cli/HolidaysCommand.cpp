#include "HolidaysCommand.h"

#include "MeetingArguments.h"
#include "core/schedule/JapaneseHolidays.h"
#include "core/storage/ClosedDayRepository.h"

#include <algorithm>

namespace renkei::cli {

QString HolidaysCommand::summary() const
{
    return tr("List Japan's public holidays in a range (and the organiser's closed days with --closed).");
}

int HolidaysCommand::run(CliContext &context, const QString &path, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption from(QStringLiteral("from"),
                                  tr("The first day (default: 1 January of this year)."), tr("YYYY-MM-DD"));
    const QCommandLineOption to(QStringLiteral("to"),
                                tr("The last day (default: 31 December of the first "
                                   "day's year)."),
                                tr("YYYY-MM-DD"));
    const QCommandLineOption closed(QStringLiteral("closed"),
                                    tr("Include the organiser's closed days (from the database)."));
    parser.addOptions({from, to, closed});
    if (auto stop = parse(parser, context, path, args))
        return *stop;
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(tr("'%1' takes no arguments.").arg(path), path);

    QDate first(QDate::currentDate().year(), 1, 1);
    if (parser.isSet(from)) {
        const std::optional<QDate> d = MeetingArguments::date(parser.value(from));
        if (!d)
            return context.usageError(
                tr("'%1' is not a date; write it as 2026-04-01.").arg(parser.value(from)), path);
        first = *d;
    }
    QDate last(first.year(), 12, 31);
    if (parser.isSet(to)) {
        const std::optional<QDate> d = MeetingArguments::date(parser.value(to));
        if (!d)
            return context.usageError(tr("'%1' is not a date; write it as 2027-03-31.").arg(parser.value(to)),
                                      path);
        last = *d;
    }
    if (last < first)
        return context.usageError(tr("--to must not be before --from."), path);
    if (!JapaneseHolidays::covers(first.year()) || !JapaneseHolidays::covers(last.year()))
        return context.fail(Error{tr("Public holidays are known from %1 to %2.")
                                      .arg(JapaneseHolidays::firstYear)
                                      .arg(JapaneseHolidays::lastYear)});

    struct Line
    {
        QDate date;
        int order; // holidays before closed days on the same date
        QString name;
    };
    QList<Line> lines;
    for (const Holiday &h : JapaneseHolidays::between(first, last))
        lines << Line{h.date, 0, h.nameJa};
    if (parser.isSet(closed)) {
        std::unique_ptr<Database> db = context.openDatabase(Database::OpenMode::OpenExisting);
        if (!db)
            return BadInput;
        Result<QList<ClosedDay>> days = ClosedDayRepository(*db).all();
        if (!days)
            return context.fail(days.error());
        for (QDate d = first; d <= last; d = d.addDays(1))
            for (const ClosedDay &c : *days)
                if (c.active && c.covers(d))
                    lines << Line{d, 1, c.label};
    }
    std::stable_sort(lines.begin(), lines.end(), [](const Line &a, const Line &b) {
        return a.date != b.date ? a.date < b.date : a.order < b.order;
    });
    for (const Line &line : lines)
        context.out() << line.date.toString(Qt::ISODate) << '\t' << line.name << '\n';
    return Success;
}

} // namespace renkei::cli
