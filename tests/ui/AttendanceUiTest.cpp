// The Attendance tab of a meeting, the reception desk, recording from paper, invitations and the
// sign-in sheet's options, driven through their widgets on the demo network.
#include "UiTestSupport.h"

#include "TestSupport.h"
#include "core/demo/DemoNetwork.h"
#include "core/documents/AttendanceGrid.h"
#include "core/io/AttendanceExport.h"
#include "core/storage/AttendanceRepository.h"
#include "core/storage/AttendeeRepository.h"
#include "core/storage/Database.h"
#include "core/storage/MeetingRepository.h"
#include "core/storage/SeriesRepository.h"
#include "core/text/KanaText.h"
#include "ui/attendance/AttendanceCsvDialog.h"
#include "ui/attendance/AttendancePanel.h"
#include "ui/attendance/AttendanceTableModel.h"
#include "ui/attendance/CheckInDialog.h"
#include "ui/attendance/GuestDialog.h"
#include "ui/attendance/GuestToMemberDialog.h"
#include "ui/attendance/InviteDialog.h"
#include "ui/attendance/PaperRecordingDialog.h"
#include "ui/attendance/SheetOptionsDialog.h"
#include "ui/meetings/MeetingsView.h"
#include "ui/widgets/MessageBar.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QStringDecoder>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace renkei;
using namespace renkei::test;

namespace {

struct Demo
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    qint64 seriesId = 0;

    Demo()
    {
        auto opened = Database::open(writeDemoDatabase(dir), Database::OpenMode::OpenExisting);
        REQUIRE(opened);
        db = std::move(opened).value();
        seriesId = SeriesRepository(*db).findByName(DemoNetwork::seriesName())->id;
    }

    // 第47回 is planned, with 40 places and people waiting; 第46回 was held.
    qint64 meeting(int number) const
    {
        Result<Meeting> m = MeetingRepository(*db).findByNumber(seriesId, number);
        REQUIRE(m);
        return m->id;
    }

    AttendanceStatus status(qint64 attendanceId) const
    {
        auto row = AttendanceRepository(*db).get(attendanceId);
        REQUIRE(row);
        return row->status;
    }

    QList<Attendee> list(qint64 meetingId, AttendanceStatus status) const
    {
        auto all = AttendeeRepository(*db).forMeeting(meetingId);
        REQUIRE(all);
        QList<Attendee> out;
        for (const Attendee &a : *all)
            if (a.attendance.status == status)
                out << a;
        return out;
    }
};

// Answers the modal dialog named `name` with `answer` once it is shown.
void answerDialog(const char *name, std::function<void(QDialog &)> answer)
{
    QTimer::singleShot(0, [name, answer] {
        QDialog *found = nullptr;
        waitUntil([&] {
            for (QWidget *w : QApplication::topLevelWidgets())
                if (w->objectName() == QString::fromLatin1(name) && w->isVisible())
                    found = qobject_cast<QDialog *>(w);
            return found != nullptr;
        });
        REQUIRE(found);
        answer(*found);
    });
}

// Answers the next file dialog with `path`, as if the user had typed it and pressed Save.
void answerFileDialog(const QString &path)
{
    QTimer::singleShot(0, [path] {
        QFileDialog *found = nullptr;
        waitUntil([&] {
            for (QWidget *w : QApplication::topLevelWidgets())
                if (auto *d = qobject_cast<QFileDialog *>(w); d && d->isVisible())
                    found = d;
            return found != nullptr;
        });
        REQUIRE(found);
        found->selectFile(path);
        QMetaObject::invokeMethod(found, "accept", Qt::DirectConnection);
    });
}

// Closes any file dialog or print preview that opens while it lives, and says whether one did.
class NoDialogExpected
{
public:
    NoDialogExpected()
    {
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            for (QWidget *w : QApplication::topLevelWidgets())
                if (auto *d = qobject_cast<QDialog *>(w); d && d->isVisible() && d->isModal()) {
                    m_opened << QString::fromLatin1(d->metaObject()->className());
                    d->reject();
                }
        });
        m_timer.start(20);
    }
    QStringList opened() const { return m_opened; }

