// Meeting series through renkei-cli, end to end: add, list, edit and remove, on a new database and on the
// demo network.
#include "TestSupport.h"

#include "core/demo/DemoNetwork.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

using renkei::test::runCli;

namespace {

// A database in its own temporary directory: new, or with the demo network.
struct SeriesDb
{
    QTemporaryDir dir;
    QString db;

    explicit SeriesDb(bool demo = false)
    {
        REQUIRE(dir.isValid());
        db = dir.filePath(QStringLiteral("series.renkei"));
        const auto made =
            runCli({QStringLiteral("--db"), db, demo ? QStringLiteral("demo") : QStringLiteral("init")});
        INFO(made.err.toStdString());
        REQUIRE(made.exitCode == 0);
    }

    renkei::test::CliRun run(QStringList args) const
    {
        return runCli(QStringList{QStringLiteral("--db"), db, QStringLiteral("series")} + args);
    }
};

} // namespace

TEST_CASE("series add on a new database prints the new id, and series list shows its defaults")
{
    const SeriesDb s;
    const auto added = s.run(
        {QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("みなと坂医介連"),
         QStringLiteral("--first-number"), QStringLiteral("12"), QStringLiteral("--venue"),
         QStringLiteral("区民センター"), QStringLiteral("--address"), QStringLiteral("港区1-2-3"),
         QStringLiteral("--start"), QStringLiteral("19:00"), QStringLiteral("--end"), QStringLiteral("20:30"),
         QStringLiteral("--fee"), QStringLiteral("500"), QStringLiteral("--capacity"), QStringLiteral("40"),
         QStringLiteral("--notes"), QStringLiteral("年6回")});
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    CHECK(added.out == QStringLiteral("1\n"));

    const auto csv = s.run({QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("csv")});
    REQUIRE(csv.exitCode == 0);
    const QStringList rows = csv.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(rows.size() == 2);
    CHECK(rows.at(0).trimmed() == QStringLiteral("id,name,first_number,venue,address,start,end,fee,capacity,"
                                                 "meetings,schedule_rule,notes"));
    CHECK(rows.at(1).trimmed() ==
          QStringLiteral("1,みなと坂医介連,12,区民センター,港区1-2-3,19:00,20:30,500,40,0,,年6回"));

    const auto table = s.run({QStringLiteral("list")});
    REQUIRE(table.exitCode == 0);
    CHECK(table.out.contains(QStringLiteral("みなと坂医介連")));
    CHECK(table.out.contains(QStringLiteral("19:00–20:30")));

    // The new series can be planned at once, numbered from its first number.
    const auto plan =
        runCli({QStringLiteral("--db"), s.db, QStringLiteral("meetings"), QStringLiteral("plan"),
                QStringLiteral("--series"), QStringLiteral("みなと坂医介連"), QStringLiteral("--fiscal-year"),
                QStringLiteral("2027"), QStringLiteral("--rule"),
                QStringLiteral("every=2;week=2;weekday=tue"), QStringLiteral("--dry-run")});
    INFO(plan.err.toStdString());
    REQUIRE(plan.exitCode == 0);
    CHECK(plan.out.contains(QStringLiteral(" 12  2027-04-13 (Tue)  19:00–20:30")));
}

