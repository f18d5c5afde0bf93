// The planning dialog, the meeting editor with its agenda builder, the announcement, and what the
// meetings section does with them, on the demo network.
#include "UiTestSupport.h"
#include "core/demo/DemoNetwork.h"
#include "core/storage/ClosedDayRepository.h"
#include "core/storage/Database.h"
#include "core/storage/MeetingRepository.h"
#include "core/storage/MemberRepository.h"
#include "core/storage/SeriesRepository.h"
#include "ui/meetings/AgendaBuilder.h"
#include "ui/meetings/AgendaModel.h"
#include "ui/meetings/AnnouncementDialog.h"
#include "ui/meetings/ClosedDaysDialog.h"
#include "ui/meetings/MeetingEditor.h"
#include "ui/meetings/MeetingsView.h"
#include "ui/meetings/PlanningDialog.h"
#include "ui/meetings/ScheduleRuleEditor.h"
#include "ui/members/MemberPicker.h"
#include "ui/widgets/MessageBar.h"

#include "TestSupport.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimeEdit>
#include <QTimer>

#include <catch2/catch.hpp>

using namespace renkei;
using namespace renkei::test;

namespace {

// The demo network, open.
struct Demo
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    qint64 seriesId = 0;

    Demo()
    {
        const QString path = writeDemoDatabase(dir);
        auto opened = Database::open(path, Database::OpenMode::OpenExisting);
        REQUIRE(opened);
        db = std::move(opened).value();
        seriesId = SeriesRepository(*db).findByName(DemoNetwork::seriesName())->id;
    }

    Meeting meeting(int number) const
    {
        Result<Meeting> m = MeetingRepository(*db).findByNumber(seriesId, number);
        REQUIRE(m);
        return *m;
    }
};

QStringList column(const QTableWidget *table, int column)
{
    QStringList out;
    for (int row = 0; row < table->rowCount(); ++row)
        out << (table->item(row, column) ? table->item(row, column)->text() : QString());
    return out;
}

void typeRule(QWidget &dialog, const QString &text)
{
    auto *edit = child<QLineEdit>(dialog, "ruleText");
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
}

// Runs `answer` on the modal dialog named `name` once it is shown.
void whenShown(const char *name, std::function<void(QDialog &)> answer)
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

} // namespace

TEST_CASE("the planning dialog suggests next fiscal year and previews the dates of the rule", "[planning]")
{
    Demo demo;
    PlanningDialog dialog(*demo.db, demo.seriesId);
    dialog.show();
    CHECK(child<QSpinBox>(dialog, "planFiscalYear")->value() == 2027);
    auto *frequency = child<QComboBox>(dialog, "ruleFrequency");
    frequency->setCurrentIndex(frequency->findData(2));
    auto *preview = child<QTableWidget>(dialog, "planPreview");
    REQUIRE(preview->rowCount() == 6);
    CHECK(column(preview, 0) == QStringList{QStringLiteral("No. 49"), QStringLiteral("No. 50"),
                                            QStringLiteral("No. 51"), QStringLiteral("No. 52"),
                                            QStringLiteral("No. 53"), QStringLiteral("No. 54")});
    CHECK(preview->item(0, 1)->text().startsWith(QStringLiteral("2027-04-13")));
    CHECK(child<QLabel>(dialog, "ruleDescription")->text() ==
          QStringLiteral("every 2 months on the 2nd Tuesday, 19:00–20:30"));
    CHECK(child<QLabel>(dialog, "planSummary")->text() == QStringLiteral("6 meetings, No. 49 to No. 54."));

    QTest::mouseClick(child<QPushButton>(dialog, "planCreate"), Qt::LeftButton);
    CHECK(dialog.result() == QDialog::Accepted);
    REQUIRE(dialog.written());
    CHECK(dialog.written()->meetingCount() == 6);
    CHECK(MeetingRepository(*demo.db).findByNumber(demo.seriesId, 54)->date == QDate(2028, 2, 8));
    CHECK(SeriesRepository(*demo.db)
              .get(demo.seriesId)
              ->scheduleRule.startsWith(QStringLiteral("every=2;week=2")));
}

