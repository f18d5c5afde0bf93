#include "Registration.h"

#include "core/model/Meeting.h"
#include "core/storage/AttendanceRepository.h"
#include "core/storage/AttendeeRepository.h"
#include "core/storage/Database.h"
#include "core/storage/InTransaction.h"
#include "core/storage/MeetingRepository.h"

#include <QSet>
#include <QTimeZone>

#include <algorithm>
#include <climits>

namespace renkei {

namespace {

bool waitsBefore(const Attendance &a, const Attendance &b)
{
    if (a.registeredAt != b.registeredAt)
        return a.registeredAt < b.registeredAt;
    return a.id < b.id;
}

QList<Attendance> waitingOf(const QList<Attendance> &rows)
{
    QList<Attendance> waiting;
    for (const Attendance &a : rows)
        if (a.status == AttendanceStatus::Waitlisted)
            waiting.append(a);
    std::sort(waiting.begin(), waiting.end(), waitsBefore);
    return waiting;
}

// A status that means the person has (again) said they will come.
bool isRegistration(AttendanceStatus status)
{
    return status == AttendanceStatus::Registered || status == AttendanceStatus::Waitlisted;
}

} // namespace

int Places::free() const
{
    if (!capacity)
        return INT_MAX;
    return std::max(*capacity - taken, 0);
}

bool Registration::handsOnPlaces(const Meeting &meeting, const QDate &today)
{
    return meeting.status == MeetingStatus::Planned && (!today.isValid() || meeting.date >= today);
}

Result<Meeting> Registration::meeting() const
{
    return MeetingRepository(m_db).get(m_meetingId);
}

QDate Registration::today() const
{
    // Japan keeps one offset all year: no time-zone database needed.
    return m_db.now().toTimeZone(QTimeZone(9 * 3600)).date();
}

Result<Places> Registration::places() const
{
    const Result<Meeting> m = meeting();
    if (!m)
        return m.error();
    const Result<QList<Attendance>> rows = AttendanceRepository(m_db).forMeeting(m_meetingId);
    if (!rows)
        return rows.error();
    Places p;
    p.capacity = m->capacity;
    for (const Attendance &a : *rows) {
        if (holdsPlace(a))
            ++p.taken;
        else if (a.status == AttendanceStatus::Waitlisted)
            ++p.waiting;
    }
    return p;
}

Result<QList<Attendee>> Registration::waitingList() const
{
    Result<QList<Attendee>> all = AttendeeRepository(m_db).forMeeting(m_meetingId);
    if (!all)
        return all.error();
    QList<Attendee> waiting;
    for (const Attendee &a : *all)
        if (a.attendance.status == AttendanceStatus::Waitlisted)
            waiting.append(a);
    std::sort(waiting.begin(), waiting.end(),
              [](const Attendee &a, const Attendee &b) { return waitsBefore(a.attendance, b.attendance); });
    return waiting;
}

Result<int> Registration::waitingPosition(qint64 attendanceId) const
{
    const Result<QList<Attendance>> rows = AttendanceRepository(m_db).forMeeting(m_meetingId);
    if (!rows)
        return rows.error();
    const QList<Attendance> waiting = waitingOf(*rows);
    for (qsizetype i = 0; i < waiting.size(); ++i)
        if (waiting[i].id == attendanceId)
            return int(i + 1);
    return 0;
}

// The end of the line: now, or just after the last one waiting when the clock has not moved on
// (several registrations within a millisecond, or a fixed clock).
Result<QDateTime> Registration::nextWaitingStamp() const
{
    const Result<QList<Attendance>> rows = AttendanceRepository(m_db).forMeeting(m_meetingId);
    if (!rows)
        return rows.error();
    QDateTime stamp = m_db.now();
    for (const Attendance &a : waitingOf(*rows))
        if (a.registeredAt.isValid() && a.registeredAt >= stamp)
            stamp = a.registeredAt.addMSecs(1);
    return stamp;
}

Result<QList<Attendee>> Registration::promote(const Meeting &m)
{
    if (!handsOnPlaces(m, today()))
        return QList<Attendee>{};
    AttendanceRepository repository(m_db);
    const Result<QList<Attendance>> rows = repository.forMeeting(m_meetingId);
    if (!rows)
        return rows.error();
    Places p;
    p.capacity = m.capacity;
    for (const Attendance &a : *rows)
        p.taken += holdsPlace(a) ? 1 : 0;
    const QList<Attendance> waiting = waitingOf(*rows);
    const qsizetype count = std::min<qsizetype>(p.free(), waiting.size());
    QList<Attendee> moved;
    if (count == 0)
        return moved;
    QSet<qint64> movedIds;
    for (qsizetype i = 0; i < count; ++i) {
        Attendance a = waiting[i];
        a.status = AttendanceStatus::Registered;
        if (Status s = repository.update(a); !s)
            return s.error();
        movedIds.insert(a.id);
    }
    // The people of the whole list in one read, rather than one read per person moved up.
    Result<QList<Attendee>> listed = AttendeeRepository(m_db).forMeeting(m_meetingId);
    if (!listed)
        return listed.error();
    for (const Attendance &a : waiting.first(count))
        for (const Attendee &person : std::as_const(*listed))
            if (person.id() == a.id)
                moved.append(person);
    return moved;
}

Result<QList<Attendee>> Registration::fillFromWaitingList()
{
    return inTransaction<QList<Attendee>>(m_db, [&]() -> Result<QList<Attendee>> {
        const Result<Meeting> m = meeting();
        if (!m)
            return m.error();
        return promote(*m);
    });
}

Result<RegistrationChange> Registration::saveInTransaction(const Attendance &changed, Capacity capacity)
{
    AttendanceRepository repository(m_db);
    const Result<Meeting> m = meeting();
    if (!m)
        return m.error();
    if (changed.meetingId != m_meetingId)
        return Error{tr("The attendance record belongs to another meeting.")};
    Attendance before;
    if (changed.id != 0) {
        const Result<Attendance> stored = repository.get(changed.id);
        if (!stored)
            return stored.error();
        before = *stored;
        if (before.meetingId != m_meetingId)
            return Error{tr("The attendance record belongs to another meeting.")};
    } else {
        before.status = AttendanceStatus::Invited; // a new row holds nothing yet
    }

    Attendance next = changed;
    const bool needsPlace = holdsPlace(next) && !holdsPlace(before);
    if (needsPlace && next.status == AttendanceStatus::Registered && capacity == Capacity::Respect &&
        handsOnPlaces(*m, today())) {
        const Result<Places> p = places();
        if (!p)
            return p.error();
        // Those already waiting come first, should places have been freed without these rules.
        if (p->free() <= p->waiting)
            next.status = AttendanceStatus::Waitlisted;
    }

    std::optional<QDateTime> stamp;
    if (next.status == AttendanceStatus::Waitlisted && before.status != AttendanceStatus::Waitlisted) {
        const Result<QDateTime> end = nextWaitingStamp();
        if (!end)
            return end.error();
        stamp = *end;
    } else if (isRegistration(next.status) && !isRegistration(before.status) &&
               before.status != AttendanceStatus::Attended) {
        stamp = m_db.now(); // registered now, whenever they were invited
    }
    if (next.id == 0) {
        if (stamp)
            next.registeredAt = *stamp;
        Result<qint64> added = repository.add(next);
        if (!added)
            return added.error();
        next.id = *added;
    } else {
        if (Status s = repository.update(next); !s)
            return s.error();
        if (stamp)
            if (Status s = repository.setRegisteredAt(next.id, *stamp); !s)
                return s.error();
    }

    RegistrationChange change;
    // Someone there: the meeting took place. Its figures count in the series' reports from now on,
    // without the organiser having to remember to mark it held.
    // From then on no one moves up from the waiting list.
    Meeting current = *m;
    if (next.status == AttendanceStatus::Attended && current.status == MeetingStatus::Planned) {
        current.status = MeetingStatus::Held;
        if (Status s = MeetingRepository(m_db).update(current); !s)
            return s.error();
        change.markedHeld = true;
    }
    // A place given up goes to the first waiting; so do places left free (the capacity raised) when
    // someone joins the line or takes a new place. An absence is seen on the day, too late for anyone
    // waiting. A change that does none of these (a check-in, a tick for the fee) hands on nothing.
    const bool gaveUpPlace = holdsPlace(before) && !holdsPlace(next);
    const bool joinedLine =
        next.status == AttendanceStatus::Waitlisted && before.status != AttendanceStatus::Waitlisted;
    if ((gaveUpPlace || joinedLine || needsPlace) && next.status != AttendanceStatus::Absent) {
        Result<QList<Attendee>> promoted = promote(current);
        if (!promoted)
            return promoted.error();
        for (const Attendee &a : *promoted) {
            if (a.id() == next.id)
                next.status = a.attendance.status;
            else
                change.movedUp.append(a);
        }
    }
    change.attendanceId = next.id;
    change.status = next.status;
    if (next.status == AttendanceStatus::Waitlisted) {
        Result<int> position = waitingPosition(next.id);
        if (!position)
            return position.error();
        change.waitingPosition = *position;
    }
    return change;
}

Result<RegistrationChange> Registration::save(const Attendance &changed, Capacity capacity)
{
    return inTransaction<RegistrationChange>(m_db, [&] { return saveInTransaction(changed, capacity); });
}

Result<RegistrationChange> Registration::setStatus(qint64 attendanceId, AttendanceStatus status,
                                                   Capacity capacity)
{
    Result<Attendance> row = AttendanceRepository(m_db).get(attendanceId);
    if (!row)
        return row.error();
    row->status = status;
    return save(*row, capacity);
}

Result<RegistrationChange> Registration::cancel(qint64 attendanceId)
{
    return setStatus(attendanceId, AttendanceStatus::Cancelled);
}

Result<RegistrationChange> Registration::registerMember(qint64 memberId, AttendanceRole role,
                                                        Capacity capacity)
{
    Result<QList<Attendance>> rows = AttendanceRepository(m_db).forMeeting(m_meetingId);
    if (!rows)
        return rows.error();
    Attendance row;
    row.meetingId = m_meetingId;
    row.memberId = memberId;
    row.role = role;
    for (const Attendance &a : *rows) {
        if (a.memberId != memberId)
            continue;
        if (a.status == AttendanceStatus::Registered || a.status == AttendanceStatus::Waitlisted ||
            a.status == AttendanceStatus::Attended) {
            RegistrationChange unchanged;
            unchanged.attendanceId = a.id;
            unchanged.status = a.status;
            unchanged.alreadyListed = true;
            if (a.status == AttendanceStatus::Waitlisted) {
                Result<int> position = waitingPosition(a.id);
                if (!position)
                    return position.error();
                unchanged.waitingPosition = *position;
            }
            return unchanged;
        }
        row = a;
        row.role = role;
        break;
    }
    row.status = AttendanceStatus::Registered;
    return save(row, capacity);
}

Result<RegistrationChange> Registration::registerGuest(const Guest &guest, AttendanceRole role,
                                                       Capacity capacity)
{
    Attendance row;
    row.meetingId = m_meetingId;
    row.guest = guest;
    row.role = role;
    row.status = AttendanceStatus::Registered;
    return save(row, capacity);
}

Result<QList<qint64>> Registration::invite(const QList<qint64> &memberIds)
{
    return inTransaction<QList<qint64>>(m_db, [&]() -> Result<QList<qint64>> {
        AttendanceRepository repository(m_db);
        const Result<QList<Attendance>> rows = repository.forMeeting(m_meetingId);
        if (!rows)
            return rows.error();
        QSet<qint64> listed;
        for (const Attendance &a : *rows)
            listed.insert(a.memberId);
        QList<qint64> added;
        for (qint64 memberId : memberIds) {
            if (listed.contains(memberId))
                continue;
            Attendance a;
            a.meetingId = m_meetingId;
            a.memberId = memberId;
            a.status = AttendanceStatus::Invited;
            Result<qint64> id = repository.add(a);
            if (!id)
                return id.error();
            listed.insert(memberId);
            added.append(*id);
        }
        return added;
    });
}

Result<RegistrationChange> Registration::remove(qint64 attendanceId)
{
    return inTransaction<RegistrationChange>(m_db, [&]() -> Result<RegistrationChange> {
        AttendanceRepository repository(m_db);
        const Result<Attendance> row = repository.get(attendanceId);
        if (!row)
            return row.error();
        if (row->meetingId != m_meetingId)
            return Error{tr("The attendance record belongs to another meeting.")};
        if (Status s = repository.remove(attendanceId); !s)
            return s.error();
        RegistrationChange change;
        change.attendanceId = attendanceId;
        change.status = row->status;
        if (!holdsPlace(*row))
            return change;
        const Result<Meeting> m = meeting();
        if (!m)
            return m.error();
        Result<QList<Attendee>> promoted = promote(*m);
        if (!promoted)
            return promoted.error();
        change.movedUp = *promoted;
        return change;
    });
}

Result<int> Registration::markRestAbsent()
{
    return inTransaction<int>(m_db, [&]() -> Result<int> {
        AttendanceRepository repository(m_db);
        const Result<QList<Attendance>> rows = repository.forMeeting(m_meetingId);
        if (!rows)
            return rows.error();
        int count = 0;
        for (Attendance a : *rows) {
            if (a.status != AttendanceStatus::Registered)
                continue;
            a.status = AttendanceStatus::Absent;
            if (Status s = repository.update(a); !s)
                return s.error();
            ++count;
        }
        return count;
    });
}

} // namespace renkei
