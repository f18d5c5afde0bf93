#include "ProfessionsEditor.h"

#include "MergeDialog.h"
#include "ProfessionDialog.h"
#include "core/storage/MemberRepository.h"
#include "core/storage/ProfessionRepository.h"
#include "ui/undo/RosterEdits.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace renkei {

namespace {
enum Column
{
    NameColumn,
    CategoryColumn,
    MembersColumn,
    ShownColumn,
    ColumnCount
};
} // namespace

ProfessionsEditor::ProfessionsEditor(RosterEdits &edits, QWidget *parent) : EntryListEditor(edits, parent)
{
    setObjectName(QStringLiteral("professionsEditor"));
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("professionTable"));
    m_table->setHorizontalHeaderLabels({tr("Profession"), tr("Category"), tr("Members"), tr("In lists")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    for (int column : {CategoryColumn, MembersColumn, ShownColumn})
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_table->setAccessibleName(tr("Professions"));
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ProfessionsEditor::selectionChanged);
    connect(m_table, &QTableWidget::itemActivated, this, &ProfessionsEditor::editEntry);

    m_up = new QAction(tr("Move &Up"), this);
    m_up->setObjectName(QStringLiteral("moveProfessionUp"));
    m_up->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Up));
    m_up->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_up, &QAction::triggered, this, [this] { move(-1); });
    m_down = new QAction(tr("Move Do&wn"), this);
    m_down->setObjectName(QStringLiteral("moveProfessionDown"));
    m_down->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Down));
    m_down->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_down, &QAction::triggered, this, [this] { move(1); });
    addButton(m_up);
    addButton(m_down);
    finishButtons();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttonRow());
    layout->addWidget(m_table, 1);
    setFocusProxy(m_table);
    selectionChanged();
}

const Profession *ProfessionsEditor::current() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_professions.size() && !m_table->selectedItems().isEmpty()
               ? &m_professions.at(row)
               : nullptr;
}

void ProfessionsEditor::reload()
{
    const qint64 chosen = current() ? current()->id : 0;
    m_professions.clear();
    m_uses.clear();
    m_table->setRowCount(0);
    if (Database *db = database()) {
        if (auto all = ProfessionRepository(*db).all(); all)
            m_professions = *all;
        else
            report(all.error());
        MemberFilter everyone;
        everyone.archived = MemberFilter::Archived::Include;
        if (auto counts = MemberRepository(*db).countBy(MemberRepository::Grouping::Profession, everyone);
            counts)
            m_uses = *counts;
        else
            report(counts.error());
    }
    m_table->setRowCount(int(m_professions.size()));
    for (int row = 0; row < m_professions.size(); ++row) {
        const Profession &p = m_professions.at(row);
        auto *name = new QTableWidgetItem(p.displayName());
        name->setToolTip(p.nameEn.isEmpty() ? p.nameJa : tr("%1 / %2").arg(p.nameJa, p.nameEn));
        m_table->setItem(row, NameColumn, name);
        m_table->setItem(row, CategoryColumn, new QTableWidgetItem(professionCategoryLabel(p.category)));
        auto *members = new QTableWidgetItem(QLocale().toString(m_uses.value(p.id)));
        members->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, MembersColumn, members);
        m_table->setItem(row, ShownColumn, new QTableWidgetItem(p.hidden ? tr("Hidden") : tr("Shown")));
        if (p.hidden)
            for (int column = 0; column < ColumnCount; ++column)
                m_table->item(row, column)
                    ->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
    }
    select(chosen);
    selectionChanged();
}

void ProfessionsEditor::select(qint64 id)
{
    for (int row = 0; row < m_professions.size(); ++row)
        if (m_professions.at(row).id == id) {
            m_table->selectRow(row);
            return;
        }
}

void ProfessionsEditor::selectionChanged()
{
    const Profession *p = current();
    updateActions(p != nullptr, p && p->hidden, p ? m_uses.value(p->id) : 0);
    const int row = m_table->currentRow();
    m_up->setEnabled(p && row > 0);
    m_down->setEnabled(p && row + 1 < m_professions.size());
}

void ProfessionsEditor::addEntry()
{
    Database *db = database();
    if (!db)
        return;
    ProfessionDialog dialog(*db, Profession{}, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Result<qint64> id = m_edits.addProfession(dialog.profession());
    if (!id) {
        report(id.error());
        return;
    }
    reload();
    select(*id);
}

void ProfessionsEditor::editEntry()
{
    const Profession *p = current();
    Database *db = database();
    if (!p || !db)
        return;
    const Profession before = *p;
    ProfessionDialog dialog(*db, before, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (report(m_edits.editProfession(before, dialog.profession())))
        reload();
}

void ProfessionsEditor::toggleHidden()
{
    if (const Profession *p = current(); p && report(m_edits.setProfessionHidden(*p, !p->hidden)))
        reload();
}

void ProfessionsEditor::mergeEntry()
{
    const Profession *p = current();
    if (!p)
        return;
    const Profession from = *p;
    QList<MergeDialog::Choice> choices;
    for (const Profession &other : std::as_const(m_professions))
        if (other.id != from.id && !other.hidden)
            choices << MergeDialog::Choice{other.id, other.displayName()};
    MergeDialog dialog(tr("Merge Profession"), from.displayName(), m_uses.value(from.id), choices, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    for (const Profession &into : std::as_const(m_professions))
        if (into.id == dialog.targetId()) {
            // reload() replaces the list `into` points into: keep a copy.
            const Profession target = into;
            if (report(m_edits.mergeProfessions(from, target))) {
                reload();
                select(target.id);
            }
            return;
        }
}

void ProfessionsEditor::removeEntry()
{
    if (const Profession *p = current(); p && report(m_edits.removeProfession(*p)))
        reload();
}

void ProfessionsEditor::move(int step)
{
    const int row = m_table->currentRow();
    const int other = row + step;
    if (!current() || other < 0 || other >= m_professions.size())
        return;
    const qint64 id = m_professions.at(row).id;
    if (report(m_edits.swapProfessions(m_professions.at(row), m_professions.at(other)))) {
        reload();
        select(id);
    }
}

} // namespace renkei
