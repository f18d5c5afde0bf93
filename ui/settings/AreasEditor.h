#pragma once

#include "EntryListEditor.h"
#include "core/model/Area.h"

#include <QHash>

class QTreeWidget;

namespace renkei {

// The area tree: wards (区) with their community support-centre zones (圏域), each with how many
// members and organisations are in it (a ward counting its zones'), in or out of the network's area.
class AreasEditor : public EntryListEditor
{
    Q_OBJECT

public:
    explicit AreasEditor(RosterEdits &edits, QWidget *parent = nullptr);

    void reload() override;
    QTreeWidget *tree() const { return m_tree; }

protected:
    void addEntry() override; // a ward
    void editEntry() override;
    void toggleHidden() override;
    void mergeEntry() override;
    void removeEntry() override;

private:
    const Area *current() const;
    const Area *find(qint64 id) const;
    void addZone();
    void select(qint64 id);
    void selectionChanged();
    // Members and organisations in the area, a ward's including its zones'.
    int uses(const Area &area) const;

    QTreeWidget *m_tree = nullptr;
    QAction *m_addZone = nullptr;
    QList<Area> m_areas;
    QHash<qint64, int> m_members;       // directly in each area
    QHash<qint64, int> m_organisations; // directly in each area
};

} // namespace renkei
