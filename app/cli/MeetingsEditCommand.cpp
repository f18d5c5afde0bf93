#include "MeetingsEditCommand.h"

#include "MeetingArguments.h"
#include "core/schedule/BusinessCalendar.h"
#include "core/schedule/MeetingPlanner.h"
#include "core/storage/MeetingRepository.h"
#include "core/storage/SeriesRepository.h"

namespace renkei::cli {

QString MeetingsEditCommand::summary() const
{
    return tr("Change a meeting by hand: its date, times, venue, fee, status and more.");
}

int MeetingsEditCommand::run(CliContext &context, const QString &path, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption date(QStringLiteral("date"), tr("The date."), tr("YYYY-MM-DD"));
    const QCommandLineOption start(QStringLiteral("start"), tr("The start time."), tr("HH:MM"));
    const QCommandLineOption end(QStringLiteral("end"), tr("The end time."), tr("HH:MM"));
    const QCommandLineOption venue(QStringLiteral("venue"), tr("The venue."), tr("text"));
    const QCommandLineOption address(QStringLiteral("address"), tr("The venue's address."), tr("text"));
    const QCommandLineOption fee(QStringLiteral("fee"), tr("The fee in yen."), tr("yen"));
    const QCommandLineOption capacity(QStringLiteral("capacity"), tr("The number of places (0: no limit)."),
                                      tr("number"));
    const QCommandLineOption theme(QStringLiteral("theme"), tr("The theme."), tr("text"));
    const QCommandLineOption status(QStringLiteral("status"), tr("planned, held or cancelled."),
                                    tr("status"));
    const QCommandLineOption notes(QStringLiteral("notes"), tr("Notes or minutes."), tr("text"));
    const QCommandLineOption socialVenue(QStringLiteral("social-venue"),
                                         tr("The social gathering's venue (turns it on)."), tr("text"));
    const QCommandLineOption socialStart(QStringLiteral("social-start"), tr("The social gathering's time."),
                                         tr("HH:MM"));
    const QCommandLineOption socialFee(QStringLiteral("social-fee"), tr("The social gathering's fee in yen."),
                                       tr("yen"));
    const QCommandLineOption noSocial(QStringLiteral("no-social"), tr("No social gathering."));
    parser.addOptions({date, start, end, venue, address, fee, capacity, theme, status, notes, socialVenue,
                       socialStart, socialFee, noSocial});
    parser.addPositionalArgument(QStringLiteral("id"), tr("The meeting's id, as 'meetings list' shows it."),
                                 tr("ID"));
    if (auto stop = parse(parser, context, path, args))
        return *stop;
    if (parser.positionalArguments().size() != 1)
        return context.usageError(tr("'%1' takes one meeting id.").arg(path), path);

    std::unique_ptr<Database> db = context.openDatabase(Database::OpenMode::OpenExisting);
    if (!db)
        return BadInput;
    Result<Meeting> found = MeetingArguments::meeting(*db, parser.positionalArguments().first());
    if (!found)
        return context.fail(found.error());
    Meeting m = *found;

    auto readDate = [&](const QCommandLineOption &option, QDate &into) {
        const std::optional<QDate> d = MeetingArguments::date(parser.value(option));
        if (d)
            into = *d;
        return d.has_value();
    };
    auto readTime = [&](const QCommandLineOption &option, QTime &into) {
        if (parser.value(option).isEmpty()) {
            into = QTime();
            return true;
        }
        const std::optional<QTime> t = MeetingArguments::time(parser.value(option));
        if (t)
            into = *t;
        return t.has_value();
    };
    auto readNumber = [&](const QCommandLineOption &option, int &into) {
        const std::optional<int> n = MeetingArguments::wholeNumber(parser.value(option));
        if (n)
            into = *n;
        return n.has_value();
    };
    auto bad = [&](const QCommandLineOption &option) {
        return context.usageError(
            tr("--%1 does not take '%2'.").arg(option.names().first(), parser.value(option)), path);
    };

    if (parser.isSet(date) && !readDate(date, m.date))
        return bad(date);
    if (parser.isSet(start) && !readTime(start, m.start))
        return bad(start);
    if (parser.isSet(end) && !readTime(end, m.end))
        return bad(end);
    if (parser.isSet(venue))
        m.venue = parser.value(venue);
    if (parser.isSet(address))
        m.address = parser.value(address);
    if (parser.isSet(fee) && !readNumber(fee, m.fee))
        return bad(fee);
    if (parser.isSet(capacity)) {
        int places = 0;
        if (!readNumber(capacity, places))
            return bad(capacity);
        m.capacity = places > 0 ? std::optional<int>(places) : std::nullopt;
    }
    if (parser.isSet(theme))
        m.theme = parser.value(theme);
    if (parser.isSet(status)) {
        const std::optional<MeetingStatus> s = meetingStatusFromKey(parser.value(status));
        if (!s)
            return bad(status);
        m.status = *s;
    }
    if (parser.isSet(notes))
        m.notes = parser.value(notes);
    if (parser.isSet(noSocial))
        m.hasSocial = false;
    if (parser.isSet(socialVenue)) {
        m.hasSocial = true;
        m.socialVenue = parser.value(socialVenue);
    }
    if (parser.isSet(socialStart) && !readTime(socialStart, m.socialStart))
        return bad(socialStart);
    if (parser.isSet(socialFee) && !readNumber(socialFee, m.socialFee))
        return bad(socialFee);

    if (Status saved = MeetingRepository(*db).update(m); !saved)
        return context.fail(saved.error());
    Result<Series> series = SeriesRepository(*db).get(m.seriesId);
    if (!series)
        return context.fail(series.error());
    //: e.g. "Saved みなと坂医介連 No. 46: 2026-10-20 (Tue) 19:00–20:30."
    context.out() << tr("Saved %1 %2: %3 %4.")
                         .arg(series->name, m.numberLabel(), MeetingArguments::dateText(m.date),
                              MeetingArguments::timeText(m.start, m.end))
                  << '\n';

    // A date by hand is checked like a planned one, and numbers out of date order are never left silent.
    if (Result<BusinessCalendar> calendar = BusinessCalendar::load(*db); calendar) {
        if (const std::optional<DayOff> off = calendar->dayOff(m.date))
            context.err() << tr("Note: %1 is %2.").arg(m.date.toString(Qt::ISODate), off->name) << '\n';
    }
    Result<QList<Renumbering>> renumbering = MeetingPlanner(*db).renumberingNeeded(m.seriesId);
    if (renumbering && !renumbering->isEmpty()) {
        context.err() << tr("Note: the numbers no longer follow the dates:") << '\n';
        for (const Renumbering &r : *renumbering)
            context.err() << "  " << r.describe() << '\n';
        context.err() << tr("Run '%1 meetings renumber --series \"%2\"' to renumber them.")
                             .arg(CliContext::programName(), series->name)
                      << '\n';
    }
    return Success;
}

} // namespace renkei::cli
