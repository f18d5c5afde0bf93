#pragma once

#include "EntryListEditor.h"
#include "core/model/Organisation.h"

#include <QHash>

class QLineEdit;
class QTableWidget;

namespace renkei {

// The organisations (所属) members work at, with how many members each has, found by typing part of a
// name: add, edit, hide, merge (two spellings of one clinic, say), and delete one nobody uses.
class OrganisationsEditor : public EntryListEditor
{
    Q_OBJECT

public:
    explicit OrganisationsEditor(RosterEdits &edits, QWidget *parent = nullptr);

    void reload() override;
    QTableWidget *table() const { return m_table; }

protected:
    void addEntry() override;
    void editEntry() override;
    void toggleHidden() override;
    void mergeEntry() override;
    void removeEntry() override;

private:
    const Organisation *current() const;
    void select(qint64 id);
    void applyFilter();
    void selectionChanged();

    QLineEdit *m_filter = nullptr;
    QTableWidget *m_table = nullptr;
    QList<Organisation> m_organisations;
    QHash<qint64, int> m_uses;
};

} // namespace renkei