TEST_CASE("series add and edit refuse bad values with a message naming the option, exit 1")
{
    const SeriesDb s;
    REQUIRE(
        s.run({QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("みなと坂医介連")}).exitCode ==
        0);

    const auto badTime = s.run({QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("other"),
                                QStringLiteral("--start"), QStringLiteral("25:00")});
    CHECK(badTime.exitCode == 1);
    CHECK(badTime.err.contains(QStringLiteral("--start: '25:00' is not a time")));

    const auto negative = s.run({QStringLiteral("edit"), QStringLiteral("1"), QStringLiteral("--fee=-500")});
    CHECK(negative.exitCode == 1);
    CHECK(negative.err.contains(QStringLiteral("--fee: The fee cannot be negative.")));

    const auto endFirst = s.run({QStringLiteral("edit"), QStringLiteral("1"), QStringLiteral("--start"),
                                 QStringLiteral("19:00"), QStringLiteral("--end"), QStringLiteral("18:00")});
    CHECK(endFirst.exitCode == 1);
    CHECK(endFirst.err.contains(QStringLiteral("--end: The end time must be after the start time.")));

    const auto duplicate =
        s.run({QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("みなと坂医介連")});
    CHECK(duplicate.exitCode == 1);
    CHECK(duplicate.err.contains(QStringLiteral("--name: There is already a series named")));

    const auto zero = s.run(
        {QStringLiteral("edit"), QStringLiteral("1"), QStringLiteral("--first-number"), QStringLiteral("0")});
    CHECK(zero.exitCode == 1);
    CHECK(zero.err.contains(QStringLiteral("--first-number")));

    // Nothing of it was written.
    const auto csv = s.run({QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("csv")});
    CHECK(csv.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).at(1).trimmed() ==
          QStringLiteral("1,みなと坂医介連,1,,,,,0,,0,,"));

    // Wrong usage is exit 2: no name, nothing to change, an unknown format.
    CHECK(s.run({QStringLiteral("add")}).exitCode == 2);
    CHECK(s.run({QStringLiteral("edit"), QStringLiteral("1")}).exitCode == 2);
    CHECK(s.run({QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("xml")}).exitCode == 2);
}

TEST_CASE("series edit finds the series by id or by name and changes only what is given")
{
    const SeriesDb s;
    REQUIRE(s.run({QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("みなと坂医介連"),
                   QStringLiteral("--venue"), QStringLiteral("区民センター"), QStringLiteral("--capacity"),
                   QStringLiteral("40")})
                .exitCode == 0);
    const auto byName = s.run({QStringLiteral("edit"), QStringLiteral("みなと坂医介連"),
                               QStringLiteral("--name"), QStringLiteral("みなと坂医療介護連携の会"),
                               QStringLiteral("--capacity"), QStringLiteral("0")});
    INFO(byName.err.toStdString());
    REQUIRE(byName.exitCode == 0);
    CHECK(byName.out.contains(QStringLiteral("Saved series 1: みなと坂医療介護連携の会.")));
    const auto byId =
        s.run({QStringLiteral("edit"), QStringLiteral("1"), QStringLiteral("--fee"), QStringLiteral("1000")});
    REQUIRE(byId.exitCode == 0);
    const auto csv = s.run({QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("csv")});
    CHECK(csv.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).at(1).trimmed() ==
          QStringLiteral("1,みなと坂医療介護連携の会,1,区民センター,,,,1000,,0,,"));
    const auto missing = s.run(
        {QStringLiteral("edit"), QStringLiteral("nowhere"), QStringLiteral("--fee"), QStringLiteral("1")});
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains(QStringLiteral("nowhere")));
}

TEST_CASE("series remove deletes a series without meetings and refuses one with meetings")
{
    const SeriesDb s(true);
    const auto refused = s.run({QStringLiteral("remove"), renkei::DemoNetwork::seriesName()});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(renkei::DemoNetwork::seriesName()));
    CHECK(refused.err.contains(QStringLiteral("only a series without meetings can be deleted")));
    CHECK(s.run({QStringLiteral("list")}).out.contains(renkei::DemoNetwork::seriesName()));

    const auto added = s.run({QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("勉強会")});
    REQUIRE(added.exitCode == 0);
    const QString id = added.out.trimmed();
    const auto removed = s.run({QStringLiteral("remove"), id});
    INFO(removed.err.toStdString());
    REQUIRE(removed.exitCode == 0);
    CHECK(removed.out.contains(QStringLiteral("Deleted series %1: 勉強会.").arg(id)));
    CHECK_FALSE(s.run({QStringLiteral("list")}).out.contains(QStringLiteral("勉強会")));
    CHECK(s.run({QStringLiteral("remove")}).exitCode == 2);
}

TEST_CASE("series --help lists its commands and each command's options")
{
    const auto help = runCli({QStringLiteral("series"), QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    for (const char *command : {"series list", "series add", "series edit", "series remove"})
        CHECK(help.out.contains(QString::fromLatin1(command)));
    const auto edit = runCli({QStringLiteral("series"), QStringLiteral("edit"), QStringLiteral("--help")});
    CHECK(edit.exitCode == 0);
    CHECK(edit.out.contains(QStringLiteral("--first-number <N>")));
    CHECK(edit.out.contains(QStringLiteral("ID|NAME")));
}
