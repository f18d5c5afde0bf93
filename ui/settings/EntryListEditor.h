#pragma once

#include "core/Result.h"

#include <QWidget>

class QAction;
class QHBoxLayout;

namespace renkei {

class Database;
class RosterEdits;

// What the editors of professions, organisations and areas share: their buttons and shortcuts (Add,
// Edit, Hide or Show, Merge Into, Delete), enabled for the entry chosen, and how they report. An entry
// in use is hidden or merged, never deleted; every change goes through RosterEdits and can be undone.
class EntryListEditor : public QWidget
{
    Q_OBJECT

public:
    EntryListEditor(RosterEdits &edits, QWidget *parent = nullptr);

    // Reads the list again from the database, keeping the chosen entry.
    virtual void reload() = 0;

signals:
    void errorOccurred(const QString &message);

protected:
    // The row of buttons; subclasses may add their own (areas: Add Zone) before calling finishButtons().
    QHBoxLayout *buttonRow() const { return m_buttons; }
    QAction *addButton(QAction *action);
    void finishButtons();

    virtual void addEntry() = 0;
    virtual void editEntry() = 0;
    virtual void toggleHidden() = 0;
    virtual void mergeEntry() = 0;
    virtual void removeEntry() = 0;

    // Enables the actions for the chosen entry: none, hidden or shown, in use or not.
    void updateActions(bool chosen, bool hidden, int uses);
    // Shows what went wrong; true when `status` is fine.
    bool report(const Status &status);
    Database *database() const;

    RosterEdits &m_edits;
    QAction *m_add = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_hide = nullptr;
    QAction *m_merge = nullptr;
    QAction *m_remove = nullptr;

private:
    QHBoxLayout *m_buttons = nullptr;
};

} // namespace renkei