private:
    QTimer m_timer;
    QStringList m_opened;
};

QAction *action(const QWidget &parent, const char *name)
{
    auto *found = parent.findChild<QAction *>(QString::fromLatin1(name));
    INFO("action " << name);
    REQUIRE(found);
    return found;
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

// Types Japanese as an input method does, committing one character at a time (QTest::keyClicks knows
// only keys of a Latin keyboard).
void typeJapanese(QWidget *widget, const QString &text)
{
    widget->setFocus();
    for (QChar c : text) {
        QInputMethodEvent event;
        event.setCommitString(QString(c));
        QApplication::sendEvent(widget, &event);
    }
}

// Saves a picture of `widget` when RENKEI_SCREENSHOT_DIR is set (for looking at, not for checking).
void shoot(QWidget &widget, const QString &name)
{
    const QString out = qEnvironmentVariable("RENKEI_SCREENSHOT_DIR");
    if (out.isEmpty())
        return;
    QDir().mkpath(out);
    QTest::qWait(30);
    widget.grab().save(QDir(out).filePath(name));
}

} // namespace

TEST_CASE("the meetings view shows the chosen meeting's attendance in its own tab, with the places left",
          "[attendance]")
{
    Demo demo;
    MeetingsView view;
    view.resize(1280, 800);
    view.setDatabase(demo.db.get());
    view.show();
    view.selectMeeting(demo.meeting(47));
    auto *panel = child<AttendancePanel>(view, "attendancePanel");
    CHECK(panel->meetingId() == demo.meeting(47));
    CHECK(panel->model()->rowCount() > 40);
    CHECK(child<QLabel>(view, "attendancePlaces")->text().contains(QStringLiteral("of 40 places taken")));
    // The rows are in the sign-in sheet's order: kana by default.
    const auto &rows = panel->model()->attendees();
    CHECK(std::is_sorted(rows.begin(), rows.end(),
                         [](const Attendee &a, const Attendee &b) { return a.sortKey < b.sortKey; }));
    child<QTabWidget>(view, "meetingDetails")->setCurrentWidget(panel);
    shoot(view, QStringLiteral("attendance-tab.png"));

    view.setDatabase(nullptr);
    CHECK(panel->model()->rowCount() == 0);
}

TEST_CASE("in the attendance tab a full meeting puts a new member on the waiting list and a cancellation "
          "says who moved up",
          "[attendance]")
{
    Demo demo;
    AttendancePanel panel;
    panel.setMeeting(demo.db.get(), demo.meeting(47));
    panel.show();
    auto *notice = child<MessageBar>(panel, "attendanceNotice");
    // The demo's meeting is full and people wait: no free place to hand on.
    CHECK_FALSE(child<QPushButton>(panel, "attendancePromote")->isVisible());

    QSet<qint64> listed;
    for (const Attendee &a : panel.model()->attendees())
        listed.insert(a.memberId());
    qint64 newcomer = 0;
    for (qint64 id = 1; id <= 150 && newcomer == 0; ++id)
        if (!listed.contains(id))
            newcomer = id;
    REQUIRE(panel.registerMember(newcomer));
    CHECK(notice->text().contains(QStringLiteral("waiting list")));
    const QList<Attendee> waiting = Registration(*demo.db, demo.meeting(47)).waitingList().value();
    REQUIRE_FALSE(waiting.isEmpty());

    // Cancel a registered participant through the Set Status menu.
    qint64 participant = 0;
    for (const Attendee &a : panel.model()->attendees())
        if (a.attendance.status == AttendanceStatus::Registered &&
            a.attendance.role == AttendanceRole::Participant)
            participant = a.id();
    panel.selectIds({participant});
    auto *cancel = panel.findChild<QAction *>(QStringLiteral("status_cancelled"));
    REQUIRE(cancel);
    cancel->trigger();
    CHECK(demo.status(participant) == AttendanceStatus::Cancelled);
    CHECK(notice->text().contains(QStringLiteral("Moved up")));
    CHECK(notice->text().contains(waiting.first().name));
    CHECK(demo.status(waiting.first().id()) == AttendanceStatus::Registered);

    // Ticking the social gathering in the table.
    const int row = panel.model()->rowOf(waiting.first().id());
    auto *table = child<QTableView>(panel, "attendanceTable");
    const QModelIndex social = panel.model()->index(row, AttendanceTableModel::SocialColumn);
    table->scrollTo(social);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(social).center());
    CHECK(AttendanceRepository(*demo.db).get(waiting.first().id())->social);
}

