// Meeting series in the GUI: the series dialog, creating, editing and deleting a series in the meetings
// section, and the section's smaller behaviours (the rule in the summary, era dates on saved agendas,
// mnemonics, Enter on a meeting, the planning dialog's "from" choice, copying an agenda).
#include "UiTestSupport.h"
#include "core/demo/DemoNetwork.h"
#include "core/schedule/ScheduleRule.h"
#include "core/storage/Database.h"
#include "core/storage/MeetingRepository.h"
#include "core/storage/SeriesRepository.h"
#include "ui/attendance/AttendancePanel.h"
#include "ui/meetings/AgendaBuilder.h"
#include "ui/meetings/AgendaModel.h"
#include "ui/meetings/MeetingEditor.h"
#include "ui/meetings/MeetingsView.h"
#include "ui/meetings/PlanningDialog.h"
#include "ui/meetings/SeriesDialog.h"
#include "ui/widgets/MessageBar.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabBar>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimeEdit>
#include <QTimer>

#include <catch2/catch.hpp>

using namespace renkei;
using namespace renkei::test;

namespace {

struct Opened
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db;

    explicit Opened(bool demo)
    {
        const QString path =
            demo ? writeDemoDatabase(dir) : writeEmptyDatabase(dir, QStringLiteral("new.renkei"));
        auto opened = Database::open(path, Database::OpenMode::OpenExisting);
        REQUIRE(opened);
        db = std::move(opened).value();
    }

    qint64 demoSeries() const { return SeriesRepository(*db).findByName(DemoNetwork::seriesName())->id; }
    Meeting meeting(int number) const
    {
        Result<Meeting> m = MeetingRepository(*db).findByNumber(demoSeries(), number);
        REQUIRE(m);
        return *m;
    }
};

// Runs `answer` on the visible top-level widget named `name` once it is shown; `seen` says it was.
void whenShown(const char *name, std::function<void(QWidget &)> answer, bool *seen = nullptr)
{
    QTimer::singleShot(0, [name, answer, seen] {
        QWidget *found = nullptr;
        waitUntil([&] {
            for (QWidget *w : QApplication::topLevelWidgets())
                if (w->objectName() == QString::fromLatin1(name) && w->isVisible())
                    found = w;
            return found != nullptr;
        });
        if (seen)
            *seen = found != nullptr;
        if (found)
            answer(*found);
    });
}

// Clicks the message box button whose text (without '&') is `button`; keeps the box's text in `asked`.
void answerMessageBox(const QString &button, QString *asked)
{
    QTimer::singleShot(0, [button, asked] {
        QMessageBox *box = nullptr;
        waitUntil([&] { return (box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())); });
        if (!box)
            return;
        if (asked)
            *asked = box->text();
        for (QAbstractButton *b : box->buttons())
            if (b->text().remove(QLatin1Char('&')) == button)
                b->click();
    });
}

QChar mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) != QLatin1Char('&'))
            return text.at(i + 1).toLower();
        ++i;
    }
    return {};
}

// The mnemonics of the visible buttons, buddied labels, group boxes and tabs under `root` (but not under
// `skip`), each with the text it came from.
QMultiHash<QChar, QString> mnemonics(const QWidget &root, const QWidget *skip = nullptr)
{
    QMultiHash<QChar, QString> out;
    auto add = [&](const QWidget *w, const QString &text) {
        if (!w->isVisible() || (skip && (w == skip || skip->isAncestorOf(w))))
            return;
        if (const QChar c = mnemonic(text); !c.isNull())
            out.insert(c, text);
    };
    for (const QAbstractButton *b : root.findChildren<QAbstractButton *>())
        add(b, b->text());
    for (const QLabel *l : root.findChildren<QLabel *>())
        if (l->buddy())
            add(l, l->text());
    for (const QGroupBox *g : root.findChildren<QGroupBox *>())
        add(g, g->title());
    for (const QTabBar *t : root.findChildren<QTabBar *>())
        for (int i = 0; i < t->count(); ++i)
            add(t, t->tabText(i));
    return out;
}

QStringList clashes(const QMultiHash<QChar, QString> &found)
{
    QStringList out;
    for (const QChar &c : found.uniqueKeys())
        if (found.count(c) > 1)
            out << QStringList(found.values(c)).join(QStringLiteral(" / "));
    return out;
}

} // namespace

