// renkei-bench: generates large databases and times the core queries the views run.
// Run on a Release build (see README); prints figures, never asserts.
#include "AttendanceBench.h"
#include "LargeNetwork.h"

#include "core/reports/MeetingReport.h"
#include "core/reports/ReportQueries.h"
#include "core/reports/SeriesReport.h"
#include "core/storage/Database.h"
#include "core/storage/MemberRepository.h"
#include "core/storage/SeriesRepository.h"

#ifdef RENKEI_BENCH_GUI
#include "MembersViewBench.h"
#include "core/text/Language.h"
#include "ui/reports/ReportsView.h"
#include <QApplication>
#endif

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QSqlQuery>
#include <QTextStream>

#include <algorithm>
#include <sys/resource.h>

using namespace renkei;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

double medianOf(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values[values.size() / 2];
}

long peakRssKb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

int generate(const QString &path, const QCommandLineParser &parser)
{
    QFile::remove(path);
    auto db = Database::open(path, Database::OpenMode::CreateNew);
    if (!db) {
        out() << db.error().toString() << Qt::endl;
        return 1;
    }
    LargeNetwork network;
    network.members = parser.value(QStringLiteral("members")).toInt();
    network.meetings = parser.value(QStringLiteral("meetings")).toInt();
    network.attendancePerMeeting = parser.value(QStringLiteral("per-meeting")).toInt();
    QElapsedTimer timer;
    timer.start();
    if (Status s = network.fill(**db); !s) {
        out() << s.error().toString() << Qt::endl;
        return 1;
    }
    out() << QStringLiteral("generated %1 members, %2 meetings, %3 attendance rows in %4 s\n")
                 .arg(network.members)
                 .arg(network.meetings)
                 .arg(qint64(network.meetings) * network.attendancePerMeeting)
                 .arg(timer.elapsed() / 1000.0, 0, 'f', 1);
    return 0;
}

// The members view's core work: the count, the first page in kana order, and searches.
int members(const QString &path)
{
    QElapsedTimer timer;
    timer.start();
    auto db = Database::open(path, Database::OpenMode::OpenExisting);
    if (!db) {
        out() << db.error().toString() << Qt::endl;
        return 1;
    }
    const double openMs = timer.nsecsElapsed() / 1e6;
    MemberRepository repository(**db);

    timer.restart();
    MemberFilter first;
    first.limit = 200;
    const int total = repository.count(first).value();
    const qsizetype firstPage = repository.list(first)->size();
    const double firstScreenMs = timer.nsecsElapsed() / 1e6;

    // A keystroke at a time, as typed into the search field.
    const QStringList typed = {QStringLiteral("や"),           QStringLiteral("やま"),
                               QStringLiteral("やまだ"),       QStringLiteral("ヤマダ タ"),
                               QStringLiteral("ﾀﾛｳ"),          QStringLiteral("member123"),
                               QStringLiteral("member12345@"), QStringLiteral("さ"),
                               QStringLiteral("ささき"),       QStringLiteral("zz")};
    QList<double> searchMs;
    for (int round = 0; round < 5; ++round) {
        for (const QString &text : typed) {
            MemberFilter f;
            f.text = text;
            f.limit = 200;
            timer.restart();
            (void)repository.count(f);
            (void)repository.list(f);
            searchMs << timer.nsecsElapsed() / 1e6;
        }
    }
    out() << QStringLiteral("members: %1 active; open %2 ms; count + first page (%3 rows) %4 ms\n")
                 .arg(total)
                 .arg(openMs, 0, 'f', 1)
                 .arg(firstPage)
                 .arg(firstScreenMs, 0, 'f', 1);
    out() << QStringLiteral("search keystroke (count + first page): median %1 ms, max %2 ms over %3\n")
                 .arg(medianOf(searchMs), 0, 'f', 1)
                 .arg(*std::max_element(searchMs.begin(), searchMs.end()), 0, 'f', 1)
                 .arg(searchMs.size());
    out() << QStringLiteral("peak RSS %1 MB\n").arg(peakRssKb() / 1024.0, 0, 'f', 1);
    return 0;
}

// The query plans SQLite chose for the statements the reports rely on.
void printQueryPlans(Database &db)
{
    for (const ReportQueries::Named &q : ReportQueries::all()) {
        QSqlQuery plan = db.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + q.sql);
        for (qsizetype i = 0, n = q.sql.count(QLatin1Char('?')); i < n; ++i)
            plan.addBindValue(QVariant());
        out() << QStringLiteral("plan of %1:\n").arg(q.name);
        if (!db.exec(plan, QStringLiteral("explaining")))
            continue;
        while (plan.next())
            out() << QStringLiteral("    %1\n").arg(plan.value(3).toString());
    }
}

