#include "EntryListEditor.h"

#include "ui/undo/RosterEdits.h"

#include <QAction>
#include <QHBoxLayout>
#include <QToolButton>

namespace renkei {

EntryListEditor::EntryListEditor(RosterEdits &edits, QWidget *parent) : QWidget(parent), m_edits(edits)
{
    m_buttons = new QHBoxLayout;
    m_buttons->setSpacing(6);

    auto action = [this](const QString &text, const QKeySequence &key, const char *name,
                         void (EntryListEditor::*slot)()) {
        auto *a = new QAction(text, this);
        a->setObjectName(QString::fromLatin1(name));
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
        return a;
    };
    m_add = action(tr("&Add…"), QKeySequence(Qt::Key_Insert), "addEntry", &EntryListEditor::addEntry);
    m_edit = action(tr("&Edit…"), QKeySequence(Qt::Key_F2), "editEntry", &EntryListEditor::editEntry);
    m_hide =
        action(tr("&Hide"), QKeySequence(Qt::CTRL | Qt::Key_H), "hideEntry", &EntryListEditor::toggleHidden);
    m_merge = action(tr("&Merge Into…"), QKeySequence(Qt::CTRL | Qt::Key_M), "mergeEntry",
                     &EntryListEditor::mergeEntry);
    m_remove = action(tr("&Delete"), QKeySequence::Delete, "removeEntry", &EntryListEditor::removeEntry);
    addButton(m_add);
    addButton(m_edit);
}

QAction *EntryListEditor::addButton(QAction *action)
{
    auto *button = new QToolButton(this);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setAutoRaise(false);
    m_buttons->addWidget(button);
    if (!actions().contains(action))
        addAction(action);
    return action;
}

void EntryListEditor::finishButtons()
{
    addButton(m_hide);
    addButton(m_merge);
    addButton(m_remove);
    m_buttons->addStretch(1);
    updateActions(false, false, 0);
}

void EntryListEditor::updateActions(bool chosen, bool hidden, int uses)
{
    m_add->setEnabled(database() != nullptr);
    m_edit->setEnabled(chosen);
    m_hide->setEnabled(chosen);
    m_hide->setText(hidden ? tr("&Show in Lists") : tr("&Hide"));
    m_hide->setToolTip(hidden ? tr("Offer this entry in lists again")
                              : tr("Keep this entry for the members who have it, but stop offering it"));
    m_merge->setEnabled(chosen);
    // An entry in use is hidden or merged instead: its members keep a value.
    m_remove->setEnabled(chosen && uses == 0);
    m_remove->setToolTip(chosen && uses > 0 ? tr("In use: hide it or merge it into another instead")
                                            : QString());
}

bool EntryListEditor::report(const Status &status)
{
    if (status)
        return true;
    emit errorOccurred(status.error().toString());
    return false;
}

Database *EntryListEditor::database() const
{
    return m_edits.database();
}

} // namespace renkei
