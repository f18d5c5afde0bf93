// The lists the roster refers to, edited in the settings section: usage counts, hiding, merging
// (one transaction, undoable), and the area tree.
#include "UiTestSupport.h"
#include "core/storage/AreaRepository.h"
#include "core/storage/Database.h"
#include "core/storage/MemberRepository.h"
#include "core/storage/OrganisationRepository.h"
#include "core/storage/ProfessionRepository.h"
#include "ui/MainWindow.h"
#include "ui/members/MemberTableModel.h"
#include "ui/members/MembersView.h"
#include "ui/settings/AreasEditor.h"
#include "ui/settings/OrganisationsEditor.h"
#include "ui/settings/ProfessionsEditor.h"
#include "ui/settings/SettingsView.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace renkei;
using namespace renkei::test;

namespace {

qint64 addMember(Database &db, const QString &name, const QString &kana, qint64 profession,
                 qint64 organisation, qint64 area)
{
    Member m;
    m.familyName = name;
    m.familyKana = kana;
    m.professionId = profession;
    m.organisationId = organisation;
    m.areaId = area;
    auto id = MemberRepository(db).add(m);
    REQUIRE(id);
    return *id;
}

// Runs `fill` on the modal dialog that `open` shows, then presses its button named `button`.
void answerDialog(const std::function<void()> &open, const std::function<void(QDialog &)> &fill,
                  const char *button)
{
    bool answered = false;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return; // answered stays false, which the test reports
        fill(*dialog);
        child<QPushButton>(*dialog, button)->click();
        answered = true;
    });
    open();
    CHECK(answered);
}

struct SettingsWindow
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("lists.renkei"));
    TestSettings settings;
    MainWindow window{settings.settings()};
    qint64 nurse = 0;
    qint64 typo = 0;
    qint64 ward = 0;
    qint64 zone = 0;
    qint64 otherWard = 0;
    qint64 clinicA = 0;
    qint64 clinicB = 0;
    qint64 first = 0;

    SettingsWindow()
    {
        {
            auto db = Database::open(path, Database::OpenMode::CreateNew);
            REQUIRE(db);
            ProfessionRepository professions(**db);
            nurse = professions.findByName(QStringLiteral("看護師"))->id;
            Profession p;
            p.nameJa = QStringLiteral("看護士");
            typo = *professions.add(p);
            AreaRepository areas(**db);
            ward = *areas.add(Area{0, 0, QStringLiteral("みなと坂区"), true, 0, false});
            zone = *areas.add(Area{0, ward, QStringLiteral("北圏域"), true, 0, false});
            otherWard = *areas.add(Area{0, 0, QStringLiteral("となり区"), false, 0, false});
            OrganisationRepository organisations(**db);
            Organisation a;
            a.name = QStringLiteral("みなと坂クリニック");
            clinicA = *organisations.add(a);
            Organisation b;
            b.name = QStringLiteral("みなとざかクリニック");
            clinicB = *organisations.add(b);
            first = addMember(**db, QStringLiteral("一"), QStringLiteral("いち"), typo, clinicB, zone);
            addMember(**db, QStringLiteral("二"), QStringLiteral("に"), typo, clinicA, ward);
            addMember(**db, QStringLiteral("三"), QStringLiteral("さん"), nurse, clinicA, otherWard);
        }
        window.resize(1280, 800);
        window.show();
        window.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&window));
        REQUIRE(window.openFile(path));
        window.showSection(MainWindow::Section::Settings);
    }

    Database &db() { return *window.database(); }
    SettingsView *view() { return child<SettingsView>(window, "settingsView"); }
};

int rowOf(QTableWidget *table, const QString &text)
{
    for (int row = 0; row < table->rowCount(); ++row)
        if (table->item(row, 0)->text() == text)
            return row;
    return -1;
}

} // namespace

TEST_CASE("the professions list shows how many members have each, and merging one moves them, undoably",
          "[settings][roster]")
{
    SettingsWindow w;
    auto *editor = child<QWidget>(w.window, "professionsEditor");
    auto *table = child<QTableWidget>(w.window, "professionTable");
    const int typoRow = rowOf(table, QStringLiteral("看護士"));
    REQUIRE(typoRow >= 0);
    CHECK(table->item(typoRow, 2)->text() == QStringLiteral("2"));
    CHECK(table->item(rowOf(table, QStringLiteral("Nurse")), 2)->text() == QStringLiteral("1"));

    table->selectRow(typoRow);
    auto *remove = child<QAction>(*editor, "removeEntry");
    CHECK_FALSE(remove->isEnabled()); // in use: hide or merge instead
    answerDialog([&] { child<QAction>(*editor, "mergeEntry")->trigger(); },
                 [](QDialog &dialog) {
                     auto *target = child<QComboBox>(dialog, "mergeTarget");
                     target->setCurrentIndex(target->findText(QStringLiteral("Nurse")));
                 },
                 "mergeButton");
    CHECK(rowOf(table, QStringLiteral("看護士")) < 0);
    CHECK(table->item(rowOf(table, QStringLiteral("Nurse")), 2)->text() == QStringLiteral("3"));
    CHECK(MemberRepository(w.db()).get(w.first)->professionId == w.nurse);

    // The members section shows the merge when it is shown again.
    w.window.showSection(MainWindow::Section::Members);
    auto *members = child<MembersView>(w.window, "membersView");
    CHECK(members->model()->index(0, 2).data().toString() == QStringLiteral("Nurse"));

    w.window.showSection(MainWindow::Section::Settings);
    w.window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&w.window));
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
    CHECK(rowOf(table, QStringLiteral("看護士")) >= 0);
    CHECK(MemberRepository(w.db()).get(w.first)->professionId == w.typo);
    CHECK(table->item(rowOf(table, QStringLiteral("Nurse")), 2)->text() == QStringLiteral("1"));
}

