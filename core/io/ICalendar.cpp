#include "ICalendar.h"

#include "core/documents/DocumentFile.h"
#include "core/documents/MeetingDocument.h"
#include "core/storage/Database.h"
#include "core/storage/MeetingRepository.h"
#include "core/storage/SeriesRepository.h"
#include "core/storage/SettingsRepository.h"

#include <QHash>

#include <QTimeZone>
#include <algorithm>

namespace renkei {

namespace {

constexpr int maxOctets = 75;

QByteArray line(const QString &name, const QString &value)
{
    return ICalendar::foldLine((name + QLatin1Char(':') + value).toUtf8());
}

QString localStamp(const QDate &date, const QTime &time)
{
    return date.toString(QStringLiteral("yyyyMMdd")) + QLatin1Char('T') +
           time.toString(QStringLiteral("HHmmss"));
}

// The event's description: the theme, the fee, the programme and the social gathering.
QString description(const DocumentText &t, const ICalendar::Event &event)
{
    using Word = DocumentText::Word;
    const Meeting &m = event.meeting;
    const QString colon = t.colon();
    QStringList lines;
    if (!m.theme.trimmed().isEmpty())
        lines << t.word(Word::Theme) + colon + m.theme.trimmed();
    if (!m.address.isEmpty())
        lines << t.word(Word::Venue) + colon + m.venue + t.parenthesised(m.address);
    lines << t.word(Word::Fee) + colon + t.yen(m.fee);
    if (!event.timetable.entries().isEmpty()) {
        lines << t.word(Word::Programme) + colon.trimmed();
        for (const AgendaTimetable::Entry &e : event.timetable.entries()) {
            const QString title =
                e.item.title.trimmed().isEmpty() ? t.kind(e.item.kind) : e.item.title.trimmed();
            QString row = e.start.isValid() ? t.time(e.start) + QLatin1Char(' ') + title : title;
            if (!e.presenter.isEmpty())
                row += t.parenthesised(e.presenter);
            lines << row;
        }
    }
    if (m.hasSocial) {
        QString social = t.word(Word::Social) + colon;
        if (m.socialStart.isValid())
            social += t.timeRange(m.socialStart, QTime()) + QLatin1Char(' ');
        social += m.socialVenue;
        if (m.socialFee > 0)
            social += t.parenthesised(t.yen(m.socialFee));
        lines << social.trimmed();
    }
    if (m.status == MeetingStatus::Cancelled)
        lines.prepend(t.translate("renkei::ICalendar", "This meeting is cancelled."));
    return lines.join(QLatin1Char('\n'));
}

} // namespace

QString ICalendar::uid(const QString &databaseId, qint64 meetingId)
{
    return QStringLiteral("meeting-%1.%2@renkei").arg(meetingId).arg(databaseId);
}

QString ICalendar::escapeText(const QString &text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\'))
            out += QStringLiteral("\\\\");
        else if (c == QLatin1Char(';'))
            out += QStringLiteral("\\;");
        else if (c == QLatin1Char(','))
            out += QStringLiteral("\\,");
        else if (c == QLatin1Char('\r')) {
            out += QStringLiteral("\\n");
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
        } else if (c == QLatin1Char('\n'))
            out += QStringLiteral("\\n");
        else
            out += c;
    }
    return out;
}

QByteArray ICalendar::foldLine(const QByteArray &content)
{
    QByteArray out;
    qsizetype pos = 0;
    bool first = true;
    while (true) {
        // Continuation lines begin with a space, which counts toward their 75 octets.
        const qsizetype room = first ? maxOctets : maxOctets - 1;
        qsizetype end = std::min(pos + room, content.size());
        // Never cut before a UTF-8 continuation byte (10xxxxxx).
        while (end < content.size() && end > pos && (quint8(content.at(end)) & 0xC0) == 0x80)
            --end;
        if (!first)
            out += ' ';
        out += content.mid(pos, end - pos);
        out += "\r\n";
        pos = end;
        first = false;
        if (pos >= content.size())
            break;
    }
    return out;
}

