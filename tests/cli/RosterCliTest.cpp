// renkei-cli members import/export and attendance export/matrix, run as a real process.
#include "TestSupport.h"

#include "core/demo/DemoNetwork.h"
#include "core/io/CsvReader.h"
#include "core/schedule/FiscalYear.h"
#include "core/storage/MeetingRepository.h"
#include "core/storage/SeriesRepository.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QStringDecoder>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace renkei;
using renkei::test::runCli;

namespace {

// A demo database made through the CLI, and a folder for the files the tests write.
struct Network
{
    QTemporaryDir dir;
    QString db;

    explicit Network(bool demo = true)
    {
        REQUIRE(dir.isValid());
        db = dir.filePath(QStringLiteral("network.renkei"));
        const auto run =
            runCli({QStringLiteral("--db"), db, demo ? QStringLiteral("demo") : QStringLiteral("init")});
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
    }
    QString file(const QString &name) const { return dir.filePath(name); }
    test::CliRun cli(const QStringList &args) const
    {
        return runCli(QStringList{QStringLiteral("--db"), db} + args);
    }
    QString membersCsv() const
    {
        const auto run = cli({QStringLiteral("members"), QStringLiteral("list"), QStringLiteral("--all"),
                              QStringLiteral("--format"), QStringLiteral("csv")});
        REQUIRE(run.exitCode == 0);
        return run.out;
    }
};

QByteArray readFile(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

// What renkei-cli wrote on stderr, without Qt's own warnings about the environment.
QString errorsOf(const test::CliRun &run)
{
    QStringList lines = run.err.split(QLatin1Char('\n'));
    lines.removeIf([](const QString &line) { return line.startsWith(QLatin1String("QStandardPaths:")); });
    return lines.join(QLatin1Char('\n'));
}

QList<QStringList> readCsv(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CsvReader reader(file);
    QList<QStringList> rows;
    CsvRecord record;
    while (reader.readRecord(record))
        rows << record.fields;
    return rows;
}

const QString excelRoster = test::fixturePath(QStringLiteral("excel-roster-sjis.csv"));
const QString fixedRoster = test::fixturePath(QStringLiteral("excel-roster-sjis-fixed.csv"));

} // namespace

TEST_CASE("members import lists every problem as line and column and leaves the database untouched")
{
    const Network network;
    const QString before = network.membersCsv();
    const auto run = network.cli({QStringLiteral("members"), QStringLiteral("import"), excelRoster});
    CHECK(run.exitCode == 1);
    CHECK(run.out.isEmpty());
    const QStringList lines = errorsOf(run).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 6);
    CHECK(lines[0].startsWith(QStringLiteral("line 5, column 7: ")));
    CHECK(lines[1].startsWith(QStringLiteral("line 6, column 3: ")));
    CHECK(lines[2].startsWith(QStringLiteral("line 7, column 11: ")));
    CHECK(lines[3].startsWith(QStringLiteral("line 8, column 4: ")));
    CHECK(lines[3].contains(QStringLiteral("看護士")));
    CHECK(lines[4].startsWith(QStringLiteral("line 9, column 8: ")));
    CHECK(lines[5].contains(QStringLiteral("nothing was imported")));
    CHECK(network.membersCsv() == before);
}

TEST_CASE("members import of a clean roster prints what it did; again, it skips every row")
{
    const Network network;
    const auto first = network.cli({QStringLiteral("members"), QStringLiteral("import"), fixedRoster});
    INFO(first.err.toStdString());
    REQUIRE(first.exitCode == 0);
    CHECK(first.out == QStringLiteral("imported 5, updated 0, skipped 0\n"));
    CHECK(network.membersCsv().contains(QStringLiteral("髙橋 﨑子")));

    const QString after = network.membersCsv();
    const auto again = network.cli({QStringLiteral("members"), QStringLiteral("import"), fixedRoster,
                                    QStringLiteral("--on-duplicate"), QStringLiteral("update")});
    REQUIRE(again.exitCode == 0);
    CHECK(again.out == QStringLiteral("imported 0, updated 0, skipped 5\n"));
    CHECK(network.membersCsv() == after);

    const auto added = network.cli({QStringLiteral("members"), QStringLiteral("import"), fixedRoster,
                                    QStringLiteral("--on-duplicate"), QStringLiteral("add")});
    REQUIRE(added.exitCode == 0);
    CHECK(added.out == QStringLiteral("imported 5, updated 0, skipped 0\n"));
}

