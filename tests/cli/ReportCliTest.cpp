// renkei-cli report, end to end on the demo network: the figures printed and saved are the core
// report's, in every format, and wrong usage is refused with the usage status.
#include "TestSupport.h"

#include "core/demo/DemoNetwork.h"
#include "core/reports/MeetingReport.h"
#include "core/reports/SeriesReport.h"
#include "core/storage/MeetingRepository.h"
#include "core/storage/SeriesRepository.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace renkei;
using namespace renkei::test;

namespace {

struct DemoFile
{
    QTemporaryDir dir;
    QString path = QDir(dir.path()).filePath(QStringLiteral("demo.renkei"));
    qint64 seriesId = 0;
    QList<Meeting> meetings;

    DemoFile()
    {
        {
            auto db = Database::open(path, Database::OpenMode::CreateNew);
            REQUIRE(db);
            REQUIRE(DemoNetwork::fill(**db));
            seriesId = SeriesRepository(**db).findByName(DemoNetwork::seriesName())->id;
            meetings = MeetingRepository(**db).list(seriesId).value();
        }
    }
    SeriesReport expected(int year, const SeriesReport::Options &options = {}) const
    {
        auto db = Database::open(path, Database::OpenMode::OpenExisting);
        REQUIRE(db);
        return SeriesReport::compute(**db, seriesId, ReportPeriod::of(FiscalYear(year)), options).value();
    }
    MeetingReport expectedMeeting(qint64 id) const
    {
        auto db = Database::open(path, Database::OpenMode::OpenExisting);
        REQUIRE(db);
        return MeetingReport::compute(**db, id).value();
    }
    QString file(const QString &name) const { return QDir(dir.path()).filePath(name); }
};

QJsonObject json(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    INFO(error.errorString().toStdString());
    REQUIRE(doc.isObject());
    return doc.object();
}

} // namespace

