#include "AreasEditor.h"

#include "AreaDialog.h"
#include "MergeDialog.h"
#include "core/storage/AreaRepository.h"
#include "core/storage/MemberRepository.h"
#include "ui/undo/RosterEdits.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace renkei {

namespace {
enum Column
{
    NameColumn,
    WhereColumn,
    MembersColumn,
    OrganisationsColumn,
    ShownColumn,
    ColumnCount
};
constexpr int idRole = Qt::UserRole;
} // namespace

AreasEditor::AreasEditor(RosterEdits &edits, QWidget *parent) : EntryListEditor(edits, parent)
{
    setObjectName(QStringLiteral("areasEditor"));
    m_add->setText(tr("&Add Ward…"));
    m_addZone = new QAction(tr("Add &Zone…"), this);
    m_addZone->setObjectName(QStringLiteral("addZone"));
    m_addZone->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_Insert));
    m_addZone->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_addZone, &QAction::triggered, this, &AreasEditor::addZone);
    addButton(m_addZone);
    finishButtons();

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("areaTree"));
    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels(
        {tr("Area"), tr("In or out"), tr("Members"), tr("Organisations"), tr("In lists")});
    m_tree->setAlternatingRowColors(true);
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    for (int column : {WhereColumn, MembersColumn, OrganisationsColumn, ShownColumn})
        m_tree->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_tree->setAccessibleName(tr("Areas"));
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, &AreasEditor::selectionChanged);
    connect(m_tree, &QTreeWidget::itemActivated, this, &AreasEditor::editEntry);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttonRow());
    layout->addWidget(m_tree, 1);
    setFocusProxy(m_tree);
}

const Area *AreasEditor::find(qint64 id) const
{
    for (const Area &a : m_areas)
        if (a.id == id)
            return &a;
    return nullptr;
}

const Area *AreasEditor::current() const
{
    const QList<QTreeWidgetItem *> selected = m_tree->selectedItems();
    return selected.isEmpty() ? nullptr : find(selected.first()->data(NameColumn, idRole).toLongLong());
}

int AreasEditor::uses(const Area &area) const
{
    int total = m_members.value(area.id) + m_organisations.value(area.id);
    if (area.isWard())
        for (const Area &zone : m_areas)
            if (zone.parentId == area.id)
                total += m_members.value(zone.id) + m_organisations.value(zone.id);
    return total;
}