TEST_CASE("on a new database the meetings section points to New Series, and a series made there is selected "
          "and planned with its defaults",
          "[series][meetings]")
{
    Opened opened(false);
    MeetingsView view;
    view.resize(1100, 700);
    view.show();
    view.setDatabase(opened.db.get());
    auto *summary = child<QLabel>(view, "seriesSummary");
    CHECK(summary->text().contains(QStringLiteral("No meeting series yet")));
    CHECK(summary->text().contains(QStringLiteral("New Series")));
    if (const QString shots = qEnvironmentVariable("RENKEI_SHOT_DIR"); !shots.isEmpty())
        view.grab().save(shots + QStringLiteral("/meetings-no-series.png"));
    CHECK_FALSE(child<QPushButton>(view, "planButton")->isEnabled());
    CHECK_FALSE(child<QPushButton>(view, "editSeriesButton")->isEnabled());
    CHECK(child<QPushButton>(view, "newSeriesButton")->isEnabled());

    // The empty state's link opens the dialog too; Esc leaves it without a series.
    bool seen = false;
    whenShown(
        "seriesDialog", [](QWidget &dialog) { QTest::keyClick(&dialog, Qt::Key_Escape); }, &seen);
    emit summary->linkActivated(QStringLiteral("new-series"));
    CHECK(seen);
    CHECK(SeriesRepository(*opened.db).all()->isEmpty());

    whenShown("seriesDialog", [](QWidget &dialog) {
        child<QLineEdit>(dialog, "seriesName")->setText(QStringLiteral("みなと坂医介連"));
        child<QSpinBox>(dialog, "seriesFirstNumber")->setValue(12);
        CHECK(child<QLabel>(dialog, "seriesFirstNumberText")->text().contains(QStringLiteral("No. 12")));
        child<QLineEdit>(dialog, "seriesVenue")->setText(QStringLiteral("区民センター"));
        child<QLineEdit>(dialog, "seriesAddress")->setText(QStringLiteral("港区1-2-3"));
        child<QCheckBox>(dialog, "seriesHasTimes")->setChecked(true);
        child<QTimeEdit>(dialog, "seriesStart")->setTime(QTime(18, 30));
        child<QTimeEdit>(dialog, "seriesEnd")->setTime(QTime(20, 0));
        child<QSpinBox>(dialog, "seriesFee")->setValue(500);
        child<QSpinBox>(dialog, "seriesCapacity")->setValue(40);
        child<QPlainTextEdit>(dialog, "seriesNotes")->setPlainText(QStringLiteral("年6回"));
        if (const QString shots = qEnvironmentVariable("RENKEI_SHOT_DIR"); !shots.isEmpty())
            dialog.grab().save(shots + QStringLiteral("/series-dialog.png"));
        // Enter saves.
        QTest::keyClick(child<QLineEdit>(dialog, "seriesName"), Qt::Key_Return);
    });
    QTest::mouseClick(child<QPushButton>(view, "newSeriesButton"), Qt::LeftButton);

    Result<QList<Series>> all = SeriesRepository(*opened.db).all();
    REQUIRE(all->size() == 1);
    const Series made = all->first();
    CHECK(made.name == QStringLiteral("みなと坂医介連"));
    CHECK(made.firstNumber == 12);
    CHECK(made.defaultVenue == QStringLiteral("区民センター"));
    CHECK(made.defaultAddress == QStringLiteral("港区1-2-3"));
    CHECK(made.defaultStart == QTime(18, 30));
    CHECK(made.defaultEnd == QTime(20, 0));
    CHECK(made.defaultFee == 500);
    CHECK(made.defaultCapacity == 40);
    CHECK(made.notes == QStringLiteral("年6回"));
    CHECK(view.currentSeriesId() == made.id);
    CHECK(child<QPushButton>(view, "planButton")->isEnabled());
    CHECK(child<QPushButton>(view, "deleteSeriesButton")->isEnabled());

    // The plan starts at No. 12 at the series' times, and the meetings take its venue and fee.
    whenShown("planningDialog", [](QWidget &dialog) {
        auto *preview = child<QTableWidget>(dialog, "planPreview");
        REQUIRE(preview->rowCount() > 0);
        CHECK(preview->item(0, 0)->text() == QStringLiteral("No. 12"));
        QTest::mouseClick(child<QPushButton>(dialog, "planCreate"), Qt::LeftButton);
    });
    QTest::mouseClick(child<QPushButton>(view, "planButton"), Qt::LeftButton);
    Result<QList<Meeting>> meetings = MeetingRepository(*opened.db).list(made.id);
    REQUIRE_FALSE(meetings->isEmpty());
    CHECK(meetings->first().number == 12);
    CHECK(meetings->first().start == QTime(18, 30));
    CHECK(meetings->first().end == QTime(20, 0));
    CHECK(meetings->first().venue == QStringLiteral("区民センター"));
    CHECK(meetings->first().fee == 500);
    CHECK(meetings->first().capacity == 40);
    CHECK_FALSE(child<QPushButton>(view, "deleteSeriesButton")->isEnabled());
}

