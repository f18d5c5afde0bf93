#include "AttendanceInviteCommand.h"

#include "AttendanceArguments.h"
#include "MeetingArguments.h"
#include "MemberFilterArguments.h"
#include "core/attendance/Invitation.h"
#include "core/io/YesNo.h"

namespace renkei::cli {

QString AttendanceInviteCommand::summary() const
{
    return tr("Invite a selection of members to a meeting: by profession, area, organisation or recent "
              "attendance.");
}

int AttendanceInviteCommand::run(CliContext &context, const QString &path, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption professionOption(
        QStringLiteral("profession"), tr("Members of this profession (repeat, or separate with commas)."),
        tr("name"));
    const QCommandLineOption areaOption(
        QStringLiteral("area"),
        tr("Members in this area; a ward includes its zones (repeat, or separate "
           "with commas)."),
        tr("name"));
    const QCommandLineOption organisationOption(
        QStringLiteral("organisation"), tr("Members of this organisation (repeat for more)."), tr("name"));
    const QCommandLineOption statusOption(QStringLiteral("status"),
                                          tr("Members who are active (the default), archived, or all."),
                                          tr("active|archived|all"), QStringLiteral("active"));
    const QCommandLineOption inAreaOption(
        QStringLiteral("in-area"), tr("yes: only members in the network's own area; no: only those outside."),
        tr("yes|no"));
    const QCommandLineOption medicalOption(
        QStringLiteral("medical-association"),
        tr("yes: only members of the medical association (医師会); no: only "
           "others."),
        tr("yes|no"));
    const QCommandLineOption recentOption(QStringLiteral("recent"),
                                          tr("Only members who came to at least one of the series' last N "
                                             "meetings."),
                                          tr("N"));
    const QCommandLineOption registerOption(
        QStringLiteral("register"), tr("Register them at once instead of inviting them (a full meeting's "
                                       "waiting list applies)."));
    const QCommandLineOption dryRunOption(QStringLiteral("dry-run"),
                                          tr("List the members the selection names; change nothing."));
    parser.addOptions({AttendanceArguments::meetingOption(), professionOption, areaOption, organisationOption,
                       statusOption, inAreaOption, medicalOption, recentOption, registerOption,
                       dryRunOption});
    if (auto stop = parse(parser, context, path, args))
        return *stop;
    if (auto stop = AttendanceArguments::check(context, parser, path, true, false))
        return *stop;

    InviteSelection selection;
    const QString status = parser.value(statusOption).toLower();
    if (status == QLatin1String("active"))
        selection.archived = MemberFilter::Archived::Exclude;
    else if (status == QLatin1String("archived"))
        selection.archived = MemberFilter::Archived::Only;
    else if (status == QLatin1String("all"))
        selection.archived = MemberFilter::Archived::Include;
    else
        return context.usageError(tr("--status takes active, archived or all."), path);
    const std::pair<const QCommandLineOption *, std::optional<bool> *> flags[] = {
        {&inAreaOption, &selection.inArea}, {&medicalOption, &selection.medicalAssociation}};
    for (const auto &[option, value] : flags) {
        if (!parser.isSet(*option))
            continue;
        *value = YesNo::parse(parser.value(*option));
        if (!*value)
            return context.usageError(
                tr("--%1 takes yes or no, not '%2'.").arg(option->names().first(), parser.value(*option)),
                path);
    }
    if (parser.isSet(recentOption)) {
        const std::optional<int> recent = MeetingArguments::wholeNumber(parser.value(recentOption));
        if (!recent || *recent < 1)
            return context.usageError(tr("--recent takes a number of meetings, 1 or more."), path);
        selection.recentMeetings = *recent;
    }

    Meeting meeting;
    std::unique_ptr<Database> db = AttendanceArguments::openMeeting(context, parser, meeting);
    if (!db)
        return BadInput;
    const Result<QList<qint64>> professionIds =
        MemberFilterArguments::professionIds(*db, parser.values(professionOption));
    if (!professionIds)
        return context.fail(professionIds.error());
    const Result<QList<qint64>> areaIds = MemberFilterArguments::areaIds(*db, parser.values(areaOption));
    if (!areaIds)
        return context.fail(areaIds.error());
    const Result<QList<qint64>> organisationIds =
        MemberFilterArguments::organisationIds(*db, parser.values(organisationOption));
    if (!organisationIds)
        return context.fail(organisationIds.error());
    selection.professionIds = *professionIds;
    selection.areaIds = *areaIds;
    selection.organisationIds = *organisationIds;

    Invitation invitation(*db, meeting.id);
    if (parser.isSet(dryRunOption)) {
        const Result<QList<qint64>> chosen = invitation.select(selection);
        if (!chosen)
            return context.fail(chosen.error());
        context.out() << tr("The selection names %n member(s):", nullptr, int(chosen->size())) << '\n';
        AttendeeRepository attendees(*db);
        for (qint64 id : *chosen) {
            const Result<Attendee> member = attendees.member(id);
            if (!member)
                return context.fail(member.error());
            context.out() << QStringLiteral("  %1  %2  %3").arg(id).arg(member->name, member->profession)
                          << '\n';
        }
        return Success;
    }
    const bool registering = parser.isSet(registerOption);
    const Result<Invitation::Outcome> outcome =
        invitation.invite(selection, registering ? Invitation::As::Registered : Invitation::As::Invited);
    if (!outcome)
        return context.fail(outcome.error());
    if (registering)
        context.out() << tr("Registered %n member(s).", nullptr, outcome->added) << '\n';
    else
        context.out() << tr("Invited %n member(s).", nullptr, outcome->added) << '\n';
    if (outcome->waitlisted > 0)
        context.out() << tr("%n of them wait for a place: the meeting is full.", nullptr, outcome->waitlisted)
                      << '\n';
    if (outcome->alreadyListed > 0)
        context.out() << tr("%n member(s) were on the list already and were left as they were.", nullptr,
                            outcome->alreadyListed)
                      << '\n';
    return Success;
}

} // namespace renkei::cli