TEST_CASE("a guest is added in a few fields and later becomes a member keeping the meeting", "[attendance]")
{
    Demo demo;
    AttendancePanel panel;
    panel.setMeeting(demo.db.get(), demo.meeting(48));
    panel.show();
    answerDialog("guestDialog", [](QDialog &dialog) {
        typeJapanese(child<QLineEdit>(dialog, "guestName"), QStringLiteral("来栖 葵"));
        typeJapanese(child<QLineEdit>(dialog, "guestKana"), QStringLiteral("くるす あおい"));
        typeJapanese(child<QLineEdit>(dialog, "guestOrganisation"), QStringLiteral("ケアプランさくら"));
        child<QPushButton>(dialog, "guestOk")->click();
    });
    panel.addGuestDialog();
    qint64 guest = 0;
    for (const Attendee &a : panel.model()->attendees())
        if (a.isGuest() && a.name == QStringLiteral("来栖 葵"))
            guest = a.id();
    REQUIRE(guest != 0);

    panel.selectIds({guest});
    answerDialog("guestToMemberDialog", [](QDialog &dialog) {
        CHECK(child<QLineEdit>(dialog, "memberFamilyName")->text() == QStringLiteral("来栖"));
        CHECK(child<QLineEdit>(dialog, "memberGivenKana")->text() == QStringLiteral("あおい"));
        QTest::keyClicks(child<QLineEdit>(dialog, "memberEmail"), QStringLiteral("a.kurusu@example.jp"));
        child<QPushButton>(dialog, "makeMemberOk")->click();
    });
    panel.makeMember();
    const auto row = AttendanceRepository(*demo.db).get(guest);
    REQUIRE(row);
    CHECK_FALSE(row->isGuest());
    CHECK(child<MessageBar>(panel, "attendanceNotice")->text().contains(QStringLiteral("member now")));
}

TEST_CASE("at the reception desk a few kana and Enter check a person in, counted by profession, and undo "
          "takes it back",
          "[attendance]")
{
    Demo demo;
    const qint64 meeting = demo.meeting(47);
    const QList<Attendee> registered = demo.list(meeting, AttendanceStatus::Registered);
    REQUIRE_FALSE(registered.isEmpty());
    const Attendee person = registered.first();
    CheckInDialog dialog(*demo.db, meeting);
    dialog.show();
    auto *search = child<QLineEdit>(dialog, "checkInSearch");
    auto *total = child<QLabel>(dialog, "checkInTotal");
    CHECK(total->text().startsWith(QStringLiteral("Here: 0 of")));

    // The reading typed in katakana, as far as the given name's first letter.
    const QString reading = KanaText::toHiragana(person.kana);
    QString typed = reading.left(reading.indexOf(QLatin1Char(' ')) + 2);
    for (QChar &c : typed)
        if (c.unicode() >= 0x3041 && c.unicode() <= 0x3096)
            c = QChar(char16_t(c.unicode() + 0x60));
    typeJapanese(search, typed);
    REQUIRE_FALSE(dialog.matches().isEmpty());
    // Move the highlight to the person (people with the same reading may come first).
    for (int i = 0; i < dialog.matches().size() && dialog.matches()[i].attendee.id() != person.id(); ++i)
        QTest::keyClick(search, Qt::Key_Down);
    shoot(dialog, QStringLiteral("check-in.png"));
    QTest::keyClick(search, Qt::Key_Return);
    CHECK(demo.status(person.id()) == AttendanceStatus::Attended);
    CHECK(AttendanceRepository(*demo.db).get(person.id())->checkedInAt.isValid());
    CHECK(child<QLabel>(dialog, "checkInLast")->text().contains(person.name));
    CHECK(search->text().isEmpty());
    CHECK(total->text().startsWith(QStringLiteral("Here: 1 of")));
    auto *counts = child<QTableWidget>(dialog, "checkInCounts");
    int here = 0;
    for (int row = 0; row < counts->rowCount(); ++row)
        here += counts->item(row, 1)->text().toInt();
    CHECK(here == 1);

    // The fee, ticked for the person just checked in.
    child<QCheckBox>(dialog, "checkInPaid")->click();
    CHECK(AttendanceRepository(*demo.db).get(person.id())->feePaid);

    QTest::keyClick(search, Qt::Key_Z, Qt::ControlModifier);
    CHECK(demo.status(person.id()) == AttendanceStatus::Registered);
    CHECK(total->text().startsWith(QStringLiteral("Here: 0 of")));
}

