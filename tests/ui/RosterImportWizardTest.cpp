// The roster import wizard and export dialog, driven as a user would on the offscreen platform.
#include "TestSupport.h"
#include "UiTestSupport.h"
#include "core/demo/DemoNetwork.h"
#include "core/io/CsvReader.h"
#include "core/storage/MemberRepository.h"
#include "core/storage/ProfessionRepository.h"
#include "ui/members/ExportDialog.h"
#include "ui/members/ImportWizard.h"
#include "ui/members/MembersView.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStringDecoder>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QTreeWidget>

#include <catch2/catch.hpp>

using namespace renkei;
using namespace renkei::test;

namespace {

int memberCount(Database &db)
{
    MemberFilter all;
    all.archived = MemberFilter::Archived::Include;
    const Result<int> n = MemberRepository(db).count(all);
    REQUIRE(n.ok());
    return *n;
}

// Saves what a widget looks like when RENKEI_SCREENSHOT_DIR is set, to look at by eye.
void screenshot(QWidget &widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("RENKEI_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QApplication::processEvents();
    widget.grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
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

struct DemoDatabase
{
    TempDatabase temp;
    DemoDatabase() { REQUIRE(DemoNetwork::fill(temp.db()).ok()); }
    Database &db() { return temp.db(); }
};

} // namespace

TEST_CASE("the import wizard shows the Excel roster decoded and lists every problem by line and column",
          "[import]")
{
    DemoDatabase demo;
    const int before = memberCount(demo.db());
    ImportWizard wizard(demo.db());
    wizard.show();
    wizard.setFilePath(fixturePath(QStringLiteral("excel-roster-sjis.csv")));

    auto *preview = child<QTableView>(wizard, "previewTable")->model();
    REQUIRE(preview->rowCount() > 2);
    CHECK(preview->headerData(1, Qt::Horizontal).toString() == QStringLiteral("氏名"));
    CHECK(preview->index(0, 1).data().toString() == QStringLiteral("髙橋　﨑子"));
    CHECK(child<QLabel>(wizard, "encodingFound")->text().contains(QStringLiteral("Shift_JIS")));
    screenshot(wizard, QStringLiteral("import-1-file"));
    REQUIRE(wizard.button(QWizard::NextButton)->isEnabled());

    wizard.next();
    CHECK(wizard.currentId() == ImportWizard::MappingPage);
    CHECK(child<QComboBox>(wizard, "mapColumn1")->currentIndex() == 0); // "No." is not imported
    CHECK(child<QComboBox>(wizard, "mapColumn2")->currentData().toInt() == int(RosterField::Name));
    CHECK(child<QComboBox>(wizard, "mapColumn3")->currentData().toInt() == int(RosterField::Kana));
    CHECK(child<QComboBox>(wizard, "mapColumn6")->currentData().toInt() == int(RosterField::Area));
    screenshot(wizard, QStringLiteral("import-2-mapping"));

    wizard.next();
    CHECK(wizard.currentId() == ImportWizard::CheckPage);
    auto *problems = child<QTreeWidget>(wizard, "problemList");
    // With unknown names to be created later, four problems remain: address, reading, yes/no, phone.
    REQUIRE(problems->topLevelItemCount() == 4);
    CHECK(problems->topLevelItem(0)->text(0) == QStringLiteral("5"));
    CHECK(problems->topLevelItem(0)->text(1) == QStringLiteral("7 (メールアドレス)"));
    CHECK_FALSE(problems->topLevelItem(0)->text(2).isEmpty());
    CHECK(problems->topLevelItem(1)->text(0) == QStringLiteral("6"));
    CHECK(problems->topLevelItem(3)->text(0) == QStringLiteral("9"));
    CHECK_FALSE(wizard.button(QWizard::NextButton)->isEnabled());
    screenshot(wizard, QStringLiteral("import-3-problems"));
    CHECK(memberCount(demo.db()) == before);
}

TEST_CASE("the corrected roster goes through the wizard and is written in one go", "[import]")
{
    DemoDatabase demo;
    const int before = memberCount(demo.db());
    ImportWizard wizard(demo.db());
    QSignalSpy imported(&wizard, &ImportWizard::membersImported);
    wizard.show();
    wizard.setFilePath(fixturePath(QStringLiteral("excel-roster-sjis-fixed.csv")));
    wizard.next(); // mapping
    wizard.next(); // check
    CHECK(child<QTreeWidget>(wizard, "problemList")->topLevelItemCount() == 0);
    REQUIRE(wizard.button(QWizard::NextButton)->isEnabled());
    wizard.next();
    CHECK(wizard.currentId() == ImportWizard::ConfirmPage); // no duplicates, nothing unknown
    CHECK(child<QLabel>(wizard, "confirmSummary")->text().startsWith(QStringLiteral("5 will be added")));
    CHECK(memberCount(demo.db()) == before); // still only checked
    screenshot(wizard, QStringLiteral("import-4-confirm"));
    wizard.next(); // Import
    CHECK(wizard.currentId() == ImportWizard::ResultPage);
    CHECK(wizard.imported());
    CHECK(imported.count() == 1);
    CHECK(child<QLabel>(wizard, "resultSummary")->text() ==
          QStringLiteral("imported 5, updated 0, skipped 0"));
    CHECK(memberCount(demo.db()) == before + 5);
}

TEST_CASE("the wizard offers skip, update or add for each duplicate, and create or map for each unknown name",
          "[import]")
{
    TempDatabase temp;
    Member existing;
    existing.familyName = QStringLiteral("山田");
    existing.givenName = QStringLiteral("太郎");
    existing.familyKana = QStringLiteral("やまだ");
    existing.givenKana = QStringLiteral("たろう");
    existing.phone = QStringLiteral("03-1111-1111");
    const Result<qint64> id = MemberRepository(temp.db()).add(existing);
    REQUIRE(id.ok());
    const QString path = QDir(temp.dir()).filePath(QStringLiteral("roster.csv"));
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("氏名,フリガナ,電話,職種\n"
                                  "山田 太郎,ヤマダ タロウ,03-2222-2222,医師\n"
                                  "佐藤 花子,サトウ ハナコ,03-3333-3333,看護士\n"
                                  "鈴木 一郎,スズキ イチロウ,03-4444-4444,ケアマネ\n")
                       .toUtf8());
    }
    ImportWizard wizard(temp.db());
    wizard.show();
    wizard.setFilePath(path);
    wizard.next();
    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::CheckPage);
    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::DuplicatesPage);
    auto *duplicates = child<QTreeWidget>(wizard, "duplicateList");
    REQUIRE(duplicates->topLevelItemCount() == 1);
    CHECK(duplicates->topLevelItem(0)->text(0) == QStringLiteral("2"));
    CHECK(duplicates->topLevelItem(0)->text(2).contains(QStringLiteral("山田 太郎")));
    auto *action = child<QComboBox>(wizard, "duplicateAction2");
    action->setCurrentIndex(action->findData(int(DuplicateAction::Update)));
    screenshot(wizard, QStringLiteral("import-5-duplicates"));

    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::UnknownPage);
    auto *unknown = child<QTreeWidget>(wizard, "unknownList");
    REQUIRE(unknown->topLevelItemCount() == 2);
    CHECK(unknown->topLevelItem(0)->text(1) == QStringLiteral("看護士"));
    auto *nurse = child<QComboBox>(wizard, "unknownChoice0");
    const Result<Profession> nurses = ProfessionRepository(temp.db()).findByName(QStringLiteral("看護師"));
    REQUIRE(nurses.ok());
    nurse->setCurrentIndex(nurse->findData(nurses->id)); // map 看護士 to 看護師; create ケアマネ
    screenshot(wizard, QStringLiteral("import-6-unknown"));

    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::ConfirmPage);
    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::ResultPage);
    CHECK(wizard.importReport().imported == 2);
    CHECK(wizard.importReport().updated == 1);
    CHECK(MemberRepository(temp.db()).get(*id)->phone == QStringLiteral("03-2222-2222"));
    MemberFilter sato;
    sato.text = QStringLiteral("佐藤");
    CHECK(MemberRepository(temp.db()).list(sato)->first().professionId == nurses->id);
    CHECK(ProfessionRepository(temp.db()).findByName(QStringLiteral("ケアマネ")).ok());
    CHECK_FALSE(ProfessionRepository(temp.db()).findByName(QStringLiteral("看護士")).ok());
}