void AreasEditor::reload()
{
    const qint64 chosen = current() ? current()->id : 0;
    m_areas.clear();
    m_members.clear();
    m_organisations.clear();
    m_tree->clear();
    if (Database *db = database()) {
        AreaRepository areas(*db);
        if (auto all = areas.all(); all)
            m_areas = *all;
        else
            report(all.error());
        MemberFilter everyone;
        everyone.archived = MemberFilter::Archived::Include;
        if (auto counts = MemberRepository(*db).countBy(MemberRepository::Grouping::Area, everyone); counts)
            m_members = *counts;
        else
            report(counts.error());
        if (auto counts = areas.organisationCounts(); counts)
            m_organisations = *counts;
        else
            report(counts.error());
    }
    QHash<qint64, QTreeWidgetItem *> wards;
    for (const Area &a : std::as_const(m_areas)) {
        auto *item = a.isWard() ? new QTreeWidgetItem(m_tree) : new QTreeWidgetItem(wards.value(a.parentId));
        if (a.isWard())
            wards.insert(a.id, item);
        int members = m_members.value(a.id);
        int organisations = m_organisations.value(a.id);
        if (a.isWard())
            for (const Area &zone : std::as_const(m_areas))
                if (zone.parentId == a.id) {
                    members += m_members.value(zone.id);
                    organisations += m_organisations.value(zone.id);
                }
        item->setText(NameColumn, a.name);
        item->setData(NameColumn, idRole, a.id);
        item->setText(WhereColumn, a.inArea ? tr("In the area") : tr("Out of the area"));
        item->setText(MembersColumn, QLocale().toString(members));
        item->setTextAlignment(MembersColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(OrganisationsColumn, QLocale().toString(organisations));
        item->setTextAlignment(OrganisationsColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(ShownColumn, a.hidden ? tr("Hidden") : tr("Shown"));
        if (a.hidden)
            for (int column = 0; column < ColumnCount; ++column)
                item->setForeground(column, palette().brush(QPalette::Disabled, QPalette::Text));
    }
    m_tree->expandAll();
    select(chosen);
    selectionChanged();
}

void AreasEditor::select(qint64 id)
{
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it)
        if ((*it)->data(NameColumn, idRole).toLongLong() == id) {
            m_tree->setCurrentItem(*it);
            return;
        }
}

void AreasEditor::selectionChanged()
{
    const Area *a = current();
    int zones = 0;
    if (a)
        for (const Area &zone : std::as_const(m_areas))
            zones += zone.parentId == a->id ? 1 : 0;
    updateActions(a != nullptr, a && a->hidden, a ? uses(*a) + zones : 0);
    m_addZone->setEnabled(database() != nullptr && !m_areas.isEmpty());
}

void AreasEditor::addEntry()
{
    Database *db = database();
    if (!db)
        return;
    AreaDialog dialog(*db, Area{}, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Result<qint64> id = m_edits.addArea(dialog.area());
    if (!id) {
        report(id.error());
        return;
    }
    reload();
    select(*id);
}

void AreasEditor::addZone()
{
    Database *db = database();
    if (!db)
        return;
    // Under the chosen ward, or the ward of the chosen zone.
    Area zone;
    if (const Area *a = current())
        zone.parentId = a->isWard() ? a->id : a->parentId;
    else if (!m_areas.isEmpty())
        zone.parentId = m_areas.first().isWard() ? m_areas.first().id : m_areas.first().parentId;
    if (const Area *ward = find(zone.parentId))
        zone.inArea = ward->inArea;
    AreaDialog dialog(*db, zone, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Result<qint64> id = m_edits.addArea(dialog.area());
    if (!id) {
        report(id.error());
        return;
    }
    reload();
    select(*id);
}

void AreasEditor::editEntry()
{
    const Area *a = current();
    Database *db = database();
    if (!a || !db)
        return;
    const Area before = *a;
    AreaDialog dialog(*db, before, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (report(m_edits.editArea(before, dialog.area())))
        reload();
}

void AreasEditor::toggleHidden()
{
    if (const Area *a = current(); a && report(m_edits.setAreaHidden(*a, !a->hidden)))
        reload();
}

void AreasEditor::mergeEntry()
{
    const Area *a = current();
    if (!a)
        return;
    const Area from = *a;
    bool hasZones = false;
    for (const Area &zone : std::as_const(m_areas))
        hasZones = hasZones || zone.parentId == from.id;
    // A ward with zones goes into another ward; anything else into any other area but its own zones.
    QList<MergeDialog::Choice> choices;
    for (const Area &other : std::as_const(m_areas)) {
        if (other.id == from.id || other.hidden || other.parentId == from.id || (hasZones && !other.isWard()))
            continue;
        const Area *ward = other.isWard() ? nullptr : find(other.parentId);
        choices << MergeDialog::Choice{other.id,
                                       ward ? tr("%1 / %2").arg(ward->name, other.name) : other.name};
    }
    MergeDialog dialog(tr("Merge Area"), from.name, m_members.value(from.id), choices, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const Area *into = find(dialog.targetId())) {
        const Area target = *into;
        if (report(m_edits.mergeAreas(from, target))) {
            reload();
            select(target.id);
        }
    }
}

void AreasEditor::removeEntry()
{
    if (const Area *a = current(); a && report(m_edits.removeArea(*a)))
        reload();
}

} // namespace renkei
