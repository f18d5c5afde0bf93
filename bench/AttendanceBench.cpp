#include "AttendanceBench.h"

#include "core/attendance/CheckInDesk.h"
#include "core/attendance/Registration.h"
#include "core/documents/SignInSheet.h"
#include "core/storage/AttendanceRepository.h"
#include "core/storage/Database.h"
#include "core/storage/MeetingRepository.h"
#include "core/storage/MemberRepository.h"
#include "core/storage/SeriesRepository.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <algorithm>
#include <random>

namespace renkei::bench {

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values[values.size() / 2];
}

double maximum(const QList<double> &values)
{
    return values.isEmpty() ? 0 : *std::max_element(values.begin(), values.end());
}

double ms(const QElapsedTimer &timer)
{
    return timer.nsecsElapsed() / 1e6;
}

// A planned meeting of the bench's own series with `people` members registered, picked at random
// (made once per size and reused).
Result<qint64> meetingWith(Database &db, int people)
{
    SeriesRepository series(db);
    const QString name = QStringLiteral("受付計測医介連");
    qint64 seriesId = 0;
    if (Result<Series> found = series.findByName(name); found) {
        seriesId = found->id;
    } else {
        Series s;
        s.name = name;
        Result<qint64> added = series.add(s);
        if (!added)
            return added.error();
        seriesId = *added;
    }
    MeetingRepository meetings(db);
    if (Result<Meeting> existing = meetings.findByNumber(seriesId, people); existing)
        return existing->id;

    qint64 meetingId = 0;
    const Status done = db.transaction([&]() -> Status {
        Meeting m;
        m.seriesId = seriesId;
        m.number = people;
        m.date = QDate::currentDate().addDays(30);
        m.start = QTime(19, 0);
        m.end = QTime(20, 30);
        m.venue = QStringLiteral("みなと坂区医師会館 3階ホール");
        m.capacity = people;
        m.hasSocial = true;
        Result<qint64> id = meetings.add(m);
        if (!id)
            return id.error();
        meetingId = *id;
        MemberFilter active;
        const Result<QList<Member>> members = MemberRepository(db).list(active);
        if (!members)
            return members.error();
        if (members->size() < people)
            return Error(QStringLiteral("the database has only %1 members").arg(members->size()));
        QList<qint64> ids;
        for (const Member &member : *members)
            ids << member.id;
        std::mt19937 rng(11);
        std::shuffle(ids.begin(), ids.end(), rng);
        QList<Attendance> rows;
        for (int i = 0; i < people; ++i) {
            Attendance a;
            a.meetingId = meetingId;
            a.memberId = ids[i];
            a.status = AttendanceStatus::Registered;
            rows << a;
        }
        return AttendanceRepository(db).addAll(rows);
    });
    if (!done)
        return done.error();
    return meetingId;
}

int sheet(Database &db, const QCommandLineParser &parser)
{
    const int people = parser.value(QStringLiteral("people")).toInt();
    const QString pdf = QDir::temp().filePath(QStringLiteral("renkei-bench-sheet.pdf"));
    auto time = [&](int count, int rounds, int *pages) -> std::optional<QList<double>> {
        Result<qint64> meeting = meetingWith(db, count);
        if (!meeting) {
            out() << meeting.error().toString() << Qt::endl;
            return std::nullopt;
        }
        QList<double> runs;
        for (int i = 0; i < rounds; ++i) {
            QElapsedTimer timer;
            timer.start();
            Result<SignInSheet> loaded = SignInSheet::load(db, *meeting);
            Result<int> written = loaded ? loaded->writePdf(pdf) : Result<int>(loaded.error());
            if (!written) {
                out() << written.error().toString() << Qt::endl;
                return std::nullopt;
            }
            runs << ms(timer);
            *pages = *written;
        }
        return runs;
    };
    int pages = 0;
    // The baseline: a meeting-sized sheet (40 people), in the same run.
    const auto baseline = time(40, 5, &pages);
    if (!baseline)
        return 1;
    out() << QStringLiteral("sign-in sheet of 40 (baseline): %1 pages, median %2 ms\n")
                 .arg(pages)
                 .arg(median(*baseline), 0, 'f', 1);
    const auto runs = time(people, 5, &pages);
    if (!runs)
        return 1;
    out() << QStringLiteral(
                 "sign-in sheet of %1: %2 pages, %3 KB; load + render to PDF median %4 ms, max %5 ms "
                 "(budget 2000 ms)\n")
                 .arg(people)
                 .arg(pages)
                 .arg(QFile(pdf).size() / 1024)
                 .arg(median(*runs), 0, 'f', 1)
                 .arg(maximum(*runs), 0, 'f', 1);
    QFile::remove(pdf);
    return 0;
}