TEST_CASE("a walk-in guest is added at the reception desk in a few keystrokes", "[attendance]")
{
    Demo demo;
    const qint64 meeting = demo.meeting(47);
    CheckInDialog dialog(*demo.db, meeting);
    dialog.show();
    answerDialog("guestDialog", [](QDialog &guest) {
        typeJapanese(child<QLineEdit>(guest, "guestName"), QStringLiteral("飛込 太郎"));
        QTest::keyClick(child<QLineEdit>(guest, "guestName"), Qt::Key_Return);
    });
    child<QPushButton>(dialog, "checkInWalkIn")->click();
    const QList<Attendee> here = demo.list(meeting, AttendanceStatus::Attended);
    REQUIRE(here.size() == 1);
    CHECK(here.first().isGuest());
    CHECK(here.first().attendance.walkIn);
    CHECK(child<QLabel>(dialog, "checkInTotal")->text().startsWith(QStringLiteral("Here: 1 of")));
}

TEST_CASE("recording from the paper sheet ticks in sheet order with Space, and undo and redo follow",
          "[attendance]")
{
    Demo demo;
    const qint64 meeting = demo.meeting(47);
    PaperRecordingDialog dialog(*demo.db, meeting);
    dialog.show();
    auto *table = child<QTableWidget>(dialog, "paperTable");
    REQUIRE(table->rowCount() > 3);
    table->setFocus();
    table->setCurrentCell(0, PaperRecordingDialog::AttendedColumn);
    QTest::keyClick(table, Qt::Key_Space);
    QTest::keyClick(table, Qt::Key_Space);
    const qint64 first = dialog.attendanceAt(0);
    const qint64 second = dialog.attendanceAt(1);
    CHECK(demo.status(first) == AttendanceStatus::Attended);
    CHECK(demo.status(second) == AttendanceStatus::Attended);
    CHECK(table->currentRow() == 2);
    CHECK(table->item(0, PaperRecordingDialog::AttendedColumn)->checkState() == Qt::Checked);
    shoot(dialog, QStringLiteral("paper-recording.png"));

    dialog.undoStack()->undo();
    CHECK(demo.status(second) == AttendanceStatus::Registered);
    CHECK(table->item(1, PaperRecordingDialog::AttendedColumn)->checkState() == Qt::Unchecked);
    dialog.undoStack()->redo();
    CHECK(demo.status(second) == AttendanceStatus::Attended);

    // A click on a box records too.
    dialog.setFlag(2, PaperRecordingDialog::PaidColumn, true);
    CHECK(AttendanceRepository(*demo.db).get(dialog.attendanceAt(2))->feePaid);

    child<QPushButton>(dialog, "paperRestAbsent")->click();
    CHECK(demo.status(dialog.attendanceAt(3)) == AttendanceStatus::Absent);
    CHECK(demo.list(meeting, AttendanceStatus::Registered).isEmpty());
    dialog.undoStack()->undo();
    CHECK(demo.status(dialog.attendanceAt(3)) == AttendanceStatus::Registered);
    CHECK(demo.status(first) == AttendanceStatus::Attended);
}

