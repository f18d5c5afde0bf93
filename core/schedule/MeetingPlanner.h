#pragma once

#include "BusinessCalendar.h"
#include "FiscalYear.h"
#include "ScheduleRule.h"
#include "core/Result.h"
#include "core/model/Meeting.h"
#include "core/model/Series.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QStringList>

#include <optional>

namespace renkei {

class Database;

// One date of a plan: what the rule asked for, and what became of it.
struct PlannedDate
{
    enum class Outcome
    {
        AsRule,  // on the rule's date
        Moved,   // moved off a holiday, closed day or weekend
        Skipped, // no meeting for this slot
    };
    enum class SkipReason
    {
        None,
        DayOff,        // the policy is to skip, and the date is a day off
        NoSuchDay,     // the month has no such day (a 5th Tuesday)
        Duplicate,     // moved onto a date the plan already has
        NoBusinessDay, // no business day within two weeks
    };

    QDate month;     // the first day of the month the slot belongs to
    int ordinal = 0; // the rule's week or day for this slot
    int weekday = 0; // and its weekday (1–7) for the n-th weekday; 0 for a day of the month
    QDate ruleDate;  // invalid when the month has no such day
    QDate date;      // the meeting's date; invalid when skipped
    Outcome outcome = Outcome::AsRule;
    SkipReason skipReason = SkipReason::None;
    std::optional<DayOff> dayOff; // why it moved or was skipped
    QString weekendName;          // or the weekend day it moved off (day-of-month rules)
    int number = 0;               // 第N回; 0 when skipped
    QTime start;
    QTime end;
    qint64 meetingId = 0;      // the planned meeting it re-uses; after apply(), the meeting's id
    int previousNumber = 0;    // the re-used meeting's number before the plan
    QDate previousDate;        // and its date
    bool outsideRange = false; // moved out of the planned range (into the next fiscal year)
    bool inPast = false;       // before today

    bool isMeeting() const { return outcome != Outcome::Skipped; }
    // Why it moved or was skipped, in words; empty on the rule's date.
    QString explanation() const;
};

// A meeting the plan renumbers: never silent, always listed.
struct Renumbering
{
    qint64 meetingId = 0;
    int from = 0;
    int to = 0;
    QDate date; // the meeting's date after the change
    QString describe() const;
};

// The dates of a fiscal year (or of the rest of one, when the rhythm changes from a meeting on) for a
// series and rule, ready to preview and then to create as planned meetings.
struct MeetingPlan
{
    Series series;
    ScheduleRule rule; // with the months of the rhythm settled (anchorMonth)
    FiscalYear fiscalYear;
    QDate from; // the range planned, both included
    QDate to;
    qint64 fromMeetingId = 0; // re-planning from this meeting on; 0: planning a whole fiscal year
    QList<PlannedDate> dates;
    QList<Meeting> removed;        // planned or cancelled meetings the plan replaces and does not re-use
    int removedRegistrations = 0;  // registrations that go with them
    QList<Renumbering> renumbered; // re-used meetings whose number changes
    QStringList warnings;          // dates in the past, outside the range, years without holiday data

    // Everything the organiser must see before saying yes: removals, renumberings, then the warnings.
    QStringList notices() const;

    QList<PlannedDate> meetings() const; // the dates that become meetings
    int meetingCount() const { return int(meetings().size()); }
    int firstNumber() const;
    int lastNumber() const;
};

// Plans the meetings of a series from its schedule rule: previews a fiscal year (or, when the rhythm
// changes, the rest of the plan from a given meeting on) and then writes it in one transaction.
// Meetings are numbered in sequence after the series' last number; renumbering is always reported.
class MeetingPlanner
{
    Q_DECLARE_TR_FUNCTIONS(renkei::MeetingPlanner)

public:
    struct Request
    {
        qint64 seriesId = 0;
        FiscalYear fiscalYear; // plan this year; when re-planning, at least through its end
        ScheduleRule rule;
        qint64 fromMeetingId = 0; // change the rhythm from this (not yet held) meeting on
        bool saveRule = true;     // keep the rule with the series
    };

    explicit MeetingPlanner(Database &db) : m_db(db) {}

    Result<MeetingPlan> preview(const Request &request) const;
    // Computes the plan again and writes it in one transaction. With `previewed`, refuses when the
    // database changed since that preview so that what is written is what the organiser saw.
    Result<MeetingPlan> apply(const Request &request, const MeetingPlan *previewed = nullptr);

    // The rule's dates from `from` to `to` against a calendar, numbered from `firstNumber`; skipped slots
    // included. The heart of preview(), usable without a database.
    static QList<PlannedDate> datesFor(const ScheduleRule &rule, const QDate &from, const QDate &to,
                                       const BusinessCalendar &calendar, int firstNumber = 1);

    // Numbers that no longer follow the dates (after a date was changed by hand): the renumbering that
    // would put them back in date order, keeping the same set of numbers. Empty when in order.
    Result<QList<Renumbering>> renumberingNeeded(qint64 seriesId) const;
    // Applies renumberingNeeded() in one transaction and returns what it changed.
    Result<QList<Renumbering>> renumber(qint64 seriesId);

private:
    Result<MeetingPlan> compute(const Request &request) const;
    Status write(MeetingPlan &plan, bool saveRule);
    QDate today() const;

    Database &m_db;
};

} // namespace renkei