int checkIn(Database &db, const QCommandLineParser &parser)
{
    const int people = parser.value(QStringLiteral("people")).toInt();
    Result<int> members = MemberRepository(db).count(MemberFilter{});
    if (!members) {
        out() << members.error().toString() << Qt::endl;
        return 1;
    }
    Result<qint64> meeting = meetingWith(db, people);
    if (!meeting) {
        out() << meeting.error().toString() << Qt::endl;
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    CheckInDesk desk(db, *meeting);
    if (Status s = desk.load(); !s) {
        out() << s.error().toString() << Qt::endl;
        return 1;
    }
    const double loadMs = ms(timer);

    // Keystrokes: readings as typed, other scripts, e-mail, and letters nobody has (the worst case,
    // a search through every member).
    const QStringList typed = {
        QStringLiteral("や"),        QStringLiteral("やま"),      QStringLiteral("やまだ"),
        QStringLiteral("やまだ た"), QStringLiteral("ヤマダ"),    QStringLiteral("ﾔﾏﾀﾞ"),
        QStringLiteral("さ"),        QStringLiteral("ささき は"), QStringLiteral("member123"),
        QStringLiteral("ぬ"),        QStringLiteral("zz")};
    QList<double> searchMs;
    for (int round = 0; round < 5; ++round)
        for (const QString &text : typed) {
            timer.restart();
            if (Result<QList<CheckInDesk::Match>> found = desk.find(text); !found) {
                out() << found.error().toString() << Qt::endl;
                return 1;
            }
            searchMs << ms(timer);
        }

    // One person checked in: their reading typed, the first match taken, marked there. Then undone,
    // so the bench can run again.
    QList<double> checkInMs;
    std::mt19937 rng(5);
    const QList<Attendee> list = desk.attendees();
    for (int i = 0; i < 50; ++i) {
        const Attendee &person = list[int(rng() % quint32(list.size()))];
        const QString text = person.kana.left(person.kana.indexOf(QLatin1Char(' ')) + 2);
        timer.restart();
        Result<QList<CheckInDesk::Match>> found = desk.find(text);
        if (!found || found->isEmpty()) {
            out() << QStringLiteral("nothing found for %1").arg(text) << Qt::endl;
            return 1;
        }
        Result<Attendee> checked = desk.checkIn(found->first());
        if (!checked) {
            out() << checked.error().toString() << Qt::endl;
            return 1;
        }
        checkInMs << ms(timer);
        if (Status s = desk.undoCheckIn(checked->id()); !s) {
            out() << s.error().toString() << Qt::endl;
            return 1;
        }
    }
    // A member who did not register, found and let in as a walk-in.
    QList<double> walkInMs;
    for (const QString &text :
         {QStringLiteral("member77"), QStringLiteral("member4321"), QStringLiteral("member99001")}) {
        timer.restart();
        Result<QList<CheckInDesk::Match>> found = desk.find(text);
        if (!found || found->isEmpty())
            continue;
        auto notListed = std::find_if(found->begin(), found->end(),
                                      [](const CheckInDesk::Match &m) { return !m.onList(); });
        if (notListed == found->end())
            continue;
        Result<Attendee> checked = desk.checkIn(*notListed);
        if (!checked) {
            out() << checked.error().toString() << Qt::endl;
            return 1;
        }
        walkInMs << ms(timer);
        (void)desk.undoCheckIn(checked->id());
    }

    out() << QStringLiteral("check-in desk: %1 members, %2 registered; list loaded in %3 ms\n")
                 .arg(*members)
                 .arg(list.size())
                 .arg(loadMs, 0, 'f', 1);
    out() << QStringLiteral("search keystroke: median %1 ms, max %2 ms over %3\n")
                 .arg(median(searchMs), 0, 'f', 1)
                 .arg(maximum(searchMs), 0, 'f', 1)
                 .arg(searchMs.size());
    out() << QStringLiteral(
                 "check-in of one person (search + mark attended): median %1 ms, max %2 ms over %3 "
                 "(budget 50 ms)\n")
                 .arg(median(checkInMs), 0, 'f', 1)
                 .arg(maximum(checkInMs), 0, 'f', 1)
                 .arg(checkInMs.size());
    out() << QStringLiteral(
                 "walk-in member (search + add + mark attended): median %1 ms, max %2 ms over %3\n")
                 .arg(median(walkInMs), 0, 'f', 1)
                 .arg(maximum(walkInMs), 0, 'f', 1)
                 .arg(walkInMs.size());
    return 0;
}

} // namespace

void addAttendanceOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("people"),
                      QStringLiteral("sheet, checkin: people registered for the meeting (default 1000)"),
                      QStringLiteral("N"), QStringLiteral("1000")});
}

bool isAttendanceCommand(const QString &command)
{
    return command == QLatin1String("sheet") || command == QLatin1String("checkin");
}

int runAttendance(const QString &command, const QString &databasePath, const QCommandLineParser &parser)
{
    auto db = Database::open(databasePath, Database::OpenMode::OpenExisting);
    if (!db) {
        out() << db.error().toString() << Qt::endl;
        return 1;
    }
    return command == QLatin1String("sheet") ? sheet(**db, parser) : checkIn(**db, parser);
}

} // namespace renkei::bench