TEST_CASE("the series dialog shows what core refuses next to the field and saves nothing until it is fixed",
          "[series]")
{
    Opened opened(true);
    const int before = int(SeriesRepository(*opened.db).all()->size());
    SeriesDialog dialog(*opened.db, Series{});
    dialog.show();
    child<QLineEdit>(dialog, "seriesName")->setText(DemoNetwork::seriesName());
    child<QCheckBox>(dialog, "seriesHasTimes")->setChecked(true);
    child<QTimeEdit>(dialog, "seriesStart")->setTime(QTime(19, 0));
    child<QTimeEdit>(dialog, "seriesEnd")->setTime(QTime(18, 0));
    QTest::mouseClick(child<QPushButton>(dialog, "seriesSave"), Qt::LeftButton);
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.fieldErrors().value(QStringLiteral("name")).contains(QStringLiteral("already a series")));
    CHECK(child<QLabel>(dialog, "nameError")->isVisible());
    CHECK(child<QLabel>(dialog, "defaultEndError")->text().contains(QStringLiteral("end time")));
    CHECK(SeriesRepository(*opened.db).all()->size() == before);

    // Fixed as it is typed, the messages go.
    child<QLineEdit>(dialog, "seriesName")->setText(QStringLiteral("在宅ケア勉強会"));
    CHECK_FALSE(dialog.fieldErrors().contains(QStringLiteral("name")));
    child<QTimeEdit>(dialog, "seriesEnd")->setTime(QTime(20, 0));
    CHECK(dialog.fieldErrors().isEmpty());
    QTest::mouseClick(child<QPushButton>(dialog, "seriesSave"), Qt::LeftButton);
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(SeriesRepository(*opened.db).get(dialog.savedId())->name == QStringLiteral("在宅ケア勉強会"));
}

TEST_CASE("the series dialog has unique mnemonics and its tab order follows the form", "[series][keyboard]")
{
    Opened opened(false);
    SeriesDialog dialog(*opened.db, Series{});
    dialog.show();
    dialog.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
    const QMultiHash<QChar, QString> found = mnemonics(dialog);
    CHECK(found.size() >= 8);
    CHECK(clashes(found).isEmpty());

    child<QCheckBox>(dialog, "seriesHasTimes")->setChecked(true);
    const char *order[] = {"seriesName",     "seriesFirstNumber", "seriesVenue", "seriesAddress",
                           "seriesHasTimes", "seriesStart",       "seriesEnd",   "seriesFee",
                           "seriesCapacity", "seriesNotes",       "seriesSave"};
    child<QLineEdit>(dialog, "seriesName")->setFocus();
    for (const char *name : order) {
        QWidget *expected = child<QWidget>(dialog, name);
        QWidget *focused = QApplication::focusWidget();
        INFO("expected the focus on "
             << name << ", it is on "
             << (focused ? focused->objectName().toStdString() : std::string("nothing")));
        CHECK((focused == expected || expected->isAncestorOf(focused)));
        // A time box takes Tab from its hours to its minutes first.
        for (int press = 0; press < 3; ++press) {
            QWidget *now = QApplication::focusWidget();
            QTest::keyClick(now ? now : &dialog, Qt::Key_Tab);
            now = QApplication::focusWidget();
            if (now != expected && !expected->isAncestorOf(now))
                break;
        }
    }
}

