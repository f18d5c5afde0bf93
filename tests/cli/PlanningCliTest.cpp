// Meeting planning through renkei-cli, end to end: holidays, closed days, plans, hand edits, renumbering,
// agendas, announcements and calendar files, on the demo network.
#include "TestSupport.h"

#include "core/demo/DemoNetwork.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using renkei::test::runCli;

namespace {

const QString bimonthly = QStringLiteral("every=2;week=2;weekday=tue;start=19:00;end=20:30;holiday=next");

// A demo database in its own temporary directory.
struct Demo
{
    QTemporaryDir dir;
    QString db;

    Demo()
    {
        REQUIRE(dir.isValid());
        db = dir.filePath(QStringLiteral("demo.renkei"));
        const auto made = runCli({QStringLiteral("--db"), db, QStringLiteral("demo")});
        INFO(made.err.toStdString());
        REQUIRE(made.exitCode == 0);
    }

    renkei::test::CliRun run(QStringList args) const
    {
        return runCli(QStringList{QStringLiteral("--db"), db} + args);
    }
    QString file(const QString &name) const { return dir.filePath(name); }
};

QStringList lines(const QString &text)
{
    return text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

// The id column of `meetings list` for the meeting numbered `number`.
QString meetingId(const Demo &demo, int number)
{
    const auto list = demo.run({QStringLiteral("meetings"), QStringLiteral("list"),
                                QStringLiteral("--format"), QStringLiteral("csv")});
    REQUIRE(list.exitCode == 0);
    for (const QString &line : lines(list.out)) {
        const QStringList fields = line.trimmed().split(QLatin1Char(','));
        if (fields.size() > 2 && fields.at(2) == QString::number(number))
            return fields.at(0);
    }
    FAIL("no meeting number " << number);
    return {};
}

} // namespace

TEST_CASE("holidays prints each public holiday in the range as the date, a tab and its Japanese name")
{
    const auto run =
        runCli({QStringLiteral("holidays"), QStringLiteral("--from"), QStringLiteral("2019-04-27"),
                QStringLiteral("--to"), QStringLiteral("2019-05-06")});
    REQUIRE(run.exitCode == 0);
    CHECK(run.out ==
          QStringLiteral("2019-04-29\t昭和の日\n2019-04-30\t国民の休日\n2019-05-01\t天皇の即位の日\n"
                         "2019-05-02\t国民の休日\n2019-05-03\t憲法記念日\n2019-05-04\tみどりの日\n"
                         "2019-05-05\tこどもの日\n2019-05-06\t振替休日\n"));
}

TEST_CASE("holidays leaves the organiser's closed days out unless --closed is given")
{
    const Demo demo;
    const QStringList range{QStringLiteral("holidays"), QStringLiteral("--from"),
                            QStringLiteral("2026-12-28"), QStringLiteral("--to"),
                            QStringLiteral("2027-01-04")};
    const auto plain = demo.run(range);
    REQUIRE(plain.exitCode == 0);
    CHECK(plain.out == QStringLiteral("2027-01-01\t元日\n"));
    const auto closed = demo.run(range + QStringList{QStringLiteral("--closed")});
    REQUIRE(closed.exitCode == 0);
    CHECK(lines(closed.out) ==
          QStringList{QStringLiteral("2026-12-29\t年末年始"), QStringLiteral("2026-12-30\t年末年始"),
                      QStringLiteral("2026-12-31\t年末年始"), QStringLiteral("2027-01-01\t元日"),
                      QStringLiteral("2027-01-01\t年末年始"), QStringLiteral("2027-01-02\t年末年始"),
                      QStringLiteral("2027-01-03\t年末年始")});
}

TEST_CASE("holidays refuses a bad date as wrong usage and years it does not know as bad input")
{
    const auto bad =
        runCli({QStringLiteral("holidays"), QStringLiteral("--from"), QStringLiteral("next week")});
    CHECK(bad.exitCode == 2);
    CHECK(bad.err.contains(QStringLiteral("not a date")));
    const auto old =
        runCli({QStringLiteral("holidays"), QStringLiteral("--from"), QStringLiteral("1960-01-01")});
    CHECK(old.exitCode == 1);
    CHECK(old.err.contains(QStringLiteral("1970 to 2050")));
}

TEST_CASE("planning next fiscal year previews the bimonthly dates, writes nothing, then creates them")
{
    const Demo demo;
    const QStringList plan{QStringLiteral("meetings"),      QStringLiteral("plan"),
                           QStringLiteral("--series"),      renkei::DemoNetwork::seriesName(),
                           QStringLiteral("--fiscal-year"), QStringLiteral("2027"),
                           QStringLiteral("--rule"),        bimonthly};
    const auto preview = demo.run(plan + QStringList{QStringLiteral("--dry-run")});
    INFO(preview.err.toStdString());
    REQUIRE(preview.exitCode == 0);
    CHECK(
        preview.out.contains(QStringLiteral("every 2 months from February on the 2nd Tuesday, 19:00–20:30")));
    CHECK(preview.out.contains(QStringLiteral(" 49  2027-04-13 (Tue)  19:00–20:30")));
    CHECK(preview.out.contains(QStringLiteral(" 54  2028-02-08 (Tue)  19:00–20:30")));
    CHECK(preview.out.contains(QStringLiteral("Dry run: nothing was written; 6 meetings would be planned.")));
    const QStringList fy2027{QStringLiteral("meetings"), QStringLiteral("list"),
                             QStringLiteral("--fiscal-year"), QStringLiteral("2027")};
    CHECK(lines(demo.run(fy2027).out).size() == 2); // the header and its rule

    const auto created = demo.run(plan);
    REQUIRE(created.exitCode == 0);
    CHECK(created.out.contains(QStringLiteral("Planned 6 meetings, No. 49 to No. 54.")));
    const QStringList listed = lines(demo.run(fy2027).out);
    REQUIRE(listed.size() == 8);
    CHECK(listed.at(2).contains(QStringLiteral("2027-04-13 (Tue)")));
    CHECK(listed.at(2).contains(QStringLiteral("Planned")));

    // The rule was kept with the series: the next year needs no --rule.
    const auto next =
        demo.run({QStringLiteral("meetings"), QStringLiteral("plan"), QStringLiteral("--fiscal-year"),
                  QStringLiteral("2028"), QStringLiteral("--dry-run")});
    REQUIRE(next.exitCode == 0);
    CHECK(next.out.contains(QStringLiteral("month=2;start=19:00")));
    CHECK(next.out.contains(QStringLiteral(" 55  2028-04-11 (Tue)")));
}

TEST_CASE("a moved date says why, with the holiday's name")
{
    const Demo demo;
    const auto run =
        demo.run({QStringLiteral("meetings"), QStringLiteral("plan"), QStringLiteral("--fiscal-year"),
                  QStringLiteral("2027"), QStringLiteral("--rule"),
                  QStringLiteral("every=1;week=3;weekday=mon;holiday=skip"), QStringLiteral("--dry-run")});
    REQUIRE(run.exitCode == 0);
    const QString july = lines(run.out).filter(QStringLiteral("Marine Day")).value(0);
    CHECK(july.startsWith(QStringLiteral("  -  2027-07-19 (Mon)")));
    CHECK(july.contains(QStringLiteral("No meeting:")));
    CHECK(run.out.contains(QStringLiteral("Dry run: nothing was written; 9 meetings would be planned.")));
}

TEST_CASE("a fiscal year already planned is refused, and a bad rule is wrong usage that names the problem")
{
    const Demo demo;
    const auto again =
        demo.run({QStringLiteral("meetings"), QStringLiteral("plan"), QStringLiteral("--fiscal-year"),
                  QStringLiteral("2026"), QStringLiteral("--rule"), bimonthly});
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QStringLiteral("already has 6 meetings in FY2026")));
    const auto bad =
        demo.run({QStringLiteral("meetings"), QStringLiteral("plan"), QStringLiteral("--fiscal-year"),
                  QStringLiteral("2027"), QStringLiteral("--rule"), QStringLiteral("every=2;week=9")});
    CHECK(bad.exitCode == 2);
    CHECK(bad.err.contains(QStringLiteral("week= takes 1 to 5 or last")));
    const auto noRule = demo.run({QStringLiteral("meetings"), QStringLiteral("plan"),
                                  QStringLiteral("--fiscal-year"), QStringLiteral("2027")});
    CHECK(noRule.exitCode == 2);
    CHECK(noRule.err.contains(QStringLiteral("--rule")));
}

