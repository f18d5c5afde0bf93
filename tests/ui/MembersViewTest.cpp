// The members section driven as the organiser uses it: searching, filtering and sorting the roster,
// adding and editing members in the editor, archiving, deleting, undo and redo, contact lists.
#include "ui/members/MembersView.h"
#include "UiTestSupport.h"
#include "core/storage/AreaRepository.h"
#include "core/storage/AttendanceRepository.h"
#include "core/storage/Database.h"
#include "core/storage/MeetingRepository.h"
#include "core/storage/MemberRepository.h"
#include "core/storage/OrganisationRepository.h"
#include "core/storage/ProfessionRepository.h"
#include "core/storage/SeriesRepository.h"
#include "ui/MainWindow.h"
#include "ui/members/MemberEditor.h"
#include "ui/members/MemberFilterBar.h"
#include "ui/members/MemberPicker.h"
#include "ui/members/MemberTableModel.h"
#include "ui/widgets/MessageBar.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace renkei;
using namespace renkei::test;

namespace {

struct Ids
{
    qint64 doctor = 0;
    qint64 pharmacist = 0;
    qint64 ward = 0;
    qint64 zone = 0;
    qint64 outside = 0;
    qint64 clinic = 0;
    qint64 yamada = 0;
    qint64 suzuki = 0;
    qint64 sato = 0;
};

// A small network: 山田 (a doctor at the clinic, in a zone of the ward), 鈴木 (a pharmacist out of the
// area) and 佐藤 (archived), written before the window opens the file.
Ids fill(const QString &path)
{
    auto opened = Database::open(path, Database::OpenMode::CreateNew);
    REQUIRE(opened);
    Database &db = **opened;
    Ids ids;
    ProfessionRepository professions(db);
    ids.doctor = professions.findByName(QStringLiteral("医師"))->id;
    ids.pharmacist = professions.findByName(QStringLiteral("薬剤師"))->id;
    AreaRepository areas(db);
    ids.ward = *areas.add(Area{0, 0, QStringLiteral("みなと坂区"), true, 0, false});
    ids.zone = *areas.add(Area{0, ids.ward, QStringLiteral("北圏域"), true, 0, false});
    ids.outside = *areas.add(Area{0, 0, QStringLiteral("となり区"), false, 0, false});
    Organisation clinic;
    clinic.name = QStringLiteral("みなと坂クリニック");
    clinic.fax = QStringLiteral("03-1111-2222");
    ids.clinic = *OrganisationRepository(db).add(clinic);

    MemberRepository members(db);
    Member yamada;
    yamada.familyName = QStringLiteral("山田");
    yamada.givenName = QStringLiteral("太郎");
    yamada.familyKana = QStringLiteral("ヤマダ");
    yamada.givenKana = QStringLiteral("タロウ");
    yamada.professionId = ids.doctor;
    yamada.organisationId = ids.clinic;
    yamada.areaId = ids.zone;
    yamada.email = QStringLiteral("yamada@example.jp");
    yamada.phone = QStringLiteral("03-1234-5678");
    yamada.consentEmail = true;
    ids.yamada = *members.add(yamada);
    Member suzuki;
    suzuki.familyName = QStringLiteral("鈴木");
    suzuki.givenName = QStringLiteral("花子");
    suzuki.familyKana = QStringLiteral("すずき");
    suzuki.givenKana = QStringLiteral("はなこ");
    suzuki.professionId = ids.pharmacist;
    suzuki.areaId = ids.outside;
    suzuki.email = QStringLiteral("suzuki@example.jp");
    ids.suzuki = *members.add(suzuki);
    Member sato;
    sato.familyName = QStringLiteral("佐藤");
    sato.familyKana = QStringLiteral("さとう");
    sato.archived = true;
    ids.sato = *members.add(sato);
    return ids;
}

struct RosterWindow
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("roster.renkei"));
    Ids ids = fill(path);
    TestSettings settings;
    MainWindow window{settings.settings()};
    MembersView *view = nullptr;
    MemberTableModel *model = nullptr;
    QTableView *table = nullptr;

    RosterWindow()
    {
        window.resize(1280, 800);
        window.show();
        window.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&window));
        REQUIRE(window.openFile(path));
        view = child<MembersView>(window, "membersView");
        model = view->model();
        table = child<QTableView>(window, "memberTable");
    }

    Database &db() { return *window.database(); }
    Member member(qint64 id) { return *MemberRepository(db()).get(id); }
    QString countText() { return child<QLabel>(window, "memberCount")->text(); }

    void search(const QString &text)
    {
        auto *field = child<QLineEdit>(window, "memberSearch");
        field->clear();
        type(field, text);
        REQUIRE(waitUntil([&] { return model->filter().text == text.trimmed(); }));
    }

    // Chooses the member in the table, with the focus there (where Ctrl+Z means the roster's undo).
    void choose(qint64 id)
    {
        table->setFocus();
        table->clearSelection();
        REQUIRE(view->selectMember(id));
    }

    MemberEditor *editor()
    {
        MemberEditor *found = nullptr;
        REQUIRE(waitUntil([&] {
            found = view->findChild<MemberEditor *>();
            return found && found->isVisible();
        }));
        return found;
    }

    void press(int key, Qt::KeyboardModifiers modifiers)
    {
        window.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : &window, Qt::Key(key),
                        modifiers);
    }
};

} // namespace

