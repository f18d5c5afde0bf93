#include "MeetingPlanner.h"

#include "core/storage/AttendanceRepository.h"
#include "core/storage/Database.h"
#include "core/storage/MeetingRepository.h"
#include "core/storage/SeriesRepository.h"

#include <QLocale>
#include <QTimeZone>

#include <algorithm>

namespace renkei {

namespace {

QString shortDate(const QDate &date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

QString monthAndYear(const QDate &month)
{
    //: A month of a year, e.g. "June 2026"; Japanese: %2年%1 (2026年6月)
    return MeetingPlanner::tr("%1 %2")
        .arg(QLocale().standaloneMonthName(month.month(), QLocale::LongFormat))
        .arg(month.year());
}

QString numberLabel(int number)
{
    Meeting m;
    m.number = number;
    return m.numberLabel();
}

// Assigns numbers in date order to the dates that are meetings.
void numberInDateOrder(QList<PlannedDate> &dates, int firstNumber)
{
    QList<qsizetype> order;
    for (qsizetype i = 0; i < dates.size(); ++i)
        if (dates[i].isMeeting())
            order << i;
    std::stable_sort(order.begin(), order.end(),
                     [&](qsizetype a, qsizetype b) { return dates[a].date < dates[b].date; });
    int number = firstNumber;
    for (qsizetype i : order)
        dates[i].number = number++;
}

// The meetings of a plan in number order, as indexes into its dates.
QList<qsizetype> meetingOrder(const QList<PlannedDate> &dates)
{
    QList<qsizetype> order;
    for (qsizetype i = 0; i < dates.size(); ++i)
        if (dates[i].isMeeting())
            order << i;
    std::sort(order.begin(), order.end(),
              [&](qsizetype a, qsizetype b) { return dates[a].number < dates[b].number; });
    return order;
}

} // namespace

QString PlannedDate::explanation() const
{
    const QString why = dayOff ? dayOff->name : weekendName;
    switch (outcome) {
    case Outcome::AsRule:
        return {};
    case Outcome::Moved:
        if (outsideRange)
            //: %1 the rule's date, %2 the holiday or closed day, %3 the new date
            return MeetingPlanner::tr("Moved from %1 (%2) to %3, outside the planned range.")
                .arg(shortDate(ruleDate), why, shortDate(date));
        if (date > ruleDate)
            //: Japanese: %1（%2）のため翌営業日に変更
            return MeetingPlanner::tr("Moved from %1 (%2) to the next business day.")
                .arg(shortDate(ruleDate), why);
        //: Japanese: %1（%2）のため前営業日に変更
        return MeetingPlanner::tr("Moved from %1 (%2) to the previous business day.")
            .arg(shortDate(ruleDate), why);
    case Outcome::Skipped:
        break;
    }
    switch (skipReason) {
    case SkipReason::DayOff:
        //: %1 a date, %2 a holiday's name; Japanese: %1は%2のため休み
        return MeetingPlanner::tr("No meeting: %1 is %2.").arg(shortDate(ruleDate), why);
    case SkipReason::NoSuchDay:
        //: %1 a month, %2 the ordinal week, %3 the weekday; Japanese: %1には%2%3がないため休み
        return MeetingPlanner::tr("No meeting: %1 has no %2 %3.")
            .arg(monthAndYear(month), ScheduleRule::weekOrdinal(ordinal),
                 QLocale().dayName(weekday >= 1 && weekday <= 7 ? weekday : 1));
    case SkipReason::Duplicate:
        return MeetingPlanner::tr("No meeting: %1 (%2) would move onto a date the plan already has.")
            .arg(shortDate(ruleDate), why);
    case SkipReason::NoBusinessDay:
        return MeetingPlanner::tr("No meeting: there is no business day within two weeks of %1 (%2).")
            .arg(shortDate(ruleDate), why);
    case SkipReason::None:
        break;
    }
    return {};
}

QString Renumbering::describe() const
{
    //: A meeting whose number changes, e.g. "No. 42 (8/11/26) becomes No. 41"
    return MeetingPlanner::tr("%1 (%2) becomes %3").arg(numberLabel(from), shortDate(date), numberLabel(to));
}

QList<PlannedDate> MeetingPlan::meetings() const
{
    QList<PlannedDate> out;
    for (const PlannedDate &d : dates)
        if (d.isMeeting())
            out << d;
    std::sort(out.begin(), out.end(),
              [](const PlannedDate &a, const PlannedDate &b) { return a.number < b.number; });
    return out;
}

QStringList MeetingPlan::notices() const
{
    QStringList out;
    if (!removed.isEmpty())
        out << MeetingPlanner::tr("%n planned meeting(s) will be removed, with %1 registration(s).", nullptr,
                                  int(removed.size()))
                   .arg(removedRegistrations);
    for (const Renumbering &r : renumbered)
        out << MeetingPlanner::tr("Renumbered: %1.").arg(r.describe());
    return out + warnings;
}

int MeetingPlan::firstNumber() const
{
    const QList<PlannedDate> list = meetings();
    return list.isEmpty() ? 0 : list.first().number;
}

int MeetingPlan::lastNumber() const
{
    const QList<PlannedDate> list = meetings();
    return list.isEmpty() ? 0 : list.last().number;
}

QList<PlannedDate> MeetingPlanner::datesFor(const ScheduleRule &rule, const QDate &from, const QDate &to,
                                            const BusinessCalendar &calendar, int firstNumber)
{
    QList<PlannedDate> out;
    if (!from.isValid() || !to.isValid() || to < from)
        return out;
    const std::optional<Qt::DayOfWeek> open =
        rule.onWeekdays() ? std::optional<Qt::DayOfWeek>(rule.weekday) : std::nullopt;
    auto blocked = [&](const QDate &d) { return !calendar.isBusinessDay(d, open); };
    constexpr int searchDays = 14;

    for (QDate month(from.year(), from.month(), 1); month <= to; month = month.addMonths(1)) {
        for (const ScheduleRule::Slot &slot : rule.slotsInMonth(month.year(), month.month())) {
            PlannedDate p;
            p.month = month;
            p.ordinal = slot.ordinal;
            p.weekday = rule.onWeekdays() ? int(rule.weekday) : 0;
            p.ruleDate = slot.date;
            p.start = rule.start;
            p.end = rule.end;
            if (!slot.date.isValid()) {
                p.outcome = PlannedDate::Outcome::Skipped;
                p.skipReason = PlannedDate::SkipReason::NoSuchDay;
                out << p;
                continue;
            }
            if (slot.date < from || slot.date > to)
                continue;
            p.date = slot.date;
            if (blocked(slot.date)) {
                p.dayOff = calendar.dayOff(slot.date);
                if (!p.dayOff)
                    p.weekendName = QLocale().dayName(slot.date.dayOfWeek());
                if (rule.holidayPolicy == HolidayPolicy::Skip) {
                    p.outcome = PlannedDate::Outcome::Skipped;
                    p.skipReason = PlannedDate::SkipReason::DayOff;
                    p.date = {};
                } else {
                    const int step = rule.holidayPolicy == HolidayPolicy::NextBusinessDay ? 1 : -1;
                    QDate d = slot.date;
                    int tries = 0;
                    do {
                        d = d.addDays(step);
                    } while (blocked(d) && ++tries < searchDays);
                    if (blocked(d)) {
                        p.outcome = PlannedDate::Outcome::Skipped;
                        p.skipReason = PlannedDate::SkipReason::NoBusinessDay;
                        p.date = {};
                    } else {
                        p.outcome = PlannedDate::Outcome::Moved;
                        p.date = d;
                        p.outsideRange = d < from || d > to;
                    }
                }
            }
            out << p;
        }
    }

    // Two slots moved onto the same day (twice a month, around long holidays) make one meeting.
    for (qsizetype i = 0; i < out.size(); ++i) {
        if (!out[i].isMeeting())
            continue;
        for (qsizetype j = 0; j < i; ++j) {
            if (out[j].isMeeting() && out[j].date == out[i].date) {
                out[i].outcome = PlannedDate::Outcome::Skipped;
                out[i].skipReason = PlannedDate::SkipReason::Duplicate;
                if (!out[i].dayOff && out[i].weekendName.isEmpty())
                    out[i].dayOff = calendar.dayOff(out[i].ruleDate);
                out[i].date = {};
                break;
            }
        }
    }
    numberInDateOrder(out, firstNumber);
    return out;
}

QDate MeetingPlanner::today() const
{
    return m_db.now().toTimeZone(QTimeZone(9 * 3600)).date();
}

Result<MeetingPlan> MeetingPlanner::compute(const Request &request) const
{
    if (const QList<Error> errors = request.rule.validate(); !errors.isEmpty())
        return errors.first();
    Result<Series> series = SeriesRepository(m_db).get(request.seriesId);
    if (!series)
        return series.error();
    Result<BusinessCalendar> calendar = BusinessCalendar::load(m_db);
    if (!calendar)
        return calendar.error();
    MeetingRepository meetingRepository(m_db);
    Result<QList<Meeting>> existing = meetingRepository.list(request.seriesId);
    if (!existing)
        return existing.error();

    MeetingPlan plan;
    plan.series = *series;
    plan.rule = request.rule;
    plan.fromMeetingId = request.fromMeetingId;
    const bool settleMonths = plan.rule.frequency == ScheduleRule::Frequency::EveryMonths &&
                              plan.rule.interval > 1 && plan.rule.anchorMonth == 0;
    QList<Meeting> replaced;

    if (request.fromMeetingId == 0) {
        if (!request.fiscalYear.isValid())
            return Error::inField(tr("Choose the fiscal year to plan."), QStringLiteral("fiscal_year"));
        plan.fiscalYear = request.fiscalYear;
        plan.from = plan.fiscalYear.first();
        plan.to = plan.fiscalYear.last();
        QList<Meeting> inYear, after;
        for (const Meeting &m : *existing) {
            if (plan.fiscalYear.contains(m.date))
                inYear << m;
            else if (m.date > plan.to)
                after << m;
        }
        if (!inYear.isEmpty())
            return Error::inField(
                tr("%1 already has %n meeting(s) in %2, the first %3 on %4. To change the rhythm, re-plan "
                   "from one of them.",
                   nullptr, int(inYear.size()))
                    .arg(plan.series.name, plan.fiscalYear.label(), inYear.first().numberLabel(),
                         shortDate(inYear.first().date)),
                QStringLiteral("fiscal_year"));
        if (!after.isEmpty())
            return Error::inField(tr("%1 already has meetings after %2 (%3 on %4); plan the years in order.")
                                      .arg(plan.series.name, plan.fiscalYear.label(),
                                           after.first().numberLabel(), shortDate(after.first().date)),
                                  QStringLiteral("fiscal_year"));
        if (settleMonths) {
            // The rhythm continues from the series' latest meeting, or starts in April.
            const auto latest =
                std::max_element(existing->cbegin(), existing->cend(),
                                 [](const Meeting &a, const Meeting &b) { return a.date < b.date; });
            plan.rule.anchorMonth = latest != existing->cend() ? latest->date.month() : 4;
        }
        Result<int> next = meetingRepository.nextNumber(request.seriesId);
        if (!next)
            return next.error();
        plan.dates = datesFor(plan.rule, plan.from, plan.to, *calendar, *next);
    } else {
        Result<Meeting> start = meetingRepository.get(request.fromMeetingId);
        if (!start)
            return start.error();
        if (start->seriesId != request.seriesId)
            return Error::inField(
                tr("%1 on %2 belongs to another series.").arg(start->numberLabel(), shortDate(start->date)),
                QStringLiteral("from"));
        const Meeting *previous = nullptr;
        for (const Meeting &m : *existing) {
            if (m.number >= start->number)
                replaced << m;
            else if (!previous || m.number > previous->number)
                previous = &m;
        }
        std::sort(replaced.begin(), replaced.end(),
                  [](const Meeting &a, const Meeting &b) { return a.number < b.number; });
        for (const Meeting &m : replaced)
            if (m.status == MeetingStatus::Held)
                return Error::inField(tr("%1 on %2 has been held; the rhythm can only change from a meeting "
                                         "that has not.")
                                          .arg(m.numberLabel(), shortDate(m.date)),
                                      QStringLiteral("from"));

        plan.from = QDate(start->date.year(), start->date.month(), 1);
        if (previous && previous->date >= plan.from)
            plan.from = previous->date.addDays(1);
        const FiscalYear startYear = FiscalYear::containing(start->date);
        if (request.fiscalYear.isValid() && request.fiscalYear < startYear)
            return Error::inField(
                tr("%1 is on %2, after the end of %3.")
                    .arg(start->numberLabel(), shortDate(start->date), request.fiscalYear.label()),
                QStringLiteral("fiscal_year"));
        plan.fiscalYear = request.fiscalYear.isValid() ? request.fiscalYear : startYear;
        plan.to = plan.fiscalYear.last();
        QDate lastReplaced;
        for (const Meeting &m : replaced)
            lastReplaced = std::max(lastReplaced, m.date);
        if (lastReplaced.isValid() && lastReplaced > plan.to) {
            const FiscalYear extended = FiscalYear::containing(lastReplaced);
            plan.warnings << tr("The plan runs to the end of %1, where the last meeting it replaces is (%2).")
                                 .arg(extended.label(), shortDate(lastReplaced));
            plan.to = extended.last();
        }
        if (settleMonths)
            plan.rule.anchorMonth = start->date.month(); // the new rhythm starts with this meeting's month
        plan.dates = datesFor(plan.rule, plan.from, plan.to, *calendar, start->number);

        // Re-use the planned meetings in order (they keep their theme, agenda and registrations); the
        // rest, and cancelled ones, are removed.
        QList<Meeting> reusable;
        for (const Meeting &m : replaced)
            (m.status == MeetingStatus::Planned ? reusable : plan.removed) << m;
        const QList<qsizetype> order = meetingOrder(plan.dates);
        qsizetype k = 0;
        for (qsizetype i : order) {
            if (k >= reusable.size())
                break;
            PlannedDate &p = plan.dates[i];
            const Meeting &m = reusable.at(k++);
            p.meetingId = m.id;
            p.previousNumber = m.number;
            p.previousDate = m.date;
            if (m.number != p.number)
                plan.renumbered << Renumbering{m.id, m.number, p.number, p.date};
        }
        for (; k < reusable.size(); ++k)
            plan.removed << reusable.at(k);
        std::sort(plan.removed.begin(), plan.removed.end(),
                  [](const Meeting &a, const Meeting &b) { return a.number < b.number; });
        AttendanceRepository attendance(m_db);
        for (const Meeting &m : plan.removed) {
            Result<QList<Attendance>> rows = attendance.forMeeting(m.id);
            if (!rows)
                return rows.error();
            plan.removedRegistrations += int(rows->size());
        }
    }

    // Times: the rule's, else the series' defaults (re-used meetings keep their own).
    for (PlannedDate &p : plan.dates) {
        if (!p.isMeeting())
            continue;
        if (!plan.rule.start.isValid()) {
            const auto reused = std::find_if(replaced.cbegin(), replaced.cend(),
                                             [&](const Meeting &m) { return m.id == p.meetingId; });
            p.start = reused != replaced.cend() ? reused->start : plan.series.defaultStart;
            p.end = reused != replaced.cend() ? reused->end : plan.series.defaultEnd;
        }
    }

    const QDate now = today();
    for (PlannedDate &p : plan.dates) {
        if (!p.isMeeting())
            continue;
        p.inPast = p.date < now;
        if (p.inPast)
            plan.warnings << tr("%1 on %2 is in the past.").arg(numberLabel(p.number), shortDate(p.date));
        if (p.outsideRange)
            plan.warnings << tr("%1 moved to %2, outside %3.")
                                 .arg(numberLabel(p.number), shortDate(p.date), plan.fiscalYear.label());
    }
    for (int year = plan.from.year(); year <= plan.to.year(); ++year)
        if (!JapaneseHolidays::covers(year))
            plan.warnings
                << tr("Public holidays are only known from %1 to %2; check the dates of %3 by hand.")
                       .arg(JapaneseHolidays::firstYear)
                       .arg(JapaneseHolidays::lastYear)
                       .arg(year);
    if (plan.meetingCount() == 0)
        plan.warnings
            << tr("The rule gives no meeting from %1 to %2.").arg(shortDate(plan.from), shortDate(plan.to));
    return plan;
}

Result<MeetingPlan> MeetingPlanner::preview(const Request &request) const
{
    return compute(request);
}

Result<MeetingPlan> MeetingPlanner::apply(const Request &request, const MeetingPlan *previewed)
{
    std::optional<MeetingPlan> written;
    Status s = m_db.transaction([&]() -> Status {
        Result<MeetingPlan> plan = compute(request);
        if (!plan)
            return plan.error();
        if (previewed) {
            auto key = [](const MeetingPlan &p) {
                QList<std::tuple<QDate, int, qint64>> out;
                for (const PlannedDate &d : p.dates)
                    out << std::make_tuple(d.date, d.number, d.meetingId);
                for (const Meeting &m : p.removed)
                    out << std::make_tuple(m.date, -m.number, m.id);
                return out;
            };
            if (key(*plan) != key(*previewed))
                return Error{tr("The meetings changed since the preview; preview the plan again.")};
        }
        if (Status w = write(*plan, request.saveRule); !w)
            return w;
        written = std::move(plan).value();
        return {};
    });
    if (!s)
        return s.error();
    return *written;
}

Status MeetingPlanner::write(MeetingPlan &plan, bool saveRule)
{
    MeetingRepository meetings(m_db);
    for (const Meeting &m : plan.removed)
        if (Status s = meetings.remove(m.id); !s)
            return s;

    // Re-used meetings first take numbers above every other, so that no two share a number midway.
    Result<QList<Meeting>> all = meetings.list(plan.series.id);
    if (!all)
        return all.error();
    int spare = 0;
    for (const Meeting &m : *all)
        spare = std::max(spare, m.number);
    for (const PlannedDate &p : plan.dates)
        spare = std::max(spare, p.number);
    QList<PlannedDate *> reused;
    for (PlannedDate &p : plan.dates)
        if (p.isMeeting() && p.meetingId != 0)
            reused << &p;
    for (PlannedDate *p : reused) {
        Result<Meeting> m = meetings.get(p->meetingId);
        if (!m)
            return m.error();
        m->number = ++spare;
        if (Status s = meetings.update(*m); !s)
            return s;
    }
    for (PlannedDate *p : reused) {
        Result<Meeting> m = meetings.get(p->meetingId);
        if (!m)
            return m.error();
        m->number = p->number;
        m->date = p->date;
        m->start = p->start;
        m->end = p->end;
        if (Status s = meetings.update(*m); !s)
            return s;
    }

    for (PlannedDate &p : plan.dates) {
        if (!p.isMeeting() || p.meetingId != 0)
            continue;
        Meeting m;
        m.seriesId = plan.series.id;
        m.number = p.number;
        m.date = p.date;
        m.start = p.start;
        m.end = p.end;
        m.venue = plan.series.defaultVenue;
        m.address = plan.series.defaultAddress;
        m.fee = plan.series.defaultFee;
        m.capacity = plan.series.defaultCapacity;
        m.status = MeetingStatus::Planned;
        Result<qint64> id = meetings.add(m);
        if (!id)
            return id.error();
        p.meetingId = *id;
    }

    if (saveRule) {
        plan.series.scheduleRule = plan.rule.toString();
        if (Status s = SeriesRepository(m_db).update(plan.series); !s)
            return s;
    }
    return {};
}

Result<QList<Renumbering>> MeetingPlanner::renumberingNeeded(qint64 seriesId) const
{
    Result<QList<Meeting>> list = MeetingRepository(m_db).list(seriesId);
    if (!list)
        return list.error();
    QList<Meeting> byDate = *list; // listed by date, start time, number
    QList<int> numbers;
    for (const Meeting &m : byDate)
        numbers << m.number;
    std::sort(numbers.begin(), numbers.end());
    QList<Renumbering> out;
    for (qsizetype i = 0; i < byDate.size(); ++i)
        if (byDate[i].number != numbers[i])
            out << Renumbering{byDate[i].id, byDate[i].number, numbers[i], byDate[i].date};
    return out;
}

Result<QList<Renumbering>> MeetingPlanner::renumber(qint64 seriesId)
{
    QList<Renumbering> changes;
    Status s = m_db.transaction([&]() -> Status {
        Result<QList<Renumbering>> needed = renumberingNeeded(seriesId);
        if (!needed)
            return needed.error();
        changes = *needed;
        MeetingRepository meetings(m_db);
        int spare = 0;
        for (const Renumbering &r : changes)
            spare = std::max({spare, r.from, r.to});
        Result<int> next = meetings.nextNumber(seriesId);
        if (!next)
            return next.error();
        spare = std::max(spare, *next);
        for (int pass = 0; pass < 2; ++pass) {
            for (const Renumbering &r : changes) {
                Result<Meeting> m = meetings.get(r.meetingId);
                if (!m)
                    return m.error();
                m->number = pass == 0 ? ++spare : r.to;
                if (Status u = meetings.update(*m); !u)
                    return u;
            }
        }
        return {};
    });
    if (!s)
        return s.error();
    return changes;
}

} // namespace renkei
