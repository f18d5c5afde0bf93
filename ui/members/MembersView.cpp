#include "MembersView.h"

#include "ExportDialog.h"
#include "ImportWizard.h"
#include "MemberEditor.h"
#include "MemberFilterBar.h"
#include "MemberTableModel.h"
#include "core/roster/ContactList.h"
#include "core/roster/SharedRoster.h"
#include "core/storage/Database.h"
#include "ui/undo/RosterEdits.h"
#include "ui/widgets/ActionText.h"
#include "ui/widgets/MessageBar.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace renkei {

MembersView::MembersView(QWidget *parent) : SectionView(parent)
{
    setObjectName(QStringLiteral("membersView"));

    m_undoStack = new QUndoStack(this);
    m_undoStack->setObjectName(QStringLiteral("membersUndoStack"));
    m_edits = new RosterEdits(*m_undoStack, [this](const QString &message) { emit errorOccurred(message); });
    // After an edit, an undo or a redo, the list shows what the database now holds.
    connect(m_undoStack, &QUndoStack::indexChanged, this, &MembersView::refresh);

    m_model = new MemberTableModel(this);
    connect(m_model, &MemberTableModel::errorOccurred, this, &SectionView::errorOccurred);
    connect(m_model, &MemberTableModel::totalCountChanged, this, &MembersView::showCount);

    m_messages = new MessageBar(this);
    m_messages->setObjectName(QStringLiteral("membersMessage"));
    m_filters = new MemberFilterBar(this);
    connect(m_filters, &MemberFilterBar::filterChanged, this, &MembersView::applyFilter);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("memberTable"));
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    // Sorted by the database, a page at a time; 五十音 order of the readings first.
    m_table->horizontalHeader()->setSortIndicator(MemberTableModel::KanaColumn, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    m_table->setAccessibleName(tr("Members"));
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_table, &QTableView::activated, this, &MembersView::editMember);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MembersView::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MembersView::updateActions);

    m_new = makeAction(tr("&New Member…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), "newMember",
                       [this] { newMember(); });
    m_new->setToolTip(tr("Add a member (Ctrl+Shift+N)"));
    m_edit = makeAction(tr("E&dit…"), QKeySequence(Qt::Key_F2), "editMember", [this] { editMember(); });
    m_edit->setToolTip(tr("Edit the chosen member (F2 or Enter)"));
    m_archive = makeAction(tr("Arc&hive"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), "archiveMember",
                           [this] { archiveSelected(true); });
    m_archive->setToolTip(tr("Take the chosen members off the active roster, keeping their history"));
    m_restore = makeAction(tr("Res&tore"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), "restoreMember",
                           [this] { archiveSelected(false); });
    m_restore->setToolTip(tr("Bring the chosen archived members back to the active roster"));
    m_delete = makeAction(tr("De&lete…"), QKeySequence::Delete, "deleteMember", [this] { deleteMember(); });
    m_delete->setToolTip(tr("Delete a member who has no history (entered by mistake)"));
    m_copyEmails = makeAction(tr("Copy E-&mail Addresses"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C),
                              "copyEmails", [this] { copyEmailAddresses(); });
    m_copyEmails->setToolTip(tr("Copy the addresses of the members shown who may be e-mailed, for the BCC "
                                "line of one message"));
    m_faxList =
        makeAction(tr("&Fax List…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F), "faxList", [this] {
            const QString path =
                askSavePath(tr("Save Fax List"), tr("fax-list.csv"), tr("CSV files (*.csv)"));
            if (!path.isEmpty())
                saveFaxList(path);
        });
    m_faxList->setToolTip(tr("Save the fax numbers of the members shown as a CSV file, one line a number"));
    m_sharedRoster = makeAction(tr("Shared &Roster…"), QKeySequence::Print, "sharedRoster", [this] {
        const QString path = askSavePath(tr("Save Shared Roster"), tr("roster.pdf"), tr("PDF files (*.pdf)"));
        if (!path.isEmpty())
            saveSharedRoster(path);
    });
    m_sharedRoster->setToolTip(tr("Save the members shown who agreed to appear on shared rosters as a PDF "
                                  "to print or send"));
    m_showAll = makeAction(tr("Sho&w All"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L), "showAllMembers",
                           [this] { m_filters->clear(); });
    m_showAll->setToolTip(tr("Clear the search and the filters"));
    m_find = makeAction(tr("&Find Member"), QKeySequence::Find, "findMember", [this] {
        m_filters->searchField()->setFocus(Qt::ShortcutFocusReason);
        m_filters->searchField()->selectAll();
    });

    // Rosters in and out as CSV (Excel).
    m_import = new QAction(tr("&Import…"), this);
    m_import->setObjectName(QStringLiteral("importMembers"));
    m_import->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_import->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_import->setToolTip(tr("Import a roster from a CSV file (as Excel saves it)"));
    connect(m_import, &QAction::triggered, this, &MembersView::importRoster);
    m_export = new QAction(tr("&Export…"), this);
    m_export->setObjectName(QStringLiteral("exportMembers"));
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_export->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_export->setToolTip(tr("Export the roster as a CSV file that Excel opens"));
    connect(m_export, &QAction::triggered, this, &MembersView::exportRoster);
    addActions({m_import, m_export});

    m_toolBar = new QToolBar(this);
    m_toolBar->setObjectName(QStringLiteral("memberActions"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->setIconSize(QSize(16, 16));
    m_toolBar->addActions({m_new, m_edit, m_archive, m_restore, m_delete});
    m_toolBar->addSeparator();
    m_toolBar->addActions({m_copyEmails, m_faxList, m_sharedRoster});
    m_toolBar->addSeparator();
    m_toolBar->addActions({m_import, m_export});
    // The buttons show the text without its mnemonic; the Members menu carries the mnemonics.
    for (QAction *action : m_toolBar->actions())
        if (!action->isSeparator())
            action->setIconText(withoutMnemonic(action->text()));

    m_table->addActions({m_edit, m_archive, m_restore, m_delete});
    auto *separator = new QAction(this);
    separator->setSeparator(true);
    m_table->addActions({separator, m_copyEmails, m_faxList, m_sharedRoster});

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("memberCount"));
    m_count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    auto *showAll = new QPushButton(this);
    showAll->setObjectName(QStringLiteral("showAllButton"));
    showAll->setFlat(true);
    connect(m_showAll, &QAction::changed, showAll, [this, showAll] {
        showAll->setText(m_showAll->text());
        showAll->setVisible(m_showAll->isEnabled());
    });
    connect(showAll, &QPushButton::clicked, m_showAll, &QAction::trigger);
    showAll->setText(m_showAll->text());

    m_filters->addToSearchRow(showAll);
    m_filters->addToSearchRow(m_count);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_messages);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_filters);
    layout->addWidget(m_table, 1);

    setFocusProxy(m_filters);
    showCount(0);
    updateActions();
}

