#include "TestSupport.h"

#include "core/io/ICalendar.h"
#include "core/schedule/MeetingPlanner.h"
#include "core/storage/MeetingRepository.h"
#include "core/storage/SeriesRepository.h"
#include "core/storage/SettingsRepository.h"

#include <QFile>
#include <QRegularExpression>

#include <catch2/catch.hpp>

using namespace renkei;
using renkei::test::TempDatabase;

namespace {

ICalendar::Event event(int number, const QDate &date)
{
    ICalendar::Event e;
    e.series.name = QStringLiteral("みなと坂医介連");
    e.meeting.id = 100 + number;
    e.meeting.number = number;
    e.meeting.date = date;
    e.meeting.start = QTime(19, 0);
    e.meeting.end = QTime(20, 30);
    e.meeting.venue = QStringLiteral("みなと坂区医師会館 3階ホール");
    e.meeting.address = QStringLiteral("みなと坂区坂上1-5-8");
    e.meeting.fee = 500;
    return e;
}

ICalendar::Options options()
{
    ICalendar::Options o;
    o.databaseId = QStringLiteral("0f8fad5b-d9cb-469f-a165-70867728950e");
    o.stamp = QDateTime(QDate(2026, 4, 1), QTime(9, 30), Qt::UTC);
    o.calendarName = QStringLiteral("みなと坂医介連");
    return o;
}

// The content lines of a calendar, unfolded.
QStringList unfolded(const QByteArray &ics)
{
    QByteArray joined = ics;
    joined.replace("\r\n ", "");
    QStringList out;
    for (const QByteArray &line : joined.split('\n'))
        if (!line.isEmpty())
            out << QString::fromUtf8(line.endsWith('\r') ? line.chopped(1) : line);
    return out;
}

QString property(const QStringList &lines, const QString &name)
{
    for (const QString &line : lines)
        if (line.startsWith(name + QLatin1Char(':')) || line.startsWith(name + QLatin1Char(';')))
            return line;
    return {};
}

} // namespace

TEST_CASE("text values escape backslashes, semicolons, commas and line breaks")
{
    CHECK(ICalendar::escapeText(QStringLiteral("a\\b;c,d\ne\r\nf\rg")) ==
          QStringLiteral("a\\\\b\\;c\\,d\\ne\\nf\\ng"));
    CHECK(ICalendar::escapeText(QStringLiteral("会場：区民センター")) ==
          QStringLiteral("会場：区民センター"));
}

TEST_CASE("a long line folds at 75 octets, continuations begin with a space, and every line ends in CRLF")
{
    const QByteArray content = "DESCRIPTION:" + QByteArray(200, 'x');
    const QByteArray folded = ICalendar::foldLine(content);
    const QList<QByteArray> lines = folded.split('\n');
    REQUIRE(lines.last().isEmpty());
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        CHECK(lines[i].endsWith('\r'));
        CHECK(lines[i].size() - 1 <= 75);
        if (i > 0)
            CHECK(lines[i].startsWith(' '));
    }
    CHECK(lines[0].size() - 1 == 75);
    QByteArray back = folded;
    back.replace("\r\n ", "");
    CHECK(back == content + "\r\n");
    CHECK(ICalendar::foldLine("SHORT:1") == "SHORT:1\r\n");
}

TEST_CASE("folding never splits a Japanese character's UTF-8 bytes")
{
    const QByteArray content = QStringLiteral("SUMMARY:%1").arg(QString(60, QChar(u'連'))).toUtf8();
    const QByteArray folded = ICalendar::foldLine(content);
    for (const QByteArray &line : folded.split('\n')) {
        if (line.isEmpty())
            continue;
        const QByteArray text = line.chopped(1); // without \r
        CHECK(text.size() <= 75);
        // Each physical line decodes on its own: no character was cut in two.
        const QByteArray body = text.startsWith(' ') ? text.mid(1) : text;
        CHECK(QString::fromUtf8(body).toUtf8() == body);
        CHECK_FALSE(QString::fromUtf8(body).contains(QChar::ReplacementCharacter));
    }
    QByteArray back = folded;
    back.replace("\r\n ", "");
    CHECK(back == content + "\r\n");
}