TEST_CASE("the meetings section edits a series, and deletes one only when it has no meetings, after asking "
          "by name",
          "[series][meetings]")
{
    Opened opened(true);
    MeetingsView view;
    view.show();
    view.setDatabase(opened.db.get());
    const qint64 demo = opened.demoSeries();
    REQUIRE(view.currentSeriesId() == demo);
    CHECK_FALSE(child<QPushButton>(view, "deleteSeriesButton")->isEnabled());

    whenShown("seriesDialog", [](QWidget &dialog) {
        CHECK(child<QLineEdit>(dialog, "seriesName")->text() == DemoNetwork::seriesName());
        child<QLineEdit>(dialog, "seriesVenue")->setText(QStringLiteral("新しい会場"));
        QTest::mouseClick(child<QPushButton>(dialog, "seriesSave"), Qt::LeftButton);
    });
    QTest::mouseClick(child<QPushButton>(view, "editSeriesButton"), Qt::LeftButton);
    CHECK(SeriesRepository(*opened.db).get(demo)->defaultVenue == QStringLiteral("新しい会場"));
    CHECK(view.currentSeriesId() == demo);

    Series spare;
    spare.name = QStringLiteral("在宅ケア勉強会");
    const qint64 spareId = *SeriesRepository(*opened.db).add(spare);
    view.setDatabase(opened.db.get());
    view.selectSeries(spareId);
    REQUIRE(view.currentSeriesId() == spareId);
    auto *remove = child<QPushButton>(view, "deleteSeriesButton");
    REQUIRE(remove->isEnabled());

    QString asked;
    answerMessageBox(QStringLiteral("Cancel"), &asked);
    QTest::mouseClick(remove, Qt::LeftButton);
    CHECK(asked.contains(QStringLiteral("在宅ケア勉強会")));
    CHECK(SeriesRepository(*opened.db).get(spareId));

    answerMessageBox(QStringLiteral("Delete"), &asked);
    QTest::mouseClick(remove, Qt::LeftButton);
    CHECK_FALSE(SeriesRepository(*opened.db).get(spareId));
    CHECK(child<QComboBox>(view, "seriesPicker")->findData(spareId) < 0);
    CHECK(child<MessageBar>(view, "meetingsNotice")->text().contains(QStringLiteral("在宅ケア勉強会")));
}

TEST_CASE("the meetings section's summary gives the series' saved rule in words", "[meetings][series]")
{
    Opened opened(true);
    Series series = *SeriesRepository(*opened.db).get(opened.demoSeries());
    series.scheduleRule = QStringLiteral("every=2;week=2;weekday=tue;month=4;start=19:00;end=20:30");
    REQUIRE(SeriesRepository(*opened.db).update(series));
    MeetingsView view;
    view.setDatabase(opened.db.get());
    const QString words = ScheduleRule::parse(series.scheduleRule)->describe();
    REQUIRE_FALSE(words.isEmpty());
    const QString summary = child<QLabel>(view, "seriesSummary")->text();
    CHECK(summary.contains(words));
    CHECK(summary.contains(QStringLiteral("held")));

    series.scheduleRule.clear();
    REQUIRE(SeriesRepository(*opened.db).update(series));
    view.setDatabase(opened.db.get());
    CHECK_FALSE(child<QLabel>(view, "seriesSummary")->text().contains(words));
}

TEST_CASE("agendas are saved with Japanese era dates when asked, and the choice is remembered",
          "[meetings][agenda]")
{
    Opened opened(true);
    {
        MeetingsView view;
        view.setDatabase(opened.db.get());
        view.selectMeeting(opened.meeting(47).id);
        auto *era = child<QCheckBox>(view, "agendaEra");
        era->setChecked(false);
        const QString plain = opened.dir.filePath(QStringLiteral("plain.txt"));
        REQUIRE(view.saveAgendaTo(plain));
        QFile plainFile(plain);
        REQUIRE(plainFile.open(QIODevice::ReadOnly));
        const QString plainText = QString::fromUtf8(plainFile.readAll());
        CHECK(plainText.contains(QStringLiteral("2026年12月8日")));
        CHECK_FALSE(plainText.contains(QStringLiteral("令和")));

        era->setChecked(true);
        const QString withEra = opened.dir.filePath(QStringLiteral("era.html"));
        REQUIRE(view.saveAgendaTo(withEra));
        QFile eraFile(withEra);
        REQUIRE(eraFile.open(QIODevice::ReadOnly));
        CHECK(QString::fromUtf8(eraFile.readAll()).contains(QStringLiteral("令和8年12月8日")));
    }
    MeetingsView again;
    CHECK(child<QCheckBox>(again, "agendaEra")->isChecked());
    child<QCheckBox>(again, "agendaEra")->setChecked(false);
    MeetingsView third;
    CHECK_FALSE(child<QCheckBox>(third, "agendaEra")->isChecked());
}

