// Failures of the core calls behind the attendance and reports views reach the user: each
// test makes one call fail (a table gone, a folder that is not there) and looks for the message.
#include "TestSupport.h"
#include "UiTestSupport.h"
#include "core/demo/DemoNetwork.h"
#include "core/storage/Database.h"
#include "core/storage/MeetingRepository.h"
#include "core/storage/SeriesRepository.h"
#include "ui/attendance/AttendancePanel.h"
#include "ui/attendance/PaperRecordingDialog.h"
#include "ui/attendance/SheetOptionsDialog.h"
#include "ui/reports/ReportsView.h"
#include "ui/widgets/MessageBar.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTimer>
#include <QToolButton>

#include <catch2/catch.hpp>

using namespace renkei;
using namespace renkei::test;

namespace {

// The demo network with its planned meeting (第47回), on a file of its own.
struct FailingDemo
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    qint64 seriesId = 0;
    qint64 meetingId = 0;

    FailingDemo()
    {
        auto opened = Database::open(writeDemoDatabase(dir), Database::OpenMode::OpenExisting);
        REQUIRE(opened);
        db = std::move(opened).value();
        seriesId = SeriesRepository(*db).findByName(DemoNetwork::seriesName())->id;
        Result<Meeting> meeting = MeetingRepository(*db).findByNumber(seriesId, 47);
        REQUIRE(meeting);
        meetingId = meeting->id;
    }

    // Makes every read of `table` fail from now on.
    void lose(const QString &table)
    {
        REQUIRE(
            db->exec(QStringLiteral("ALTER TABLE %1 RENAME TO %1_lost").arg(table), QStringLiteral("test")));
    }
};

// Answers the next file dialog with `path`, as if the user had typed it and pressed Save.
void answerFileDialog(const QString &path)
{
    QTimer::singleShot(0, [path] {
        QFileDialog *dialog = nullptr;
        waitUntil([&] {
            for (QWidget *w : QApplication::topLevelWidgets())
                if (auto *d = qobject_cast<QFileDialog *>(w); d && d->isVisible())
                    dialog = d;
            return dialog != nullptr;
        });
        REQUIRE(dialog);
        dialog->selectFile(path);
        QMetaObject::invokeMethod(dialog, "accept", Qt::DirectConnection);
    });
}

// Rejects any modal dialog that opens while it lives, and counts them.
class NoDialog
{
public:
    NoDialog()
    {
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            for (QWidget *w : QApplication::topLevelWidgets())
                if (auto *d = qobject_cast<QDialog *>(w); d && d->isVisible() && d->isModal()) {
                    ++m_opened;
                    d->reject();
                }
        });
        m_timer.start(20);
    }
    int opened() const { return m_opened; }

private:
    QTimer m_timer;
    int m_opened = 0;
};

} // namespace

TEST_CASE("a sign-in layout that cannot be read is told on the attendance tab, the sheet options and the "
          "paper recording, not taken for the usual order",
          "[errors][attendance]")
{
    FailingDemo demo;
    demo.lose(QStringLiteral("settings"));
    const QString lost = QStringLiteral("reading a setting");

    AttendancePanel panel;
    panel.setMeeting(demo.db.get(), demo.meetingId);
    auto *notice = child<MessageBar>(panel, "attendanceNotice");
    CHECK(notice->kind() == MessageBar::Kind::Error);
    CHECK(notice->text().contains(lost));

    SheetOptionsDialog sheet(*demo.db, demo.meetingId);
    CHECK(child<QLabel>(sheet, "sheetMessage")->text().contains(lost));

    PaperRecordingDialog paper(*demo.db, demo.meetingId);
    CHECK(child<QLabel>(paper, "paperMessage")->text().contains(lost));
}

TEST_CASE("badges of a meeting whose series cannot be read say why instead of offering _badges.pdf",
          "[errors][attendance]")
{
    FailingDemo demo;
    AttendancePanel panel;
    panel.setMeeting(demo.db.get(), demo.meetingId);
    panel.show();
    auto *notice = child<MessageBar>(panel, "attendanceNotice");
    demo.lose(QStringLiteral("series"));
    notice->dismiss();

    NoDialog none;
    child<QAction>(panel, "attendanceBadgesPdf")->trigger();
    CHECK(none.opened() == 0);
    CHECK(notice->isVisible());
    CHECK(notice->kind() == MessageBar::Kind::Error);
    CHECK(notice->text().contains(QStringLiteral("series")));
}

TEST_CASE("a document that cannot be written says why on the message bar, and one saved says where",
          "[errors][attendance]")
{
    FailingDemo demo;
    AttendancePanel panel;
    panel.setMeeting(demo.db.get(), demo.meetingId);
    panel.show();
    auto *notice = child<MessageBar>(panel, "attendanceNotice");

    const QString nowhere = QDir(demo.dir.path()).filePath(QStringLiteral("no/such/folder/badges.pdf"));
    answerFileDialog(nowhere);
    child<QAction>(panel, "attendanceBadgesPdf")->trigger();
    CHECK(notice->kind() == MessageBar::Kind::Error);
    CHECK_FALSE(notice->text().isEmpty());
    CHECK_FALSE(QFile::exists(nowhere));

    const QString path = QDir(demo.dir.path()).filePath(QStringLiteral("badges.pdf"));
    answerFileDialog(path);
    child<QAction>(panel, "attendanceBadgesPdf")->trigger();
    REQUIRE(QFile::exists(path));
    CHECK(notice->kind() == MessageBar::Kind::Information);
    CHECK(notice->text().contains(QDir::toNativeSeparators(path)));
}

TEST_CASE("the reports section says where a chart and the activity report were saved, and why not",
          "[errors][reports]")
{
    FailingDemo demo;
    ReportsView view;
    view.resize(1024, 768);
    view.setDatabase(demo.db.get());
    view.show();
    view.showFiscalYear(2025);
    REQUIRE(view.report().has_value());
    QSignalSpy errors(&view, &SectionView::errorOccurred);
    auto *notice = child<MessageBar>(view, "reportNotice");

    const QString nowhere = QDir(demo.dir.path()).filePath(QStringLiteral("no/such/folder/chart.png"));
    answerFileDialog(nowhere);
    child<QToolButton>(view, "attendanceChartSave")->click();
    REQUIRE(errors.size() == 1);
    CHECK(errors.first().first().toString().contains(QDir::toNativeSeparators(nowhere)));

    const QString png = QDir(demo.dir.path()).filePath(QStringLiteral("chart.png"));
    answerFileDialog(png);
    child<QToolButton>(view, "attendanceChartSave")->click();
    REQUIRE(QFile::exists(png));
    CHECK(notice->kind() == MessageBar::Kind::Information);
    CHECK(notice->text().contains(QDir::toNativeSeparators(png)));

    const QString pdf = QDir(demo.dir.path()).filePath(QStringLiteral("report.pdf"));
    answerFileDialog(pdf);
    child<QPushButton>(view, "reportSave")->click();
    REQUIRE(QFile::exists(pdf));
    CHECK(notice->text().contains(QDir::toNativeSeparators(pdf)));
    CHECK(errors.size() == 1);
}