TEST_CASE("a rule typed as text drives the controls, and moved or skipped dates say why", "[planning]")
{
    Demo demo;
    PlanningDialog dialog(*demo.db, demo.seriesId);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    typeRule(dialog, QStringLiteral("every=1;week=3;weekday=mon;holiday=skip"));
    CHECK(child<QComboBox>(dialog, "ruleFrequency")->currentData().toInt() == 1);
    CHECK(child<QComboBox>(dialog, "ruleWeek")->currentData().toInt() == 3);
    CHECK(child<QComboBox>(dialog, "rulePolicy")->currentData().toString() == QStringLiteral("skip"));
    auto *preview = child<QTableWidget>(dialog, "planPreview");
    REQUIRE(preview->rowCount() == 12);
    const QStringList notes = column(preview, 3);
    CHECK(notes.filter(QStringLiteral("Marine Day")).size() == 1);
    CHECK(notes.filter(QStringLiteral("No meeting")).size() == 3);
    CHECK(child<QLabel>(dialog, "planSummary")->text().startsWith(QStringLiteral("9 meetings")));

    // Return in the rule's text applies the text; it does not create the meetings.
    CHECK(dialog.isVisible());
    CHECK(dialog.result() != QDialog::Accepted);
    typeRule(dialog, QStringLiteral("every=5;day=1"));
    CHECK(child<QLabel>(dialog, "ruleError")->text().contains(QStringLiteral("5")));
    CHECK(child<QLabel>(dialog, "ruleError")->isVisible());
}

TEST_CASE(
    "planning a fiscal year that has meetings is refused inline, and re-planning from a meeting lists what "
    "changes",
    "[planning]")
{
    Demo demo;
    PlanningDialog dialog(*demo.db, demo.seriesId);
    dialog.show();
    child<QSpinBox>(dialog, "planFiscalYear")->setValue(2026);
    CHECK(child<QLabel>(dialog, "planError")->text().contains(QStringLiteral("already has")));
    CHECK_FALSE(child<QPushButton>(dialog, "planCreate")->isEnabled());

    dialog.setFromMeeting(demo.meeting(47).id);
    typeRule(dialog, QStringLiteral("every=1;week=2;weekday=thu;start=19:00;end=20:30"));
    CHECK(child<QLabel>(dialog, "planError")->text().isEmpty());
    auto *create = child<QPushButton>(dialog, "planCreate");
    CHECK(create->isEnabled());
    CHECK(create->text().remove(QLatin1Char('&')) == QStringLiteral("Apply the New Rhythm"));
    auto *preview = child<QTableWidget>(dialog, "planPreview");
    CHECK(column(preview, 0).first() == QStringLiteral("No. 47"));
    CHECK(column(preview, 3).first().contains(QStringLiteral("was")));
    QTest::mouseClick(create, Qt::LeftButton);
    REQUIRE(dialog.written());
    CHECK(demo.meeting(47).date == QDate(2026, 12, 10));
    CHECK(demo.meeting(50).date == QDate(2027, 3, 11));
}

TEST_CASE("closed days are added and turned off from their dialog", "[planning]")
{
    Demo demo;
    ClosedDaysDialog dialog(*demo.db);
    dialog.show();
    auto *table = child<QTableWidget>(dialog, "closedDaysTable");
    REQUIRE(table->rowCount() == 1);
    CHECK(table->item(0, 0)->text() == QStringLiteral("年末年始"));
    child<QLineEdit>(dialog, "closedDayName")->setText(QStringLiteral("お盆")); // keyClicks types ASCII only
    child<QDateEdit>(dialog, "closedDayFirst")->setDate(QDate(2026, 8, 13));
    child<QDateEdit>(dialog, "closedDayLast")->setDate(QDate(2026, 8, 16));
    child<QCheckBox>(dialog, "closedDayYearly")->setChecked(true);
    QTest::mouseClick(child<QPushButton>(dialog, "closedDayAdd"), Qt::LeftButton);
    REQUIRE(table->rowCount() == 2);
    Result<QList<ClosedDay>> days = ClosedDayRepository(*demo.db).all();
    REQUIRE(days->size() == 2);
    // Yearly days in calendar order: Obon, then the year-end break.
    CHECK(days->at(0).label == QStringLiteral("お盆"));
    CHECK(days->at(0).covers(QDate(2030, 8, 15)));
    CHECK(table->item(1, 0)->text() == QStringLiteral("年末年始"));

    table->item(1, 2)->setCheckState(Qt::Unchecked);
    CHECK_FALSE(ClosedDayRepository(*demo.db).get(days->at(1).id)->active);
    CHECK(ClosedDayRepository(*demo.db).get(days->at(0).id)->active);

    // Without a name nothing is added, and the dialog says why.
    QTest::mouseClick(child<QPushButton>(dialog, "closedDayAdd"), Qt::LeftButton);
    CHECK(table->rowCount() == 2);
    CHECK(child<QLabel>(dialog, "closedDaysError")->text().contains(QStringLiteral("name")));
}

