#include "ui/MainWindow.h"
#include "UiTestSupport.h"
#include "core/storage/Database.h"
#include "core/storage/MemberRepository.h"
#include "ui/SectionView.h"
#include "ui/members/MemberTableModel.h"
#include "ui/widgets/ActionText.h"
#include "ui/widgets/MessageBar.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QFileDialog>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <catch2/catch.hpp>

using namespace renkei;
using namespace renkei::test;

namespace {

int memberCount(const QString &path, const MemberFilter &filter = {})
{
    auto db = Database::open(path, Database::OpenMode::OpenExisting);
    REQUIRE(db.ok());
    auto count = MemberRepository(**db).count(filter);
    REQUIRE(count.ok());
    return *count;
}

QStringList recentPaths(const QWidget &window)
{
    auto *menu = window.findChild<QMenu *>(QStringLiteral("recentMenu"));
    REQUIRE(menu);
    emit menu->aboutToShow();
    QStringList paths;
    for (QAction *action : menu->actions())
        if (!action->data().toString().isEmpty())
            paths << action->data().toString();
    return paths;
}

// Japanese is typed through an input method, which commits text rather than sending keys
// (QTest::keyClicks knows only ASCII).
void typeWithInputMethod(QWidget *widget, const QString &text)
{
    for (const QChar ch : text) {
        QInputMethodEvent event;
        event.setCommitString(QString(ch));
        QApplication::sendEvent(widget, &event);
    }
}

} // namespace

TEST_CASE("the main window opens the demo database and the members table shows every member", "[mainwindow]")
{
    QTemporaryDir dir;
    const QString path = writeDemoDatabase(dir);
    const int members = memberCount(path);
    REQUIRE(members > 0);
    TestSettings settings;
    MainWindow window(settings.settings());
    window.show();

    REQUIRE(window.openFile(path));

    auto *table = child<QTableView>(window, "memberTable");
    CHECK(table->isVisible());
    auto *model = qobject_cast<MemberTableModel *>(table->model());
    REQUIRE(model);
    CHECK(model->totalCount() == members);
    CHECK(model->rowCount() == qMin(members, int(MemberTableModel::pageSize)));
    CHECK(child<QLabel>(window, "memberCount")->text().contains(QString::number(members)));
    CHECK_FALSE(model->index(0, MemberTableModel::NameColumn).data().toString().isEmpty());
}

TEST_CASE("the window title shows the open file's name", "[mainwindow]")
{
    QTemporaryDir dir;
    const QString path = writeDemoDatabase(dir);
    TestSettings settings;
    MainWindow window(settings.settings());

    CHECK_FALSE(window.windowTitle().contains(QStringLiteral("demo.renkei")));
    REQUIRE(window.openFile(path));
    CHECK(window.windowFilePath() == path);
    CHECK(window.windowTitle().startsWith(QStringLiteral("demo.renkei")));

    window.closeFile();
    CHECK(window.windowFilePath().isEmpty());
    CHECK_FALSE(window.windowTitle().contains(QStringLiteral("demo.renkei")));
}

TEST_CASE("typing in the search field narrows the member list", "[mainwindow][members]")
{
    QTemporaryDir dir;
    const QString path = writeDemoDatabase(dir);
    TestSettings settings;
    MainWindow window(settings.settings());
    window.show();
    REQUIRE(window.openFile(path));
    auto *table = child<QTableView>(window, "memberTable");
    auto *model = qobject_cast<MemberTableModel *>(table->model());
    REQUIRE(model);
    const int everyone = model->totalCount();
    const QString familyName = model->memberAt(0)->familyName;
    MemberFilter byName;
    byName.text = familyName;
    const int expected = memberCount(path, byName);
    REQUIRE(expected > 0);
    REQUIRE(expected < everyone);

    auto *search = child<QLineEdit>(window, "memberSearch");
    search->setFocus();
    typeWithInputMethod(search, familyName);
    REQUIRE(waitUntil([&] { return model->filter().text == familyName; }));

    CHECK(model->totalCount() == expected);
    CHECK(model->rowCount() == expected);
    for (int row = 0; row < model->rowCount(); ++row)
        CHECK(model->memberAt(row)->familyName.contains(familyName));
    const QString label = child<QLabel>(window, "memberCount")->text();
    CHECK(label.contains(QString::number(expected)));

    search->clear();
    REQUIRE(waitUntil([&] { return model->filter().text.isEmpty(); }));
    CHECK(model->totalCount() == everyone);
}

