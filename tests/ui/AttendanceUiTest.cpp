// The Attendance tab of a meeting, the reception desk, recording from paper, invitations and the
// sign-in sheet's options, driven through their widgets on the demo network.
#include "UiTestSupport.h"

#include "TestSupport.h"
#include "attendance/AttendancePanel.h"
#include "attendance/AttendanceTableModel.h"
#include "attendance/CheckInDialog.h"
#include "attendance/GuestDialog.h"
#include "attendance/GuestToMemberDialog.h"
#include "attendance/InviteDialog.h"
#include "attendance/PaperRecordingDialog.h"
#include "attendance/SheetOptionsDialog.h"
#include "demo/DemoNetwork.h"
#include "meetings/MeetingsView.h"
#include "storage/AttendanceRepository.h"
#include "storage/AttendeeRepository.h"
#include "storage/Database.h"
#include "storage/MeetingRepository.h"
#include "storage/SeriesRepository.h"
#include "text/KanaText.h"
#include "widgets/MessageBar.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
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

template <typename T> T *named(const QWidget &parent, const char *name)
{
    T *found = parent.findChild<T *>(QString::fromLatin1(name));
    INFO("objectName " << name);
    REQUIRE(found);
    return found;
}

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

TEST_CASE("the meetings view shows the chosen meeting's attendance in its own tab, with the places left")
{
    Demo demo;
    MeetingsView view;
    view.resize(1280, 800);
    view.setDatabase(demo.db.get());
    view.show();
    view.selectMeeting(demo.meeting(47));
    auto *panel = named<AttendancePanel>(view, "attendancePanel");
    CHECK(panel->meetingId() == demo.meeting(47));
    CHECK(panel->model()->rowCount() > 40);
    CHECK(named<QLabel>(view, "attendancePlaces")->text().contains(QStringLiteral("of 40 places taken")));
    // The rows are in the sign-in sheet's order: kana by default.
    const auto &rows = panel->model()->attendees();
    CHECK(std::is_sorted(rows.begin(), rows.end(),
                         [](const Attendee &a, const Attendee &b) { return a.sortKey < b.sortKey; }));
    named<QTabWidget>(view, "meetingDetails")->setCurrentWidget(panel);
    shoot(view, QStringLiteral("attendance-tab.png"));

    view.setDatabase(nullptr);
    CHECK(panel->model()->rowCount() == 0);
}

TEST_CASE("in the attendance tab a full meeting puts a new member on the waiting list and a cancellation "
          "says who moved up")
{
    Demo demo;
    AttendancePanel panel;
    panel.setMeeting(demo.db.get(), demo.meeting(47));
    panel.show();
    auto *notice = named<MessageBar>(panel, "attendanceNotice");
    // Staff and presenters hold no places: the demo's free ones go to those waiting first.
    auto *promote = named<QPushButton>(panel, "attendancePromote");
    REQUIRE(promote->isVisible());
    promote->click();
    CHECK(notice->text().contains(QStringLiteral("Moved up")));
    CHECK_FALSE(promote->isVisible());

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
    auto *table = named<QTableView>(panel, "attendanceTable");
    const QModelIndex social = panel.model()->index(row, AttendanceTableModel::SocialColumn);
    table->scrollTo(social);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(social).center());
    CHECK(AttendanceRepository(*demo.db).get(waiting.first().id())->social);
}

TEST_CASE("a guest is added in a few fields and later becomes a member keeping the meeting")
{
    Demo demo;
    AttendancePanel panel;
    panel.setMeeting(demo.db.get(), demo.meeting(48));
    panel.show();
    answerDialog("guestDialog", [](QDialog &dialog) {
        typeJapanese(named<QLineEdit>(dialog, "guestName"), QStringLiteral("来栖 葵"));
        typeJapanese(named<QLineEdit>(dialog, "guestKana"), QStringLiteral("くるす あおい"));
        typeJapanese(named<QLineEdit>(dialog, "guestOrganisation"), QStringLiteral("ケアプランさくら"));
        named<QPushButton>(dialog, "guestOk")->click();
    });
    panel.addGuestDialog();
    qint64 guest = 0;
    for (const Attendee &a : panel.model()->attendees())
        if (a.isGuest() && a.name == QStringLiteral("来栖 葵"))
            guest = a.id();
    REQUIRE(guest != 0);

    panel.selectIds({guest});
    answerDialog("guestToMemberDialog", [](QDialog &dialog) {
        CHECK(named<QLineEdit>(dialog, "memberFamilyName")->text() == QStringLiteral("来栖"));
        CHECK(named<QLineEdit>(dialog, "memberGivenKana")->text() == QStringLiteral("あおい"));
        QTest::keyClicks(named<QLineEdit>(dialog, "memberEmail"), QStringLiteral("a.kurusu@example.jp"));
        named<QPushButton>(dialog, "makeMemberOk")->click();
    });
    panel.makeMember();
    const auto row = AttendanceRepository(*demo.db).get(guest);
    REQUIRE(row);
    CHECK_FALSE(row->isGuest());
    CHECK(named<MessageBar>(panel, "attendanceNotice")->text().contains(QStringLiteral("member now")));
}

