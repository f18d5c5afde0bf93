#pragma once

#include "core/Result.h"
#include "core/documents/DocumentText.h"
#include "core/model/Meeting.h"
#include "core/model/Series.h"
#include "core/schedule/AgendaTimetable.h"
#include "core/schedule/FiscalYear.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace renkei {

class Database;

// Meetings as an iCalendar file (RFC 5545) to import into a calendar: one VEVENT per meeting, in
// Asia/Tokyo time with its VTIMEZONE, a UID that stays the same for the meeting (so a second import
// updates the event instead of adding another), text escaped, lines folded at 75 octets, CRLF line ends;
// cancelled meetings are STATUS:CANCELLED.
class ICalendar
{
    Q_DECLARE_TR_FUNCTIONS(renkei::ICalendar)

public:
    struct Event
    {
        Series series;
        Meeting meeting;
        AgendaTimetable timetable; // its programme goes into the description
    };

    struct Options
    {
        DocumentText document; // the language of summaries and descriptions
        QString databaseId;    // the database's identity, part of each UID
        QDateTime stamp;       // DTSTAMP: when the file was made
        QString calendarName;  // X-WR-CALNAME
    };

    static QByteArray build(const QList<Event> &events, const Options &options);

    // The meetings of a series (0: every series), of a fiscal year when one is given, by date.
    static Result<QList<Event>> events(Database &db, qint64 seriesId = 0, const FiscalYear &fiscalYear = {});
    // events() written to `path` atomically; returns the number of meetings written.
    static Result<int> exportTo(Database &db, const QString &path, qint64 seriesId = 0,
                                const FiscalYear &fiscalYear = {}, const DocumentOptions &document = {});

    // "meeting-42.<database id>@renkei": the same on every export of the same database.
    static QString uid(const QString &databaseId, qint64 meetingId);
    // TEXT values: backslash, semicolon, comma and line breaks escaped.
    static QString escapeText(const QString &text);
    // One content line, folded into lines of at most 75 octets (continuations begin with a space) without
    // splitting a UTF-8 sequence, each ending in CRLF.
    static QByteArray foldLine(const QByteArray &line);
};

} // namespace renkei
