// The Reports section on the demo network: the figures it shows are the core report's, the charts
// add up and keep a profession's colour, and what it saves (charts, the activity report) is written.
#include "ui/reports/ReportsView.h"
#include "TestSupport.h"
#include "UiTestSupport.h"
#include "core/reports/SeriesReport.h"
#include "core/storage/AttendanceRepository.h"
#include "core/storage/MeetingRepository.h"
#include "core/storage/SeriesRepository.h"
#include "ui/MainWindow.h"
#include "ui/reports/ChartPanel.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>

#include <catch2/catch.hpp>

using namespace renkei;
using namespace renkei::test;

namespace {

int number(const QLabel *label)
{
    return label->text().remove(QLocale().groupSeparator()).toInt();
}

struct ReportsWindow
{
    QTemporaryDir dir;
    QString path = writeDemoDatabase(dir);
    TestSettings settings;
    MainWindow window{settings.settings()};
    ReportsView *view = nullptr;

    ReportsWindow()
    {
        window.resize(1280, 860);
        window.show();
        REQUIRE(window.openFile(path));
        window.showSection(MainWindow::Section::Reports);
        view = child<ReportsView>(window, "reportsView");
        view->showFiscalYear(2025);
        REQUIRE(view->report().has_value());
    }

    SeriesReport expected(int year = 2025, const SeriesReport::Options &options = {})
    {
        const qint64 seriesId = view->report()->series.id;
        return SeriesReport::compute(*window.database(), seriesId, ReportPeriod::of(FiscalYear(year)),
                                     options)
            .value();
    }
};

QAbstractBarSeries *barsOf(ChartPanel *panel)
{
    REQUIRE(panel->chart());
    REQUIRE_FALSE(panel->chart()->series().isEmpty());
    auto *bars = qobject_cast<QAbstractBarSeries *>(panel->chart()->series().first());
    REQUIRE(bars);
    return bars;
}

} // namespace

TEST_CASE("the reports section shows the fiscal year's figures as the core computes them", "[reports]")
{
    ReportsWindow w;
    const SeriesReport r = w.expected();
    CHECK(number(child<QLabel>(w.window, "meetingsHeld")) == r.meetingsHeld());
    CHECK(number(child<QLabel>(w.window, "totalAttendances")) == r.attendances);
    CHECK(number(child<QLabel>(w.window, "uniqueAttendees")) == r.uniqueAttendees());
    CHECK(number(child<QLabel>(w.window, "firstTimers")) == r.firstTimers);
    CHECK(number(child<QLabel>(w.window, "notSeenLately")) == r.lapsed.size());

    auto *meetingTable = child<QTableView>(w.window, "reportMeetings");
    const QAbstractItemModel *meetings = meetingTable->model();
    REQUIRE(meetings->rowCount() == r.meetingsHeld());
    int sum = 0;
    for (int row = 0; row < meetings->rowCount(); ++row)
        sum += meetings->index(row, 3).data(Qt::DisplayRole).toInt();
    CHECK(sum == r.attendances);

    const QAbstractItemModel *professions = child<QTableView>(w.window, "attendancesByProfession")->model();
    int byProfession = 0;
    for (int row = 0; row < professions->rowCount(); ++row)
        byProfession += professions->index(row, 1).data(Qt::DisplayRole).toInt();
    CHECK(byProfession == r.attendances);

    CHECK(child<QTableView>(w.window, "memberAttendance")->model()->rowCount() == r.memberRecords.size());
    CHECK(child<QTableView>(w.window, "notSeenLatelyTable")->model()->rowCount() == r.lapsed.size());

    // A meeting's own figures, on choosing it.
    meetingTable->setCurrentIndex(meetings->index(1, 0));
    CHECK(child<QTableView>(w.window, "meetingFigures")->model()->rowCount() > 10);
    CHECK(child<QLabel>(w.window, "meetingFiguresTitle")
              ->text()
              .contains(r.meetings.at(1).meeting.numberLabel()));
}

TEST_CASE("the charts add up to the figures and give a profession one colour in all of them", "[reports]")
{
    ReportsWindow w;
    const SeriesReport r = w.expected();
    QAbstractBarSeries *perMeeting = barsOf(child<ChartPanel>(w.window, "attendanceChart"));
    QAbstractBarSeries *mix = barsOf(child<ChartPanel>(w.window, "professionMixChart"));
    REQUIRE(perMeeting->count() == r.byProfession.entries.size());
    REQUIRE(mix->count() == r.byProfession.entries.size());
    for (int i = 0; i < r.meetings.size(); ++i) {
        double stacked = 0;
        for (QBarSet *set : perMeeting->barSets())
            stacked += set->at(i);
        CHECK(int(stacked) == r.meetings.at(i).attended);
    }
    for (int k = 0; k < perMeeting->count(); ++k) {
        QBarSet *a = perMeeting->barSets().at(k);
        QBarSet *b = mix->barSets().at(k);
        CHECK(a->label() == b->label());
        CHECK(a->color() == b->color());
        CHECK(int(b->sum()) == r.byProfession.entries.at(k).count);
    }
    // The growth chart: a bar of joiners and a point of the running total for every month, the line
    // ending at the members who had joined by the year's end.
    ChartPanel *growth = child<ChartPanel>(w.window, "memberGrowthChart");
    REQUIRE(growth->chart());
    QAbstractBarSeries *joined = barsOf(growth);
    QLineSeries *line = nullptr;
    for (QAbstractSeries *series : growth->chart()->series())
        if (auto *l = qobject_cast<QLineSeries *>(series))
            line = l;
    REQUIRE(line);
    REQUIRE(joined->count() == 1);
    const QList<QPointF> points = line->points();
    REQUIRE(r.memberCount.size() == 12);
    REQUIRE(points.size() == r.memberCount.size());
    for (int i = 0; i < points.size(); ++i) {
        CHECK(points.at(i).y() == r.memberCount.at(i).count);
        CHECK(joined->barSets().first()->at(i) == r.newMembers.at(i).count);
    }
    QSqlQuery byYearEnd = w.window.database()->query();
    REQUIRE(byYearEnd.exec(QStringLiteral("SELECT count(*) FROM members WHERE joined_on <= '2026-03-31'")));
    REQUIRE(byYearEnd.next());
    CHECK(byYearEnd.value(0).toInt() > 0);
    CHECK(points.last().y() == byYearEnd.value(0).toInt());
}

