#include "MeetingsPlanCommand.h"

#include "MeetingArguments.h"
#include "core/io/TextTable.h"
#include "core/schedule/MeetingPlanner.h"
#include "core/storage/MeetingRepository.h"

namespace renkei::cli {

QString MeetingsPlanCommand::summary() const
{
    return tr("Plan a fiscal year of meetings from a schedule rule (preview with --dry-run).");
}

int MeetingsPlanCommand::run(CliContext &context, const QString &path, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption seriesOption(QStringLiteral("series"), tr("The series (default: the only one)."),
                                          tr("name"));
    const QCommandLineOption yearOption(
        QStringLiteral("fiscal-year"),
        tr("The fiscal year to plan, by the year it begins in (2027: April 2027 "
           "to March 2028)."),
        tr("YYYY"));
    const QCommandLineOption ruleOption(
        QStringLiteral("rule"), tr("The schedule rule, written as above (default: the series' saved rule)."),
        tr("rule"));
    const QCommandLineOption fromOption(
        QStringLiteral("from"),
        tr("Change the rhythm from this meeting of the series on (its number, "
           "第N回): later planned meetings take the new dates."),
        tr("number"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    tr("Show the dates without writing anything."));
    const QCommandLineOption keepRule(QStringLiteral("keep-rule"),
                                      tr("Do not save the rule with the series."));
    parser.addOptions({seriesOption, yearOption, ruleOption, fromOption, dryRun, keepRule});
    parser.setApplicationDescription(QLatin1Char('\n') + ScheduleRule::syntaxHelp());
    if (auto stop = parse(parser, context, path, args))
        return *stop;
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(tr("'%1' takes no arguments.").arg(path), path);
    if (!parser.isSet(yearOption) && !parser.isSet(fromOption))
        return context.usageError(tr("Give the fiscal year to plan with --fiscal-year."), path);

    FiscalYear fiscalYear;
    if (parser.isSet(yearOption)) {
        Result<FiscalYear> parsed = FiscalYear::parse(parser.value(yearOption));
        if (!parsed)
            return context.usageError(parsed.error().message, path);
        fiscalYear = *parsed;
    }
    std::optional<int> fromNumber;
    if (parser.isSet(fromOption)) {
        fromNumber = MeetingArguments::wholeNumber(parser.value(fromOption));
        if (!fromNumber || *fromNumber < 1)
            return context.usageError(
                tr("--from takes a meeting's number, not '%1'.").arg(parser.value(fromOption)), path);
    }

    std::unique_ptr<Database> db = context.openDatabase(Database::OpenMode::OpenExisting);
    if (!db)
        return BadInput;
    Result<Series> series = MeetingArguments::series(*db, parser.value(seriesOption));
    if (!series)
        return context.fail(series.error());

    const QString ruleText = parser.isSet(ruleOption) ? parser.value(ruleOption) : series->scheduleRule;
    if (ruleText.trimmed().isEmpty())
        return context.usageError(
            tr("%1 has no saved schedule rule; give one with --rule.").arg(series->name), path);
    Result<ScheduleRule> rule = ScheduleRule::parse(ruleText);
    if (!rule) {
        Error e = rule.error();
        e.message = tr("The rule “%1” is not valid: %2").arg(ruleText, e.message);
        e.column = 0;
        return context.usageError(e.message, path);
    }

    MeetingPlanner::Request request;
    request.seriesId = series->id;
    request.fiscalYear = fiscalYear;
    request.rule = *rule;
    request.saveRule = !parser.isSet(keepRule);
    if (fromNumber) {
        Result<Meeting> start = MeetingRepository(*db).findByNumber(series->id, *fromNumber);
        if (!start)
            return context.fail(start.error());
        request.fromMeetingId = start->id;
    }

    MeetingPlanner planner(*db);
    Result<MeetingPlan> plan = parser.isSet(dryRun) ? planner.preview(request) : planner.apply(request);
    if (!plan)
        return context.fail(plan.error());

    QTextStream &out = context.out();
    //: The heading of a plan: series, fiscal year, the rule in words
    out << tr("%1, %2: %3").arg(series->name, plan->fiscalYear.label(), plan->rule.describe()) << '\n';
    out << plan->rule.describeHolidayPolicy() << '\n';
    out << tr("Rule: %1").arg(plan->rule.toString()) << "\n\n";

    TextTable table({tr("No."), tr("Date"), tr("Time"), tr("Note")});
    table.setAlignment(0, TextTable::Align::Right);
    for (const PlannedDate &d : plan->dates) {
        QStringList notes;
        if (!d.explanation().isEmpty())
            notes << d.explanation();
        if (d.meetingId != 0 && d.previousDate.isValid() && d.previousDate != d.date)
            notes << tr("was %1").arg(d.previousDate.toString(Qt::ISODate));
        if (d.previousNumber != 0 && d.previousNumber != d.number)
            notes << tr("was No. %1").arg(d.previousNumber);
        table.addRow(
            {d.isMeeting() ? QString::number(d.number) : QStringLiteral("-"),
             d.isMeeting() ? MeetingArguments::dateText(d.date) : MeetingArguments::dateText(d.ruleDate),
             d.isMeeting() ? MeetingArguments::timeText(d.start, d.end) : QString(),
             notes.join(QStringLiteral("; "))});
    }
    out << table.toString();
    const bool preview = parser.isSet(dryRun);
    for (const Meeting &m : plan->removed)
        out << (preview ? tr("To be removed: %1, %2") : tr("Removed: %1, %2"))
                   .arg(m.numberLabel(), MeetingArguments::dateText(m.date))
            << '\n';
    if (plan->removedRegistrations > 0)
        out << (preview
                    ? tr("%n registration(s) would be removed with them.", nullptr,
                         plan->removedRegistrations)
                    : tr("%n registration(s) were removed with them.", nullptr, plan->removedRegistrations))
            << '\n';
    for (const Renumbering &r : plan->renumbered)
        out << (preview ? tr("To be renumbered: %1") : tr("Renumbered: %1")).arg(r.describe()) << '\n';
    for (const QString &warning : plan->warnings)
        context.err() << tr("Note: %1").arg(warning) << '\n';

    const int count = plan->meetingCount();
    out << '\n';
    if (preview)
        out << tr("Dry run: nothing was written; %n meeting(s) would be planned.", nullptr, count) << '\n';
    else if (count > 0)
        out << tr("Planned %n meeting(s), No. %1 to No. %2.", nullptr, count)
                   .arg(plan->firstNumber())
                   .arg(plan->lastNumber())
            << '\n';
    else
        out << tr("No meetings were planned.") << '\n';
    return Success;
}

} // namespace renkei::cli
