#pragma once

#include <QString>

namespace renkei {

// An area of the tree ward (区) → community support-centre zone (圏域). Members and organisations
// belong to a zone or, when the zone is unknown, to a whole ward.
struct Area
{
    qint64 id = 0;
    qint64 parentId = 0; // 0: a ward (top level)
    QString name;
    bool inArea = true; // 区内 (the network's own area) or 区外 (a neighbouring one)
    int displayOrder = 0;
    bool hidden = false;

    bool isWard() const { return parentId == 0; }
};

} // namespace renkei