TEST_CASE("a new profession is added in its dialog, checked as core checks it, and moved up the list",
          "[settings][roster]")
{
    SettingsWindow w;
    auto *editor = child<QWidget>(w.window, "professionsEditor");
    auto *table = child<QTableWidget>(w.window, "professionTable");
    const int before = table->rowCount();
    bool refused = false;
    answerDialog([&] { child<QAction>(*editor, "addEntry")->trigger(); },
                 [&](QDialog &dialog) {
                     // A name that exists already is refused next to the field; then a new one.
                     child<QLineEdit>(dialog, "professionNameJa")->setText(QStringLiteral("看護師"));
                     child<QPushButton>(dialog, "saveButton")->click();
                     refused = dialog.isVisible() && !child<QLabel>(dialog, "nameJaError")->text().isEmpty();
                     child<QLineEdit>(dialog, "professionNameJa")->setText(QStringLiteral("鍼灸師"));
                     child<QLineEdit>(dialog, "professionNameEn")->setText(QStringLiteral("Acupuncturist"));
                 },
                 "saveButton");
    CHECK(refused);
    REQUIRE(table->rowCount() == before + 1);
    const int row = rowOf(table, QStringLiteral("Acupuncturist"));
    CHECK(row == before);
    CHECK(table->currentRow() == row);
    child<QAction>(*editor, "moveProfessionUp")->trigger();
    CHECK(rowOf(table, QStringLiteral("Acupuncturist")) == before - 1);
    w.view()->undoStack()->undo();
    CHECK(rowOf(table, QStringLiteral("Acupuncturist")) == before);
    w.view()->undoStack()->undo();
    CHECK(rowOf(table, QStringLiteral("Acupuncturist")) < 0);
}

TEST_CASE("hiding an organisation keeps it for its members but stops offering it, and the list filters",
          "[settings][roster]")
{
    SettingsWindow w;
    child<QTabWidget>(w.window, "settingsTabs")->setCurrentIndex(1);
    auto *editor = child<QWidget>(w.window, "organisationsEditor");
    auto *table = child<QTableWidget>(w.window, "organisationTable");
    REQUIRE(table->rowCount() == 2);
    auto *filter = child<QLineEdit>(w.window, "organisationFilter");
    filter->setText(QStringLiteral("ミナトザカ"));
    int shown = 0;
    for (int row = 0; row < table->rowCount(); ++row)
        shown += table->isRowHidden(row) ? 0 : 1;
    CHECK(shown == 1);
    filter->clear();

    const int b = rowOf(table, QStringLiteral("みなとざかクリニック"));
    table->selectRow(b);
    child<QAction>(*editor, "hideEntry")->trigger();
    CHECK(OrganisationRepository(w.db()).get(w.clinicB)->hidden);
    CHECK(table->item(rowOf(table, QStringLiteral("みなとざかクリニック")), 6)->text() ==
          QStringLiteral("Hidden"));
    CHECK(child<QAction>(*editor, "hideEntry")->text() == QStringLiteral("&Show in Lists"));

    // Merging the two spellings: the members move, and the search finds them under the one left.
    table->selectRow(rowOf(table, QStringLiteral("みなとざかクリニック")));
    answerDialog([&] { child<QAction>(*editor, "mergeEntry")->trigger(); },
                 [](QDialog &dialog) {
                     auto *target = child<QComboBox>(dialog, "mergeTarget");
                     target->setCurrentIndex(target->findText(QStringLiteral("みなと坂クリニック")));
                 },
                 "mergeButton");
    CHECK(table->rowCount() == 1);
    CHECK(table->item(0, 5)->text() == QStringLiteral("3"));
    MemberFilter byName;
    byName.text = QStringLiteral("みなと坂");
    CHECK(*MemberRepository(w.db()).count(byName) == 3);
}

TEST_CASE("the areas tree holds wards with their zones and counts a ward's zones with it",
          "[settings][roster]")
{
    SettingsWindow w;
    child<QTabWidget>(w.window, "settingsTabs")->setCurrentIndex(2);
    auto *editor = child<QWidget>(w.window, "areasEditor");
    auto *tree = child<QTreeWidget>(w.window, "areaTree");
    REQUIRE(tree->topLevelItemCount() == 2);
    QTreeWidgetItem *ward = tree->topLevelItem(0);
    CHECK(ward->text(0) == QStringLiteral("みなと坂区"));
    CHECK(ward->text(2) == QStringLiteral("2")); // one in the ward, one in its zone
    REQUIRE(ward->childCount() == 1);
    CHECK(ward->child(0)->text(0) == QStringLiteral("北圏域"));
    CHECK(tree->topLevelItem(1)->text(1) == QStringLiteral("Out of the area"));

    // A zone is added under the chosen ward.
    tree->setCurrentItem(tree->topLevelItem(1));
    answerDialog(
        [&] { child<QAction>(*editor, "addZone")->trigger(); },
        [](QDialog &dialog) { child<QLineEdit>(dialog, "areaName")->setText(QStringLiteral("南圏域")); },
        "saveButton");
    REQUIRE(tree->topLevelItem(1)->childCount() == 1);
    CHECK(tree->topLevelItem(1)->child(0)->text(0) == QStringLiteral("南圏域"));
    CHECK(tree->topLevelItem(1)->child(0)->text(1) == QStringLiteral("Out of the area"));
    CHECK(child<QAction>(*editor, "removeEntry")->isEnabled()); // nobody in it yet
    child<QAction>(*editor, "removeEntry")->trigger();
    CHECK(tree->topLevelItem(1)->childCount() == 0);
    w.view()->undoStack()->undo();
    CHECK(tree->topLevelItem(1)->childCount() == 1);
}
