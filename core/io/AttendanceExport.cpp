#include "AttendanceExport.h"

#include "core/io/CsvSaveFile.h"
#include "core/io/YesNo.h"
#include "core/schedule/FiscalYear.h"
#include "core/storage/AttendanceRepository.h"
#include "core/storage/Database.h"
#include "core/storage/DisplayNames.h"
#include "core/storage/MeetingRepository.h"
#include "core/storage/MemberRepository.h"

#include <QHash>
#include <QTimeZone>

namespace renkei {

namespace {

const QString attendedMark = QStringLiteral("○");
const QString absentMark = QStringLiteral("×");

} // namespace

Result<AttendanceExport::Table> AttendanceExport::meetingList(qint64 meetingId) const
{
    const Result<Meeting> meeting = MeetingRepository(m_db).get(meetingId);
    if (!meeting)
        return meeting.error();
    const Result<QList<Attendance>> attendance = AttendanceRepository(m_db).forMeeting(meetingId);
    if (!attendance)
        return attendance.error();
    const Result<DisplayNames> names =
        DisplayNames::load(m_db, DisplayNames::Professions | DisplayNames::Organisations);
    if (!names)
        return names.error();
    MemberRepository members(m_db);
    const QTimeZone tokyo("Asia/Tokyo");

    Table table;
    table.header = {
        tr("Name"), tr("Reading"), tr("Member or guest"),  tr("Profession"), tr("Organisation"), tr("Status"),
        tr("Role"), tr("Walk-in"), tr("Social gathering"), tr("Fee paid"),   tr("Checked in")};
    for (const Attendance &a : *attendance) {
        QString name, kana, profession, organisation;
        if (a.isGuest()) {
            name = a.guest.name;
            kana = a.guest.kana;
            profession = names->profession(a.guest.professionId);
            organisation = a.guest.organisation;
        } else {
            const Result<Member> member = members.get(a.memberId);
            if (!member)
                return member.error();
            name = member->fullName();
            kana = member->fullKana();
            profession = names->profession(member->professionId);
            organisation = names->organisation(member->organisationId);
        }
        const QString checkedIn =
            a.checkedInAt.isValid()
                ? a.checkedInAt.toTimeZone(tokyo).toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                : QString();
        table.rows << QStringList{name,
                                  kana,
                                  a.isGuest() ? tr("guest") : tr("member"),
                                  profession,
                                  organisation,
                                  attendanceStatusLabel(a.status),
                                  attendanceRoleLabel(a.role),
                                  YesNo::text(a.walkIn),
                                  YesNo::text(a.social),
                                  YesNo::text(a.feePaid),
                                  checkedIn};
        table.memberIds << a.memberId;
    }
    return table;
}

Result<AttendanceExport::Table> AttendanceExport::matrix(qint64 seriesId, int fiscalYear) const
{
    const FiscalYear year(fiscalYear);
    const Result<QList<Meeting>> allMeetings =
        MeetingRepository(m_db).list(seriesId, year.first(), year.last());
    if (!allMeetings)
        return allMeetings.error();
    QList<Meeting> meetings;
    for (const Meeting &m : *allMeetings)
        if (m.status != MeetingStatus::Cancelled)
            meetings << m;

    // member id → one status per meeting; guests counted per meeting.
    QHash<qint64, QList<std::optional<AttendanceStatus>>> byMember;
    QList<int> guestsAttended(meetings.size(), 0);
    AttendanceRepository attendanceRepository(m_db);
    for (qsizetype i = 0; i < meetings.size(); ++i) {
        const Result<QList<Attendance>> rows = attendanceRepository.forMeeting(meetings[i].id);
        if (!rows)
            return rows.error();
        for (const Attendance &a : *rows) {
            if (a.isGuest()) {
                if (a.status == AttendanceStatus::Attended)
                    ++guestsAttended[i];
                continue;
            }
            auto &statuses = byMember[a.memberId];
            statuses.resize(meetings.size());
            statuses[i] = a.status;
        }
    }

    const Result<DisplayNames> names =
        DisplayNames::load(m_db, DisplayNames::Professions | DisplayNames::Organisations);
    if (!names)
        return names.error();
    Table table;
    table.header = QStringList{tr("Name"), tr("Reading"), tr("Profession"), tr("Organisation")};
    for (const Meeting &m : meetings)
        //: A meeting's column: its number (第12回) and date
        table.header << tr("%1 (%2)").arg(m.numberLabel(), m.date.toString(Qt::ISODate));
    table.header << tr("Times attended");

    QList<int> membersAttended(meetings.size(), 0);
    MemberFilter everyone;
    everyone.archived = MemberFilter::Archived::Include;
    const Status listed = MemberRepository(m_db).forEach(everyone, [&](const Member &member) {
        const auto statuses = byMember.value(member.id);
        if (member.archived && statuses.isEmpty())
            return true;
        QStringList row{member.fullName(), member.fullKana(), names->profession(member.professionId),
                        names->organisation(member.organisationId)};
        int attended = 0;
        for (qsizetype i = 0; i < meetings.size(); ++i) {
            const std::optional<AttendanceStatus> status = i < statuses.size() ? statuses[i] : std::nullopt;
            if (status == AttendanceStatus::Attended) {
                row << attendedMark;
                ++attended;
                ++membersAttended[i];
            } else if (status == AttendanceStatus::Absent) {
                row << absentMark;
            } else {
                row << QString();
            }
        }
        row << QString::number(attended);
        table.rows << row;
        table.memberIds << member.id;
        return true;
    });
    if (!listed)
        return listed.error();

    const auto totalRow = [&](const QString &label, const QList<int> &counts) {
        QStringList row{label, QString(), QString(), QString()};
        int sum = 0;
        for (int n : counts) {
            row << QString::number(n);
            sum += n;
        }
        row << QString::number(sum);
        table.rows << row;
        table.memberIds << 0;
    };
    QList<int> everyoneAttended(meetings.size(), 0);
    for (qsizetype i = 0; i < meetings.size(); ++i)
        everyoneAttended[i] = membersAttended[i] + guestsAttended[i];
    totalRow(tr("Members attended"), membersAttended);
    totalRow(tr("Guests attended"), guestsAttended);
    totalRow(tr("Everyone attended"), everyoneAttended);
    return table;
}

QList<UnrepresentableValue> AttendanceExport::check(const Table &table, TextEncoding encoding)
{
    QList<UnrepresentableValue> found;
    if (encoding != TextEncoding::ShiftJis)
        return found;
    EncodingCheck check(encoding);
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        const QStringList &row = table.rows[r];
        for (qsizetype c = 0; c < row.size(); ++c) {
            if (check.canHold(row[c]))
                continue;
            UnrepresentableValue value;
            value.memberId = r < table.memberIds.size() ? table.memberIds[r] : 0;
            value.who = row.value(0);
            value.column = table.header.value(c);
            value.value = row[c];
            value.characters = check.unrepresentable(row[c]);
            value.replacement = check.replaced(row[c]);
            found << value;
        }
    }
    return found;
}

Result<int> AttendanceExport::write(const Table &table, const QString &path, const Options &options)
{
    const QList<UnrepresentableValue> unrepresentable = check(table, options.encoding);
    if (!unrepresentable.isEmpty() && !options.replaceUnrepresentable)
        return Error{tr("%n value(s) cannot be written in %1. Agree to replacing them with look-alikes, or "
                        "choose UTF-8.",
                        "", int(unrepresentable.size()))
                         .arg(textEncodingLabel(options.encoding))};
    EncodingCheck check(options.encoding);
    CsvSaveFile file(path, options.encoding);
    if (Status s = file.open(); !s)
        return s.error();
    file.writeRow(table.header);
    for (const QStringList &row : table.rows) {
        if (unrepresentable.isEmpty()) {
            file.writeRow(row);
            continue;
        }
        QStringList replaced;
        for (const QString &value : row)
            replaced << check.replaced(value);
        file.writeRow(replaced);
    }
    if (Status s = file.commit(); !s)
        return s.error();
    return int(table.rows.size());
}

} // namespace renkei