TEST_CASE("the invite dialog says how many a choice names and invites them", "[attendance]")
{
    Demo demo;
    const qint64 meeting = demo.meeting(48);
    InviteDialog dialog(*demo.db, meeting);
    dialog.show();
    auto *professions = child<QListWidget>(dialog, "inviteProfessions");
    QListWidgetItem *nurses = professions->findItems(QStringLiteral("Nurse"), Qt::MatchExactly).value(0);
    REQUIRE(nurses);
    nurses->setCheckState(Qt::Checked);
    const QString preview = child<QLabel>(dialog, "invitePreview")->text();
    CHECK(preview.contains(QStringLiteral("match")));
    auto chosen = Invitation(*demo.db, meeting).select(dialog.selection());
    REQUIRE(chosen);
    REQUIRE_FALSE(chosen->isEmpty());
    CHECK(preview.startsWith(QString::number(chosen->size())));
    child<QPushButton>(dialog, "inviteOk")->click();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.outcome().added + dialog.outcome().alreadyListed == chosen->size());
    CHECK(demo.list(meeting, AttendanceStatus::Invited).size() >= dialog.outcome().added);
}

TEST_CASE("the sign-in sheet's options start from the series' layout, are kept for it and give a PDF",
          "[attendance]")
{
    Demo demo;
    const qint64 meeting = demo.meeting(47);
    SheetOptionsDialog dialog(*demo.db, meeting);
    dialog.show();
    CHECK(dialog.layout() == SignInSheetLayout{});
    SignInSheetLayout chosen;
    chosen.sort = AttendeeSort::Profession;
    chosen.blankRows = 12;
    chosen.columns = {SheetColumn::Profession, SheetColumn::Email, SheetColumn::Signature};
    dialog.setLayout(chosen);
    CHECK(dialog.layout() == chosen);
    CHECK(child<QLabel>(dialog, "sheetSummary")->text().contains(QStringLiteral("12 blank rows")));
    shoot(dialog, QStringLiteral("sheet-options.png"));
    const QString path = QDir(demo.dir.path()).filePath(QStringLiteral("sheet.pdf"));
    auto pages = dialog.saveTo(path);
    REQUIRE(pages);
    CHECK(*pages >= 2);
    CHECK(pdfText(path).contains(QStringLiteral("メール"))); // E-mail, in the document language
    auto kept = SignInSheetLayout::forSeries(*demo.db, demo.seriesId);
    REQUIRE(kept);
    CHECK(*kept == chosen);

    // The next meeting's dialog starts from it.
    SheetOptionsDialog next(*demo.db, demo.meeting(48));
    CHECK(next.layout() == chosen);
}

TEST_CASE("the attendance tab saves the series' attendance grid of the meeting's fiscal year as a PDF",
          "[attendance]")
{
    Demo demo;
    MeetingsView view;
    view.resize(1280, 800);
    view.setDatabase(demo.db.get());
    view.show();
    const qint64 meeting = demo.meeting(46);
    view.selectMeeting(meeting);
    auto *panel = child<AttendancePanel>(view, "attendancePanel");
    auto *gridButton = child<QToolButton>(*panel, "attendanceGrid");
    const Result<Meeting> held = MeetingRepository(*demo.db).get(meeting);
    REQUIRE(held);
    const FiscalYear year = FiscalYear::containing(held->date);
    CHECK(gridButton->isEnabled());
    CHECK(gridButton->toolTip().contains(year.label()));
    CHECK(gridButton->toolTip().contains(DemoNetwork::seriesName()));
    // Every button of the panel, shown now or only at times, has a mnemonic of its own.
    QHash<QChar, QString> mnemonics;
    for (const QAbstractButton *b : panel->findChildren<QAbstractButton *>()) {
        const qsizetype at = b->text().indexOf(QLatin1Char('&'));
        if (at < 0 || at + 1 >= b->text().size())
            continue;
        const QChar key = b->text().at(at + 1).toLower();
        INFO(b->text().toStdString() << " and " << mnemonics.value(key).toStdString());
        CHECK_FALSE(mnemonics.contains(key));
        mnemonics.insert(key, b->text());
    }
    CHECK(mnemonics.size() >= 14);

    const auto expected = AttendanceGrid::load(*demo.db, demo.seriesId, year);
    REQUIRE(expected);
    REQUIRE(expected->people().size() > 1);
    const QString path = QDir(demo.dir.path()).filePath(QStringLiteral("grid.pdf"));
    answerFileDialog(path);
    action(*panel, "attendanceGridPdf")->trigger();
    REQUIRE(QFile::exists(path));
    auto *notice = child<MessageBar>(*panel, "attendanceNotice");
    CHECK(notice->kind() == MessageBar::Kind::Information);
    CHECK(notice->text().contains(QDir::toNativeSeparators(path)));
    // pdftotext gives 青 as the radical ⻘, which NFKC leaves alone.
    const QString text = pdfText(path).replace(QChar(0x2ED8), QChar(0x9752));
    CHECK(text.contains(expected->title().normalized(QString::NormalizationForm_KC)));
    CHECK(text.contains(expected->people().first().who.name.normalized(QString::NormalizationForm_KC)));
    CHECK(text.contains(expected->people().last().who.name.normalized(QString::NormalizationForm_KC)));

    // Without a meeting there is no grid and nothing to export.
    view.setDatabase(nullptr);
    CHECK_FALSE(gridButton->isEnabled());
    CHECK_FALSE(child<QToolButton>(*panel, "attendanceExport")->isEnabled());
}