TEST_CASE("the meeting editor saves a date fixed by hand, pointing out a holiday, and the details",
          "[editor]")
{
    Demo demo;
    const Meeting before = demo.meeting(48);
    MeetingEditor editor(*demo.db, before);
    editor.show();
    child<QDateEdit>(editor, "meetingDate")->setDate(QDate(2027, 2, 11));
    CHECK(
        child<QLabel>(editor, "meetingDateNote")->text().contains(QStringLiteral("National Foundation Day")));
    child<QDateEdit>(editor, "meetingDate")->setDate(QDate(2027, 2, 16));
    CHECK(child<QLabel>(editor, "meetingDateNote")->text().isEmpty());
    child<QLineEdit>(editor, "meetingVenue")->setText(QStringLiteral("区民ホール"));
    child<QSpinBox>(editor, "meetingFee")->setValue(1000);
    child<QComboBox>(editor, "meetingStatus")->setCurrentIndex(2); // cancelled
    QTest::mouseClick(child<QPushButton>(editor, "meetingSave"), Qt::LeftButton);
    CHECK(editor.result() == QDialog::Accepted);
    const Meeting after = demo.meeting(48);
    CHECK(after.date == QDate(2027, 2, 16));
    CHECK(after.venue == QStringLiteral("区民ホール"));
    CHECK(after.fee == 1000);
    CHECK(after.status == MeetingStatus::Cancelled);
    CHECK(after.theme == before.theme);
}

TEST_CASE("the meeting editor refuses an end before the start and says so", "[editor]")
{
    Demo demo;
    MeetingEditor editor(*demo.db, demo.meeting(48));
    editor.show();
    child<QTimeEdit>(editor, "meetingEnd")->setTime(QTime(18, 0));
    QTest::mouseClick(child<QPushButton>(editor, "meetingSave"), Qt::LeftButton);
    CHECK(editor.result() != QDialog::Accepted);
    CHECK(child<QLabel>(editor, "meetingError")->text().contains(QStringLiteral("end time")));
    CHECK(demo.meeting(48).end == QTime(20, 30));
}

TEST_CASE("the agenda builder computes start times, reorders by keyboard and warns when it runs over",
          "[editor][agenda]")
{
    Demo demo;
    MeetingEditor editor(*demo.db, demo.meeting(47));
    editor.show();
    editor.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&editor));
    editor.showAgenda();
    AgendaBuilder *builder = editor.agendaBuilder();
    AgendaModel *model = builder->model();
    REQUIRE(model->rowCount() == 7);
    const QLocale locale;
    CHECK(model->index(0, AgendaModel::StartColumn).data().toString() ==
          locale.toString(QTime(19, 0), QLocale::ShortFormat));
    CHECK(model->index(1, AgendaModel::StartColumn).data().toString() ==
          locale.toString(QTime(19, 5), QLocale::ShortFormat));
    CHECK(child<QLabel>(editor, "agendaSummary")->text() ==
          QStringLiteral("90 minutes in all; ends at %1.")
              .arg(locale.toString(QTime(20, 30), QLocale::ShortFormat)));
    CHECK_FALSE(child<QLabel>(editor, "agendaWarning")->isVisible());

    // Ctrl+Down moves the opening below the next item; the times follow.
    auto *table = child<QTableView>(editor, "agendaTable");
    const QString opening = model->index(0, AgendaModel::TitleColumn).data().toString();
    table->setFocus();
    table->setCurrentIndex(model->index(0, AgendaModel::TitleColumn));
    QTest::keyClick(table, Qt::Key_Down, Qt::ControlModifier);
    CHECK(model->index(1, AgendaModel::TitleColumn).data().toString() == opening);
    CHECK(table->currentIndex().row() == 1);
    QTest::keyClick(table, Qt::Key_Up, Qt::ControlModifier);
    CHECK(model->index(0, AgendaModel::TitleColumn).data().toString() == opening);

    // Fifteen more minutes run past 20:30.
    model->setData(model->index(3, AgendaModel::MinutesColumn), model->items().at(3).minutes + 15);
    CHECK(child<QLabel>(editor, "agendaWarning")->isVisible());
    CHECK(child<QLabel>(editor, "agendaWarning")->text() ==
          QStringLiteral("The programme runs 15 minutes past the end time (20:30)."));
    // A later end time makes room.
    child<QTimeEdit>(editor, "meetingEnd")->setTime(QTime(21, 0));
    CHECK_FALSE(child<QLabel>(editor, "agendaWarning")->isVisible());

    QTest::mouseClick(child<QPushButton>(editor, "agendaAdd"), Qt::LeftButton);
    REQUIRE(model->rowCount() == 8);
    model->setData(model->index(7, AgendaModel::TitleColumn), QStringLiteral("写真撮影"));
    model->setData(model->index(7, AgendaModel::PresenterColumn), QStringLiteral("事務局"));
    QTest::mouseClick(child<QPushButton>(editor, "meetingSave"), Qt::LeftButton);
    REQUIRE(editor.result() == QDialog::Accepted);
    Result<QList<AgendaItem>> saved = MeetingRepository(*demo.db).agenda(demo.meeting(47).id);
    REQUIRE(saved->size() == 8);
    CHECK(saved->last().title == QStringLiteral("写真撮影"));
    CHECK(saved->last().presenterText == QStringLiteral("事務局"));
    CHECK(saved->first().title == opening);
}

