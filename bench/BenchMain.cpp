// renkei-bench: generates large databases and times the core queries the views run.
// Run on a Release build (see README); prints figures, never asserts.
#include "LargeNetwork.h"

#include "storage/Database.h"
#include "storage/MemberRepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
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

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Renkei benchmarks: generate | members"));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("generate or members"));
    parser.addPositionalArgument(QStringLiteral("database"), QStringLiteral("the database file"));
    parser.addOption({QStringLiteral("members"), QStringLiteral("members to generate"), QStringLiteral("N"),
                      QStringLiteral("100000")});
    parser.addOption({QStringLiteral("meetings"), QStringLiteral("meetings to generate"), QStringLiteral("N"),
                      QStringLiteral("0")});
    parser.addOption({QStringLiteral("per-meeting"), QStringLiteral("attendance rows per meeting"),
                      QStringLiteral("N"), QStringLiteral("0")});
    parser.process(app);
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2)
        parser.showHelp(2);
    if (args[0] == QLatin1String("generate"))
        return generate(args[1], parser);
    if (args[0] == QLatin1String("members"))
        return members(args[1]);
    parser.showHelp(2);
}