TEST_CASE("a wrong encoding chosen by hand shows in the preview, and the right one reads the names",
          "[import]")
{
    TempDatabase temp;
    ImportWizard wizard(temp.db());
    wizard.show();
    wizard.setFilePath(fixturePath(QStringLiteral("excel-roster-sjis-fixed.csv")));
    wizard.setEncoding(TextEncoding::Utf8);
    CHECK(child<QTreeWidget>(wizard, "previewProblems")->topLevelItemCount() > 0);
    wizard.setEncoding(TextEncoding::ShiftJis);
    CHECK(child<QTreeWidget>(wizard, "previewProblems")->topLevelItemCount() == 0);
    CHECK(child<QTableView>(wizard, "previewTable")->model()->index(0, 1).data().toString() ==
          QStringLiteral("髙橋　﨑子"));
    wizard.setFilePath(QDir(temp.dir()).filePath(QStringLiteral("missing.csv")));
    CHECK_FALSE(wizard.button(QWizard::NextButton)->isEnabled());
}

TEST_CASE("the export dialog writes the list's members with the chosen columns and encoding", "[export]")
{
    DemoDatabase demo;
    const Result<Profession> nurse = ProfessionRepository(demo.db()).findByName(QStringLiteral("看護師"));
    REQUIRE(nurse.ok());
    MemberFilter shown;
    shown.professionIds = {nurse->id};
    ExportDialog dialog(demo.db(), shown);
    dialog.show();
    const QString path = QDir(demo.temp.dir()).filePath(QStringLiteral("nurses.csv"));
    dialog.setFilePath(path);
    auto *columns = child<QListWidget>(dialog, "columnList");
    for (int i = 0; i < columns->count(); ++i) {
        const auto field = RosterField(columns->item(i)->data(Qt::UserRole).toInt());
        columns->item(i)->setCheckState(
            field == RosterField::Name || field == RosterField::Profession ? Qt::Checked : Qt::Unchecked);
    }
    child<QCheckBox>(dialog, "sharedRoster")->setChecked(false);
    screenshot(dialog, QStringLiteral("export-1-dialog"));
    child<QPushButton>(dialog, "exportButton")->click();

    REQUIRE(dialog.lastSummary().has_value());
    MemberFilter count = shown;
    CHECK(dialog.lastSummary()->rows == *MemberRepository(demo.db()).count(count));
    CHECK(child<QLabel>(dialog, "exportResult")->text().startsWith(QStringLiteral("Exported")));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.peek(3) == "\xEF\xBB\xBF");
    CsvReader reader(file);
    CsvRecord record;
    REQUIRE(reader.readRecord(record));
    CHECK(record.fields == QStringList{QStringLiteral("Name"), QStringLiteral("Profession")});
}

