#include "UiTestSupport.h"
#include "core/storage/MemberRepository.h"
#include "ui/MainWindow.h"
#include "ui/members/MemberEditor.h"
#include "ui/members/MemberTableModel.h"
#include "ui/members/MembersView.h"

#include <QApplication>
#include <QDir>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTranslator>

#include <catch2/catch.hpp>

using namespace renkei;
using namespace renkei::test;

// Not a test: renders the members view and the member editor for docs/screenshots. Run on demand:
//   RENKEI_SCREENSHOT_DIR=out [RENKEI_TEST_LOCALE=ja_JP] renkei_ui_tests "screenshots of the members view*"
// RENKEI_SCREENSHOT_QM=file.qm adds a catalogue over the built-in one (strings not yet in translations/).
TEST_CASE("screenshots of the members view and the member editor", "[.screenshot]")
{
    const QString out = qEnvironmentVariable("RENKEI_SCREENSHOT_DIR");
    REQUIRE_FALSE(out.isEmpty());
    REQUIRE(QDir().mkpath(out));
    QTranslator extra;
    if (const QString qm = qEnvironmentVariable("RENKEI_SCREENSHOT_QM"); !qm.isEmpty()) {
        REQUIRE(extra.load(qm));
        QApplication::installTranslator(&extra);
    }
    QTemporaryDir dir;
    TestSettings settings;
    MainWindow window(settings.settings());
    window.resize(1280, 800);
    window.show();
    REQUIRE(window.openFile(writeDemoDatabase(dir)));
    window.showSection(MainWindow::Section::Members);
    auto *view = window.findChild<MembersView *>(QStringLiteral("membersView"));
    REQUIRE(view);
    view->selectMember(view->model()->memberAt(3)->id);
    QTest::qWait(100);
    CHECK(window.grab().save(QDir(out).filePath(QStringLiteral("members-view.png"))));

    // The editor of a member with everything filled in.
    Member shown;
    REQUIRE(MemberRepository(*window.database())
                .forEach({},
                         [&](const Member &m) {
                             shown = m;
                             return m.email.isEmpty() || m.organisationId == 0 || m.referredById == 0;
                         })
                .ok());
    view->selectMember(shown.id);
    view->editMember();
    auto *editor = view->findChild<MemberEditor *>();
    REQUIRE(editor);
    QTest::qWait(100);
    CHECK(editor->grab().save(QDir(out).filePath(QStringLiteral("member-editor.png"))));
    editor->reject();

    // A new member who looks like an existing one: the warning before saving, and a field error.
    view->newMember();
    QTest::qWait(50);
    editor = nullptr;
    for (MemberEditor *e : view->findChildren<MemberEditor *>())
        if (e->isVisible())
            editor = e;
    REQUIRE(editor);
    auto type = [](QWidget *w, const QString &text) {
        QInputMethodEvent event;
        event.setCommitString(text);
        QApplication::sendEvent(w, &event);
    };
    type(editor->findChild<QLineEdit *>(QStringLiteral("familyName")), shown.familyName);
    type(editor->findChild<QLineEdit *>(QStringLiteral("givenName")), shown.givenName);
    type(editor->findChild<QLineEdit *>(QStringLiteral("familyKana")), shown.familyKana);
    type(editor->findChild<QLineEdit *>(QStringLiteral("givenKana")), shown.givenKana);
    type(editor->findChild<QLineEdit *>(QStringLiteral("phone")), QStringLiteral("03-12"));
    editor->findChild<QPushButton *>(QStringLiteral("saveButton"))->click();
    editor->findChild<QLineEdit *>(QStringLiteral("phone"))->clear();
    editor->findChild<QPushButton *>(QStringLiteral("saveButton"))->click();
    QTest::qWait(100);
    CHECK(editor->grab().save(QDir(out).filePath(QStringLiteral("member-editor-lookalike.png"))));
    editor->reject();
    QApplication::removeTranslator(&extra);
}