TEST_CASE("the attendance list and the year's matrix are saved as CSV in the encoding chosen, and Shift_JIS "
          "asks before replacing what it cannot hold",
          "[attendance]")
{
    Demo demo;
    const qint64 meeting = demo.meeting(47);
    AttendancePanel panel;
    panel.setMeeting(demo.db.get(), meeting);
    panel.show();
    REQUIRE(
        panel.addGuest(Guest{QStringLiteral("𠮷田 花子"), QStringLiteral("よしだ はなこ"), 0, QString()}));
    auto *notice = child<MessageBar>(panel, "attendanceNotice");

    const QString missing = QDir(demo.dir.path()).filePath(QStringLiteral("no/such/folder/list.csv"));
    const QString listPath = QDir(demo.dir.path()).filePath(QStringLiteral("list.csv"));
    QString failure, refused;
    answerDialog("attendanceCsvDialog", [&](QDialog &dialog) {
        auto *csv = qobject_cast<AttendanceCsvDialog *>(&dialog);
        REQUIRE(csv);
        CHECK(csv->encoding() == TextEncoding::Utf8Bom);
        CHECK(csv->filePath().endsWith(QStringLiteral("_attendance.csv")));
        // A folder that is not there: nothing written, and the dialog says what and where.
        csv->setFilePath(missing);
        child<QPushButton>(dialog, "csvSave")->click();
        failure = child<QLabel>(dialog, "csvResult")->text();
        CHECK(dialog.isVisible());
        // Shift_JIS has no 𠮷: refusing the replacement writes nothing.
        csv->setFilePath(listPath);
        csv->setEncoding(TextEncoding::ShiftJis);
        answerDialog("unrepresentableDialog", [](QDialog &asked) {
            auto *table = child<QTableWidget>(asked, "unrepresentableTable");
            CHECK(table->rowCount() == 1);
            CHECK(table->item(0, 0)->text().contains(QStringLiteral("𠮷田")));
            asked.reject();
        });
        child<QPushButton>(dialog, "csvSave")->click();
        refused = child<QLabel>(dialog, "csvResult")->text();
        CHECK_FALSE(QFile::exists(listPath));
        answerDialog("unrepresentableDialog",
                     [](QDialog &asked) { child<QPushButton>(asked, "replaceAndExport")->click(); });
        child<QPushButton>(dialog, "csvSave")->click();
    });
    action(panel, "attendanceExportList")->trigger();
    CHECK(failure.contains(QStringLiteral("Nothing was saved")));
    CHECK(failure.contains(missing));
    CHECK(refused.contains(QStringLiteral("Nothing was saved")));
    REQUIRE(QFile::exists(listPath));
    const QString list = QStringDecoder("Shift_JIS").decode(fileBytes(listPath));
    CHECK(list.contains(QStringLiteral("吉田 花子")));
    const auto rows = AttendanceExport(*demo.db).meetingList(meeting);
    REQUIRE(rows);
    CHECK(notice->text().contains(QStringLiteral("Saved %1 row").arg(rows->rows.size())));
    CHECK(notice->text().contains(QDir::toNativeSeparators(listPath)));

    // The matrix of the meeting's series and fiscal year, in the default UTF-8 with BOM.
    const Result<Meeting> planned = MeetingRepository(*demo.db).get(meeting);
    REQUIRE(planned);
    const FiscalYear year = FiscalYear::containing(planned->date);
    CHECK(action(panel, "attendanceExportMatrix")->text().contains(year.label()));
    const QString matrixPath = QDir(demo.dir.path()).filePath(QStringLiteral("matrix"));
    answerDialog("attendanceCsvDialog", [&](QDialog &dialog) {
        auto *csv = qobject_cast<AttendanceCsvDialog *>(&dialog);
        REQUIRE(csv);
        CHECK(csv->filePath().contains(year.label()));
        csv->setFilePath(matrixPath); // .csv is added
        child<QPushButton>(dialog, "csvSave")->click();
    });
    action(panel, "attendanceExportMatrix")->trigger();
    const QByteArray matrix = fileBytes(matrixPath + QStringLiteral(".csv"));
    CHECK(matrix.startsWith("\xEF\xBB\xBF"));
    const auto expected = AttendanceExport(*demo.db).matrix(demo.seriesId, year.year());
    REQUIRE(expected);
    CHECK(QString::fromUtf8(matrix).contains(expected->header.at(4)));
    CHECK(notice->text().contains(QStringLiteral("Saved %1 row").arg(expected->rows.size())));
}