TEST_CASE("members import --dry-run says what it would do and writes nothing")
{
    const Network network;
    const QString before = network.membersCsv();
    const auto run = network.cli(
        {QStringLiteral("members"), QStringLiteral("import"), fixedRoster, QStringLiteral("--dry-run")});
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.startsWith(QStringLiteral("imported 5, updated 0, skipped 0\n")));
    CHECK(run.out.contains(QStringLiteral("nothing was written")));
    CHECK(network.membersCsv() == before);
}

TEST_CASE("members import takes --encoding, --map, --create-unknown and --map-value")
{
    const Network network;
    SECTION("a wrong encoding chosen by hand shows as bad bytes with their lines")
    {
        const auto run = network.cli({QStringLiteral("members"), QStringLiteral("import"), fixedRoster,
                                      QStringLiteral("--encoding"), QStringLiteral("utf-8")});
        CHECK(run.exitCode == 1);
        CHECK(errorsOf(run).startsWith(QStringLiteral("line 1, column ")));
        CHECK(run.err.contains(QStringLiteral("UTF-8")));
    }
    SECTION("headers mapped by hand, unknown lists created or mapped")
    {
        const QString path = network.file(QStringLiteral("odd.csv"));
        writeFile(path,
                  QStringLiteral("お名前,よみ,連絡先,資格,勤め先,メモ\n"
                                 "山本 一郎,やまもと いちろう,yamamoto@example.jp,看護士,新しい診療所,x\n")
                      .toUtf8());
        const auto refused = network.cli({QStringLiteral("members"), QStringLiteral("import"), path,
                                          QStringLiteral("--map"), QStringLiteral("連絡先=email")});
        CHECK(refused.exitCode == 1);
        CHECK(refused.err.contains(QStringLiteral("line 2, column 4: ")));
        CHECK(refused.err.contains(QStringLiteral("line 2, column 5: ")));

        const auto run =
            network.cli({QStringLiteral("members"), QStringLiteral("import"), path, QStringLiteral("--map"),
                         QStringLiteral("連絡先=email"), QStringLiteral("--map"), QStringLiteral("メモ=-"),
                         QStringLiteral("--map-value"), QStringLiteral("profession:看護士=看護師"),
                         QStringLiteral("--create-unknown"), QStringLiteral("--verbose")});
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        CHECK(run.out.contains(QStringLiteral("新しい診療所")));
        CHECK(run.out.endsWith(QStringLiteral("imported 1, updated 0, skipped 0\n")));
        const QString members = network.membersCsv();
        CHECK(members.contains(QStringLiteral("山本 一郎,やまもと いちろう,Nurse,新しい診療所")));
    }
    SECTION("wrong usage")
    {
        CHECK(network
                  .cli({QStringLiteral("members"), QStringLiteral("import"), fixedRoster,
                        QStringLiteral("--encoding"), QStringLiteral("latin1")})
                  .exitCode == 2);
        CHECK(network
                  .cli({QStringLiteral("members"), QStringLiteral("import"), fixedRoster,
                        QStringLiteral("--on-duplicate"), QStringLiteral("merge")})
                  .exitCode == 2);
        CHECK(network
                  .cli({QStringLiteral("members"), QStringLiteral("import"), fixedRoster,
                        QStringLiteral("--map"), QStringLiteral("氏名=nickname")})
                  .exitCode == 2);
        CHECK(network.cli({QStringLiteral("members"), QStringLiteral("import")}).exitCode == 2);
        CHECK(network
                  .cli({QStringLiteral("members"), QStringLiteral("import"),
                        network.file(QStringLiteral("missing.csv"))})
                  .exitCode == 1);
    }
}