TEST_CASE("the search finds a member however the kana, width, spaces and case are typed", "[members][roster]")
{
    RosterWindow w;
    CHECK(w.model->totalCount() == 2);
    for (const QString &typed :
         {QStringLiteral("やまだ"), QStringLiteral("ﾔﾏﾀﾞ"), QStringLiteral("山田　太郎"),
          QStringLiteral("やまだ たろう"), QStringLiteral("YAMADA@"), QStringLiteral("クリニック")}) {
        INFO(typed.toStdString());
        w.search(typed);
        CHECK(w.model->totalCount() == 1);
        CHECK(w.model->memberAt(0)->id == w.ids.yamada);
        CHECK(w.countText().startsWith(QStringLiteral("1 ")));
    }
    w.search(QStringLiteral("存在しない"));
    CHECK(w.model->totalCount() == 0);
    CHECK(w.countText().startsWith(QStringLiteral("0 ")));
    // Show All clears the search and the filters.
    child<QPushButton>(w.window, "showAllButton")->click();
    CHECK(child<QLineEdit>(w.window, "memberSearch")->text().isEmpty());
    CHECK(w.model->totalCount() == 2);
}

TEST_CASE("the filters choose several professions, a zone or whole ward, in or out of the area, and status",
          "[members][roster]")
{
    RosterWindow w;
    auto *professions = child<QListWidget>(w.window, "professionFilterList");
    auto check = [&](qint64 id) {
        emit child<QPushButton>(w.window, "professionFilter")->menu()->aboutToShow();
        for (int row = 0; row < professions->count(); ++row)
            if (professions->item(row)->data(Qt::UserRole).toLongLong() == id)
                professions->item(row)->setCheckState(Qt::Checked);
    };
    check(w.ids.doctor);
    CHECK(w.model->totalCount() == 1);
    check(w.ids.pharmacist);
    CHECK(w.model->totalCount() == 2);
    CHECK(child<QPushButton>(w.window, "professionFilter")->text().contains(QStringLiteral("Physician")));
    child<QPushButton>(w.window, "showAllButton")->click();

    auto *area = child<QComboBox>(w.window, "areaFilter");
    area->setCurrentIndex(area->findData(w.ids.ward)); // the whole ward, its zone included
    CHECK(w.model->totalCount() == 1);
    CHECK(w.model->memberAt(0)->id == w.ids.yamada);
    area->setCurrentIndex(0);

    auto *location = child<QComboBox>(w.window, "locationFilter");
    location->setCurrentIndex(2); // out of the area
    CHECK(w.model->totalCount() == 1);
    CHECK(w.model->memberAt(0)->id == w.ids.suzuki);
    location->setCurrentIndex(0);

    auto *status = child<QComboBox>(w.window, "statusFilter");
    status->setCurrentIndex(1); // archived
    CHECK(w.model->totalCount() == 1);
    CHECK(w.model->memberAt(0)->id == w.ids.sato);
    status->setCurrentIndex(2); // all
    CHECK(w.countText().startsWith(QStringLiteral("3 ")));
}

TEST_CASE("clicking a column header sorts the roster in the database, and again reverses it",
          "[members][roster]")
{
    RosterWindow w;
    CHECK(w.model->memberAt(0)->id == w.ids.suzuki); // すずき before やまだ
    QHeaderView *header = w.table->horizontalHeader();
    const int x = header->sectionViewportPosition(MemberTableModel::ProfessionColumn) + 5;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    CHECK(w.model->filter().order == MemberFilter::Order::Profession);
    CHECK(w.model->memberAt(0)->id == w.ids.yamada); // 医師 comes before 薬剤師
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    CHECK(w.model->filter().descending);
    CHECK(w.model->memberAt(0)->id == w.ids.suzuki);
    // A search keeps the order.
    w.search(QStringLiteral("example"));
    CHECK(w.model->filter().order == MemberFilter::Order::Profession);
}

