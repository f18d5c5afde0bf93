#pragma once

#include "AppSettings.h"

#include <QList>
#include <QMainWindow>

#include <memory>

class QActionGroup;
class QListWidget;
class QMenu;
class QSettings;
class QStackedWidget;
class QUndoGroup;

namespace renkei {

class Database;
class MessageBar;
class SectionView;
class StartPage;

// The shell: menus, the navigation list and one SectionView per section, over at most one open
// database. It opens and closes files; everything else is the sections' business.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class Section
    {
        Members,
        Meetings,
        Reports,
        Settings
    };

    // Remembers files and geometry in the user's settings.
    explicit MainWindow(QWidget *parent = nullptr);
    // Remembers them in `settings` (tests pass their own); `settings` must outlive the window.
    explicit MainWindow(QSettings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens `path` when given, else the file that was open when Renkei last quit, if it still exists.
    void openAtStart(const QString &path);
    // Opens an existing database; on failure shows why and keeps the current one. True on success.
    bool openFile(const QString &path);
    // Creates a new, empty database at `path` (which must not exist) and opens it.
    bool createFile(const QString &path);
    void closeFile();

    Database *database() const { return m_db.get(); }
    void showSection(Section section);
    Section currentSection() const;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    MainWindow(std::unique_ptr<QSettings> owned, QSettings *settings, QWidget *parent);
    void createMenus();
    void addSection(SectionView *view, const QIcon &icon, const QString &title);
    void updateSectionMenus();
    void newFileDialog();
    void openFileDialog();
    QString dialogFolder() const;
    bool adopt(const QString &path, bool create);
    void updateRecentMenu();
    void showDatabaseState();
    void showAbout();

    std::unique_ptr<QSettings> m_ownedSettings;
    AppSettings m_settings;
    std::unique_ptr<Database> m_db;

    MessageBar *m_messageBar = nullptr;
    QStackedWidget *m_pages = nullptr;
    StartPage *m_startPage = nullptr;
    QWidget *m_workspace = nullptr;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_sections = nullptr;
    QList<SectionView *> m_sectionViews;
    QList<QMenu *> m_sectionMenus; // by section; nullptr for a section without a menu
    QActionGroup *m_sectionActions = nullptr;
    // Edit ▸ Undo and Redo work on the shown section's own stack.
    QUndoGroup *m_undoGroup = nullptr;
    QMenu *m_recentMenu = nullptr;
    QAction *m_closeAction = nullptr;
};

} // namespace renkei
