// The whole GUI in Japanese: every section of the main window on the demo network, every menu, and
// every dialog its menus and buttons open, walked for visible text that still holds an English word.
#include "UiTestSupport.h"
#include "core/storage/Database.h"
#include "core/text/Language.h"
#include "ui/MainWindow.h"
#include "ui/reports/ChartPanel.h"

#include "TestSupport.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSeries>
#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QChart>
#include <QComboBox>
#include <QDialog>
#include <QFileDialog>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLegendMarker>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPointer>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QTextDocumentFragment>
#include <QTextEdit>
#include <QTimer>
#include <QToolButton>
#include <QTranslator>
#include <QValueAxis>
#include <QWizard>

#include <catch2/catch.hpp>

using namespace renkei;
using namespace renkei::test;

namespace {

// Japanese for one test, as the app installs it (core/text/Language); English again afterwards.
class JapaneseInstalled
{
public:
    JapaneseInstalled() : m_before(qApp->findChildren<QTranslator *>())
    {
        Language::install(*qApp, QStringLiteral("ja_JP"));
    }
    ~JapaneseInstalled()
    {
        removeAddedTranslators();
        Language::install(*qApp, QStringLiteral("en_US")); // the locale and Language::isJapanese()
        removeAddedTranslators();                          // English was installed already
    }

private:
    void removeAddedTranslators()
    {
        for (QTranslator *translator : qApp->findChildren<QTranslator *>())
            if (!m_before.contains(translator)) {
                QCoreApplication::removeTranslator(translator);
                delete translator;
            }
    }
    QList<QTranslator *> m_before;
};

// Latin letters a Japanese screen may show. A run of one letter ("A4", "F2", a mnemonic) is no word.
const QSet<QString> &allowedWords()
{
    static const QSet<QString> words{
        // Names: the program, the toolkit, the system an encoding is named after.
        QStringLiteral("Renkei"), QStringLiteral("Qt"), QStringLiteral("Windows"), QStringLiteral("Excel"),
        QStringLiteral("Web"), // Webページ
        // Formats and units, written so in Japanese too.
        QStringLiteral("PDF"), QStringLiteral("CSV"), QStringLiteral("JSON"), QStringLiteral("PNG"),
        QStringLiteral("URL"), QStringLiteral("ID"), QStringLiteral("No"), QStringLiteral("UTF"),
        QStringLiteral("BOM"), QStringLiteral("Shift_JIS"), QStringLiteral("CP"), QStringLiteral("iCalendar"),
        QStringLiteral("BCC"), QStringLiteral("FAX"), QStringLiteral("OK"),
        // Keys as their caps name them, in shortcuts shown in tooltips.
        QStringLiteral("Ctrl"), QStringLiteral("Shift"), QStringLiteral("Alt"), QStringLiteral("Enter"),
        QStringLiteral("Esc"), QStringLiteral("Tab"), QStringLiteral("Del"), QStringLiteral("Up"),
        QStringLiteral("Down")};
    return words;
}

// Widgets whose text is a machine syntax typed in ASCII by design (the rule language the CLI takes
// too), not prose to translate.
bool isSyntax(const QWidget *w)
{
    return w->objectName() == QLatin1String("ruleText");
}

// Words of the data on the screen (names, organisations, themes with a Latin letter or two): taken
// from values holding Japanese as well, since a value of Latin letters alone is a key ("held",
// "clinic") that the screen should show translated.
QSet<QString> dataWords(Database &db)
{
    QSet<QString> words;
    const QRegularExpression latin(QStringLiteral("[A-Za-z_]+"));
    const QRegularExpression nonAscii(QStringLiteral("[^\\x00-\\x7f]"));
    QSqlQuery tables = db.query();
    REQUIRE(tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'")));
    while (tables.next()) {
        QSqlQuery rows = db.query();
        REQUIRE(rows.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(tables.value(0).toString())));
        while (rows.next())
            for (int i = 0; i < rows.record().count(); ++i) {
                const QString value = rows.value(i).toString();
                // A profession's English name is data as well, shown beside the Japanese.
                if (value.contains(nonAscii) || tables.value(0).toString() == QLatin1String("professions"))
                    for (const QRegularExpressionMatch &m : latin.globalMatch(value))
                        words.insert(m.captured());
            }
    }
    return words;
}

QString nameOf(const QWidget *w)
{
    return w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className()) : w->objectName();
}