TEST_CASE(
    "the editor says what is wrong next to each field, saves nothing until it is fixed, and Enter saves",
    "[members][editor]")
{
    RosterWindow w;
    w.table->setFocus();
    w.press(Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    MemberEditor *editor = w.editor();
    CHECK(editor->windowTitle() == QStringLiteral("New Member"));

    type(child<QLineEdit>(*editor, "familyName"), QStringLiteral("高橋"));
    type(child<QLineEdit>(*editor, "familyKana"), QStringLiteral("高橋")); // not kana
    QTest::keyClicks(child<QLineEdit>(*editor, "email"), QStringLiteral("takahashi-at-example"));
    QTest::keyClicks(child<QLineEdit>(*editor, "phone"), QStringLiteral("12345"));
    child<QPushButton>(*editor, "saveButton")->click();

    CHECK(editor->isVisible());
    const QHash<QString, QString> errors = editor->fieldErrors();
    CHECK(errors.value(QStringLiteral("family_kana")).contains(QStringLiteral("kana")));
    CHECK(errors.contains(QStringLiteral("email")));
    CHECK(errors.contains(QStringLiteral("phone")));
    CHECK_FALSE(errors.contains(QStringLiteral("family_name")));
    CHECK(child<QLabel>(*editor, "familyKanaError")->isVisible());
    CHECK(editor->focusWidget() == child<QLineEdit>(*editor, "familyKana"));
    CHECK(w.model->totalCount() == 2);

    // Each message goes as its field is fixed.
    auto *kana = child<QLineEdit>(*editor, "familyKana");
    kana->clear();
    type(kana, QStringLiteral("たかはし"));
    CHECK_FALSE(editor->fieldErrors().contains(QStringLiteral("family_kana")));
    auto *email = child<QLineEdit>(*editor, "email");
    email->clear();
    QTest::keyClicks(email, QStringLiteral("takahashi@example.jp"));
    child<QLineEdit>(*editor, "phone")->clear();
    CHECK(editor->fieldErrors().isEmpty());

    QTest::keyClick(email, Qt::Key_Return);
    REQUIRE(waitUntil([&] { return w.view->findChild<MemberEditor *>() == nullptr; }));
    CHECK(w.model->totalCount() == 3);
    const QList<Member> chosen = w.view->selectedMembers();
    REQUIRE(chosen.size() == 1);
    CHECK(chosen.first().fullName() == QStringLiteral("高橋"));
    CHECK(chosen.first().email == QStringLiteral("takahashi@example.jp"));
}

TEST_CASE("Esc closes the editor without saving", "[members][editor]")
{
    RosterWindow w;
    w.view->newMember();
    MemberEditor *editor = w.editor();
    type(child<QLineEdit>(*editor, "familyName"), QStringLiteral("取消"));
    type(child<QLineEdit>(*editor, "familyKana"), QStringLiteral("とりけし"));
    QTest::keyClick(child<QLineEdit>(*editor, "familyKana"), Qt::Key_Escape);
    REQUIRE(waitUntil([&] { return w.view->findChild<MemberEditor *>() == nullptr; }));
    CHECK(w.model->totalCount() == 2);
}

TEST_CASE("adding someone who looks like an existing member shows the match and saves only when told again",
          "[members][editor]")
{
    RosterWindow w;
    w.view->newMember();
    MemberEditor *editor = w.editor();
    type(child<QLineEdit>(*editor, "familyName"), QStringLiteral("山田"));
    type(child<QLineEdit>(*editor, "givenName"), QStringLiteral("太郎"));
    type(child<QLineEdit>(*editor, "familyKana"), QStringLiteral("やまだ"));
    type(child<QLineEdit>(*editor, "givenKana"), QStringLiteral("たろう"));
    auto *save = child<QPushButton>(*editor, "saveButton");
    save->click();

    CHECK(editor->isVisible());
    auto *warning = child<QWidget>(*editor, "lookalikeWarning");
    CHECK(warning->isVisible());
    const QString text = child<QLabel>(*editor, "lookalikeText")->text();
    CHECK(text.contains(QStringLiteral("山田 太郎")));
    CHECK(text.contains(QStringLiteral("みなと坂クリニック")));
    CHECK(text.contains(QStringLiteral("same name and reading")));
    REQUIRE(editor->lookalikes().size() == 1);
    CHECK(editor->lookalikes().first().member.id == w.ids.yamada);
    CHECK(save->text() == QStringLiteral("&Save Anyway"));
    CHECK(w.model->totalCount() == 2);

    // Changing what makes them recognisable asks again; a different person saves at once.
    auto *given = child<QLineEdit>(*editor, "givenName");
    given->clear();
    type(given, QStringLiteral("次郎"));
    auto *givenKana = child<QLineEdit>(*editor, "givenKana");
    givenKana->clear();
    type(givenKana, QStringLiteral("じろう"));
    CHECK_FALSE(warning->isVisible());
    QTest::keyClicks(child<QLineEdit>(*editor, "phone"), QStringLiteral("03-1234-5678")); // 山田 太郎's
    save->click();
    CHECK(warning->isVisible());
    CHECK(child<QLabel>(*editor, "lookalikeText")->text().contains(QStringLiteral("same phone number")));
    save->click(); // the organiser checked: a colleague at the same clinic
    REQUIRE(waitUntil([&] { return w.view->findChild<MemberEditor *>() == nullptr; }));
    CHECK(w.model->totalCount() == 3);
}

TEST_CASE("the referred-by field picks an existing member from the roster as the name is typed",
          "[members][editor]")
{
    RosterWindow w;
    w.choose(w.ids.suzuki);
    w.view->editMember();
    MemberEditor *editor = w.editor();
    auto *picker = child<MemberPicker>(*editor, "referredBy");
    type(picker, QStringLiteral("やまだ"));
    QAbstractItemView *popup = nullptr;
    REQUIRE(waitUntil([&] {
        popup = picker->suggestionList();
        return popup && popup->isVisible() && popup->model()->rowCount() > 0;
    }));
    CHECK(popup->model()->index(0, 0).data().toString().contains(QStringLiteral("みなと坂クリニック")));
    QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Return);
    CHECK(picker->memberId() == w.ids.yamada);
    CHECK(picker->text() == QStringLiteral("山田 太郎"));

    // Typing over the choice leaves nobody chosen, which the form says.
    type(picker, QStringLiteral("x"));
    CHECK(picker->memberId() == 0);
    child<QPushButton>(*editor, "saveButton")->click();
    CHECK(editor->fieldErrors().contains(QStringLiteral("referred_by")));
    picker->setMemberId(w.ids.yamada);
    child<QPushButton>(*editor, "saveButton")->click();
    REQUIRE(waitUntil([&] { return w.view->findChild<MemberEditor *>() == nullptr; }));
    CHECK(w.member(w.ids.suzuki).referredById == w.ids.yamada);
}