TEST_CASE("members export writes UTF-8 with BOM by default, with the chosen columns and filters")
{
    const Network network;
    const QString path = network.file(QStringLiteral("roster.csv"));
    const auto shared = network.cli({QStringLiteral("members"), QStringLiteral("export"), path});
    INFO(shared.err.toStdString());
    REQUIRE(shared.exitCode == 0);
    CHECK(readFile(path).startsWith("\xEF\xBB\xBF"));
    CHECK(shared.out.contains(QStringLiteral("Left out")));
    const int sharedRows = int(readCsv(path).size()) - 1;

    const auto all = network.cli({QStringLiteral("members"), QStringLiteral("export"), path,
                                  QStringLiteral("--all-members"), QStringLiteral("--columns"),
                                  QStringLiteral("name,kana,email"), QStringLiteral("--encoding"),
                                  QStringLiteral("utf-8")});
    REQUIRE(all.exitCode == 0);
    const QList<QStringList> rows = readCsv(path);
    CHECK_FALSE(readFile(path).startsWith("\xEF\xBB\xBF"));
    CHECK(rows[0] ==
          QStringList{QStringLiteral("Name"), QStringLiteral("Reading"), QStringLiteral("E-mail")});
    CHECK(rows.size() - 1 > sharedRows);
    CHECK(all.out.startsWith(QStringLiteral("Exported %1 member").arg(rows.size() - 1)));

    const auto nurses = network.cli(
        {QStringLiteral("members"), QStringLiteral("export"), path, QStringLiteral("--all-members"),
         QStringLiteral("--profession"), QStringLiteral("看護師"), QStringLiteral("--area"),
         QStringLiteral("みなと坂区"), QStringLiteral("--columns"), QStringLiteral("name,profession,area")});
    REQUIRE(nurses.exitCode == 0);
    const QList<QStringList> nurseRows = readCsv(path);
    REQUIRE(nurseRows.size() > 1);
    for (qsizetype i = 1; i < nurseRows.size(); ++i) {
        CHECK(nurseRows[i][1] == QStringLiteral("Nurse"));
        CHECK(nurseRows[i][2].startsWith(QStringLiteral("みなと坂区")));
    }
    CHECK(network
              .cli({QStringLiteral("members"), QStringLiteral("export"), path, QStringLiteral("--columns"),
                    QStringLiteral("name,shoe_size")})
              .exitCode == 2);
    CHECK(network
              .cli({QStringLiteral("members"), QStringLiteral("export"), path, QStringLiteral("--profession"),
                    QStringLiteral("宇宙飛行士")})
              .exitCode == 1);
}

TEST_CASE(
    "members export in Shift_JIS lists what it cannot hold by member and field until replacing is agreed")
{
    const Network network;
    const QString add = network.file(QStringLiteral("yoshida.csv"));
    writeFile(add, QStringLiteral("氏名,フリガナ,名簿掲載\n𠮷田 一郎,よしだ いちろう,はい\n").toUtf8());
    REQUIRE(network.cli({QStringLiteral("members"), QStringLiteral("import"), add}).exitCode == 0);

    const QString path = network.file(QStringLiteral("sjis.csv"));
    const auto refused = network.cli({QStringLiteral("members"), QStringLiteral("export"), path,
                                      QStringLiteral("--encoding"), QStringLiteral("shift_jis")});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("𠮷田 一郎 (ID ")));
    CHECK(refused.err.contains(
        QStringLiteral("Name: “𠮷田 一郎” has 𠮷 (U+20BB7); it would be written “吉田 一郎”.")));
    CHECK(refused.err.contains(QStringLiteral("--replace-unrepresentable")));
    CHECK_FALSE(QFile::exists(path));

    const auto agreed =
        network.cli({QStringLiteral("members"), QStringLiteral("export"), path, QStringLiteral("--encoding"),
                     QStringLiteral("shift_jis"), QStringLiteral("--replace-unrepresentable")});
    REQUIRE(agreed.exitCode == 0);
    QStringDecoder decoder("Shift_JIS");
    const QString text = decoder.decode(readFile(path));
    CHECK_FALSE(decoder.hasError());
    CHECK(text.contains(QStringLiteral("吉田 一郎")));
}

