#include "OrganisationsEditor.h"

#include "MergeDialog.h"
#include "OrganisationDialog.h"
#include "core/storage/AreaRepository.h"
#include "core/storage/MemberRepository.h"
#include "core/storage/OrganisationRepository.h"
#include "core/text/KanaText.h"
#include "ui/undo/RosterEdits.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QTableWidget>
#include <QVBoxLayout>

namespace renkei {

namespace {
enum Column
{
    NameColumn,
    KindColumn,
    AreaColumn,
    PhoneColumn,
    FaxColumn,
    MembersColumn,
    ShownColumn,
    ColumnCount
};
constexpr int idRole = Qt::UserRole;
constexpr int searchRole = Qt::UserRole + 1;
} // namespace

OrganisationsEditor::OrganisationsEditor(RosterEdits &edits, QWidget *parent) : EntryListEditor(edits, parent)
{
    setObjectName(QStringLiteral("organisationsEditor"));
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("organisationFilter"));
    m_filter->setPlaceholderText(tr("Find an organisation"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Find an organisation"));
    connect(m_filter, &QLineEdit::textChanged, this, &OrganisationsEditor::applyFilter);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("organisationTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Organisation"), tr("Kind"), tr("Area"), tr("Phone"), tr("Fax"), tr("Members"), tr("In lists")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setSortingEnabled(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_table->setAccessibleName(tr("Organisations"));
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &OrganisationsEditor::selectionChanged);
    connect(m_table, &QTableWidget::itemActivated, this, &OrganisationsEditor::editEntry);

    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, this, [this] {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });
    addAction(find);

    finishButtons();
    buttonRow()->addWidget(m_filter);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttonRow());
    layout->addWidget(m_table, 1);
    setFocusProxy(m_table);
}

const Organisation *OrganisationsEditor::current() const
{
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    if (selected.isEmpty())
        return nullptr;
    const qint64 id = m_table->item(selected.first()->row(), NameColumn)->data(idRole).toLongLong();
    for (const Organisation &o : m_organisations)
        if (o.id == id)
            return &o;
    return nullptr;
}

void OrganisationsEditor::reload()
{
    const qint64 chosen = current() ? current()->id : 0;
    m_organisations.clear();
    m_uses.clear();
    QHash<qint64, QString> areaNames;
    if (Database *db = database()) {
        if (auto all = OrganisationRepository(*db).all(); all)
            m_organisations = *all;
        else
            report(all.error());
        MemberFilter everyone;
        everyone.archived = MemberFilter::Archived::Include;
        if (auto counts = MemberRepository(*db).countBy(MemberRepository::Grouping::Organisation, everyone);
            counts)
            m_uses = *counts;
        else
            report(counts.error());
        if (auto areas = AreaRepository(*db).all())
            for (const Area &a : *areas)
                areaNames.insert(a.id, a.name);
    }
    m_table->setSortingEnabled(false);
    m_table->setRowCount(0);
    m_table->setRowCount(int(m_organisations.size()));
    for (int row = 0; row < m_organisations.size(); ++row) {
        const Organisation &o = m_organisations.at(row);
        auto *name = new QTableWidgetItem(o.name);
        name->setData(idRole, o.id);
        name->setData(searchRole, KanaText::searchKey(o.name));
        m_table->setItem(row, NameColumn, name);
        m_table->setItem(row, KindColumn, new QTableWidgetItem(organisationKindLabel(o.kind)));
        m_table->setItem(row, AreaColumn, new QTableWidgetItem(areaNames.value(o.areaId)));
        m_table->setItem(row, PhoneColumn, new QTableWidgetItem(o.phone));
        m_table->setItem(row, FaxColumn, new QTableWidgetItem(o.fax));
        auto *members = new QTableWidgetItem;
        members->setData(Qt::DisplayRole, m_uses.value(o.id)); // sorts as a number
        members->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, MembersColumn, members);
        m_table->setItem(row, ShownColumn, new QTableWidgetItem(o.hidden ? tr("Hidden") : tr("Shown")));
        if (o.hidden)
            for (int column = 0; column < ColumnCount; ++column)
                m_table->item(row, column)
                    ->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
    }
    m_table->setSortingEnabled(true);
    applyFilter();
    select(chosen);
    selectionChanged();
}

void OrganisationsEditor::applyFilter()
{
    // Folded as the members' search is: kana kind, width, case and spaces do not matter.
    const QString wanted = KanaText::searchKey(m_filter->text());
    for (int row = 0; row < m_table->rowCount(); ++row)
        m_table->setRowHidden(
            row, !wanted.isEmpty() &&
                     !m_table->item(row, NameColumn)->data(searchRole).toString().contains(wanted));
}

void OrganisationsEditor::select(qint64 id)
{
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (m_table->item(row, NameColumn)->data(idRole).toLongLong() == id) {
            m_table->selectRow(row);
            m_table->scrollToItem(m_table->item(row, NameColumn));
            return;
        }
}

void OrganisationsEditor::selectionChanged()
{
    const Organisation *o = current();
    updateActions(o != nullptr, o && o->hidden, o ? m_uses.value(o->id) : 0);
}

void OrganisationsEditor::addEntry()
{
    Database *db = database();
    if (!db)
        return;
    OrganisationDialog dialog(*db, Organisation{}, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Result<qint64> id = m_edits.addOrganisation(dialog.organisation());
    if (!id) {
        report(id.error());
        return;
    }
    reload();
    select(*id);
}

void OrganisationsEditor::editEntry()
{
    const Organisation *o = current();
    Database *db = database();
    if (!o || !db)
        return;
    const Organisation before = *o;
    OrganisationDialog dialog(*db, before, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (report(m_edits.editOrganisation(before, dialog.organisation())))
        reload();
}

void OrganisationsEditor::toggleHidden()
{
    if (const Organisation *o = current(); o && report(m_edits.setOrganisationHidden(*o, !o->hidden)))
        reload();
}

void OrganisationsEditor::mergeEntry()
{
    const Organisation *o = current();
    if (!o)
        return;
    const Organisation from = *o;
    // Branches of one chain share a name: their area tells them apart.
    QHash<QString, int> named;
    for (const Organisation &other : std::as_const(m_organisations))
        ++named[other.name];
    QHash<qint64, QString> areaNames;
    if (Database *db = database())
        if (auto areas = AreaRepository(*db).all())
            for (const Area &a : *areas)
                areaNames.insert(a.id, a.name);
    QList<MergeDialog::Choice> choices;
    for (const Organisation &other : std::as_const(m_organisations))
        if (other.id != from.id && !other.hidden)
            choices << MergeDialog::Choice{other.id,
                                           named.value(other.name) > 1
                                               ? tr("%1 (%2)").arg(other.name, areaNames.value(other.areaId))
                                               : other.name};
    MergeDialog dialog(tr("Merge Organisation"), from.name, m_uses.value(from.id), choices, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    for (const Organisation &into : std::as_const(m_organisations))
        if (into.id == dialog.targetId()) {
            // reload() replaces the list `into` points into: keep a copy.
            const Organisation target = into;
            if (report(m_edits.mergeOrganisations(from, target))) {
                reload();
                select(target.id);
            }
            return;
        }
}

void OrganisationsEditor::removeEntry()
{
    if (const Organisation *o = current(); o && report(m_edits.removeOrganisation(*o)))
        reload();
}

} // namespace renkei
