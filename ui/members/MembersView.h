#pragma once

#include "core/model/Member.h"
#include "ui/SectionView.h"

#include <functional>

class QAction;
class QLabel;
class QTableView;
class QToolBar;
class QUndoStack;

namespace renkei {

class MemberFilterBar;
class MemberTableModel;
class MessageBar;
class RosterEdits;

// The roster (会員名簿): every member, searched as you type and filtered by profession, area and
// status, sorted by any column; added, edited, archived, restored and (without history) deleted, each
// undoable; and reached in one go: the e-mail addresses of the members shown for a BCC line, their fax
// list, and the roster printed for sharing (only those who agreed).
class MembersView : public SectionView
{
    Q_OBJECT

public:
    explicit MembersView(QWidget *parent = nullptr);
    ~MembersView() override;

    void setDatabase(Database *db) override;
    QUndoStack *undoStack() const override { return m_undoStack; }
    QString menuTitle() const override;
    QList<QAction *> menuActions() const override;
    MemberTableModel *model() const { return m_model; }
    MemberFilterBar *filterBar() const { return m_filters; }
    RosterEdits &edits() const { return *m_edits; }

    // The members chosen in the table.
    QList<Member> selectedMembers() const;
    // Chooses the member with `id` (only them) in the table when they are among the rows shown; true
    // when they are.
    bool selectMember(qint64 id);
    // Chooses these members, those of them that are shown.
    void selectMembers(const QList<qint64> &ids);

    // The actions behind the buttons, also for tests: the editor opens without blocking (open()).
    void newMember();
    void editMember();
    void archiveSelected(bool archived);
    void deleteMember();
    void copyEmailAddresses();
    // Writes the fax list or the shared roster of the members shown to `path`; errors are shown.
    bool saveFaxList(const QString &path);
    bool saveSharedRoster(const QString &path);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QAction *makeAction(const QString &text, const QKeySequence &key, const char *name,
                        const std::function<void()> &slot);
    void applyFilter();
    void refresh();
    void showCount(int count);
    // Fits the columns to the first page once, within the table's width where it can.
    void sizeColumns();
    void updateActions();
    void openEditor(const Member &member);
    void importRoster();
    void exportRoster();
    QString askSavePath(const QString &title, const QString &fileName, const QString &filter);

    Database *m_db = nullptr;
    qint64 m_seenChanges = -1;
    QUndoStack *m_undoStack = nullptr;
    RosterEdits *m_edits = nullptr;
    MemberTableModel *m_model = nullptr;
    MemberFilterBar *m_filters = nullptr;
    MessageBar *m_messages = nullptr;
    QToolBar *m_toolBar = nullptr;
    QLabel *m_count = nullptr;
    QTableView *m_table = nullptr;
    bool m_columnsSized = false;

    QAction *m_new = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_archive = nullptr;
    QAction *m_restore = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_copyEmails = nullptr;
    QAction *m_faxList = nullptr;
    QAction *m_sharedRoster = nullptr;
    QAction *m_showAll = nullptr;
    QAction *m_find = nullptr;
    // Rosters in and out as CSV (Excel).
    QAction *m_import = nullptr;
    QAction *m_export = nullptr;
};

} // namespace renkei