// Walks widgets, menus and charts, and keeps each text with an English word in it.
class EnglishFinder
{
public:
    explicit EnglishFinder(QSet<QString> dataWords) : m_dataWords(std::move(dataWords)) {}

    QStringList found() const { return m_found; }

    void text(const QString &where, QString text)
    {
        if (text.isEmpty())
            return;
        if (Qt::mightBeRichText(text))
            text = QTextDocumentFragment::fromHtml(text).toPlainText();
        QString plain = text;
        static const QRegularExpression skipped(
            QStringLiteral("\\(&.\\)|&(?=\\S)"                           // mnemonics: 会員(&M)
                           "|[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+"             // e-mail addresses
                           "|(https?://|www\\.)\\S+"                     // addresses on the web
                           "|[\\w-]*\\.(renkei|csv|pdf|ics|json|png)\\b" // file names
                           "|(/[\\w.-]+)+"                               // paths
                           "|\\b[a-z]{2}_[A-Z]{2}\\b"));                 // locale names: ja_JP
        plain.remove(skipped);
        static const QRegularExpression word(QStringLiteral("[A-Za-z_]+"));
        for (const QRegularExpressionMatch &m : word.globalMatch(plain)) {
            const QString w = m.captured();
            if (w.size() < 2 || allowedWords().contains(w) || m_dataWords.contains(w))
                continue;
            const QString entry = QStringLiteral("%1: %2").arg(where, text.simplified());
            if (!m_found.contains(entry))
                m_found << entry;
            return;
        }
    }

    void actions(const QString &where, const QList<QAction *> &actions)
    {
        for (QAction *action : actions) {
            if (action->isSeparator() || !action->isVisible())
                continue;
            text(where + QStringLiteral(" action"), action->text());
            if (action->toolTip() != action->text() &&
                action->toolTip() != QString(action->text()).remove(QLatin1Char('&')))
                text(where + QStringLiteral(" tooltip"), action->toolTip());
            if (QMenu *menu = action->menu())
                this->menu(where, menu);
        }
    }

    void menu(const QString &where, QMenu *menu)
    {
        if (m_menus.contains(menu))
            return;
        m_menus.insert(menu);
        text(where + QStringLiteral(" menu"), menu->title());
        actions(where + QStringLiteral(" ▸ ") + menu->title(), menu->actions());
    }