TEST_CASE("the presenter is a member found as the name is typed, or any name", "[editor][agenda]")
{
    Demo demo;
    Member newcomer;
    newcomer.familyName = QStringLiteral("連携");
    newcomer.givenName = QStringLiteral("花子");
    newcomer.familyKana = QStringLiteral("れんけい");
    newcomer.givenKana = QStringLiteral("はなこ");
    const Result<qint64> newcomerId = MemberRepository(*demo.db).add(newcomer);
    REQUIRE(newcomerId);

    MeetingEditor editor(*demo.db, demo.meeting(47));
    editor.show();
    editor.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&editor));
    editor.showAgenda();
    AgendaModel *model = editor.agendaBuilder()->model();
    auto *table = child<QTableView>(editor, "agendaTable");
    const auto openEditor = [&](int row) {
        const QModelIndex cell = model->index(row, AgendaModel::PresenterColumn);
        table->setCurrentIndex(cell);
        table->edit(cell);
        MemberPicker *picker = nullptr;
        REQUIRE(waitUntil([&] {
            picker = table->findChild<MemberPicker *>(QStringLiteral("agendaPresenterEditor"));
            return picker != nullptr && picker->isVisible();
        }));
        picker->selectAll();
        picker->del();
        return picker;
    };
    const auto commit = [&](MemberPicker *picker) {
        QTest::keyClick(picker, Qt::Key_Return);
        REQUIRE(waitUntil([&] { return table->findChild<MemberPicker *>() == nullptr; }));
    };

    // Typing a reading offers members from the roster; the one chosen presents.
    MemberPicker *picker = openEditor(0);
    type(picker, QStringLiteral("れんけい"));
    QAbstractItemView *popup = nullptr;
    REQUIRE(waitUntil([&] {
        popup = picker->suggestionList();
        return popup && popup->isVisible() && popup->model()->rowCount() > 0;
    }));
    CHECK(popup->model()->rowCount() == 1);
    if (const QString shots = qEnvironmentVariable("RENKEI_SHOT_DIR"); !shots.isEmpty()) {
        editor.grab().save(shots + QStringLiteral("/agenda-presenter.png"));
        popup->grab().save(shots + QStringLiteral("/agenda-presenter-popup.png"));
    }
    QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Return);
    CHECK(picker->memberId() == *newcomerId);
    commit(picker);
    CHECK(model->index(0, AgendaModel::PresenterColumn).data(AgendaModel::MemberIdRole).toLongLong() ==
          *newcomerId);
    CHECK(model->index(0, AgendaModel::PresenterColumn).data().toString() == QStringLiteral("連携 花子"));

    // A name nobody on the roster has is kept as it is typed: a guest speaker.
    picker = openEditor(1);
    type(picker, QStringLiteral("県立大学 教授"));
    commit(picker);
    CHECK(model->index(1, AgendaModel::PresenterColumn).data(AgendaModel::MemberIdRole).toLongLong() == 0);
    CHECK(model->index(1, AgendaModel::PresenterColumn).data().toString() == QStringLiteral("県立大学 教授"));

    // A member's full name typed without choosing from the list is that member.
    picker = openEditor(2);
    type(picker, QStringLiteral("連携　花子"));
    picker->suggestionList()->hide();
    commit(picker);
    CHECK(model->index(2, AgendaModel::PresenterColumn).data(AgendaModel::MemberIdRole).toLongLong() ==
          *newcomerId);

    // Opening the editor again shows who presents.
    picker = table->findChild<MemberPicker *>();
    CHECK(picker == nullptr);
    const QModelIndex first = model->index(0, AgendaModel::PresenterColumn);
    table->setCurrentIndex(first);
    table->edit(first);
    REQUIRE(waitUntil([&] { return (picker = table->findChild<MemberPicker *>()) != nullptr; }));
    CHECK(picker->memberId() == *newcomerId);
    CHECK(picker->text() == QStringLiteral("連携 花子"));
}