TEST_CASE("a calendar has one event per meeting in Asia/Tokyo time, with its time zone and escaped text")
{
    ICalendar::Event first = event(42, QDate(2026, 1, 13));
    first.meeting.theme = QStringLiteral("看取り, 在宅医療; そして連携");
    ICalendar::Event cancelled = event(43, QDate(2026, 3, 10));
    cancelled.meeting.status = MeetingStatus::Cancelled;
    const QByteArray ics = ICalendar::build({first, cancelled}, options());

    CHECK(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
    CHECK(ics.endsWith("END:VCALENDAR\r\n"));
    CHECK_FALSE(QByteArray(ics).replace("\r\n", "").contains('\n')); // no bare LF
    const QStringList lines = unfolded(ics);
    CHECK(lines.count(QStringLiteral("BEGIN:VEVENT")) == 2);
    CHECK(lines.contains(QStringLiteral("TZID:Asia/Tokyo")));
    CHECK(lines.contains(QStringLiteral("TZOFFSETTO:+0900")));
    CHECK(lines.contains(QStringLiteral("DTSTART;TZID=Asia/Tokyo:20260113T190000")));
    CHECK(lines.contains(QStringLiteral("DTEND;TZID=Asia/Tokyo:20260113T203000")));
    CHECK(lines.contains(QStringLiteral("DTSTAMP:20260401T093000Z")));
    CHECK(lines.contains(QStringLiteral("UID:meeting-142.0f8fad5b-d9cb-469f-a165-70867728950e@renkei")));
    CHECK(
        lines.contains(QStringLiteral("SUMMARY:みなと坂医介連 第42回「看取り\\, 在宅医療\\; そして連携」")));
    CHECK(lines.contains(QStringLiteral("LOCATION:みなと坂区医師会館 3階ホール\\, みなと坂区坂上1-5-8")));
    CHECK(lines.contains(QStringLiteral("STATUS:CONFIRMED")));
    CHECK(lines.contains(QStringLiteral("STATUS:CANCELLED")));
    CHECK(lines.contains(QStringLiteral("X-WR-CALNAME:みなと坂医介連")));
    const QString description = property(lines, QStringLiteral("DESCRIPTION"));
    CHECK(description.contains(QStringLiteral("参加費：500円")));
    CHECK(description.contains(QStringLiteral("\\n")));
    CHECK_FALSE(description.contains(QLatin1Char('\n')));

    for (const QByteArray &physical : ics.split('\n'))
        CHECK(physical.size() <= 76); // 75 octets and the CR
}

TEST_CASE("a meeting without a start time is an all-day event")
{
    ICalendar::Event e = event(1, QDate(2026, 5, 12));
    e.meeting.start = QTime();
    e.meeting.end = QTime();
    const QStringList lines = unfolded(ICalendar::build({e}, options()));
    CHECK(lines.contains(QStringLiteral("DTSTART;VALUE=DATE:20260512")));
    CHECK(lines.contains(QStringLiteral("DTEND;VALUE=DATE:20260513")));
}

TEST_CASE("the same meeting keeps its UID on every export, and the sequence grows with the export time")
{
    const ICalendar::Event e = event(42, QDate(2026, 1, 13));
    ICalendar::Options later = options();
    later.stamp = later.stamp.addDays(3);
    const QStringList a = unfolded(ICalendar::build({e}, options()));
    const QStringList b = unfolded(ICalendar::build({e}, later));
    CHECK(property(a, QStringLiteral("UID")) == property(b, QStringLiteral("UID")));
    CHECK(property(a, QStringLiteral("SEQUENCE")).mid(9).toLongLong() <
          property(b, QStringLiteral("SEQUENCE")).mid(9).toLongLong());
    CHECK(ICalendar::uid(QStringLiteral("x"), 7) != ICalendar::uid(QStringLiteral("y"), 7));
}

TEST_CASE("a fiscal year's meetings of a series export to a file whose UIDs survive a re-plan of the rhythm")
{
    TempDatabase temp;
    Series s;
    s.name = QStringLiteral("さくら坂在宅連携の会");
    const qint64 series = *SeriesRepository(temp.db()).add(s);
    MeetingPlanner planner(temp.db());
    REQUIRE(planner.apply(
        {series, FiscalYear(2026),
         *ScheduleRule::parse(QStringLiteral("every=2;week=2;weekday=tue;start=19:00;end=20:30"))}));
    const QString path = temp.dir() + QStringLiteral("/plan.ics");
    Result<int> count = ICalendar::exportTo(temp.db(), path, series, FiscalYear(2026));
    REQUIRE(count);
    CHECK(*count == 6);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QStringList before = unfolded(file.readAll());
    file.close();
    const QString databaseId = *SettingsRepository(temp.db()).databaseId();
    const qint64 third = MeetingRepository(temp.db()).findByNumber(series, 3)->id;
    CHECK(before.contains(QStringLiteral("UID:") + ICalendar::uid(databaseId, third)));
    CHECK(before.contains(QStringLiteral("DTSTART;TZID=Asia/Tokyo:20260812T190000")));

    REQUIRE(planner.apply(
        {series, FiscalYear(2026),
         *ScheduleRule::parse(QStringLiteral("every=1;week=3;weekday=thu;start=19:00;end=20:30")), third}));
    REQUIRE(ICalendar::exportTo(temp.db(), path, series, FiscalYear(2026)));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QStringList after = unfolded(file.readAll());
    CHECK(after.count(QStringLiteral("BEGIN:VEVENT")) == 10);
    CHECK(after.contains(QStringLiteral("UID:") + ICalendar::uid(databaseId, third)));
    CHECK(after.contains(QStringLiteral("DTSTART;TZID=Asia/Tokyo:20260820T190000")));
    CHECK_FALSE(after.contains(QStringLiteral("DTSTART;TZID=Asia/Tokyo:20260812T190000")));
}

TEST_CASE("exporting into a folder that does not exist fails with the file named and writes nothing")
{
    TempDatabase temp;
    const QString path = temp.dir() + QStringLiteral("/missing/plan.ics");
    Result<int> count = ICalendar::exportTo(temp.db(), path);
    REQUIRE_FALSE(count);
    CHECK(count.error().file.endsWith(QStringLiteral("plan.ics")));
    CHECK_FALSE(QFile::exists(path));
}