TEST_CASE(
    "opening a file that is not a database shows the error in the message bar and keeps the window usable",
    "[mainwindow]")
{
    QTemporaryDir dir;
    const QString demo = writeDemoDatabase(dir);
    const QString notes = dir.filePath(QStringLiteral("notes.txt"));
    {
        QFile file(notes);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("This is a shopping list, not a database.\n");
    }
    TestSettings settings;
    MainWindow window(settings.settings());
    window.show();
    REQUIRE(window.openFile(demo));
    auto *bar = child<MessageBar>(window, "messageBar");
    CHECK_FALSE(bar->isVisible());

    CHECK_FALSE(window.openFile(notes));

    CHECK(bar->isVisible());
    CHECK(bar->kind() == MessageBar::Kind::Error);
    CHECK(bar->text().contains(QStringLiteral("notes.txt")));
    CHECK(bar->text().contains(QStringLiteral("not a Renkei database")));
    // The demo stays open and the file is untouched.
    REQUIRE(window.database());
    CHECK(window.database()->path() == demo);
    QFile file(notes);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == "This is a shopping list, not a database.\n");
    CHECK(recentPaths(window) == QStringList{demo});

    // Still usable: the bar closes and the sections answer.
    QTest::mouseClick(child<QToolButton>(window, "messageBarClose"), Qt::LeftButton);
    CHECK_FALSE(bar->isVisible());
    window.showSection(MainWindow::Section::Meetings);
    CHECK(window.currentSection() == MainWindow::Section::Meetings);
    CHECK(child<QTableView>(window, "meetingTable")->isVisible());
}

TEST_CASE("an error opening a file at start is shown on the start page", "[mainwindow]")
{
    QTemporaryDir dir;
    const QString notes = dir.filePath(QStringLiteral("notes.renkei"));
    {
        QFile file(notes);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("plain text");
    }
    TestSettings settings;
    MainWindow window(settings.settings());
    window.show();

    window.openAtStart(notes);

    CHECK(window.database() == nullptr);
    CHECK(child<MessageBar>(window, "messageBar")->isVisible());
    CHECK(child<QWidget>(window, "startPage")->isVisible());
    CHECK(child<QPushButton>(window, "openDatabaseButton")->isEnabled());
}

TEST_CASE("the recent files menu lists opened files newest first and forgets missing ones", "[mainwindow]")
{
    QTemporaryDir dir;
    const QString first = writeEmptyDatabase(dir, QStringLiteral("first.renkei"));
    const QString second = writeEmptyDatabase(dir, QStringLiteral("second.renkei"));
    TestSettings settings;
    MainWindow window(settings.settings());
    CHECK(recentPaths(window).isEmpty());

    REQUIRE(window.openFile(first));
    REQUIRE(window.openFile(second));
    CHECK(recentPaths(window) == QStringList{second, first});

    // Choosing an entry opens it and moves it to the top.
    auto *menu = window.findChild<QMenu *>(QStringLiteral("recentMenu"));
    QAction *firstEntry = menu->actions().at(1);
    CHECK(firstEntry->text().contains(QStringLiteral("first.renkei")));
    firstEntry->trigger();
    CHECK(window.database()->path() == first);
    CHECK(recentPaths(window) == QStringList{first, second});

    window.closeFile();
    REQUIRE(QFile::remove(second));
    CHECK(recentPaths(window) == QStringList{first});

    window.findChild<QAction *>(QStringLiteral("clearRecentFiles"))->trigger();
    CHECK(recentPaths(window).isEmpty());
    CHECK_FALSE(menu->isEnabled());
}

TEST_CASE("the recent files menu keeps the last eight files", "[mainwindow]")
{
    QTemporaryDir dir;
    TestSettings settings;
    MainWindow window(settings.settings());
    QStringList opened;
    for (int i = 1; i <= 10; ++i) {
        const QString path = writeEmptyDatabase(dir, QStringLiteral("network-%1.renkei").arg(i));
        REQUIRE(window.openFile(path));
        opened.prepend(path);
    }
    CHECK(recentPaths(window) == opened.mid(0, 8));
}

TEST_CASE("the last file is reopened at start unless the command line names another", "[mainwindow]")
{
    QTemporaryDir dir;
    const QString last = writeEmptyDatabase(dir, QStringLiteral("last.renkei"));
    const QString other = writeEmptyDatabase(dir, QStringLiteral("other.renkei"));
    TestSettings settings;
    {
        MainWindow window(settings.settings());
        window.openAtStart({});
        CHECK(window.database() == nullptr);
        REQUIRE(window.openFile(last));
        window.close();
    }
    {
        MainWindow window(settings.settings());
        window.openAtStart({});
        REQUIRE(window.database());
        CHECK(window.database()->path() == last);
    }
    {
        MainWindow window(settings.settings());
        window.openAtStart(other);
        REQUIRE(window.database());
        CHECK(window.database()->path() == other);
        // Closed on purpose: the next start shows the start page.
        window.closeFile();
    }
    MainWindow window(settings.settings());
    window.openAtStart({});
    CHECK(window.database() == nullptr);
}