TEST_CASE("changing the rhythm from a planned meeting lists the new dates and what they replace")
{
    const Demo demo;
    const auto run = demo.run({QStringLiteral("meetings"), QStringLiteral("plan"),
                               QStringLiteral("--fiscal-year"), QStringLiteral("2026"),
                               QStringLiteral("--from"), QStringLiteral("47"), QStringLiteral("--rule"),
                               QStringLiteral("every=1;week=2;weekday=thu;start=19:00;end=20:30")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    // December to March, monthly: four meetings where there were two.
    CHECK(run.out.contains(QStringLiteral(" 47  2026-12-10 (Thu)  19:00–20:30  was 2026-12-08")));
    CHECK(run.out.contains(QStringLiteral(" 48  2027-01-14 (Thu)  19:00–20:30  was 2027-02-09")));
    CHECK(run.out.contains(QStringLiteral(" 50  2027-03-11 (Thu)")));
    CHECK(run.out.contains(QStringLiteral("Planned 4 meetings, No. 47 to No. 50.")));

    const auto held =
        demo.run({QStringLiteral("meetings"), QStringLiteral("plan"), QStringLiteral("--fiscal-year"),
                  QStringLiteral("2026"), QStringLiteral("--from"), QStringLiteral("45"),
                  QStringLiteral("--rule"), bimonthly});
    CHECK(held.exitCode == 1);
    CHECK(held.err.contains(QStringLiteral("has been held")));
}

TEST_CASE("a date fixed by hand is checked against holidays, and renumbering is offered, never silent")
{
    const Demo demo;
    const QString id47 = meetingId(demo, 47);
    const auto edited =
        demo.run({QStringLiteral("meetings"), QStringLiteral("edit"), id47, QStringLiteral("--date"),
                  QStringLiteral("2027-02-11"), QStringLiteral("--venue"), QStringLiteral("区民ホール")});
    REQUIRE(edited.exitCode == 0);
    CHECK(edited.out.contains(QStringLiteral("No. 47: 2027-02-11 (Thu) 19:00–20:30.")));
    CHECK(edited.err.contains(QStringLiteral("2027-02-11 is National Foundation Day.")));
    CHECK(edited.err.contains(QStringLiteral("the numbers no longer follow the dates")));
    CHECK(edited.err.contains(QStringLiteral("meetings renumber")));

    const auto preview =
        demo.run({QStringLiteral("meetings"), QStringLiteral("renumber"), QStringLiteral("--dry-run")});
    REQUIRE(preview.exitCode == 0);
    CHECK(preview.out.contains(QStringLiteral("would be renumbered")));
    const auto done = demo.run({QStringLiteral("meetings"), QStringLiteral("renumber")});
    REQUIRE(done.exitCode == 0);
    CHECK(done.out.contains(QStringLiteral("Renumbered 2 meetings.")));
    CHECK(meetingId(demo, 48) == id47);
    const auto again = demo.run({QStringLiteral("meetings"), QStringLiteral("renumber")});
    CHECK(again.out.contains(QStringLiteral("already follow the dates")));
}

TEST_CASE("meetings show gives the details and the programme with its times")
{
    const Demo demo;
    const auto run = demo.run({QStringLiteral("meetings"), QStringLiteral("show"), meetingId(demo, 46)});
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.startsWith(QStringLiteral("%1 No. 46").arg(renkei::DemoNetwork::seriesName())));
    CHECK(run.out.contains(QStringLiteral("2026-10-13 (Tue) 19:00–20:30")));
    CHECK(run.out.contains(QStringLiteral("19:00–19:05")));
    CHECK(run.out.contains(QStringLiteral("ends at 20:30")));
    const auto missing =
        demo.run({QStringLiteral("meetings"), QStringLiteral("show"), QStringLiteral("9999")});
    CHECK(missing.exitCode == 1);
}

TEST_CASE("the agenda is written as a PDF in Japanese, and as HTML and text by extension")
{
    const Demo demo;
    const QString id = meetingId(demo, 47);
    const QString pdf = demo.file(QStringLiteral("agenda.pdf"));
    const auto run =
        demo.run({QStringLiteral("agenda"), QStringLiteral("--meeting"), id, QStringLiteral("--out"), pdf});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QString text = renkei::test::pdfText(pdf);
    CHECK(text.contains(renkei::DemoNetwork::seriesName()));
    CHECK(text.contains(QStringLiteral("第47回 次第")));
    CHECK(text.contains(QStringLiteral("2026年12月8日(火)19:00〜20:30")));
    CHECK(text.contains(QStringLiteral("19:05〜19:15")));
    CHECK(text.contains(QStringLiteral("懇親会")));

    const auto era =
        demo.run({QStringLiteral("agenda"), QStringLiteral("--meeting"), id, QStringLiteral("--era"),
                  QStringLiteral("--out"), demo.file(QStringLiteral("agenda.txt"))});
    REQUIRE(era.exitCode == 0);
    QFile txt(demo.file(QStringLiteral("agenda.txt")));
    REQUIRE(txt.open(QIODevice::ReadOnly));
    CHECK(
        QString::fromUtf8(txt.readAll()).contains(QStringLiteral("日時：令和8年12月8日（火）19:00〜20:30")));
    REQUIRE(demo.run({QStringLiteral("agenda"), QStringLiteral("--meeting"), id, QStringLiteral("--out"),
                      demo.file(QStringLiteral("agenda.html"))})
                .exitCode == 0);
    CHECK(QFile::exists(demo.file(QStringLiteral("agenda.html"))));
    const auto docx = demo.run({QStringLiteral("agenda"), QStringLiteral("--meeting"), id,
                                QStringLiteral("--out"), demo.file(QStringLiteral("agenda.docx"))});
    CHECK(docx.exitCode == 2);
    CHECK_FALSE(QFile::exists(demo.file(QStringLiteral("agenda.docx"))));
}

TEST_CASE("the first agenda of a new year is built from the last one")
{
    const Demo demo;
    REQUIRE(demo.run({QStringLiteral("meetings"), QStringLiteral("plan"), QStringLiteral("--fiscal-year"),
                      QStringLiteral("2027"), QStringLiteral("--rule"), bimonthly})
                .exitCode == 0);
    const QString first = meetingId(demo, 49);
    const auto copied = demo.run({QStringLiteral("agenda"), QStringLiteral("--meeting"), first,
                                  QStringLiteral("--copy-previous"), QStringLiteral("--out"),
                                  demo.file(QStringLiteral("49.txt"))});
    INFO(copied.err.toStdString());
    REQUIRE(copied.exitCode == 0);
    CHECK(copied.out.contains(QStringLiteral("Copied 6 items from meeting %1.").arg(meetingId(demo, 48))));
    QFile txt(demo.file(QStringLiteral("49.txt")));
    REQUIRE(txt.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(txt.readAll());
    CHECK(text.contains(QStringLiteral("第49回 次第")));
    CHECK(text.contains(QStringLiteral("19:00〜19:05　開会・会長挨拶")));
}

TEST_CASE("the announcement is printed with the date, venue, fee, programme and how to reply")
{
    const Demo demo;
    const auto run = demo.run({QStringLiteral("announce"), QStringLiteral("--meeting"), meetingId(demo, 47),
                               QStringLiteral("--reply-by"), QStringLiteral("2026-12-01"),
                               QStringLiteral("--contact"), QStringLiteral("事務局")});
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.startsWith(QStringLiteral("【%1 第47回のご案内】").arg(renkei::DemoNetwork::seriesName())));
    CHECK(run.out.contains(QStringLiteral("■日時：2026年12月8日（火）19:00〜20:30")));
    CHECK(run.out.contains(QStringLiteral("■参加費：500円")));
    CHECK(run.out.contains(QStringLiteral("■プログラム\n　19:00　開会・会長挨拶")));
    CHECK(run.out.contains(
        QStringLiteral("12月1日（火）までに、このメッセージへの返信で出欠をお知らせください。")));
    CHECK(run.out.contains(QStringLiteral("お問い合わせ：事務局")));
}

TEST_CASE("ical writes a fiscal year of a series as an RFC 5545 file with stable UIDs")
{
    const Demo demo;
    const QString path = demo.file(QStringLiteral("fy2026.ics"));
    const QStringList args{
        QStringLiteral("ical"),     QStringLiteral("--out"),           path,
        QStringLiteral("--series"), renkei::DemoNetwork::seriesName(), QStringLiteral("--fiscal-year"),
        QStringLiteral("2026")};
    const auto run = demo.run(args);
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("Wrote 6 meetings")));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray first = file.readAll();
    file.close();
    CHECK(first.startsWith("BEGIN:VCALENDAR\r\n"));
    CHECK(first.count("BEGIN:VEVENT") == 6);
    CHECK(first.contains("DTSTART;TZID=Asia/Tokyo:20261208T190000\r\n"));
    for (const QByteArray &line : first.split('\n'))
        CHECK(line.size() <= 76);

    REQUIRE(demo.run(args).exitCode == 0);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray second = file.readAll();
    static const QRegularExpression uid(QStringLiteral("UID:[^\r]*"));
    QStringList uidsFirst, uidsSecond;
    for (auto it = uid.globalMatch(QString::fromUtf8(first)); it.hasNext();)
        uidsFirst << it.next().captured();
    for (auto it = uid.globalMatch(QString::fromUtf8(second)); it.hasNext();)
        uidsSecond << it.next().captured();
    CHECK(uidsFirst.size() == 6);
    CHECK(uidsFirst == uidsSecond);

    const auto unknown = demo.run({QStringLiteral("ical"), QStringLiteral("--out"), path,
                                   QStringLiteral("--series"), QStringLiteral("no such series")});
    CHECK(unknown.exitCode == 1);
}