TEST_CASE("the meetings section's mnemonics clash neither with each other nor with the menu bar, and Enter "
          "opens the selected meeting",
          "[meetings][keyboard]")
{
    Opened opened(true);
    MeetingsView view;
    view.resize(1300, 700);
    view.show();
    view.setDatabase(opened.db.get());
    view.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&view));

    // The attendance tab's own buttons are its panel's business.
    QMultiHash<QChar, QString> found = mnemonics(view, view.findChild<AttendancePanel *>());
    for (const char *menu : {"&File", "&Edit", "&View", "&Help"})
        found.insert(mnemonic(QString::fromLatin1(menu)), QString::fromLatin1(menu));
    CHECK(found.size() >= 13);
    INFO(clashes(found).join(QStringLiteral("; ")).toStdString());
    CHECK(clashes(found).isEmpty());

    auto *table = child<QTableView>(view, "meetingTable");
    view.selectMeeting(opened.meeting(47).id);
    table->setFocus();
    QString title;
    bool seen = false;
    whenShown(
        "meetingEditor",
        [&title](QWidget &editor) {
            title = editor.windowTitle();
            QTest::keyClick(&editor, Qt::Key_Escape);
        },
        &seen);
    QTest::keyClick(table, Qt::Key_Return);
    CHECK(seen);
    CHECK(title.contains(QStringLiteral("No. 47")));
}

TEST_CASE("the meeting editor's Status, Social gathering and Save have mnemonics of their own",
          "[editor][keyboard]")
{
    Opened opened(true);
    MeetingEditor editor(*opened.db, opened.meeting(48));
    editor.show();
    const QMultiHash<QChar, QString> found = mnemonics(editor);
    INFO(clashes(found).join(QStringLiteral("; ")).toStdString());
    CHECK(clashes(found).isEmpty());
    CHECK(found.size() >= 10);
}

TEST_CASE("choosing to re-plan from a meeting moves the fiscal year to that meeting's", "[planning]")
{
    Opened opened(true);
    PlanningDialog dialog(*opened.db, opened.demoSeries());
    dialog.show();
    auto *year = child<QSpinBox>(dialog, "planFiscalYear");
    REQUIRE(year->value() == 2027);
    auto *from = child<QComboBox>(dialog, "planFrom");
    const int index = from->findData(opened.meeting(47).id);
    REQUIRE(index > 0);
    from->setCurrentIndex(index);
    CHECK(year->value() == 2026);
    CHECK(child<QTableWidget>(dialog, "planPreview")->item(0, 0)->text() == QStringLiteral("No. 47"));
    CHECK(child<QLabel>(dialog, "planError")->text().isEmpty());
}

TEST_CASE("copying an earlier agenda over one that has items asks first, naming the meeting",
          "[editor][agenda]")
{
    Opened opened(true);
    MeetingEditor editor(*opened.db, opened.meeting(47));
    editor.show();
    editor.showAgenda();
    AgendaModel *model = editor.agendaBuilder()->model();
    REQUIRE(model->rowCount() == 7);
    auto *source = child<QComboBox>(editor, "agendaTemplate");
    REQUIRE(source->count() > 0);
    const qint64 sourceId = source->currentData().toLongLong();
    const int sourceItems = int(MeetingRepository(*opened.db).agenda(sourceId)->size());
    // One item less than before, to tell the copy from what was there.
    REQUIRE(model->removeRows(0, 1));
    REQUIRE(model->rowCount() == 6);
    REQUIRE(sourceItems != 6);

    QString asked;
    answerMessageBox(QStringLiteral("Cancel"), &asked);
    QTest::mouseClick(child<QPushButton>(editor, "agendaCopy"), Qt::LeftButton);
    CHECK(asked.contains(source->currentText()));
    CHECK(asked.contains(QStringLiteral("6 items")));
    CHECK(model->rowCount() == 6);

    answerMessageBox(QStringLiteral("Replace"), &asked);
    QTest::mouseClick(child<QPushButton>(editor, "agendaCopy"), Qt::LeftButton);
    CHECK(model->rowCount() == sourceItems);
}