TEST_CASE("the window remembers its size", "[mainwindow]")
{
    TestSettings settings;
    {
        MainWindow window(settings.settings());
        window.resize(900, 640);
        window.show();
        window.close();
    }
    MainWindow window(settings.settings());
    CHECK(window.size() == QSize(900, 640));
    // Every section fits such a window: none asks for more room than it has.
    for (const QWidget *section : window.findChildren<SectionView *>()) {
        INFO(section->objectName().toStdString() << " needs " << section->minimumSizeHint().width() << " × "
                                                 << section->minimumSizeHint().height());
        CHECK(section->minimumSizeHint().width() <= 900 - 200);
    }
}

TEST_CASE("with no database open the window offers to create one, and New creates it", "[mainwindow]")
{
    QTemporaryDir dir;
    TestSettings settings;
    MainWindow window(settings.settings());
    window.show();
    auto *pages = child<QWidget>(window, "startPage");
    CHECK(pages->isVisible());
    CHECK_FALSE(child<QListWidget>(window, "navigation")->isVisible());

    const QString chosen = dir.filePath(QStringLiteral("tokyo"));
    bool answered = false;
    QTimer::singleShot(0, &window, [&] {
        // No REQUIRE in here: an exception must not cross Qt's event loop.
        QFileDialog *dialog = nullptr;
        for (QWidget *widget : QApplication::topLevelWidgets())
            if (auto *fileDialog = qobject_cast<QFileDialog *>(widget); fileDialog && fileDialog->isVisible())
                dialog = fileDialog;
        if (!dialog)
            return;
        dialog->selectFile(chosen);
        static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept, through the public slot
        answered = true;
    });
    QTest::mouseClick(child<QPushButton>(window, "newDatabaseButton"), Qt::LeftButton);

    CHECK(answered);
    const QString created = chosen + QStringLiteral(".renkei");
    CHECK(QFile::exists(created));
    REQUIRE(window.database());
    CHECK(window.database()->path() == created);
    CHECK(child<QListWidget>(window, "navigation")->isVisible());
    CHECK(child<QLabel>(window, "memberCount")->text().contains(QLatin1Char('0')));
}

TEST_CASE("creating a database over an existing file is refused and the file is kept", "[mainwindow]")
{
    QTemporaryDir dir;
    const QString demo = writeDemoDatabase(dir);
    const int members = memberCount(demo);
    TestSettings settings;
    MainWindow window(settings.settings());
    window.show();

    CHECK_FALSE(window.createFile(demo));
    CHECK(child<MessageBar>(window, "messageBar")->isVisible());
    CHECK(window.database() == nullptr);
    CHECK(memberCount(demo) == members);
}

TEST_CASE("the Members menu holds every action of the members toolbar, and only while the members are shown",
          "[mainwindow][members]")
{
    QTemporaryDir dir;
    const QString path = writeDemoDatabase(dir);
    TestSettings settings;
    MainWindow window(settings.settings());
    window.show();
    auto *menu = child<QMenu>(window, "membersViewMenu");
    CHECK_FALSE(menu->menuAction()->isVisible()); // no file open
    REQUIRE(window.openFile(path));
    CHECK(menu->menuAction()->isVisible());

    QStringList inMenu;
    for (QAction *action : menu->actions())
        if (!action->isSeparator())
            inMenu << action->objectName();
    for (QAction *action : child<QWidget>(window, "memberActions")->actions()) {
        if (action->isSeparator())
            continue;
        INFO(action->objectName().toStdString());
        CHECK(inMenu.contains(action->objectName()));
        CHECK(action->text().contains(QLatin1Char('&')));           // a mnemonic in the menu
        CHECK_FALSE(action->iconText().contains(QLatin1Char('&'))); // none on the button
    }
    CHECK(inMenu.contains(QStringLiteral("findMemberAction")));

    window.showSection(MainWindow::Section::Meetings);
    CHECK_FALSE(menu->menuAction()->isVisible());
    window.showSection(MainWindow::Section::Members);
    CHECK(menu->menuAction()->isVisible());
}

TEST_CASE("a toolbar button's text drops the mnemonic in either language's form")
{
    CHECK(withoutMnemonic(QStringLiteral("&Import…")) == QStringLiteral("Import…"));
    CHECK(withoutMnemonic(QStringLiteral("取り込み(&I)…")) == QStringLiteral("取り込み…"));
    CHECK(withoutMnemonic(QStringLiteral("新規会員（&N）")) == QStringLiteral("新規会員"));
    CHECK(withoutMnemonic(QStringLiteral("Fax && E-&mail")) == QStringLiteral("Fax & E-mail"));
    CHECK(withoutMnemonic(QStringLiteral("Plain")) == QStringLiteral("Plain"));
}