    // Every visible widget in `window` (every page of a wizard, shown or not).
    void window(QWidget *window)
    {
        const QString name = window->objectName().isEmpty()
                                 ? QString::fromLatin1(window->metaObject()->className())
                                 : window->objectName();
        text(name + QStringLiteral(" title"), window->windowTitle());
        if (auto *wizard = qobject_cast<QWizard *>(window))
            for (int id : wizard->pageIds()) {
                text(name + QStringLiteral(" page title"), wizard->page(id)->title());
                text(name + QStringLiteral(" page subtitle"), wizard->page(id)->subTitle());
            }
        const bool wizard = qobject_cast<QWizard *>(window);
        for (QWidget *w : window->findChildren<QWidget *>())
            if (w->isVisible() || (wizard && !qobject_cast<QMenu *>(w)))
                widget(name, w);
        actions(name, window->actions());
    }

private:
    void widget(const QString &window, QWidget *w)
    {
        const QString where =
            window + QStringLiteral(" / ") +
            (w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className()) : w->objectName());
        if (isSyntax(w))
            return;
        text(where + QStringLiteral(" tooltip"), w->toolTip());
        actions(where, w->actions());
        if (auto *label = qobject_cast<QLabel *>(w))
            text(where, label->text());
        else if (auto *button = qobject_cast<QAbstractButton *>(w))
            text(where, button->text());
        else if (auto *box = qobject_cast<QGroupBox *>(w))
            text(where, box->title());
        else if (auto *edit = qobject_cast<QLineEdit *>(w))
            text(where + QStringLiteral(" placeholder"), edit->placeholderText());
        else if (auto *edit = qobject_cast<QPlainTextEdit *>(w))
            text(where, edit->placeholderText() + QLatin1Char(' ') + edit->toPlainText());
        else if (auto *edit = qobject_cast<QTextEdit *>(w))
            text(where, edit->placeholderText() + QLatin1Char(' ') + edit->toPlainText());
        else if (auto *tabs = qobject_cast<QTabBar *>(w))
            for (int i = 0; i < tabs->count(); ++i) {
                text(where + QStringLiteral(" tab"), tabs->tabText(i));
                text(where + QStringLiteral(" tab tooltip"), tabs->tabToolTip(i));
            }
        else if (auto *combo = qobject_cast<QComboBox *>(w))
            for (int i = 0; i < combo->count(); ++i)
                text(where + QStringLiteral(" item"), combo->itemText(i));
        else if (auto *spin = qobject_cast<QAbstractSpinBox *>(w))
            text(where, spin->text() + QLatin1Char(' ') + spin->specialValueText());
        else if (auto *view = qobject_cast<QAbstractItemView *>(w))
            itemView(where, view);
        else if (auto *chart = qobject_cast<ChartPanel *>(w))
            chartTexts(where, chart);
        if (auto *menu = qobject_cast<QMenu *>(w))
            this->menu(where, menu);
    }

    void itemView(const QString &where, QAbstractItemView *view)
    {
        QAbstractItemModel *model = view->model();
        if (!model)
            return;
        for (int c = 0; c < model->columnCount(); ++c)
            text(where + QStringLiteral(" header"), model->headerData(c, Qt::Horizontal).toString());
        for (int r = 0; r < std::min(model->rowCount(), 40); ++r)
            for (int c = 0; c < model->columnCount(); ++c) {
                const QModelIndex index = model->index(r, c);
                text(where + QStringLiteral(" cell"), index.data().toString());
                text(where + QStringLiteral(" cell tooltip"), index.data(Qt::ToolTipRole).toString());
            }
    }

    void chartTexts(const QString &where, ChartPanel *panel)
    {
        QChart *chart = panel->chart();
        if (!chart)
            return;
        text(where + QStringLiteral(" chart"), chart->title());
        for (QAbstractSeries *series : chart->series())
            text(where + QStringLiteral(" series"), series->name());
        for (QLegendMarker *marker : chart->legend()->markers())
            text(where + QStringLiteral(" legend"), marker->label());
        for (QAbstractAxis *axis : chart->axes())
            text(where + QStringLiteral(" axis"), axis->titleText());
    }

    QSet<QString> m_dataWords;
    QStringList m_found;
    QSet<QMenu *> m_menus;
};

// Opens what `open` opens (a modal dialog, a menu, a window), walks it and closes it again: modal
// dialogs are rejected from a timer, so nothing waits on them.
class Opener
{
public:
    explicit Opener(EnglishFinder &finder) : m_finder(finder)
    {
        m_timer.setInterval(20);
        QObject::connect(&m_timer, &QTimer::timeout, [this] { answer(); });
    }

    // The objectNames (or classes) of the windows opened so far.
    QStringList opened() const { return m_opened; }

    void open(const std::function<void()> &open)
    {
        QSet<QWidget *> before;
        for (QWidget *w : QApplication::topLevelWidgets())
            if (w->isVisible())
                before.insert(w);
        m_timer.start();
        open();
        QTest::qWait(30);
        answer();
        m_timer.stop();
        // A window of its own (not modal): walked and closed as well.
        for (QWidget *w : QApplication::topLevelWidgets())
            if (w->isVisible() && !before.contains(w) && !qobject_cast<QMenu *>(w)) {
                m_opened << nameOf(w);
                m_finder.window(w);
                w->close();
            }
        QCoreApplication::processEvents();
    }

private:
    void answer()
    {
        if (QWidget *popup = QApplication::activePopupWidget()) {
            if (auto *menu = qobject_cast<QMenu *>(popup))
                m_finder.menu(QStringLiteral("popup"), menu);
            popup->close();
            return;
        }
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal)
            return;
        m_opened << nameOf(modal);
        // Qt's own dialogs come in Qt's own translation (qtbase_ja).
        if (!qobject_cast<QFileDialog *>(modal) && !modal->inherits("QPrintDialog"))
            m_finder.window(modal);
        if (auto *dialog = qobject_cast<QDialog *>(modal))
            dialog->done(QDialog::Rejected);
        else
            modal->close();
    }

    EnglishFinder &m_finder;
    QTimer m_timer;
    QStringList m_opened;
};