TEST_CASE("agenda rows dragged to a new place move there", "[agenda]")
{
    AgendaModel model;
    QList<AgendaItem> items;
    for (const char *title : {"a", "b", "c", "d"}) {
        AgendaItem item;
        item.title = QString::fromLatin1(title);
        item.minutes = 10;
        items << item;
    }
    model.setItems(items);
    model.setMeetingTimes(QTime(19, 0), QTime(20, 0));
    // What a view does on an internal move: drop a copy, then remove the dragged row.
    std::unique_ptr<QMimeData> dragged(model.mimeData({model.index(0, AgendaModel::TitleColumn)}));
    REQUIRE(model.dropMimeData(dragged.get(), Qt::MoveAction, 3, 0, {}));
    REQUIRE(model.removeRows(0, 1));
    QStringList titles;
    for (const AgendaItem &item : model.items())
        titles << item.title;
    CHECK(titles ==
          QStringList{QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("a"), QStringLiteral("d")});
    CHECK(model.index(2, AgendaModel::StartColumn).data().toString() ==
          QLocale().toString(QTime(19, 20), QLocale::ShortFormat));
    CHECK(model.flags(QModelIndex()) & Qt::ItemIsDropEnabled);
    CHECK(model.flags(model.index(0, 0)) & Qt::ItemIsDragEnabled);
    CHECK(model.moveRow(3, +1) == false);
}

TEST_CASE("the first agenda of a year is built from the last one", "[agenda]")
{
    Demo demo;
    PlanningDialog plan(*demo.db, demo.seriesId);
    plan.show();
    child<QComboBox>(plan, "ruleFrequency")->setCurrentIndex(1); // every 2 months
    QTest::mouseClick(child<QPushButton>(plan, "planCreate"), Qt::LeftButton);
    REQUIRE(plan.written());

    MeetingEditor editor(*demo.db, demo.meeting(49));
    editor.show();
    editor.showAgenda();
    CHECK(editor.agendaBuilder()->model()->rowCount() == 0);
    auto *source = child<QComboBox>(editor, "agendaTemplate");
    REQUIRE(source->count() > 0);
    CHECK(source->currentText().startsWith(QStringLiteral("No. 48")));
    QTest::mouseClick(child<QPushButton>(editor, "agendaCopy"), Qt::LeftButton);
    CHECK(editor.agendaBuilder()->model()->rowCount() == 6);
    QTest::mouseClick(child<QPushButton>(editor, "meetingSave"), Qt::LeftButton);
    CHECK(MeetingRepository(*demo.db).agenda(demo.meeting(49).id)->size() == 6);
}