TEST_CASE("export followed by import through renkei-cli changes nothing")
{
    const Network network;
    const QString before = network.membersCsv();
    for (const char *encoding : {"utf-8-bom", "shift_jis"}) {
        const QString path = network.file(QStringLiteral("round-trip.csv"));
        const auto exported =
            network.cli({QStringLiteral("members"), QStringLiteral("export"), path,
                         QStringLiteral("--all-members"), QStringLiteral("--include-archived"),
                         QStringLiteral("--encoding"), QString::fromLatin1(encoding)});
        INFO(exported.err.toStdString());
        REQUIRE(exported.exitCode == 0);
        const auto imported = network.cli({QStringLiteral("members"), QStringLiteral("import"), path,
                                           QStringLiteral("--on-duplicate"), QStringLiteral("update")});
        INFO(imported.err.toStdString());
        REQUIRE(imported.exitCode == 0);
        CHECK(imported.out.startsWith(QStringLiteral("imported 0, updated 0, skipped ")));
        CHECK(network.membersCsv() == before);
    }
}

TEST_CASE("attendance export and attendance matrix write the meeting's list and the fiscal year's matrix")
{
    const Network network;
    qint64 meetingId = 0;
    {
        auto opened = Database::open(network.db, Database::OpenMode::OpenExisting);
        REQUIRE(opened.ok());
        const Result<QList<Meeting>> meetings = MeetingRepository(**opened).list();
        REQUIRE(meetings.ok());
        for (const Meeting &m : *meetings)
            if (m.status == MeetingStatus::Held)
                meetingId = m.id;
    }
    REQUIRE(meetingId > 0);
    const QString list = network.file(QStringLiteral("attendance.csv"));
    const auto exported = network.cli({QStringLiteral("attendance"), QStringLiteral("export"),
                                       QStringLiteral("--meeting"), QString::number(meetingId), list});
    INFO(exported.err.toStdString());
    REQUIRE(exported.exitCode == 0);
    CHECK(readFile(list).startsWith("\xEF\xBB\xBF"));
    CHECK(readCsv(list)[0][0] == QStringLiteral("Name"));
    CHECK(readCsv(list).size() > 1);

    const QString matrix = network.file(QStringLiteral("matrix.csv"));
    const auto made =
        network.cli({QStringLiteral("attendance"), QStringLiteral("matrix"), QStringLiteral("--series"),
                     DemoNetwork::seriesName(), QStringLiteral("--fiscal-year"), QStringLiteral("2025"),
                     matrix, QStringLiteral("--encoding"), QStringLiteral("shift_jis")});
    INFO(made.err.toStdString());
    REQUIRE(made.exitCode == 0);
    QFile file(matrix);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CsvReader reader(file);
    CsvRecord header;
    REQUIRE(reader.readRecord(header));
    CHECK(reader.encoding() == TextEncoding::ShiftJis);
    CHECK(header.fields.last() == QStringLiteral("Times attended"));

    CHECK(network.cli({QStringLiteral("attendance"), QStringLiteral("export"), list}).exitCode == 2);
    CHECK(
        network
            .cli({QStringLiteral("attendance"), QStringLiteral("matrix"), QStringLiteral("--series"),
                  QStringLiteral("無い会"), QStringLiteral("--fiscal-year"), QStringLiteral("2025"), matrix})
            .exitCode == 1);
    CHECK(network
              .cli({QStringLiteral("attendance"), QStringLiteral("matrix"), QStringLiteral("--series"),
                    DemoNetwork::seriesName(), QStringLiteral("--fiscal-year"), QStringLiteral("someday"),
                    matrix})
              .exitCode == 2);
}
