#include "MainWindow.h"

#include "StartPage.h"
#include "core/storage/Database.h"
#include "ui/meetings/MeetingsView.h"
#include "ui/members/MembersView.h"
#include "ui/reports/ReportsView.h"
#include "ui/settings/SettingsView.h"
#include "ui/widgets/Icons.h"
#include "ui/widgets/MessageBar.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QUndoGroup>
#include <QUndoStack>
#include <QVBoxLayout>

namespace renkei {

namespace {
const QString fileSuffix = QStringLiteral("renkei");
}

MainWindow::MainWindow(QWidget *parent) : MainWindow(std::make_unique<QSettings>(), nullptr, parent) {}

MainWindow::MainWindow(QSettings &settings, QWidget *parent) : MainWindow(nullptr, &settings, parent) {}

MainWindow::MainWindow(std::unique_ptr<QSettings> owned, QSettings *settings, QWidget *parent)
    : QMainWindow(parent), m_ownedSettings(std::move(owned)),
      m_settings(settings ? *settings : *m_ownedSettings)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(Icons::application());

    m_messageBar = new MessageBar(this);
    m_startPage = new StartPage(this);
    connect(m_startPage, &StartPage::newRequested, this, &MainWindow::newFileDialog);
    connect(m_startPage, &StartPage::openRequested, this, &MainWindow::openFileDialog);

    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Sections"));
    m_navigation->setIconSize(QSize(24, 24));
    m_navigation->setSpacing(2);
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_sections = new QStackedWidget(this);
    m_sections->setObjectName(QStringLiteral("sections"));
    m_sectionActions = new QActionGroup(this);
    m_undoGroup = new QUndoGroup(this);

    addSection(new MembersView(this), Icons::members(), tr("Members"));
    addSection(new MeetingsView(this), Icons::meetings(), tr("Meetings"));
    addSection(new ReportsView(this), Icons::reports(), tr("Reports"));
    addSection(new SettingsView(this), Icons::settings(), tr("Settings"));
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        m_sections->setCurrentIndex(row);
        if (row >= 0 && row < m_sectionViews.size())
            m_undoGroup->setActiveStack(m_sectionViews.at(row)->undoStack());
        if (row >= 0 && row < m_sectionActions->actions().size())
            m_sectionActions->actions().at(row)->setChecked(true);
        updateSectionMenus();
    });
    m_navigation->setCurrentRow(0);
    // Wide enough for the longest section name in the language in use, never squeezed.
    m_navigation->setFixedWidth(m_navigation->sizeHintForColumn(0) + 2 * m_navigation->frameWidth() + 8);

    m_workspace = new QWidget(this);
    auto *workspace = new QHBoxLayout(m_workspace);
    workspace->setContentsMargins(0, 0, 0, 0);
    workspace->setSpacing(12);
    workspace->addWidget(m_navigation);
    workspace->addWidget(m_sections, 1);

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(m_startPage);
    m_pages->addWidget(m_workspace);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->setSpacing(10);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    createMenus();
    if (!restoreGeometry(m_settings.windowGeometry()))
        resize(1180, 760);
    showDatabaseState();
}

MainWindow::~MainWindow()
{
    // Sections let go of the database before it closes.
    for (SectionView *view : std::as_const(m_sectionViews))
        view->setDatabase(nullptr);
}

void MainWindow::addSection(SectionView *view, const QIcon &icon, const QString &title)
{
    const int index = int(m_sectionViews.size());
    m_sectionViews << view;
    m_sections->addWidget(view);
    if (QUndoStack *stack = view->undoStack())
        m_undoGroup->addStack(stack);
    connect(view, &SectionView::errorOccurred, this,
            [this](const QString &message) { m_messageBar->showMessage(message, MessageBar::Kind::Error); });

    auto *item = new QListWidgetItem(icon, title, m_navigation);
    const QFontMetrics metrics = m_navigation->fontMetrics();
    item->setSizeHint(QSize(metrics.horizontalAdvance(title) + m_navigation->iconSize().width() + 40,
                            qMax(40, metrics.height() + 20)));

    auto *action = new QAction(icon, title, m_sectionActions);
    action->setCheckable(true);
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index)));
    connect(action, &QAction::triggered, this, [this, index] { showSection(Section(index)); });
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newAction = file->addAction(tr("&New…"), this, &MainWindow::newFileDialog);
    newAction->setShortcut(QKeySequence::New);
    QAction *openAction = file->addAction(tr("&Open…"), this, &MainWindow::openFileDialog);
    openAction->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    file->addSeparator();
    m_closeAction = file->addAction(tr("&Close"), this, &MainWindow::closeFile);
    m_closeAction->setShortcut(QKeySequence::Close);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redoAction"));
    redo->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    edit->addActions({undo, redo});

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addActions(m_sectionActions->actions());

    // Each section's own menu, shown while the section is: every action of its toolbar, with its
    // mnemonic and shortcut, for the keyboard.
    for (SectionView *section : std::as_const(m_sectionViews)) {
        QMenu *menu = nullptr;
        if (!section->menuTitle().isEmpty()) {
            menu = menuBar()->addMenu(section->menuTitle());
            menu->setObjectName(section->objectName() + QStringLiteral("Menu"));
            for (QAction *action : section->menuActions()) {
                if (action)
                    menu->addAction(action);
                else
                    menu->addSeparator();
            }
        }
        m_sectionMenus << menu;
    }
    updateSectionMenus();

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Renkei"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);

    updateRecentMenu();
}