// Presses every button of `page` that does something once (not the check boxes, tabs or views'), and
// every action of a button's menu.
void pressButtons(QWidget *page, Opener &opener)
{
    QList<QPointer<QAbstractButton>> buttons;
    for (QAbstractButton *b : page->findChildren<QAbstractButton *>())
        if (b->isVisible() && b->isEnabled() && !b->isCheckable() && !b->text().isEmpty() &&
            !qobject_cast<QTabBar *>(b->parentWidget()))
            buttons << b;
    for (const QPointer<QAbstractButton> &b : std::as_const(buttons)) {
        if (!b || !b->isVisible() || !b->isEnabled())
            continue;
        auto *withMenu = qobject_cast<QToolButton *>(b.data());
        if (withMenu && withMenu->menu()) {
            for (QAction *action : withMenu->menu()->actions())
                if (!action->isSeparator() && action->isEnabled() && !action->isCheckable())
                    opener.open([&] { action->trigger(); });
            continue;
        }
        opener.open([&] { b->click(); });
    }
}

} // namespace

TEST_CASE("in Japanese, every section, menu and dialog shows no English word but names, e-mail and units",
          "[japanese]")
{
    JapaneseInstalled japanese;
    QTemporaryDir dir;
    const QString path = writeDemoDatabase(dir);
    TestSettings settings;
    MainWindow window(settings.settings());
    window.resize(1280, 860);
    window.show();
    REQUIRE(window.openFile(path));
    EnglishFinder finder(dataWords(*window.database()));
    Opener opener(finder);

    // Every section, every tab in it, and what its buttons open.
    for (MainWindow::Section section : {MainWindow::Section::Members, MainWindow::Section::Meetings,
                                        MainWindow::Section::Reports, MainWindow::Section::Settings}) {
        window.showSection(section);
        QCoreApplication::processEvents();
        finder.window(&window);
        for (QTabWidget *tabs : window.findChildren<QTabWidget *>()) {
            if (!tabs->isVisible())
                continue;
            for (int i = 0; i < tabs->count(); ++i) {
                tabs->setCurrentIndex(i);
                QCoreApplication::processEvents();
                finder.window(&window);
                pressButtons(tabs->currentWidget(), opener);
            }
        }
        pressButtons(&window, opener);
        // The section's own menu, and every action in it.
        for (QAction *menuAction : window.menuBar()->actions()) {
            QMenu *menu = menuAction->menu();
            if (!menu || !menuAction->isVisible())
                continue;
            finder.menu(QStringLiteral("menu bar"), menu);
            if (!menu->objectName().endsWith(QLatin1String("Menu")) ||
                menu->objectName() == QLatin1String("recentMenu"))
                continue;
            for (QAction *action : menu->actions())
                if (!action->isSeparator() && action->isEnabled() && !action->menu() &&
                    !action->isCheckable())
                    opener.open([&] { action->trigger(); });
        }
    }
    // About Renkei (About Qt is Qt's own).
    for (QAction *action : window.findChildren<QAction *>())
        if (action->menuRole() == QAction::AboutRole)
            opener.open([&] { action->trigger(); });

    INFO("Opened: " << opener.opened().join(QStringLiteral(", ")).toStdString());
    // What the menus and buttons reach: the roster's, the meetings' and attendance's, the settings'.
    for (const char *dialog : {"memberEditor", "importWizard", "exportDialog", "seriesDialog",
                               "planningDialog", "meetingEditor", "announcementDialog", "checkInDialog",
                               "paperRecordingDialog", "guestDialog", "inviteDialog", "sheetOptionsDialog",
                               "attendanceCsvDialog", "professionDialog", "organisationDialog", "areaDialog"})
        CHECK(opener.opened().contains(QLatin1String(dialog)));
    const QStringList english = finder.found();
    INFO("Visible text with an English word in it:\n" << english.join(QLatin1Char('\n')).toStdString());
    CHECK(english.isEmpty());
}