TEST_CASE("at the reception desk a few kana and Enter check a person in, counted by profession, and undo "
          "takes it back")
{
    Demo demo;
    const qint64 meeting = demo.meeting(47);
    const QList<Attendee> registered = demo.list(meeting, AttendanceStatus::Registered);
    REQUIRE_FALSE(registered.isEmpty());
    const Attendee person = registered.first();
    CheckInDialog dialog(*demo.db, meeting);
    dialog.show();
    auto *search = named<QLineEdit>(dialog, "checkInSearch");
    auto *total = named<QLabel>(dialog, "checkInTotal");
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
    CHECK(named<QLabel>(dialog, "checkInLast")->text().contains(person.name));
    CHECK(search->text().isEmpty());
    CHECK(total->text().startsWith(QStringLiteral("Here: 1 of")));
    auto *counts = named<QTableWidget>(dialog, "checkInCounts");
    int here = 0;
    for (int row = 0; row < counts->rowCount(); ++row)
        here += counts->item(row, 1)->text().toInt();
    CHECK(here == 1);

    // The fee, ticked for the person just checked in.
    named<QCheckBox>(dialog, "checkInPaid")->click();
    CHECK(AttendanceRepository(*demo.db).get(person.id())->feePaid);

    QTest::keyClick(search, Qt::Key_Z, Qt::ControlModifier);
    CHECK(demo.status(person.id()) == AttendanceStatus::Registered);
    CHECK(total->text().startsWith(QStringLiteral("Here: 0 of")));
}

TEST_CASE("a walk-in guest is added at the reception desk in a few keystrokes")
{
    Demo demo;
    const qint64 meeting = demo.meeting(47);
    CheckInDialog dialog(*demo.db, meeting);
    dialog.show();
    answerDialog("guestDialog", [](QDialog &guest) {
        typeJapanese(named<QLineEdit>(guest, "guestName"), QStringLiteral("飛込 太郎"));
        QTest::keyClick(named<QLineEdit>(guest, "guestName"), Qt::Key_Return);
    });
    named<QPushButton>(dialog, "checkInWalkIn")->click();
    const QList<Attendee> here = demo.list(meeting, AttendanceStatus::Attended);
    REQUIRE(here.size() == 1);
    CHECK(here.first().isGuest());
    CHECK(here.first().attendance.walkIn);
    CHECK(named<QLabel>(dialog, "checkInTotal")->text().startsWith(QStringLiteral("Here: 1 of")));
}

TEST_CASE("recording from the paper sheet ticks in sheet order with Space, and undo and redo follow")
{
    Demo demo;
    const qint64 meeting = demo.meeting(47);
    PaperRecordingDialog dialog(*demo.db, meeting);
    dialog.show();
    auto *table = named<QTableWidget>(dialog, "paperTable");
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

    named<QPushButton>(dialog, "paperRestAbsent")->click();
    CHECK(demo.status(dialog.attendanceAt(3)) == AttendanceStatus::Absent);
    CHECK(demo.list(meeting, AttendanceStatus::Registered).isEmpty());
    dialog.undoStack()->undo();
    CHECK(demo.status(dialog.attendanceAt(3)) == AttendanceStatus::Registered);
    CHECK(demo.status(first) == AttendanceStatus::Attended);
}

TEST_CASE("the invite dialog says how many a choice names and invites them")
{
    Demo demo;
    const qint64 meeting = demo.meeting(48);
    InviteDialog dialog(*demo.db, meeting);
    dialog.show();
    auto *professions = named<QListWidget>(dialog, "inviteProfessions");
    QListWidgetItem *nurses = professions->findItems(QStringLiteral("Nurse"), Qt::MatchExactly).value(0);
    REQUIRE(nurses);
    nurses->setCheckState(Qt::Checked);
    const QString preview = named<QLabel>(dialog, "invitePreview")->text();
    CHECK(preview.contains(QStringLiteral("match")));
    auto chosen = Invitation(*demo.db, meeting).select(dialog.selection());
    REQUIRE(chosen);
    REQUIRE_FALSE(chosen->isEmpty());
    CHECK(preview.startsWith(QString::number(chosen->size())));
    named<QPushButton>(dialog, "inviteOk")->click();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.outcome().added + dialog.outcome().alreadyListed == chosen->size());
    CHECK(demo.list(meeting, AttendanceStatus::Invited).size() >= dialog.outcome().added);
}

TEST_CASE("the sign-in sheet's options start from the series' layout, are kept for it and give a PDF")
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
    CHECK(named<QLabel>(dialog, "sheetSummary")->text().contains(QStringLiteral("12 blank rows")));
    shoot(dialog, QStringLiteral("sheet-options.png"));
    const QString path = QDir(demo.dir.path()).filePath(QStringLiteral("sheet.pdf"));
    auto pages = dialog.saveTo(path);
    REQUIRE(pages);
    CHECK(*pages >= 2);
    CHECK(pdfText(path).contains(QStringLiteral("E-mail")));
    auto kept = SignInSheetLayout::forSeries(*demo.db, demo.seriesId);
    REQUIRE(kept);
    CHECK(*kept == chosen);

    // The next meeting's dialog starts from it.
    SheetOptionsDialog next(*demo.db, demo.meeting(48));
    CHECK(next.layout() == chosen);
}