MembersView::~MembersView()
{
    delete m_edits;
}

QString MembersView::menuTitle() const
{
    return tr("&Members");
}

QList<QAction *> MembersView::menuActions() const
{
    return {m_new,   m_edit,       m_archive, m_restore,      m_delete, nullptr,  m_find,  m_showAll,
            nullptr, m_copyEmails, m_faxList, m_sharedRoster, nullptr,  m_import, m_export};
}

QAction *MembersView::makeAction(const QString &text, const QKeySequence &key, const char *name,
                                 const std::function<void()> &slot)
{
    auto *action = new QAction(text, this);
    action->setObjectName(QString::fromLatin1(name) + QStringLiteral("Action"));
    action->setShortcut(key);
    // Live while the section is shown, whichever of its widgets has the focus.
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(action, &QAction::triggered, this, slot);
    addAction(action);
    return action;
}

void MembersView::setDatabase(Database *db)
{
    m_db = db;
    if (!db)
        m_columnsSized = false; // the next file's members are sized afresh
    m_edits->setDatabase(db);
    m_messages->dismiss();
    m_filters->setDatabase(db);
    m_model->setDatabase(db);
    m_seenChanges = db ? db->changeCount() : -1;
    if (db && isVisible())
        sizeColumns();
    updateActions();
}

void MembersView::sizeColumns()
{
    if (m_columnsSized || !m_db || m_model->rowCount() == 0)
        return;
    // Sized once, so that later pages do not make the columns jump.
    m_table->resizeColumnsToContents();
    QList<int> widths;
    for (int column = 0; column < m_model->columnCount(); ++column)
        widths << m_table->columnWidth(column) + 16;
    // The widest columns give way first, so that every column fits the table when it can.
    const int available = m_table->viewport()->width() - 4;
    auto total = [&widths](int cap) {
        int sum = 0;
        for (int w : widths)
            sum += qMin(w, cap);
        return sum;
    };
    int cap = 320;
    while (available > 400 && cap > 100 && total(cap) > available)
        cap -= 10;
    for (int column = 0; column < widths.size(); ++column)
        m_table->setColumnWidth(column, qMin(widths.at(column), cap));
    m_columnsSized = true;
}

