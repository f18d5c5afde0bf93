#include "UiTestSupport.h"
#include "ui/MainWindow.h"

#include <QDir>
#include <QTableView>
#include <QTest>

#include <catch2/catch.hpp>

using namespace renkei;
using namespace renkei::test;

// Not a test: renders the window for docs/screenshots. Run on demand:
//   RENKEI_SCREENSHOT_DIR=out [RENKEI_TEST_LOCALE=ja_JP] renkei_ui_tests "[.screenshot]"
TEST_CASE("screenshots of the main window", "[.screenshot]")
{
    const QString out = qEnvironmentVariable("RENKEI_SCREENSHOT_DIR");
    REQUIRE_FALSE(out.isEmpty());
    REQUIRE(QDir().mkpath(out));
    QTemporaryDir dir;
    TestSettings settings;
    MainWindow window(settings.settings());
    window.resize(1280, 800);
    window.show();
    QTest::qWait(50);
    CHECK(window.grab().save(QDir(out).filePath(QStringLiteral("start-page.png"))));

    REQUIRE(window.openFile(writeDemoDatabase(dir)));
    const std::pair<MainWindow::Section, QString> sections[] = {
        {MainWindow::Section::Members, QStringLiteral("members.png")},
        {MainWindow::Section::Meetings, QStringLiteral("meetings.png")},
        {MainWindow::Section::Reports, QStringLiteral("reports.png")},
        {MainWindow::Section::Settings, QStringLiteral("settings.png")},
    };
    for (const auto &[section, name] : sections) {
        window.showSection(section);
        QTest::qWait(50);
        CHECK(window.grab().save(QDir(out).filePath(name)));
    }

    window.openFile(QDir(dir.path()).filePath(QStringLiteral("missing.renkei")));
    window.showSection(MainWindow::Section::Members);
    QTest::qWait(50);
    CHECK(window.grab().save(QDir(out).filePath(QStringLiteral("error.png"))));
}