// A fiscal year's report of the series: the core computation, one meeting's figures, and (with the GUI)
// the Reports section redrawing it.
int report(const QString &path, const QCommandLineParser &parser)
{
    auto db = Database::open(path, Database::OpenMode::OpenExisting);
    if (!db) {
        out() << db.error().toString() << Qt::endl;
        return 1;
    }
    const Result<QList<Series>> series = SeriesRepository(**db).all();
    if (!series || series->isEmpty()) {
        out() << "no series: generate with --meetings" << Qt::endl;
        return 1;
    }
    const Series &s = series->first();
    const FiscalYear year(parser.value(QStringLiteral("fiscal-year")).toInt());
    QList<double> reportMs;
    QElapsedTimer timer;
    Result<SeriesReport> r = Error(QStringLiteral("not run"));
    for (int round = 0; round < 7; ++round) {
        timer.restart();
        r = SeriesReport::compute(**db, s.id, ReportPeriod::of(year));
        reportMs << timer.nsecsElapsed() / 1e6;
        if (!r) {
            out() << r.error().toString() << Qt::endl;
            return 1;
        }
    }
    out() << QStringLiteral("report of %1, %2: %3 meetings, %4 attendances, %5 people, %6 member records, "
                            "%7 not seen lately\n")
                 .arg(s.name, year.label())
                 .arg(r->meetingsHeld())
                 .arg(r->attendances)
                 .arg(r->uniqueAttendees())
                 .arg(r->memberRecords.size())
                 .arg(r->lapsed.size());
    out() << QStringLiteral("fiscal-year report: median %1 ms, max %2 ms over %3 (first %4 ms)\n")
                 .arg(medianOf(reportMs), 0, 'f', 1)
                 .arg(*std::max_element(reportMs.begin(), reportMs.end()), 0, 'f', 1)
                 .arg(reportMs.size())
                 .arg(reportMs.first(), 0, 'f', 1);
    if (!r->meetings.isEmpty()) {
        QList<double> meetingMs;
        for (int round = 0; round < 7; ++round) {
            timer.restart();
            (void)MeetingReport::compute(**db, r->meetings.at(round % r->meetings.size()).meeting.id);
            meetingMs << timer.nsecsElapsed() / 1e6;
        }
        out() << QStringLiteral("one meeting's report: median %1 ms\n").arg(medianOf(meetingMs), 0, 'f', 1);
    }
#ifdef RENKEI_BENCH_GUI
    {
        ReportsView view;
        view.resize(1280, 800);
        view.show();
        view.setDatabase(db->get());
        QApplication::processEvents();
        QList<double> redrawMs;
        for (int round = 0; round < 5; ++round) {
            timer.restart();
            view.showFiscalYear(year.year() + (round % 2)); // a different year each time, then back
            (void)view.grab();
            redrawMs << timer.nsecsElapsed() / 1e6;
        }
        if (const QString shot = parser.value(QStringLiteral("screenshot")); !shot.isEmpty()) {
            view.resize(1440, 900);
            view.showFiscalYear(year.year());
            QApplication::processEvents();
            view.grab().save(shot);
        }
        out() << QStringLiteral(
                     "Reports section: choose a fiscal year, compute and draw: median %1 ms, max %2 ms\n")
                     .arg(medianOf(redrawMs), 0, 'f', 1)
                     .arg(*std::max_element(redrawMs.begin(), redrawMs.end()), 0, 'f', 1);
        view.setDatabase(nullptr);
    }
#endif
    printQueryPlans(**db);
    out() << QStringLiteral("peak RSS %1 MB\n").arg(peakRssKb() / 1024.0, 0, 'f', 1);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
#ifdef RENKEI_BENCH_GUI
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    renkei::Language::install(app); // the system's language, for screenshots in Japanese
#else
    // The sign-in sheet bench paints text, which needs a QGuiApplication.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
#endif
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Renkei benchmarks: generate | members | report"));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("generate, members or report"));
    parser.addPositionalArgument(QStringLiteral("database"), QStringLiteral("the database file"));
    parser.addOption({QStringLiteral("members"), QStringLiteral("members to generate"), QStringLiteral("N"),
                      QStringLiteral("100000")});
    parser.addOption({QStringLiteral("meetings"), QStringLiteral("meetings to generate"), QStringLiteral("N"),
                      QStringLiteral("0")});
    parser.addOption({QStringLiteral("per-meeting"), QStringLiteral("attendance rows per meeting"),
                      QStringLiteral("N"), QStringLiteral("0")});
    parser.addOption({QStringLiteral("fiscal-year"), QStringLiteral("the fiscal year to report"),
                      QStringLiteral("YYYY"), QStringLiteral("2040")});
    renkei::bench::addAttendanceOptions(parser);
    parser.addOption({QStringLiteral("screenshot"), QStringLiteral("report: save the Reports section as PNG"),
                      QStringLiteral("FILE")});
    parser.process(app);
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2)
        parser.showHelp(2);
    if (args[0] == QLatin1String("generate"))
        return generate(args[1], parser);
    if (args[0] == QLatin1String("members"))
        return members(args[1]);
    if (args[0] == QLatin1String("report"))
        return report(args[1], parser);
    if (renkei::bench::isAttendanceCommand(args[0]))
        return renkei::bench::runAttendance(args[0], args[1], parser);
#ifdef RENKEI_BENCH_GUI
    if (args[0] == QLatin1String("members-view"))
        return renkei::bench::runMembersView(args[1]);
#endif
    parser.showHelp(2);
}