QByteArray ICalendar::build(const QList<Event> &events, const Options &options)
{
    const DocumentText &t = options.document;
    const QDateTime stamp =
        (options.stamp.isValid() ? options.stamp : QDateTime::currentDateTimeUtc()).toUTC();
    const QString dtstamp = stamp.toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    // SEQUENCE grows with every export, so that calendars which compare it take a re-import as the newer
    // version of the same event and update it.
    const qint64 sequence =
        std::max<qint64>(0, QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC).secsTo(stamp) / 60);

    QByteArray out;
    out += line(QStringLiteral("BEGIN"), QStringLiteral("VCALENDAR"));
    out += line(QStringLiteral("VERSION"), QStringLiteral("2.0"));
    out += line(
        QStringLiteral("PRODID"),
        QStringLiteral("-//Renkei//Renkei %1//%2").arg(QStringLiteral(RENKEI_VERSION), t.code().toUpper()));
    out += line(QStringLiteral("CALSCALE"), QStringLiteral("GREGORIAN"));
    out += line(QStringLiteral("METHOD"), QStringLiteral("PUBLISH"));
    if (!options.calendarName.isEmpty())
        out += line(QStringLiteral("X-WR-CALNAME"), escapeText(options.calendarName));
    out += line(QStringLiteral("X-WR-TIMEZONE"), QStringLiteral("Asia/Tokyo"));

    // Japan has kept +09:00 all year since 1951: one STANDARD rule describes the zone.
    out += line(QStringLiteral("BEGIN"), QStringLiteral("VTIMEZONE"));
    out += line(QStringLiteral("TZID"), QStringLiteral("Asia/Tokyo"));
    out += line(QStringLiteral("BEGIN"), QStringLiteral("STANDARD"));
    out += line(QStringLiteral("DTSTART"), QStringLiteral("19700101T000000"));
    out += line(QStringLiteral("TZOFFSETFROM"), QStringLiteral("+0900"));
    out += line(QStringLiteral("TZOFFSETTO"), QStringLiteral("+0900"));
    out += line(QStringLiteral("TZNAME"), QStringLiteral("JST"));
    out += line(QStringLiteral("END"), QStringLiteral("STANDARD"));
    out += line(QStringLiteral("END"), QStringLiteral("VTIMEZONE"));

    for (const Event &event : events) {
        const Meeting &m = event.meeting;
        out += line(QStringLiteral("BEGIN"), QStringLiteral("VEVENT"));
        out += line(QStringLiteral("UID"), uid(options.databaseId, m.id));
        out += line(QStringLiteral("DTSTAMP"), dtstamp);
        out += line(QStringLiteral("SEQUENCE"), QString::number(sequence));
        if (m.start.isValid()) {
            out += line(QStringLiteral("DTSTART;TZID=Asia/Tokyo"), localStamp(m.date, m.start));
            if (m.end.isValid() && m.end > m.start)
                out += line(QStringLiteral("DTEND;TZID=Asia/Tokyo"), localStamp(m.date, m.end));
        } else {
            out += line(QStringLiteral("DTSTART;VALUE=DATE"), m.date.toString(QStringLiteral("yyyyMMdd")));
            out += line(QStringLiteral("DTEND;VALUE=DATE"),
                        m.date.addDays(1).toString(QStringLiteral("yyyyMMdd")));
        }
        QString summary = t.meetingTitle(event.series.name, m.number);
        if (!m.theme.trimmed().isEmpty())
            //: A calendar event's title after the meeting's: its theme; Japanese: 「%1」
            summary += t.translate("renkei::ICalendar", ": %1", "theme").arg(m.theme.trimmed());
        out += line(QStringLiteral("SUMMARY"), escapeText(summary));
        const QString location = m.venue.isEmpty()     ? m.address
                                 : m.address.isEmpty() ? m.venue
                                                       : QStringLiteral("%1, %2").arg(m.venue, m.address);
        if (!location.isEmpty())
            out += line(QStringLiteral("LOCATION"), escapeText(location));
        out += line(QStringLiteral("DESCRIPTION"), escapeText(description(t, event)));
        out += line(QStringLiteral("STATUS"), m.status == MeetingStatus::Cancelled
                                                  ? QStringLiteral("CANCELLED")
                                                  : QStringLiteral("CONFIRMED"));
        out += line(QStringLiteral("TRANSP"), QStringLiteral("OPAQUE"));
        out += line(QStringLiteral("END"), QStringLiteral("VEVENT"));
    }
    out += line(QStringLiteral("END"), QStringLiteral("VCALENDAR"));
    return out;
}

Result<QList<ICalendar::Event>> ICalendar::events(Database &db, qint64 seriesId, const FiscalYear &fiscalYear)
{
    MeetingRepository meetings(db);
    Result<QList<Meeting>> list = fiscalYear.isValid()
                                      ? meetings.list(seriesId, fiscalYear.first(), fiscalYear.last())
                                      : meetings.list(seriesId);
    if (!list)
        return list.error();
    Result<QList<Series>> allSeries = SeriesRepository(db).all();
    if (!allSeries)
        return allSeries.error();
    QHash<qint64, Series> seriesById;
    for (const Series &s : *allSeries)
        seriesById.insert(s.id, s);

    QList<Event> out;
    for (const Meeting &m : *list) {
        Result<QList<AgendaItem>> items = meetings.agenda(m.id);
        if (!items)
            return items.error();
        Result<AgendaTimetable> timetable = MeetingDocument::timetableFor(db, m, *items);
        if (!timetable)
            return timetable.error();
        out << Event{seriesById.value(m.seriesId), m, *timetable};
    }
    return out;
}

Result<int> ICalendar::exportTo(Database &db, const QString &path, qint64 seriesId,
                                const FiscalYear &fiscalYear, const DocumentOptions &document)
{
    Result<DocumentText> text = DocumentText::stored(db, document);
    if (!text)
        return text.error();
    Result<QList<Event>> list = events(db, seriesId, fiscalYear);
    if (!list)
        return list.error();
    Result<QString> databaseId = SettingsRepository(db).databaseId();
    if (!databaseId)
        return databaseId.error();
    Options options;
    options.document = *text;
    options.databaseId = *databaseId;
    options.stamp = db.now();
    const bool oneSeries = !list->isEmpty() && std::all_of(list->cbegin(), list->cend(), [&](const Event &e) {
        return e.series.id == list->first().series.id;
    });
    if (oneSeries)
        options.calendarName = list->first().series.name;
    else if (seriesId != 0)
        if (Result<Series> s = SeriesRepository(db).get(seriesId))
            options.calendarName = s->name;
    if (options.calendarName.isEmpty())
        options.calendarName = QStringLiteral("Renkei");
    if (Status s = DocumentFile::write(path, build(*list, options)); !s)
        return s.error();
    return int(list->size());
}

} // namespace renkei
