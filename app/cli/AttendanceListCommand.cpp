#include "AttendanceListCommand.h"

#include "AttendanceArguments.h"
#include "MeetingArguments.h"
#include "core/attendance/AttendeeOrder.h"
#include "core/attendance/Registration.h"
#include "core/io/CsvWriter.h"
#include "core/io/TextTable.h"
#include "core/io/YesNo.h"
#include "core/storage/AttendeeRepository.h"

#include <QHash>
#include <QTimeZone>

namespace renkei::cli {

QString AttendanceListCommand::summary() const
{
    return tr("List everyone on a meeting's list, with status, role and check-in.");
}

int AttendanceListCommand::run(CliContext &context, const QString &path, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption format(QStringLiteral("format"),
                                    tr("table (aligned, for reading) or csv (UTF-8, for spreadsheets and "
                                       "scripts). Default: table."),
                                    tr("format"), QStringLiteral("table"));
    const QCommandLineOption statusOption(QStringLiteral("status"),
                                          tr("Only these statuses, separated by commas: %1.")
                                              .arg(attendanceStatusKeys().join(QStringLiteral(", "))),
                                          tr("list"));
    const QCommandLineOption sortOption(
        QStringLiteral("sort"),
        tr("The order: %1. Default: kana.").arg(attendeeSortKeys().join(QStringLiteral(", "))), tr("order"),
        QStringLiteral("kana"));
    parser.addOptions({AttendanceArguments::meetingOption(), format, statusOption, sortOption});
    if (auto stop = parse(parser, context, path, args))
        return *stop;
    if (auto stop = AttendanceArguments::check(context, parser, path, true, false))
        return *stop;
    const QString formatName = parser.value(format).toLower();
    if (formatName != QLatin1String("table") && formatName != QLatin1String("csv"))
        return context.usageError(tr("Unknown format '%1'; use table or csv.").arg(parser.value(format)),
                                  path);
    const std::optional<AttendeeSort> sort = attendeeSortFromKey(parser.value(sortOption));
    if (!sort)
        return context.usageError(
            tr("Unknown order '%1'; use %2.")
                .arg(parser.value(sortOption), attendeeSortKeys().join(QStringLiteral(", "))),
            path);
    QList<AttendanceStatus> statuses;
    for (const QString &key : parser.value(statusOption).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const std::optional<AttendanceStatus> status = attendanceStatusFromKey(key.trimmed());
        if (!status)
            return context.usageError(
                tr("Unknown status '%1'; use %2.")
                    .arg(key.trimmed(), attendanceStatusKeys().join(QStringLiteral(", "))),
                path);
        statuses << *status;
    }

    Meeting meeting;
    std::unique_ptr<Database> db = AttendanceArguments::openMeeting(context, parser, meeting);
    if (!db)
        return BadInput;
    Result<QList<Attendee>> all = AttendeeRepository(*db).forMeeting(meeting.id);
    if (!all)
        return context.fail(all.error());
    Registration registration(*db, meeting.id);
    const Result<QList<Attendee>> waiting = registration.waitingList();
    if (!waiting)
        return context.fail(waiting.error());
    QHash<qint64, int> position;
    for (qsizetype i = 0; i < waiting->size(); ++i)
        position.insert(waiting->at(i).id(), int(i + 1));
    QList<Attendee> rows;
    for (const Attendee &a : *all)
        if (statuses.isEmpty() || statuses.contains(a.attendance.status))
            rows << a;
    AttendeeOrder::sort(rows, *sort);

    const bool csv = formatName == QLatin1String("csv");
    const QTimeZone tokyo(9 * 3600);
    auto checkedIn = [&](const Attendee &a) {
        if (!a.attendance.checkedInAt.isValid())
            return QString();
        const QDateTime local = a.attendance.checkedInAt.toTimeZone(tokyo);
        return csv ? local.toString(Qt::ISODate) : local.toString(QStringLiteral("HH:mm"));
    };
    auto flag = [&](bool value) {
        return csv ? (value ? QStringLiteral("yes") : QStringLiteral("no"))
                   : (value ? YesNo::text(true) : QString());
    };

    if (csv) {
        CsvWriter writer(context.outDevice());
        writer.writeRow({QStringLiteral("id"), QStringLiteral("member_id"), QStringLiteral("name"),
                         QStringLiteral("kana"), QStringLiteral("profession"), QStringLiteral("organisation"),
                         QStringLiteral("status"), QStringLiteral("waiting_position"), QStringLiteral("role"),
                         QStringLiteral("walk_in"), QStringLiteral("social"), QStringLiteral("fee_paid"),
                         QStringLiteral("checked_in_at")});
        for (const Attendee &a : rows)
            writer.writeRow({QString::number(a.id()), a.isGuest() ? QString() : QString::number(a.memberId()),
                             a.name, a.kana, a.profession, a.organisation,
                             attendanceStatusKey(a.attendance.status),
                             position.contains(a.id()) ? QString::number(position.value(a.id())) : QString(),
                             attendanceRoleKey(a.attendance.role), flag(a.attendance.walkIn),
                             flag(a.attendance.social), flag(a.attendance.feePaid), checkedIn(a)});
        if (Status written = writer.status(); !written)
            return context.fail(written.error());
        return Success;
    }

    TextTable table({tr("ID"), tr("Member"), tr("Name"), tr("Kana"), tr("Profession"), tr("Organisation"),
                     tr("Status"), tr("Role"), tr("Walk-in"), tr("Social"), tr("Paid"), tr("Checked in")});
    table.setAlignment(0, TextTable::Align::Right);
    table.setAlignment(1, TextTable::Align::Right);
    for (const Attendee &a : rows) {
        const QString status =
            position.contains(a.id())
                //: A waitlisted person's status and place in line, e.g. "Waitlisted (2)"
                ? tr("%1 (%2)").arg(attendanceStatusLabel(a.attendance.status)).arg(position.value(a.id()))
                : attendanceStatusLabel(a.attendance.status);
        table.addRow({QString::number(a.id()), a.isGuest() ? tr("guest") : QString::number(a.memberId()),
                      a.name, a.kana, a.profession, a.organisation, status,
                      attendanceRoleLabel(a.attendance.role), flag(a.attendance.walkIn),
                      flag(a.attendance.social), flag(a.attendance.feePaid), checkedIn(a)});
    }
    context.out() << table.toString();
    const Result<Places> places = registration.places();
    if (!places)
        return context.fail(places.error());
    int attended = 0;
    for (const Attendee &a : *all)
        attended += a.attendance.status == AttendanceStatus::Attended ? 1 : 0;
    if (places->capacity)
        context.out() << tr("Places: %1 of %2 taken, %3 waiting. Attended: %4.")
                             .arg(places->taken)
                             .arg(*places->capacity)
                             .arg(places->waiting)
                             .arg(attended)
                      << '\n';
    else
        context.out() << tr("Places: %1 taken (no limit), %2 waiting. Attended: %3.")
                             .arg(places->taken)
                             .arg(places->waiting)
                             .arg(attended)
                      << '\n';
    return Success;
}

} // namespace renkei::cli