TEST_CASE("report --meeting prints a meeting's figures as a table, CSV or JSON")
{
    DemoFile demo;
    const Meeting meeting = demo.meetings.at(7);
    const MeetingReport expected = demo.expectedMeeting(meeting.id);
    const QString id = QString::number(meeting.id);

    const CliRun table = runCli(
        {QStringLiteral("--db"), demo.path, QStringLiteral("report"), QStringLiteral("--meeting"), id});
    REQUIRE(table.exitCode == 0);
    CHECK(table.out.contains(meeting.theme));
    CHECK(table.out.contains(QStringLiteral("Attended")));

    const CliRun data =
        runCli({QStringLiteral("--db"), demo.path, QStringLiteral("report"), QStringLiteral("--meeting"), id,
                QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(data.exitCode == 0);
    const QJsonObject o = json(data.out);
    CHECK(o.value(QStringLiteral("attended")).toInt() == expected.attended);
    CHECK(o.value(QStringLiteral("first_timers")).toInt() == expected.firstTimers);
    int sum = 0;
    for (const QJsonValue &v : o.value(QStringLiteral("by_profession")).toArray())
        sum += v.toObject().value(QStringLiteral("count")).toInt();
    CHECK(sum == expected.attended);

    const CliRun csv =
        runCli({QStringLiteral("--db"), demo.path, QStringLiteral("report"), QStringLiteral("--meeting"), id,
                QStringLiteral("--format"), QStringLiteral("csv")});
    REQUIRE(csv.exitCode == 0);
    CHECK(csv.out.startsWith(QStringLiteral("section,item,count\r\n")));
    CHECK(csv.out.contains(QStringLiteral("status,Attended,%1\r\n").arg(expected.attended)));
}

TEST_CASE("report --series with a fiscal year prints the year's figures")
{
    DemoFile demo;
    const SeriesReport expected = demo.expected(2025);
    const CliRun run =
        runCli({QStringLiteral("--db"), demo.path, QStringLiteral("report"), QStringLiteral("--series"),
                DemoNetwork::seriesName(), QStringLiteral("--fiscal-year"), QStringLiteral("2025"),
                QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(run.exitCode == 0);
    const QJsonObject o = json(run.out);
    CHECK(o.value(QStringLiteral("meetings_held")).toInt() == expected.meetingsHeld());
    CHECK(o.value(QStringLiteral("attendances")).toInt() == expected.attendances);
    CHECK(o.value(QStringLiteral("unique_attendees")).toInt() == expected.uniqueAttendees());
    CHECK(o.value(QStringLiteral("meetings")).toArray().size() == expected.meetingsHeld());

    const CliRun table = runCli({QStringLiteral("--db"), demo.path, QStringLiteral("report"),
                                 QStringLiteral("--fiscal-year"), QStringLiteral("令和7年度")});
    REQUIRE(table.exitCode == 0);
    CHECK(table.out.contains(DemoNetwork::seriesName()));
    CHECK(table.out.contains(expected.meetings.first().meeting.theme));
}

TEST_CASE("report --not-seen and --return-within choose how many meetings lately and coming back look at")
{
    DemoFile demo;
    const QStringList base{QStringLiteral("--db"),   demo.path,
                           QStringLiteral("report"), QStringLiteral("--fiscal-year"),
                           QStringLiteral("2025"),   QStringLiteral("--format"),
                           QStringLiteral("json")};
    SeriesReport::Options wide;
    wide.lapsedAfter = 1;
    wide.returnWindow = 5;
    const SeriesReport expected = demo.expected(2025, wide);
    const SeriesReport byDefault = demo.expected(2025);
    REQUIRE(expected.lapsed.size() != byDefault.lapsed.size()); // the choice makes a difference here

    const CliRun run = runCli(base + QStringList{QStringLiteral("--not-seen"), QStringLiteral("1"),
                                                 QStringLiteral("--return-within"), QStringLiteral("5")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QJsonObject o = json(run.out);
    CHECK(o.value(QStringLiteral("not_seen_lately")).toArray().size() == expected.lapsed.size());
    const QJsonObject returns = o.value(QStringLiteral("return_rate")).toObject();
    CHECK(returns.value(QStringLiteral("window")).toInt() == 5);
    CHECK(returns.value(QStringLiteral("returned")).toInt() == expected.returnRate.returned);
    CHECK(json(runCli(base).out).value(QStringLiteral("not_seen_lately")).toArray().size() ==
          byDefault.lapsed.size());

    for (const QString &bad : {QStringLiteral("0"), QStringLiteral("three"), QStringLiteral("100")}) {
        const CliRun refused = runCli(base + QStringList{QStringLiteral("--not-seen"), bad});
        CHECK(refused.exitCode == 2);
        CHECK(refused.err.contains(QStringLiteral("--not-seen")));
    }
}

TEST_CASE("report --out writes the activity report as PDF, CSV and JSON")
{
    DemoFile demo;
    const SeriesReport expected = demo.expected(2025);
    const QStringList base{QStringLiteral("--db"),    demo.path,
                           QStringLiteral("report"),  QStringLiteral("--series"),
                           DemoNetwork::seriesName(), QStringLiteral("--fiscal-year"),
                           QStringLiteral("2025"),    QStringLiteral("--out")};

    const QString pdf = demo.file(QStringLiteral("fy2025.pdf"));
    REQUIRE(runCli(base + QStringList{pdf}).exitCode == 0);
    const QString text = pdfText(pdf);
    CHECK(text.contains(QStringLiteral("%1 2025年度 年間活動実績報告").arg(DemoNetwork::seriesName())));
    for (const SeriesReport::MeetingSummary &m : expected.meetings)
        CHECK(text.contains(QStringLiteral("第%1回").arg(m.meeting.number)));
    CHECK(text.contains(QStringLiteral("開催回数")));

    const QString csvPath = demo.file(QStringLiteral("fy2025.csv"));
    REQUIRE(runCli(base + QStringList{csvPath}).exitCode == 0);
    QFile csvFile(csvPath);
    REQUIRE(csvFile.open(QIODevice::ReadOnly));
    const QByteArray bytes = csvFile.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF")); // UTF-8 with BOM, for Excel
    const QStringList lines =
        QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == expected.meetingsHeld() + 2); // header, meetings, totals
    CHECK(lines.last().startsWith(QStringLiteral("合計,,,,%1,").arg(expected.attendances)));

    const QString jsonPath = demo.file(QStringLiteral("fy2025.json"));
    REQUIRE(runCli(base + QStringList{jsonPath}).exitCode == 0);
    QFile jsonFile(jsonPath);
    REQUIRE(jsonFile.open(QIODevice::ReadOnly));
    CHECK(json(QString::fromUtf8(jsonFile.readAll())).value(QStringLiteral("attendances")).toInt() ==
          expected.attendances);
}

TEST_CASE("report with a range of dates counts the meetings held within it")
{
    DemoFile demo;
    const CliRun run =
        runCli({QStringLiteral("--db"), demo.path, QStringLiteral("report"), QStringLiteral("--from"),
                QStringLiteral("2024-04-01"), QStringLiteral("--to"), QStringLiteral("2026-03-31"),
                QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(run.exitCode == 0);
    CHECK(json(run.out).value(QStringLiteral("attendances")).toInt() ==
          demo.expected(2024).attendances + demo.expected(2025).attendances);
}

TEST_CASE("report refuses wrong usage and unknown things with the right exit status")
{
    DemoFile demo;
    const QStringList db{QStringLiteral("--db"), demo.path, QStringLiteral("report")};
    CHECK(runCli(db + QStringList{QStringLiteral("--from"), QStringLiteral("2025-04-01")}).exitCode == 2);
    CHECK(runCli(db + QStringList{QStringLiteral("--fiscal-year"), QStringLiteral("2025"),
                                  QStringLiteral("--from"), QStringLiteral("2025-04-01"),
                                  QStringLiteral("--to"), QStringLiteral("2025-05-01")})
              .exitCode == 2);
    CHECK(runCli(db + QStringList{QStringLiteral("--format"), QStringLiteral("xml")}).exitCode == 2);
    CHECK(runCli(db + QStringList{QStringLiteral("--fiscal-year"), QStringLiteral("next")}).exitCode == 2);
    CHECK(runCli(db + QStringList{QStringLiteral("--meeting"), QStringLiteral("9999")}).exitCode == 1);
    CHECK(runCli(db + QStringList{QStringLiteral("--series"), QStringLiteral("ない会")}).exitCode == 1);
    const CliRun wrongFile =
        runCli(db + QStringList{QStringLiteral("--out"), demo.file(QStringLiteral("r.docx"))});
    CHECK(wrongFile.exitCode == 1);
    CHECK(wrongFile.err.contains(QStringLiteral(".pdf, .csv or .json")));
    CHECK_FALSE(QFile::exists(demo.file(QStringLiteral("r.docx"))));
}

TEST_CASE("report --series prints as CSV and JSON exactly what --out writes to a file")
{
    DemoFile demo;
    const QStringList base{QStringLiteral("--db"), demo.path, QStringLiteral("report"),
                           QStringLiteral("--fiscal-year"), QStringLiteral("2025")};
    const auto fileText = [](const QString &path) {
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        QByteArray bytes = file.readAll();
        if (bytes.startsWith("\xEF\xBB\xBF"))
            bytes.remove(0, 3); // the BOM marks a file for Excel; a pipe has none
        return QString::fromUtf8(bytes);
    };

    QHash<QString, QString> printed;
    for (const QString &format : {QStringLiteral("csv"), QStringLiteral("json")}) {
        const CliRun run = runCli(base + QStringList{QStringLiteral("--format"), format});
        REQUIRE(run.exitCode == 0);
        const QString file = demo.file(QStringLiteral("report.") + format);
        REQUIRE(runCli(base + QStringList{QStringLiteral("--out"), file}).exitCode == 0);
        CHECK(run.out == fileText(file));
        printed.insert(format, run.out);
    }
    // The whole report's table: a meeting a row with its programme and a column a profession, then the
    // year's totals.
    const SeriesReport expected = demo.expected(2025);
    const QStringList lines =
        printed.value(QStringLiteral("csv")).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == expected.meetingsHeld() + 2);
    CHECK(lines.first().startsWith(QStringLiteral("回,開催日,テーマ,内容,参加者数")));
    CHECK(lines.last().startsWith(QStringLiteral("合計,,,,%1,").arg(expected.attendances)));
    CHECK(json(printed.value(QStringLiteral("json"))).value(QStringLiteral("programmes")).toObject().size() ==
          expected.meetingsHeld());

    // The table shows the same rows, aligned, under the year's figures.
    const CliRun table = runCli(base);
    REQUIRE(table.exitCode == 0);
    CHECK(table.out.contains(QStringLiteral("合計")));
    for (const SeriesReport::MeetingSummary &m : expected.meetings)
        CHECK(table.out.contains(m.meeting.theme));
}
