#include "ReportCommand.h"

#include "DocumentLanguageOption.h"
#include "MeetingArguments.h"
#include "core/documents/ActivityReport.h"
#include "core/io/TextTable.h"
#include "core/reports/MeetingReport.h"
#include "core/reports/ReportCsv.h"
#include "core/reports/ReportJson.h"
#include "core/reports/SeriesReport.h"

#include <QLocale>

namespace renkei::cli {

namespace {

enum class Format
{
    Table,
    Csv,
    Json
};

std::optional<Format> formatFrom(const QString &name)
{
    if (name == QLatin1String("table"))
        return Format::Table;
    if (name == QLatin1String("csv"))
        return Format::Csv;
    if (name == QLatin1String("json"))
        return Format::Json;
    return std::nullopt;
}

int writeJson(CliContext &context, const QJsonObject &json)
{
    context.out().flush();
    context.outDevice().write(ReportJson::text(json));
    return Success;
}

int writeCsv(CliContext &context, const QList<QStringList> &rows)
{
    context.out().flush();
    if (Status written = ReportCsv::write(context.outDevice(), rows); !written)
        return context.fail(written.error());
    return Success;
}

// `rows` as an aligned table: the first is the header; numbers are right-aligned.
QString aligned(const QList<QStringList> &rows, const QList<int> &rightAligned)
{
    TextTable table(rows.value(0));
    for (int c : rightAligned)
        table.setAlignment(c, TextTable::Align::Right);
    for (const QStringList &row : rows.mid(1))
        table.addRow(row);
    return table.toString();
}

int printMeeting(CliContext &context, const MeetingReport &r, Format format)
{
    if (format == Format::Json)
        return writeJson(context, ReportJson::meeting(r));
    if (format == Format::Csv)
        return writeCsv(context, ReportCsv::meeting(r));
    context.out() << ReportCommand::tr("%1 %2, %3: %4")
                         .arg(r.series.name, r.meeting.numberLabel(),
                              MeetingArguments::dateText(r.meeting.date), r.meeting.theme)
                  << '\n';
    TextTable table({ReportCommand::tr("Section"), ReportCommand::tr("Item"), ReportCommand::tr("Count")});
    table.setAlignment(2, TextTable::Align::Right);
    QString previous;
    for (const MeetingReport::Line &line : r.lines()) {
        table.addRow({line.sectionLabel == previous ? QString() : line.sectionLabel, line.item,
                      QLocale().toString(line.count)});
        previous = line.sectionLabel;
    }
    context.out() << table.toString();
    return Success;
}

// The series' activity report: CSV and JSON as --out writes them; the table shows the year's figures,
// then the CSV's rows (a meeting a row, a column a profession, the totals) and the people by profession.
int printSeries(CliContext &context, const ActivityReport &report, Format format)
{
    if (format == Format::Json)
        return writeJson(context, report.json());
    const QList<QStringList> rows = report.csvRows();
    if (format == Format::Csv)
        return writeCsv(context, rows);
    const SeriesReport &r = report.report();
    const QLocale locale;
    QTextStream &out = context.out();
    out << ReportCommand::tr("%1, %2 (%3 to %4)")
               .arg(r.series.name, r.period.label(), r.period.first.toString(Qt::ISODate),
                    r.period.last.toString(Qt::ISODate))
        << '\n';
    out << ReportCommand::tr("%n meeting(s) held", nullptr, r.meetingsHeld()) << '\n';
    out << ReportCommand::tr("%n attendance(s), of which %1 by guests", nullptr, r.attendances)
               .arg(locale.toString(r.guestAttendances))
        << '\n';
    out << ReportCommand::tr("%n different people", nullptr, r.uniqueAttendees()) << '\n';
    out << ReportCommand::tr("%1 per meeting on average").arg(locale.toString(r.averagePerMeeting(), 'f', 1))
        << '\n';
    out << ReportCommand::tr("%n first-timer(s); %1 of %2 came back within %3 meetings", nullptr,
                             r.firstTimers)
               .arg(r.returnRate.returned)
               .arg(r.returnRate.eligible)
               .arg(r.returnRate.window)
        << '\n';
    out << ReportCommand::tr("%n member(s) not seen at the last %1 meetings", nullptr, int(r.lapsed.size()))
               .arg(r.options.lapsedAfter)
        << '\n';
    out << '\n';
    QList<int> counts{0};
    for (int c = 4; c < int(rows.value(0).size()); ++c)
        counts << c;
    out << aligned(rows, counts) << '\n';
    QList<QStringList> mix{
        {ReportCommand::tr("Profession"), ReportCommand::tr("Attendances"), ReportCommand::tr("People")}};
    for (const BreakdownEntry &e : r.byProfession.entries)
        mix << QStringList{e.label, locale.toString(e.count),
                           locale.toString(r.peopleByProfession.count(e.id))};
    out << aligned(mix, {1, 2});
    return Success;
}

} // namespace

QString ReportCommand::summary() const
{
    return tr("Show the figures of a meeting or of a series over a fiscal year, or save the annual "
              "activity report.");
}

int ReportCommand::run(CliContext &context, const QString &path, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption meeting(QStringLiteral("meeting"), tr("The meeting to report on, by its id."),
                                     tr("id"));
    const QCommandLineOption series(QStringLiteral("series"),
                                    tr("The series to report on (may be left out when there is only one)."),
                                    tr("name"));
    const QCommandLineOption fiscalYear(QStringLiteral("fiscal-year"),
                                        tr("The fiscal year, April to March, named by its first year (2026, "
                                           "令和8年度). Default: the current one."),
                                        tr("year"));
    const QCommandLineOption from(QStringLiteral("from"), tr("The first day of a range (2026-04-01)."),
                                  tr("date"));
    const QCommandLineOption to(QStringLiteral("to"), tr("The last day of a range (2027-03-31)."),
                                tr("date"));
    const QCommandLineOption out(QStringLiteral("out"),
                                 tr("Save the annual activity report to this file: .pdf (A4), .csv (for "
                                    "spreadsheets) or .json."),
                                 tr("file"));
    const QCommandLineOption format(QStringLiteral("format"),
                                    tr("How to print the figures: table, csv or json. Default: table."),
                                    tr("format"), QStringLiteral("table"));
    const QCommandLineOption era(QStringLiteral("era"),
                                 tr("Write dates in the report with the Japanese era (令和)."));
    const DocumentLanguageOption language;
    const QCommandLineOption returnWithin(
        QStringLiteral("return-within"),
        tr("A first-timer came back when they came to one of the next this many meetings. Default: 3."),
        tr("meetings"), QStringLiteral("3"));
    const QCommandLineOption notSeen(
        QStringLiteral("not-seen"),
        tr("List as not seen lately the members who came to none of the period's last this many meetings. "
           "Default: 3."),
        tr("meetings"), QStringLiteral("3"));
    parser.addOptions(
        {meeting, series, fiscalYear, from, to, out, format, era, language.option(), returnWithin, notSeen});
    if (auto stop = parse(parser, context, path, args))
        return *stop;
    if (auto stop = language.apply(parser, context, path))
        return *stop;
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(tr("'%1' takes no arguments.").arg(path), path);
    const std::optional<Format> chosen = formatFrom(parser.value(format).toLower());
    if (!chosen)
        return context.usageError(
            tr("Unknown format '%1'; use table, csv or json.").arg(parser.value(format)), path);

    SeriesReport::Options figures;
    for (const auto &[option, value] :
         {std::pair{&returnWithin, &figures.returnWindow}, std::pair{&notSeen, &figures.lapsedAfter}}) {
        bool ok = false;
        *value = parser.value(*option).toInt(&ok);
        if (!ok || *value < 1 || *value > 99)
            return context.usageError(tr("--%1 takes a number of meetings from 1 to 99, not '%2'.")
                                          .arg(option->names().constFirst(), parser.value(*option)),
                                      path);
    }

    if (parser.isSet(meeting)) {
        if (parser.isSet(series) || parser.isSet(fiscalYear) || parser.isSet(from) || parser.isSet(to) ||
            parser.isSet(out) || parser.isSet(returnWithin) || parser.isSet(notSeen))
            return context.usageError(tr("--meeting reports on one meeting; it takes only --format."), path);
        std::unique_ptr<Database> db = context.openDatabase(Database::OpenMode::OpenExisting);
        if (!db)
            return BadInput;
        Result<Meeting> m = MeetingArguments::meeting(*db, parser.value(meeting));
        if (!m)
            return context.fail(m.error());
        Result<MeetingReport> report = MeetingReport::compute(*db, m->id);
        if (!report)
            return context.fail(report.error());
        return printMeeting(context, *report, *chosen);
    }

    // The period: a fiscal year, or a range of dates.
    if (parser.isSet(fiscalYear) && (parser.isSet(from) || parser.isSet(to)))
        return context.usageError(tr("Give either --fiscal-year or --from and --to, not both."), path);
    if (parser.isSet(from) != parser.isSet(to))
        return context.usageError(tr("A range needs both --from and --to."), path);
    ReportPeriod period = ReportPeriod::of(FiscalYear::containing(QDate::currentDate()));
    if (parser.isSet(fiscalYear)) {
        Result<FiscalYear> year = FiscalYear::parse(parser.value(fiscalYear));
        if (!year)
            return context.usageError(year.error().message, path);
        period = ReportPeriod::of(*year);
    } else if (parser.isSet(from)) {
        const std::optional<QDate> first = MeetingArguments::date(parser.value(from));
        const std::optional<QDate> last = MeetingArguments::date(parser.value(to));
        if (!first || !last)
            return context.usageError(tr("Write dates as 2026-04-01."), path);
        if (*first > *last)
            return context.usageError(tr("The range ends before it begins."), path);
        period = ReportPeriod::range(*first, *last);
    }

    std::unique_ptr<Database> db = context.openDatabase(Database::OpenMode::OpenExisting);
    if (!db)
        return BadInput;
    Result<Series> s = MeetingArguments::series(*db, parser.value(series));
    if (!s)
        return context.fail(s.error());

    // One report, whatever is made of it: the file --out names, or what --format prints.
    Result<ActivityReport> report =
        ActivityReport::load(*db, s->id, period, context.documentOptions(parser.isSet(era)), figures);
    if (!report)
        return context.fail(report.error());
    if (!parser.isSet(out))
        return printSeries(context, *report, *chosen);
    if (Status saved = report->save(parser.value(out)); !saved)
        return context.fail(saved.error());
    context.out() << tr("Saved the activity report of %1, %2, to %3 (%n meeting(s)).", nullptr,
                        report->report().meetingsHeld())
                         .arg(s->name, period.label(), parser.value(out))
                  << '\n';
    return Success;
}

} // namespace renkei::cli