TEST_CASE("certificates for a choice of people none of whom attended print nothing and say so; with no "
          "choice, everyone who came gets one",
          "[attendance]")
{
    Demo demo;
    const qint64 meeting = demo.meeting(46);
    AttendancePanel panel;
    panel.setMeeting(demo.db.get(), meeting);
    panel.show();
    auto *notice = child<MessageBar>(panel, "attendanceNotice");
    const QList<Attendee> came = demo.list(meeting, AttendanceStatus::Attended);
    REQUIRE(came.size() > 1);
    // A member who registered but did not come.
    qint64 absent = 0;
    for (const Attendee &a : came)
        if (!a.isGuest()) {
            absent = a.id();
            break;
        }
    REQUIRE(absent != 0);
    REQUIRE(panel.setStatus({absent}, AttendanceStatus::Absent));
    // A guest who came.
    REQUIRE(panel.addGuest(Guest{QStringLiteral("来栖 葵"), QStringLiteral("くるす あおい"), 0, QString()}));
    qint64 guest = 0;
    for (const Attendee &a : panel.model()->attendees())
        if (a.isGuest() && a.name == QStringLiteral("来栖 葵"))
            guest = a.id();
    REQUIRE(panel.setStatus({guest}, AttendanceStatus::Attended));
    const int everyone = int(demo.list(meeting, AttendanceStatus::Attended).size());

    {
        NoDialogExpected none;
        panel.selectIds({absent});
        action(panel, "attendanceCertificatesPdf")->trigger();
        CHECK(none.opened().isEmpty());
        CHECK(notice->kind() == MessageBar::Kind::Warning);
        CHECK(notice->text().contains(QStringLiteral("None of the people chosen")));

        notice->dismiss();
        panel.selectIds({guest});
        action(panel, "attendanceCertificatesPreview")->trigger();
        CHECK(none.opened().isEmpty());
        CHECK(notice->kind() == MessageBar::Kind::Warning);
        CHECK(notice->text().contains(QStringLiteral("chosen by member")));
    }

    panel.selectIds({});
    const QString path = QDir(demo.dir.path()).filePath(QStringLiteral("certificates.pdf"));
    answerFileDialog(path);
    action(panel, "attendanceCertificatesPdf")->trigger();
    REQUIRE(QFile::exists(path));
    CHECK(notice->kind() == MessageBar::Kind::Information);
    CHECK(notice->text().contains(QStringLiteral("Saved %1 certificate").arg(everyone)));
}
