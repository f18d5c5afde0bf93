#pragma once

#include <QWidget>

class QAction;
class QUndoStack;

namespace renkei {

class Database;

// One section of the main window (members, meetings, reports, settings). It shows the open
// database, or nothing when there is none, and owns its own actions.
class SectionView : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    // The database to show; nullptr when none is open. A section must not keep the old pointer:
    // the database is closed right after this call.
    virtual void setDatabase(Database *db) = 0;
    // The section's undo stack, which Edit ▸ Undo and Redo work on while it is shown; none by default.
    virtual QUndoStack *undoStack() const { return nullptr; }
    // The title of the section's own menu in the menu bar (shown while the section is), and its
    // actions, a nullptr for a separator; none by default.
    virtual QString menuTitle() const { return {}; }
    virtual QList<QAction *> menuActions() const { return {}; }

signals:
    // Something went wrong that the user should know about; the main window shows it inline.
    void errorOccurred(const QString &message);
};

} // namespace renkei
