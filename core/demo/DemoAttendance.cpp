#include "DemoAttendance.h"

#include "core/attendance/CheckInDesk.h"
#include "core/attendance/Registration.h"
#include "core/demo/DemoDice.h"
#include "core/demo/DemoNetwork.h"
#include "core/storage/AttendanceRepository.h"
#include "core/storage/Database.h"

#include <QHash>

#include <algorithm>
#include <memory>

namespace renkei {

Guest DemoAttendance::guest(const DemoSeed::GuestSeed &seed) const
{
    Guest g;
    g.name = seed.name;
    g.kana = seed.kana;
    g.professionId = m_roster.professionId(seed.profession);
    g.organisation = seed.organisation;
    return g;
}

QDateTime DemoAttendance::sometimeBetween(const QDateTime &from, const QDateTime &before)
{
    const qint64 minutes = std::max<qint64>(from.secsTo(before) / 60, 2);
    return from.addSecs(60 * (1 + m_dice.below(minutes - 1)));
}

Status DemoAttendance::held(const Meeting &m, const QSet<qint64> &presenters)
{
    using Office = DemoSeed::Office;
    QList<const DemoRoster::Person *> invited;
    for (const DemoRoster::Person &p : m_roster.people())
        if (p.activeOn(m.date))
            invited << &p;
    m_dice.shuffle(invited);
    // Presenters and officers first: they are asked before anyone else.
    std::stable_partition(invited.begin(), invited.end(), [&](const DemoRoster::Person *p) {
        return presenters.contains(p->member.id) || p->office != Office::None;
    });

    auto registeredBefore = [&](int earliestDays) {
        const QDate day = m.date.addDays(-m_dice.between(1, earliestDays));
        return DemoNetwork::tokyoTime(day, QTime(m_dice.between(8, 22), m_dice.below(60)));
    };
    const QDateTime dayBefore = DemoNetwork::tokyoTime(m.date.addDays(-1), QTime(22, 0));
    QList<Visit> visits;
    for (const DemoRoster::Person *p : invited) {
        Visit v;
        v.memberId = p->member.id;
        bool comes = true;
        bool cancels = false;
        bool walkIn = false;
        if (presenters.contains(p->member.id)) {
            v.role = AttendanceRole::Presenter;
        } else if (p->office != Office::None) {
            v.role = AttendanceRole::Staff;
            cancels = !m_dice.percent(95);
            comes = !cancels;
        } else {
            if (!m_dice.perMille(p->propensity))
                continue;
            const int r = m_dice.below(100);
            cancels = r < 6;
            comes = r >= 13;
            walkIn = comes && m_dice.percent(8);
        }
        if (comes) {
            const QTime arrival = v.role == AttendanceRole::Participant
                                      ? (walkIn ? QTime(18, 55).addSecs(60 * m_dice.below(26))
                                                : QTime(18, 30).addSecs(60 * m_dice.below(41)))
                                      : QTime(18, 10).addSecs(60 * m_dice.below(16));
            v.arrivesAt = DemoNetwork::tokyoTime(m.date, arrival);
            v.social = m.hasSocial && m_dice.percent(v.role == AttendanceRole::Participant ? 35 : 80);
            v.feePaid = m.fee > 0 && v.role == AttendanceRole::Participant && m_dice.percent(96);
        }
        if (!walkIn)
            v.registeredAt = registeredBefore(v.role == AttendanceRole::Participant ? 28 : 45);
        if (cancels)
            v.cancelledAt = sometimeBetween(v.registeredAt, dayBefore);
        visits << v;
    }

    QList<int> guests;
    for (int i = 0; i < int(m_seed.guests.size()); ++i)
        guests << i;
    m_dice.shuffle(guests);
    const int guestCount = std::min<int>(m_dice.between(0, 4), int(guests.size()));
    for (int k = 0; k < guestCount; ++k) {
        Visit v;
        v.guest = guest(m_seed.guests.at(guests.at(k)));
        const bool walkIn = m_dice.percent(40);
        v.arrivesAt = DemoNetwork::tokyoTime(m.date, QTime(18, 35).addSecs(60 * m_dice.below(40)));
        if (!walkIn)
            v.registeredAt = registeredBefore(14);
        v.social = m.hasSocial && m_dice.percent(25);
        v.feePaid = m.fee > 0;
        visits << v;
    }
    if (Status s = play(m, visits, dayBefore); !s)
        return s;
    // After the meeting the organiser marks those who did not come.
    m_now = DemoNetwork::tokyoTime(m.date, QTime(21, 0));
    const Result<int> absent = Registration(m_db, m.id).markRestAbsent();
    if (!absent)
        return absent.error();
    return {};
}

Status DemoAttendance::planned(const Meeting &m, const QSet<qint64> &presenters, int demand)
{
    // Invitations go out about two months ahead; meetings further off have only their speakers.
    const qint64 daysAhead = m_today.daysTo(m.date);
    const bool soon = daysAhead <= 60;
    const bool announced = daysAhead <= 120;
    const QDate invitationsSent = soon ? m_today.addDays(-26) : m_today.addDays(-12);
    const int window = int(invitationsSent.daysTo(m_today)) - 1;
    auto registrationTime = [&] {
        return DemoNetwork::tokyoTime(invitationsSent.addDays(m_dice.below(window + 1)),
                                      QTime(m_dice.between(7, 22), m_dice.below(60)));
    };
    const QDateTime lastEvening = DemoNetwork::tokyoTime(m_today.addDays(-1), QTime(23, 0));

    QList<Visit> visits;
    for (const DemoRoster::Person &p : m_roster.people()) {
        if (!p.activeOn(m_today))
            continue;
        Visit v;
        v.memberId = p.member.id;
        if (presenters.contains(p.member.id)) {
            v.role = AttendanceRole::Presenter;
            v.registeredAt = DemoNetwork::tokyoTime(invitationsSent.addDays(-20), QTime(10, 0));
        } else if (p.office != DemoSeed::Office::None) {
            if (!announced)
                continue;
            v.role = AttendanceRole::Staff;
            v.registeredAt = DemoNetwork::tokyoTime(invitationsSent, QTime(9, 0));
        } else {
            const int chance = (soon ? p.propensity * 7 / 10 : p.propensity / 5) * demand / 100;
            if (!announced || !m_dice.perMille(chance))
                continue;
            v.registeredAt = registrationTime();
            if (m_dice.percent(5))
                v.cancelledAt = sometimeBetween(v.registeredAt, lastEvening);
        }
        visits << v;
    }
    if (soon) {
        for (int k : {2, 5}) {
            Visit v;
            v.guest = guest(m_seed.guests.value(k));
            v.registeredAt = registrationTime();
            visits << v;
        }
    }
    return play(m, visits, lastEvening);
}

Status DemoAttendance::play(const Meeting &m, QList<Visit> &visits, const QDateTime &listClosed)
{
    // The list as it stood when registration closed, in one batch: everyone who registered, in the
    // order they did; those who changed their minds as cancelled; participants in line for a place.
    // Core's Registration then hands out the places in that order, counting them as it always does
    // (staff and presenters hold none). With places handed on in order, that is the list a
    // registration, cancellation and promotion at a time would have left, for a fraction of the work.
    QList<qsizetype> order;
    for (qsizetype i = 0; i < visits.size(); ++i)
        if (visits.at(i).registeredAt.isValid())
            order << i;
    std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        return visits.at(a).registeredAt < visits.at(b).registeredAt;
    });
    AttendanceRepository attendance(m_db);
    for (qsizetype i : order) {
        Visit &v = visits[i];
        Attendance row;
        row.meetingId = m.id;
        row.memberId = v.memberId;
        row.guest = v.guest;
        row.role = v.role;
        row.registeredAt = v.registeredAt;
        row.status = v.cancelledAt.isValid()                 ? AttendanceStatus::Cancelled
                     : v.role == AttendanceRole::Participant ? AttendanceStatus::Waitlisted
                                                             : AttendanceStatus::Registered;
        m_now = v.registeredAt;
        const Result<qint64> id = attendance.add(row);
        if (!id)
            return id.error();
        v.attendanceId = *id;
    }
    m_now = listClosed;
    Registration registration(m_db, m.id);
    if (const Result<QList<Attendee>> placed = registration.fillFromWaitingList(); !placed)
        return placed.error();

    // The day. Those on the list are ticked on the printed sheet as they arrive, and the sheet is
    // recorded afterwards, one row each (as the paper recording does); those who walk in unannounced
    // are added at the reception desk while there are places.
    QList<qsizetype> arrivals;
    for (qsizetype i = 0; i < visits.size(); ++i)
        if (visits.at(i).arrivesAt.isValid())
            arrivals << i;
    if (arrivals.isEmpty())
        return {};
    std::stable_sort(arrivals.begin(), arrivals.end(), [&](qsizetype a, qsizetype b) {
        return visits.at(a).arrivesAt < visits.at(b).arrivesAt;
    });
    const Result<QList<Attendance>> listed = attendance.forMeeting(m.id);
    if (!listed)
        return listed.error();
    QHash<qint64, Attendance> rows;
    for (const Attendance &a : *listed)
        rows.insert(a.id, a);
    std::unique_ptr<CheckInDesk> desk;
    for (qsizetype i : arrivals) {
        const Visit &v = visits.at(i);
        m_now = v.arrivesAt;
        if (v.attendanceId) {
            // Only those holding a place come; those still waiting stay away.
            Attendance row = rows.value(v.attendanceId);
            if (row.status != AttendanceStatus::Registered)
                continue;
            row.status = AttendanceStatus::Attended;
            row.checkedInAt = v.arrivesAt;
            row.social = v.social;
            row.feePaid = v.feePaid;
            if (Result<RegistrationChange> saved = registration.save(row, Registration::Capacity::Exceed);
                !saved)
                return saved.error();
            continue;
        }
        const Result<Places> places = registration.places();
        if (!places)
            return places.error();
        if (places->full())
            continue;
        if (!desk) {
            desk = std::make_unique<CheckInDesk>(m_db, m.id);
            if (Status s = desk->load(); !s)
                return s;
        }
        const Result<Attendee> there =
            v.memberId ? desk->checkInMember(v.memberId) : desk->addWalkIn(v.guest);
        if (!there)
            return there.error();
        if (v.social || v.feePaid) {
            Attendance row = there->attendance;
            row.social = v.social;
            row.feePaid = v.feePaid;
            if (Result<Attendee> saved = desk->save(row); !saved)
                return saved.error();
        }
    }
    return {};
}

} // namespace renkei