TEST_CASE("Ctrl+Z undoes an edit of a member and Ctrl+Shift+Z redoes it", "[members][undo]")
{
    RosterWindow w;
    w.choose(w.ids.yamada);
    QTest::keyClick(w.table, Qt::Key_F2);
    MemberEditor *editor = w.editor();
    auto *email = child<QLineEdit>(*editor, "email");
    email->clear();
    QTest::keyClicks(email, QStringLiteral("taro@example.jp"));
    child<QPushButton>(*editor, "saveButton")->click();
    REQUIRE(waitUntil([&] { return w.view->findChild<MemberEditor *>() == nullptr; }));
    CHECK(w.member(w.ids.yamada).email == QStringLiteral("taro@example.jp"));
    auto *undo = child<QAction>(w.window, "undoAction");
    CHECK(undo->isEnabled());
    CHECK(undo->text().contains(QStringLiteral("山田 太郎")));

    w.table->setFocus();
    w.press(Qt::Key_Z, Qt::ControlModifier);
    CHECK(w.member(w.ids.yamada).email == QStringLiteral("yamada@example.jp"));
    CHECK(w.model->memberAt(w.model->rowOf(w.ids.yamada))->email == QStringLiteral("yamada@example.jp"));
    w.press(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(w.member(w.ids.yamada).email == QStringLiteral("taro@example.jp"));
}

TEST_CASE("a member added in the editor goes away with undo and comes back with redo under the same id",
          "[members][undo]")
{
    RosterWindow w;
    w.view->newMember();
    MemberEditor *editor = w.editor();
    type(child<QLineEdit>(*editor, "familyName"), QStringLiteral("新人"));
    type(child<QLineEdit>(*editor, "familyKana"), QStringLiteral("しんじん"));
    child<QPushButton>(*editor, "saveButton")->click();
    REQUIRE(waitUntil([&] { return w.view->findChild<MemberEditor *>() == nullptr; }));
    REQUIRE(w.model->totalCount() == 3);
    const qint64 id = w.view->selectedMembers().value(0).id;
    REQUIRE(id != 0);

    QUndoStack *stack = w.view->undoStack();
    stack->undo();
    CHECK(w.model->totalCount() == 2);
    CHECK_FALSE(MemberRepository(w.db()).get(id));
    stack->redo();
    CHECK(w.model->totalCount() == 3);
    CHECK(w.member(id).familyName == QStringLiteral("新人"));
}

TEST_CASE("archive and restore work on the chosen members, and each can be undone", "[members][undo]")
{
    RosterWindow w;
    w.choose(w.ids.yamada);
    w.press(Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(w.member(w.ids.yamada).archived);
    CHECK(w.model->totalCount() == 1);
    w.view->undoStack()->undo();
    CHECK_FALSE(w.member(w.ids.yamada).archived);
    CHECK(w.model->totalCount() == 2);

    child<QComboBox>(w.window, "statusFilter")->setCurrentIndex(1); // archived
    w.choose(w.ids.sato);
    CHECK(child<QAction>(w.window, "restoreMemberAction")->isEnabled());
    CHECK_FALSE(child<QAction>(w.window, "archiveMemberAction")->isEnabled());
    child<QAction>(w.window, "restoreMemberAction")->trigger();
    CHECK_FALSE(w.member(w.ids.sato).archived);
    CHECK(w.model->totalCount() == 0);
}

TEST_CASE("deleting asks first, naming the member; one with history is offered archiving instead",
          "[members][delete]")
{
    RosterWindow w;
    QString asked;
    auto answer = [&](const char *button) {
        QTimer::singleShot(0, [&asked, button] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            asked = box->text();
            for (QAbstractButton *b : box->buttons())
                if (b->text().remove(QLatin1Char('&')) == QString::fromUtf8(button))
                    b->click();
        });
    };

    w.choose(w.ids.suzuki);
    answer("Cancel");
    w.press(Qt::Key_Delete, Qt::NoModifier);
    CHECK(asked.contains(QStringLiteral("鈴木 花子")));
    CHECK(MemberRepository(w.db()).get(w.ids.suzuki));

    w.choose(w.ids.suzuki);
    answer("Delete");
    w.view->deleteMember();
    CHECK_FALSE(MemberRepository(w.db()).get(w.ids.suzuki));
    CHECK(w.model->totalCount() == 1);
    w.view->undoStack()->undo();
    CHECK(w.member(w.ids.suzuki).fullName() == QStringLiteral("鈴木 花子"));

    // 山田 referred 鈴木: he has history.
    Member suzuki = w.member(w.ids.suzuki);
    suzuki.referredById = w.ids.yamada;
    REQUIRE(MemberRepository(w.db()).update(suzuki));
    w.choose(w.ids.yamada);
    answer("Archive");
    w.view->deleteMember();
    CHECK(asked.contains(QStringLiteral("山田 太郎")));
    CHECK(asked.contains(QStringLiteral("cannot be deleted")));
    CHECK(MemberRepository(w.db()).get(w.ids.yamada));
    CHECK(w.member(w.ids.yamada).archived);
}

TEST_CASE("Copy E-mail Addresses copies the shown members who agreed, for one BCC line", "[members][contact]")
{
    RosterWindow w;
    QApplication::clipboard()->clear();
    w.table->setFocus();
    w.press(Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(QApplication::clipboard()->text() == QStringLiteral("yamada@example.jp"));
    auto *message = child<MessageBar>(w.window, "membersMessage");
    CHECK(message->isVisible());
    CHECK(message->text().contains(QStringLiteral("who did not agree to be contacted by e-mail")));

    // The fax list and the shared roster follow the filter too.
    const QString fax = w.dir.filePath(QStringLiteral("fax.csv"));
    REQUIRE(w.view->saveFaxList(fax));
    QFile file(fax);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(QString::fromUtf8(file.readAll())
              .contains(QStringLiteral("03-1111-2222,みなと坂クリニック,山田 太郎,1")));
    const QString pdf = w.dir.filePath(QStringLiteral("roster.pdf"));
    REQUIRE(w.view->saveSharedRoster(pdf));
    CHECK(message->text().contains(QStringLiteral("who did not agree to appear on shared rosters")));
    CHECK(QFile::exists(pdf));
}
