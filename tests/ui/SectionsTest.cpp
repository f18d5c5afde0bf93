#include "UiTestSupport.h"
#include "core/demo/DemoNetwork.h"
#include "core/storage/Database.h"
#include "core/storage/MeetingRepository.h"
#include "core/storage/MemberRepository.h"
#include "core/storage/ProfessionRepository.h"
#include "ui/MainWindow.h"
#include "ui/reports/ReportsView.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

#include <catch2/catch.hpp>

using namespace renkei;
using namespace renkei::test;

namespace {

// A shown, active window on the demo database.
struct DemoWindow
{
    QTemporaryDir dir;
    QString path = writeDemoDatabase(dir);
    TestSettings settings;
    MainWindow window{settings.settings()};

    DemoWindow()
    {
        window.show();
        window.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&window));
        REQUIRE(window.openFile(path));
    }
};

} // namespace

TEST_CASE("Ctrl+1 to Ctrl+4 and the navigation list switch sections", "[mainwindow][sections]")
{
    DemoWindow demo;
    MainWindow &window = demo.window;
    auto *navigation = child<QListWidget>(window, "navigation");
    CHECK(navigation->count() == 4);
    CHECK(window.currentSection() == MainWindow::Section::Members);

    QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
    CHECK(window.currentSection() == MainWindow::Section::Reports);
    CHECK(child<QWidget>(window, "reportsView")->isVisible());
    QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier);
    CHECK(child<QWidget>(window, "settingsView")->isVisible());

    navigation->setFocus();
    QTest::keyClick(navigation, Qt::Key_Up);
    CHECK(window.currentSection() == MainWindow::Section::Reports);
    QTest::keyClick(navigation, Qt::Key_Home);
    CHECK(child<QWidget>(window, "membersView")->isVisible());
    CHECK_FALSE(child<QWidget>(window, "reportsView")->isVisible());
}

TEST_CASE(
    "the meetings section lists the series' meetings with attendance and the agenda of the one selected",
    "[sections][meetings]")
{
    DemoWindow demo;
    MainWindow &window = demo.window;
    QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
    REQUIRE(window.currentSection() == MainWindow::Section::Meetings);

    auto *series = child<QComboBox>(window, "seriesPicker");
    CHECK(series->currentText() == DemoNetwork::seriesName());
    auto *table = child<QTableView>(window, "meetingTable");
    QAbstractItemModel *model = table->model();
    REQUIRE(model->rowCount() == DemoNetwork::meetingCount);

    // 第31回 (No. 31) first; held meetings show how many attended.
    CHECK(model->index(0, 0).data().toString().contains(QString::number(DemoNetwork::firstMeetingNumber)));
    auto meetings = MeetingRepository(*window.database()).list();
    REQUIRE(meetings.ok());
    REQUIRE(meetings->first().status == MeetingStatus::Held);
    CHECK(model->index(0, 6).data().toInt() > 0);
    CHECK(model->index(0, 1).data().toString() ==
          QLocale().toString(meetings->first().date, QLocale::LongFormat));

    table->setCurrentIndex(model->index(0, 0));
    auto agenda = MeetingRepository(*window.database()).agenda(meetings->first().id);
    REQUIRE(agenda.ok());
    REQUIRE_FALSE(agenda->isEmpty());
    auto *agendaList = child<QTreeWidget>(window, "agendaList");
    CHECK(agendaList->topLevelItemCount() == agenda->size());
    CHECK(agendaList->topLevelItem(0)->text(2) == agenda->first().title);
    CHECK(child<QLabel>(window, "agendaHeading")->text().contains(meetings->first().numberLabel()));
}

TEST_CASE("the reports section counts the meetings held and the attendances of a fiscal year",
          "[sections][reports]")
{
    DemoWindow demo;
    MainWindow &window = demo.window;
    window.showSection(MainWindow::Section::Reports);
    child<ReportsView>(window, "reportsView")->showFiscalYear(2025);

    CHECK(child<QLabel>(window, "meetingsHeld")->text().toInt() > 0);
    CHECK(child<QLabel>(window, "totalAttendances")->text().remove(QLocale().groupSeparator()).toInt() > 0);
    const QAbstractItemModel *byProfession = child<QTableView>(window, "attendancesByProfession")->model();
    REQUIRE(byProfession->rowCount() > 1);
    int sum = 0;
    for (int row = 0; row < byProfession->rowCount(); ++row)
        sum += byProfession->index(row, 1).data().toInt();
    CHECK(sum ==
          child<QLabel>(window, "totalAttendances")->text().remove(QLocale().groupSeparator()).toInt());
}

TEST_CASE("the settings section shows the file, its schema version and the professions",
          "[sections][settings]")
{
    DemoWindow demo;
    MainWindow &window = demo.window;
    window.showSection(MainWindow::Section::Settings);

    CHECK(child<QLineEdit>(window, "databasePath")->text() == QDir::toNativeSeparators(demo.path));
    CHECK(child<QLabel>(window, "schemaVersion")
              ->text()
              .startsWith(QString::number(Database::currentSchemaVersion())));
    CHECK(child<QLabel>(window, "languageInUse")->text() == QStringLiteral("English"));
    auto professions = ProfessionRepository(*window.database()).all();
    REQUIRE(professions.ok());
    auto *table = child<QTableWidget>(window, "professionTable");
    REQUIRE(table->rowCount() == professions->size());
    CHECK(table->item(0, 0)->text() == professions->first().displayName());

    window.closeFile();
    CHECK(table->rowCount() == 0);
    CHECK(child<QLineEdit>(window, "databasePath")->text().isEmpty());
}