void MembersView::applyFilter()
{
    MemberFilter filter = m_filters->filter();
    const MemberFilter current = m_model->filter();
    filter.order = current.order;
    filter.descending = current.descending;
    QElapsedTimer searching;
    searching.start();
    m_model->setFilter(filter);
    m_filters->setLastSearchTime(searching.elapsed());
    updateActions();
}

void MembersView::refresh()
{
    QList<qint64> chosen;
    for (const Member &m : selectedMembers())
        chosen << m.id;
    m_filters->setDatabase(m_db);
    m_model->refresh();
    m_seenChanges = m_db ? m_db->changeCount() : -1;
    selectMembers(chosen);
    updateActions();
}

void MembersView::showEvent(QShowEvent *event)
{
    // Merges and renames in Settings change what the list shows.
    if (m_db && m_db->changeCount() != m_seenChanges)
        refresh();
    SectionView::showEvent(event);
    // Once laid out at its real width.
    if (!m_columnsSized)
        QTimer::singleShot(0, this, &MembersView::sizeColumns);
}

void MembersView::showCount(int count)
{
    m_count->setText(tr("%n member(s)", nullptr, count));
}

QList<Member> MembersView::selectedMembers() const
{
    QList<Member> out;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        if (const Member *m = m_model->memberAt(index.row()))
            out << *m;
    return out;
}

bool MembersView::selectMember(qint64 id)
{
    selectMembers({id});
    return m_model->rowOf(id) >= 0;
}

void MembersView::selectMembers(const QList<qint64> &ids)
{
    m_table->clearSelection();
    for (qint64 id : ids) {
        int row = m_model->rowOf(id);
        // A member just added may lie beyond the rows fetched so far: fetch a few more pages, not all.
        for (int pages = 0; row < 0 && pages < 10 && m_model->canFetchMore({}); ++pages) {
            m_model->fetchMore({});
            row = m_model->rowOf(id);
        }
        if (row < 0)
            continue;
        const QModelIndex index = m_model->index(row, MemberTableModel::NameColumn);
        m_table->selectionModel()->select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
        m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
        m_table->scrollTo(index);
    }
}

void MembersView::updateActions()
{
    const bool open = m_db != nullptr;
    const QList<Member> chosen = selectedMembers();
    bool anyActive = false;
    bool anyArchived = false;
    for (const Member &m : chosen)
        (m.archived ? anyArchived : anyActive) = true;
    m_new->setEnabled(open);
    m_edit->setEnabled(chosen.size() == 1);
    m_archive->setEnabled(anyActive);
    m_restore->setEnabled(anyArchived);
    m_delete->setEnabled(chosen.size() == 1);
    const bool any = open && m_model->totalCount() > 0;
    m_copyEmails->setEnabled(any);
    m_faxList->setEnabled(any);
    m_sharedRoster->setEnabled(any);
    m_showAll->setEnabled(open && m_filters->isFiltered());
    m_import->setEnabled(open);
    m_export->setEnabled(open);
}

void MembersView::newMember()
{
    if (!m_db)
        return;
    Member member;
    member.joinedOn = QDate::currentDate();
    openEditor(member);
}

void MembersView::editMember()
{
    const QList<Member> chosen = selectedMembers();
    if (chosen.size() == 1)
        openEditor(chosen.first());
}

void MembersView::openEditor(const Member &member)
{
    auto *editor = new MemberEditor(*m_db, *m_edits, member, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &MemberEditor::saved, this, [this](qint64 id) { selectMember(id); });
    editor->open();
}

void MembersView::archiveSelected(bool archived)
{
    const QList<Member> chosen = selectedMembers();
    if (chosen.isEmpty())
        return;
    if (Status s = m_edits->setArchived(chosen, archived); !s)
        emit errorOccurred(s.error().toString());
}

