#include "AttendanceSetCommand.h"

#include "AttendanceArguments.h"
#include "MeetingArguments.h"
#include "core/attendance/Registration.h"
#include "core/io/YesNo.h"
#include "core/storage/AttendanceRepository.h"
#include "core/storage/AttendeeRepository.h"

namespace renkei::cli {

QString AttendanceSetCommand::summary() const
{
    return tr("Register, cancel or record one person at a meeting (status, role, social gathering, fee).");
}

void AttendanceSetCommand::reportMovedUp(CliContext &context, const QList<Attendee> &moved)
{
    if (moved.isEmpty())
        return;
    context.out() << tr("Moved up from the waiting list — let them know:") << '\n';
    for (const Attendee &a : moved) {
        QStringList contact;
        for (const QString &part : {a.email, a.phone})
            if (!part.isEmpty())
                contact << part;
        context.out() << QStringLiteral("  ")
                      << (contact.isEmpty() ? a.name
                                            : tr("%1 (%2)").arg(a.name, contact.join(QStringLiteral(", "))))
                      << '\n';
    }
}

int AttendanceSetCommand::run(CliContext &context, const QString &path, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption memberOption(
        QStringLiteral("member"), tr("The member's id; a member not on the list is added."), tr("ID"));
    const QCommandLineOption rowOption(QStringLiteral("attendance"),
                                       tr("The attendance record's id (as 'attendance list' shows it), for a "
                                          "guest."),
                                       tr("ID"));
    const QCommandLineOption statusOption(
        QStringLiteral("status"),
        tr("The status: %1.").arg(attendanceStatusKeys().join(QStringLiteral(", "))), tr("status"));
    const QCommandLineOption roleOption(
        QStringLiteral("role"), tr("The role: %1.").arg(attendanceRoleKeys().join(QStringLiteral(", "))),
        tr("role"));
    const QCommandLineOption socialOption(QStringLiteral("social"),
                                          tr("Stays for the social gathering: yes or no."), tr("yes|no"));
    const QCommandLineOption paidOption(QStringLiteral("paid"), tr("Has paid the fee: yes or no."),
                                        tr("yes|no"));
    const QCommandLineOption walkInOption(QStringLiteral("walk-in"), tr("Came unannounced: yes or no."),
                                          tr("yes|no"));
    const QCommandLineOption forceOption(
        QStringLiteral("over-capacity"),
        tr("Register even when the meeting is full, instead of the waiting list."));
    parser.addOptions({AttendanceArguments::meetingOption(), memberOption, rowOption, statusOption,
                       roleOption, socialOption, paidOption, walkInOption, forceOption});
    if (auto stop = parse(parser, context, path, args))
        return *stop;
    if (auto stop = AttendanceArguments::check(context, parser, path, true, false))
        return *stop;
    if (parser.isSet(memberOption) == parser.isSet(rowOption))
        return context.usageError(tr("Give either --member or --attendance."), path);

    std::optional<AttendanceStatus> status;
    if (parser.isSet(statusOption)) {
        status = attendanceStatusFromKey(parser.value(statusOption));
        if (!status)
            return context.usageError(
                tr("Unknown status '%1'; use %2.")
                    .arg(parser.value(statusOption), attendanceStatusKeys().join(QStringLiteral(", "))),
                path);
    }
    std::optional<AttendanceRole> role;
    if (parser.isSet(roleOption)) {
        role = attendanceRoleFromKey(parser.value(roleOption));
        if (!role)
            return context.usageError(
                tr("Unknown role '%1'; use %2.")
                    .arg(parser.value(roleOption), attendanceRoleKeys().join(QStringLiteral(", "))),
                path);
    }
    std::optional<bool> social, paid, walkIn;
    const std::pair<const QCommandLineOption *, std::optional<bool> *> flags[] = {
        {&socialOption, &social}, {&paidOption, &paid}, {&walkInOption, &walkIn}};
    for (const auto &[option, value] : flags) {
        if (!parser.isSet(*option))
            continue;
        *value = YesNo::parse(parser.value(*option));
        if (!*value)
            return context.usageError(
                tr("--%1 takes yes or no, not '%2'.").arg(option->names().first(), parser.value(*option)),
                path);
    }

    Meeting meeting;
    std::unique_ptr<Database> db = AttendanceArguments::openMeeting(context, parser, meeting);
    if (!db)
        return BadInput;
    AttendanceRepository repository(*db);

    // The row to change: the one given, the member's, or a new one for a member not on the list.
    Attendance row;
    row.meetingId = meeting.id;
    if (parser.isSet(rowOption)) {
        const std::optional<int> id = MeetingArguments::wholeNumber(parser.value(rowOption));
        if (!id)
            return context.usageError(tr("--attendance takes the record's id, a whole number."), path);
        Result<Attendance> stored = repository.get(*id);
        if (!stored)
            return context.fail(stored.error());
        if (stored->meetingId != meeting.id)
            return context.fail(Error{tr("Attendance record %1 belongs to another meeting.").arg(*id)});
        row = *stored;
    } else {
        const std::optional<int> memberId = MeetingArguments::wholeNumber(parser.value(memberOption));
        if (!memberId)
            return context.usageError(tr("--member takes the member's id, a whole number."), path);
        const Result<QList<Attendance>> list = repository.forMeeting(meeting.id);
        if (!list)
            return context.fail(list.error());
        row.memberId = *memberId;
        row.status = AttendanceStatus::Registered;
        for (const Attendance &a : *list)
            if (a.memberId == *memberId)
                row = a;
    }
    if (status)
        row.status = *status;
    if (role)
        row.role = *role;
    if (social)
        row.social = *social;
    if (paid)
        row.feePaid = *paid;
    if (walkIn)
        row.walkIn = *walkIn;

    Registration registration(*db, meeting.id);
    const Result<RegistrationChange> change = registration.save(
        row, parser.isSet(forceOption) ? Registration::Capacity::Exceed : Registration::Capacity::Respect);
    if (!change)
        return context.fail(change.error());
    const Result<Attendee> who = AttendeeRepository(*db).get(change->attendanceId);
    if (!who)
        return context.fail(who.error());
    if (change->status == AttendanceStatus::Waitlisted && status == AttendanceStatus::Registered)
        context.out() << tr("The meeting is full: %1 is on the waiting list, number %2.")
                             .arg(who->name)
                             .arg(change->waitingPosition)
                      << '\n';
    else if (change->status == AttendanceStatus::Waitlisted)
        context.out() << tr("%1: on the waiting list, number %2.").arg(who->name).arg(change->waitingPosition)
                      << '\n';
    else
        //: One person's new status, e.g. "山田 太郎: Registered."
        context.out() << tr("%1: %2.").arg(who->name, attendanceStatusLabel(change->status)) << '\n';
    reportMovedUp(context, change->movedUp);
    return Success;
}

QString AttendancePromoteCommand::summary() const
{
    return tr("Give a meeting's free places to those waiting, in order.");
}

int AttendancePromoteCommand::run(CliContext &context, const QString &path, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption(AttendanceArguments::meetingOption());
    if (auto stop = parse(parser, context, path, args))
        return *stop;
    if (auto stop = AttendanceArguments::check(context, parser, path, true, false))
        return *stop;
    Meeting meeting;
    std::unique_ptr<Database> db = AttendanceArguments::openMeeting(context, parser, meeting);
    if (!db)
        return BadInput;
    const Result<QList<Attendee>> moved = Registration(*db, meeting.id).fillFromWaitingList();
    if (!moved)
        return context.fail(moved.error());
    if (moved->isEmpty())
        context.out() << tr("No one moved up: there is no free place, or no one is waiting.") << '\n';
    AttendanceSetCommand::reportMovedUp(context, *moved);
    return Success;
}

} // namespace renkei::cli
