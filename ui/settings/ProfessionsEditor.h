#pragma once

#include "EntryListEditor.h"
#include "core/model/Profession.h"

#include <QList>

class QTableWidget;

namespace renkei {

// The list of professions (職種) in display order, with how many members have each: add, edit, move up
// or down, hide, merge, and delete one nobody uses.
class ProfessionsEditor : public EntryListEditor
{
    Q_OBJECT

public:
    explicit ProfessionsEditor(RosterEdits &edits, QWidget *parent = nullptr);

    void reload() override;
    QTableWidget *table() const { return m_table; }

protected:
    void addEntry() override;
    void editEntry() override;
    void toggleHidden() override;
    void mergeEntry() override;
    void removeEntry() override;

private:
    const Profession *current() const;
    void select(qint64 id);
    void move(int step);
    void selectionChanged();

    QTableWidget *m_table = nullptr;
    QList<Profession> m_professions;
    QHash<qint64, int> m_uses;
    QAction *m_up = nullptr;
    QAction *m_down = nullptr;
};

} // namespace renkei