TEST_CASE("closed days are added, listed, used by planning and turned off")
{
    const Demo demo;
    const auto added =
        demo.run({QStringLiteral("closed-days"), QStringLiteral("add"), QStringLiteral("--name"),
                  QStringLiteral("会館休館日"), QStringLiteral("--from"), QStringLiteral("2027-04-13")});
    REQUIRE(added.exitCode == 0);
    const auto listed = demo.run({QStringLiteral("closed-days"), QStringLiteral("list")});
    REQUIRE(listed.exitCode == 0);
    CHECK(listed.out.contains(QStringLiteral("年末年始")));
    CHECK(listed.out.contains(QStringLiteral("会館休館日")));
    const QStringList plan{QStringLiteral("meetings"),      QStringLiteral("plan"),
                           QStringLiteral("--fiscal-year"), QStringLiteral("2027"),
                           QStringLiteral("--rule"),        bimonthly,
                           QStringLiteral("--dry-run")};
    const auto moved = demo.run(plan);
    CHECK(moved.out.contains(QStringLiteral(" 49  2027-04-14 (Wed)  19:00–20:30  Moved from")));
    CHECK(moved.out.contains(QStringLiteral("(会館休館日)")));

    const QString id = lines(listed.out)
                           .filter(QStringLiteral("会館休館日"))
                           .value(0)
                           .trimmed()
                           .section(QLatin1Char(' '), 0, 0);
    REQUIRE(demo.run({QStringLiteral("closed-days"), QStringLiteral("off"), id}).exitCode == 0);
    CHECK(demo.run(plan).out.contains(QStringLiteral(" 49  2027-04-13 (Tue)")));
    const auto missing =
        demo.run({QStringLiteral("closed-days"), QStringLiteral("remove"), QStringLiteral("999")});
    CHECK(missing.exitCode == 1);
}