TEST_CASE("a chart is saved as a PNG image and the activity report as a PDF", "[reports]")
{
    ReportsWindow w;
    QTemporaryDir out;
    auto *panel = child<ChartPanel>(w.window, "attendanceChart");
    const QString png = QDir(out.path()).filePath(QStringLiteral("chart.png"));
    REQUIRE(panel->saveImage(png));
    const QImage image(png);
    CHECK_FALSE(image.isNull());
    CHECK(image.width() >= panel->view()->width());

    const QString pdf = QDir(out.path()).filePath(QStringLiteral("report.pdf"));
    REQUIRE(w.view->saveReport(pdf));
    const QString text = pdfText(pdf);
    CHECK(text.contains(QStringLiteral("年間活動実績報告")));
    CHECK(text.contains(w.view->report()->series.name));
}

TEST_CASE("the figures follow attendance recorded elsewhere when the section is shown again", "[reports]")
{
    ReportsWindow w;
    const int before = number(child<QLabel>(w.window, "totalAttendances"));
    const Meeting meeting = w.view->report()->meetings.first().meeting;

    w.window.showSection(MainWindow::Section::Members);
    Attendance walkIn;
    walkIn.meetingId = meeting.id;
    walkIn.guest.name = QStringLiteral("飛込 一郎");
    walkIn.guest.kana = QStringLiteral("とびこみ いちろう");
    walkIn.status = AttendanceStatus::Attended;
    walkIn.walkIn = true;
    REQUIRE(AttendanceRepository(*w.window.database()).add(walkIn));
    w.window.showSection(MainWindow::Section::Reports);

    CHECK(number(child<QLabel>(w.window, "totalAttendances")) == before + 1);
    CHECK(w.view->report()->guestAttendances == w.expected().guestAttendances);
}

TEST_CASE("a range of dates is reported as well as a fiscal year", "[reports]")
{
    ReportsWindow w;
    w.view->showRange(QDate(2024, 4, 1), QDate(2026, 3, 31));
    REQUIRE(w.view->report().has_value());
    const SeriesReport both = w.view->report().value();
    CHECK(both.meetingsHeld() == w.expected(2024).meetingsHeld() + w.expected(2025).meetingsHeld());
    CHECK(both.attendances == w.expected(2024).attendances + w.expected(2025).attendances);
    CHECK(child<QTableView>(w.window, "reportMeetings")->model()->rowCount() == both.meetingsHeld());
}

// Not a test: the section for docs/screenshots/reports.png. Run on demand:
//   RENKEI_SCREENSHOT_DIR=out RENKEI_TEST_LOCALE=ja_JP renkei_ui_tests "[.reports-screenshot]"
TEST_CASE("a screenshot of the reports section", "[.reports-screenshot]")
{
    const QString out = qEnvironmentVariable("RENKEI_SCREENSHOT_DIR");
    REQUIRE_FALSE(out.isEmpty());
    REQUIRE(QDir().mkpath(out));
    ReportsWindow w;
    w.window.resize(1440, 900);
    QTest::qWait(100);
    CHECK(w.window.grab().save(QDir(out).filePath(QStringLiteral("reports.png"))));
    child<QTabWidget>(w.window, "reportTabs")->setCurrentIndex(1);
    auto *meetings = child<QTableView>(w.window, "reportMeetings");
    meetings->setCurrentIndex(meetings->model()->index(2, 0));
    QTest::qWait(50);
    CHECK(w.window.grab().save(QDir(out).filePath(QStringLiteral("reports-meetings.png"))));
}

TEST_CASE("the organiser chooses how many meetings 'not seen lately' and 'came back' look at", "[reports]")
{
    ReportsWindow w;
    SeriesReport::Options one;
    one.lapsedAfter = 1;
    one.returnWindow = 1;
    const SeriesReport expected = w.expected(2025, one);
    REQUIRE(expected.lapsed.size() != w.expected().lapsed.size());
    child<QSpinBox>(w.window, "notSeenMeetings")->setValue(1);
    child<QSpinBox>(w.window, "returnWithinMeetings")->setValue(1);
    CHECK(number(child<QLabel>(w.window, "notSeenLately")) == expected.lapsed.size());
    REQUIRE(w.view->report().has_value());
    CHECK(w.view->report()->returnRate.window == 1);
    CHECK(w.view->report()->returnRate.returned == expected.returnRate.returned);
    CHECK(child<QLabel>(w.window, "notSeenLatelyNote")->text().contains(QStringLiteral("last 1 meeting")));
}