TEST_CASE("exporting in Shift_JIS lists what it cannot hold and replaces it only when the user agrees",
          "[export]")
{
    TempDatabase temp;
    Member yoshida;
    yoshida.familyName = QStringLiteral("𠮷田");
    yoshida.givenName = QStringLiteral("一郎");
    yoshida.familyKana = QStringLiteral("よしだ");
    yoshida.givenKana = QStringLiteral("いちろう");
    yoshida.consentRoster = true;
    REQUIRE(MemberRepository(temp.db()).add(yoshida).ok());
    ExportDialog dialog(temp.db(), {});
    dialog.show();
    const QString path = QDir(temp.dir()).filePath(QStringLiteral("sjis.csv"));
    dialog.setFilePath(path);
    auto *encoding = child<QComboBox>(dialog, "encodingChoice");
    encoding->setCurrentIndex(encoding->findData(int(TextEncoding::ShiftJis)));

    bool listed = false;
    whenShown("unrepresentableDialog", [&](QDialog &asked) {
        auto *table = asked.findChild<QTableWidget *>(QStringLiteral("unrepresentableTable"));
        listed = table && table->rowCount() == 1 &&
                 table->item(0, 0)->text().startsWith(QStringLiteral("𠮷田 一郎")) &&
                 table->item(0, 1)->text() == QStringLiteral("Name") &&
                 table->item(0, 4)->text() == QStringLiteral("吉田 一郎");
        screenshot(asked, QStringLiteral("export-2-unrepresentable"));
        asked.reject();
    });
    child<QPushButton>(dialog, "exportButton")->click();
    CHECK(listed);
    CHECK_FALSE(QFile::exists(path));
    CHECK_FALSE(dialog.lastSummary().has_value());

    whenShown("unrepresentableDialog", [](QDialog &asked) {
        asked.findChild<QPushButton *>(QStringLiteral("replaceAndExport"))->click();
    });
    child<QPushButton>(dialog, "exportButton")->click();
    REQUIRE(dialog.lastSummary().has_value());
    CHECK(dialog.lastSummary()->replacedValues == 1);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QStringDecoder decoder("Shift_JIS");
    CHECK(QString(decoder.decode(file.readAll())).contains(QStringLiteral("吉田 一郎")));
}

TEST_CASE("the members view offers import and export once a database is open", "[members]")
{
    TempDatabase temp;
    MembersView view;
    auto *importAction = view.findChild<QAction *>(QStringLiteral("importMembers"));
    auto *exportAction = view.findChild<QAction *>(QStringLiteral("exportMembers"));
    REQUIRE(importAction);
    REQUIRE(exportAction);
    CHECK_FALSE(importAction->isEnabled());
    view.setDatabase(&temp.db());
    CHECK(importAction->isEnabled());
    CHECK(exportAction->isEnabled());

    // The import refreshes the list when it has written.
    const QString path = QDir(temp.dir()).filePath(QStringLiteral("one.csv"));
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("氏名,フリガナ\n山田 太郎,やまだ たろう\n").toUtf8());
    }
    whenShown("importWizard", [&](QDialog &dialog) {
        auto &wizard = static_cast<ImportWizard &>(dialog);
        wizard.setFilePath(path);
        while (wizard.currentId() != ImportWizard::ResultPage &&
               wizard.button(QWizard::NextButton)->isEnabled())
            wizard.next();
        if (wizard.currentId() == ImportWizard::ConfirmPage)
            wizard.next();
        wizard.accept();
    });
    importAction->trigger();
    CHECK(child<QLabel>(view, "memberCount")->text().startsWith(QStringLiteral("1 member")));
    view.setDatabase(nullptr);
    CHECK_FALSE(exportAction->isEnabled());
}