void MembersView::deleteMember()
{
    const QList<Member> chosen = selectedMembers();
    if (chosen.size() != 1 || !m_db)
        return;
    const Member member = chosen.first();
    Result<bool> history = MemberRepository(*m_db).hasHistory(member.id);
    if (!history) {
        emit errorOccurred(history.error().toString());
        return;
    }
    QMessageBox box(this);
    box.setObjectName(QStringLiteral("confirmDelete"));
    box.setIcon(QMessageBox::Warning);
    if (*history) {
        // Deleting would lose who attended and who brought whom in: archiving keeps it.
        box.setWindowTitle(tr("Archive Instead"));
        box.setText(tr("%1 has attended meetings, presented or referred others, so they cannot be deleted.")
                        .arg(member.fullName()));
        box.setInformativeText(tr("Archive them instead? Archived members keep their history and can be "
                                  "restored at any time."));
        QPushButton *archive = box.addButton(tr("Arc&hive"), QMessageBox::AcceptRole);
        box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(archive);
        box.exec();
        if (box.clickedButton() == archive)
            archiveSelected(true);
        return;
    }
    box.setWindowTitle(tr("Delete Member"));
    box.setText(tr("Delete %1 (%2) from the roster?").arg(member.fullName(), member.fullKana()));
    box.setInformativeText(tr("They have no attendance, presentations or referrals. Edit ▸ Undo brings them "
                              "back."));
    QPushButton *remove = box.addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmDeleteButton"));
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancel);
    box.exec();
    if (box.clickedButton() != remove)
        return;
    if (Status s = m_edits->removeMember(member); !s)
        emit errorOccurred(s.error().toString());
}

void MembersView::copyEmailAddresses()
{
    if (!m_db)
        return;
    Result<ContactList::Emails> emails = ContactList::emails(*m_db, m_model->filter());
    if (!emails) {
        emit errorOccurred(emails.error().toString());
        return;
    }
    QApplication::clipboard()->setText(emails->bccLine());
    QStringList message{tr("Copied %n e-mail address(es) for the BCC line of one message.", nullptr,
                           int(emails->addresses.size()))};
    if (emails->withoutConsent > 0)
        message << tr("%n member(s) who did not agree to be contacted by e-mail were left out.", nullptr,
                      emails->withoutConsent);
    if (emails->withoutAddress > 0)
        message << tr("%n member(s) have no e-mail address.", nullptr, emails->withoutAddress);
    m_messages->showMessage(message.join(QLatin1Char(' ')), MessageBar::Kind::Information);
}

bool MembersView::saveFaxList(const QString &path)
{
    if (!m_db)
        return false;
    Result<ContactList::Faxes> faxes = ContactList::writeFaxList(*m_db, m_model->filter(), path);
    if (!faxes) {
        emit errorOccurred(faxes.error().toString());
        return false;
    }
    QStringList message{tr("Saved the fax list: %n number(s).", nullptr, int(faxes->numbers.size()))};
    if (faxes->withoutFax > 0)
        message << tr("%n member(s) have no fax number of their own or of their organisation.", nullptr,
                      faxes->withoutFax);
    m_messages->showMessage(message.join(QLatin1Char(' ')), MessageBar::Kind::Information);
    return true;
}

bool MembersView::saveSharedRoster(const QString &path)
{
    if (!m_db)
        return false;
    Result<SharedRoster> roster = SharedRoster::load(*m_db, m_model->filter(), QDate::currentDate());
    if (!roster) {
        emit errorOccurred(roster.error().toString());
        return false;
    }
    if (Status s = roster->writePdf(path); !s) {
        emit errorOccurred(s.error().toString());
        return false;
    }
    QStringList message{tr("Saved the shared roster with %n member(s).", nullptr, roster->summary().rows)};
    if (roster->summary().leftOutWithoutConsent > 0)
        message << tr("%n member(s) who did not agree to appear on shared rosters were left out.", nullptr,
                      roster->summary().leftOutWithoutConsent);
    m_messages->showMessage(message.join(QLatin1Char(' ')), MessageBar::Kind::Information);
    return true;
}

QString MembersView::askSavePath(const QString &title, const QString &fileName, const QString &filter)
{
    QString folder = m_db ? QFileInfo(m_db->path()).absolutePath()
                          : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileDialog::getSaveFileName(this, title, QDir(folder).filePath(fileName), filter);
}

void MembersView::importRoster()
{
    if (!m_db)
        return;
    ImportWizard wizard(*m_db, this);
    // New organisations, professions or areas may have come with the members.
    connect(&wizard, &ImportWizard::membersImported, this, &MembersView::refresh);
    wizard.exec();
}

void MembersView::exportRoster()
{
    if (!m_db)
        return;
    ExportDialog dialog(*m_db, m_model->filter(), this);
    dialog.exec();
}

} // namespace renkei