void MainWindow::openAtStart(const QString &path)
{
    if (!path.isEmpty()) {
        openFile(path);
        return;
    }
    const QString last = m_settings.lastFile();
    if (!last.isEmpty() && QFileInfo::exists(last))
        openFile(last);
}

bool MainWindow::openFile(const QString &path)
{
    return adopt(path, false);
}

bool MainWindow::createFile(const QString &path)
{
    return adopt(path, true);
}

bool MainWindow::adopt(const QString &path, bool create)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (!create && m_db && QFileInfo(m_db->path()).absoluteFilePath() == absolute) {
        m_messageBar->dismiss();
        return true;
    }
    auto opened =
        Database::open(absolute, create ? Database::OpenMode::CreateNew : Database::OpenMode::OpenExisting);
    if (!opened) {
        const QString text = create ? tr("The new database could not be created. %1")
                                    : tr("The database could not be opened. %1");
        m_messageBar->showMessage(text.arg(opened.error().toString()), MessageBar::Kind::Error);
        return false;
    }
    m_messageBar->dismiss();
    for (SectionView *view : std::as_const(m_sectionViews))
        view->setDatabase(nullptr);
    m_db = std::move(opened).value();
    m_settings.setLastFile(absolute);
    m_settings.addRecentFile(absolute);
    updateRecentMenu();
    showDatabaseState();
    return true;
}

void MainWindow::closeFile()
{
    if (!m_db)
        return;
    for (SectionView *view : std::as_const(m_sectionViews))
        view->setDatabase(nullptr);
    m_db.reset();
    // Closed on purpose: the next start shows the start page rather than reopening it.
    m_settings.setLastFile({});
    showDatabaseState();
}

void MainWindow::showDatabaseState()
{
    for (SectionView *view : std::as_const(m_sectionViews))
        view->setDatabase(m_db.get());
    const bool open = m_db != nullptr;
    m_pages->setCurrentWidget(open ? m_workspace : m_startPage);
    m_closeAction->setEnabled(open);
    m_sectionActions->setEnabled(open);
    updateSectionMenus();
    // The title comes from the file path: "demo.renkei — Renkei" (Qt adds the application's name).
    setWindowFilePath(open ? m_db->path() : QString());
    if (open)
        m_sections->currentWidget()->setFocus();
    else
        m_startPage->setFocus();
}

void MainWindow::updateSectionMenus()
{
    const int current = m_navigation->currentRow();
    for (int i = 0; i < m_sectionMenus.size(); ++i)
        if (QMenu *menu = m_sectionMenus.at(i))
            menu->menuAction()->setVisible(m_db && i == current);
}

void MainWindow::showSection(Section section)
{
    if (m_db)
        m_navigation->setCurrentRow(int(section));
}

MainWindow::Section MainWindow::currentSection() const
{
    return Section(m_navigation->currentRow());
}

QString MainWindow::dialogFolder() const
{
    if (m_db)
        return QFileInfo(m_db->path()).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void MainWindow::newFileDialog()
{
    // An existing file is refused by core rather than overwritten: a database is never replaced by accident.
    QString path = QFileDialog::getSaveFileName(this, tr("New Database"), dialogFolder(),
                                                tr("Renkei databases (*.renkei)"), nullptr,
                                                QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + fileSuffix;
    createFile(path);
}

void MainWindow::openFileDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Database"), dialogFolder(),
                                                      tr("Renkei databases (*.renkei);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = m_settings.recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        const QString &path = files.at(i);
        // "&1 demo.renkei": a number to press, the name to read; the full path as the tip.
        QAction *action = m_recentMenu->addAction(tr("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName()),
                                                  this, [this, path] { openFile(path); });
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        action->setData(path);
    }
    m_recentMenu->addSeparator();
    QAction *clear = m_recentMenu->addAction(tr("Clear Menu"), this, [this] {
        m_settings.clearRecentFiles();
        updateRecentMenu();
    });
    clear->setObjectName(QStringLiteral("clearRecentFiles"));
    clear->setEnabled(!files.isEmpty());
    m_recentMenu->setEnabled(!files.isEmpty());
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Renkei"),
                       tr("<h3>Renkei %1</h3>"
                          "<p>For organisers of regional multi-professional care networks: the roster "
                          "of members, meetings, attendance and reports, in one file.</p>")
                           .arg(QApplication::applicationVersion().toHtmlEscaped()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_settings.setWindowGeometry(saveGeometry());
    QMainWindow::closeEvent(event);
}

} // namespace renkei