TEST_CASE("the announcement dialog writes the text with the chosen reply date and copies it", "[announce]")
{
    Demo demo;
    Result<MeetingDocument> doc = MeetingDocument::load(*demo.db, demo.meeting(47).id);
    REQUIRE(doc);
    AnnouncementDialog dialog(*doc);
    dialog.show();
    CHECK(dialog.text().contains(QStringLiteral("■日時：2026年12月8日（火）19:00〜20:30")));
    CHECK(dialog.text().contains(QStringLiteral("12月1日（火）までに")));
    child<QDateEdit>(dialog, "announceReplyBy")->setDate(QDate(2026, 11, 30));
    child<QLineEdit>(dialog, "announceContact")->setText(QStringLiteral("事務局 山口"));
    child<QCheckBox>(dialog, "announceEra")->setChecked(true);
    CHECK(dialog.text().contains(QStringLiteral("11月30日（月）までに")));
    CHECK(dialog.text().contains(QStringLiteral("お問い合わせ：事務局 山口")));
    CHECK(dialog.text().contains(QStringLiteral("令和8年12月8日")));
    QTest::mouseClick(child<QPushButton>(dialog, "announceCopy"), Qt::LeftButton);
    CHECK(QApplication::clipboard()->text() == dialog.text());
}

TEST_CASE("the meetings section plans through its dialog, saves the agenda and the calendar, and offers "
          "renumbering",
          "[sections][meetings][planning]")
{
    Demo demo;
    MeetingsView view;
    view.resize(1100, 700);
    view.show();
    view.setDatabase(demo.db.get());
    CHECK(child<QPushButton>(view, "planButton")->isEnabled());

    whenShown("planningDialog", [](QDialog &dialog) {
        child<QComboBox>(dialog, "ruleFrequency")->setCurrentIndex(1);
        QTest::mouseClick(child<QPushButton>(dialog, "planCreate"), Qt::LeftButton);
    });
    QTest::mouseClick(child<QPushButton>(view, "planButton"), Qt::LeftButton);
    CHECK(MeetingRepository(*demo.db).list(demo.seriesId)->size() == 24);
    auto *notice = child<MessageBar>(view, "meetingsNotice");
    CHECK(notice->text().startsWith(QStringLiteral("Planned 6 meetings, 2027-04-13 to 2028-02-08.")));
    CHECK(view.currentMeetingId() == demo.meeting(49).id);

    view.selectMeeting(demo.meeting(47).id);
    const QString pdf = demo.dir.filePath(QStringLiteral("agenda.pdf"));
    REQUIRE(view.saveAgendaTo(pdf));
    CHECK(pdfText(pdf).contains(QStringLiteral("第47回 次第")));
    const QString ics = demo.dir.filePath(QStringLiteral("fy.ics"));
    Result<int> written = view.saveCalendarTo(ics, false);
    REQUIRE(written);
    CHECK(*written == 6);
    CHECK(*view.saveCalendarTo(ics, true) == 24);

    // A date moved by hand past the next meeting: the section says so and offers to renumber.
    Meeting moved = demo.meeting(49);
    moved.date = QDate(2027, 6, 15);
    REQUIRE(MeetingRepository(*demo.db).update(moved));
    view.setDatabase(demo.db.get());
    auto *renumber = child<QPushButton>(view, "renumberButton");
    CHECK(renumber->isVisible());
    CHECK(notice->text().contains(QStringLiteral("No. 49")));
    QTest::mouseClick(renumber, Qt::LeftButton);
    CHECK_FALSE(renumber->isVisible());
    CHECK(demo.meeting(50).date == QDate(2027, 6, 15));
    CHECK(notice->text().startsWith(QStringLiteral("Renumbered:")));

    // Screenshots for the README when asked for.
    if (const QString shots = qEnvironmentVariable("RENKEI_SHOT_DIR"); !shots.isEmpty()) {
        view.grab().save(shots + QStringLiteral("/meetings-view.png"));
        PlanningDialog dialog(*demo.db, demo.seriesId);
        dialog.show();
        child<QSpinBox>(dialog, "planFiscalYear")->setValue(2028);
        typeRule(dialog, QStringLiteral("every=1;week=3;weekday=mon;start=19:00;end=20:30;holiday=next"));
        QTest::qWait(50);
        dialog.grab().save(shots + QStringLiteral("/planning-dialog.png"));
        MeetingEditor editor(*demo.db, demo.meeting(47));
        editor.show();
        QTest::qWait(50);
        editor.grab().save(shots + QStringLiteral("/meeting-editor.png"));
        editor.showAgenda();
        QTest::qWait(50);
        editor.grab().save(shots + QStringLiteral("/agenda-builder.png"));
    }
}
