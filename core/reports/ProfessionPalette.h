#pragma once

#include "core/model/Profession.h"

#include <QColor>
#include <QHash>
#include <QList>

namespace renkei {

// One colour per profession, the same in every chart and printed report: professions take the colours
// of a fixed, distinguishable palette in their display order, so a profession keeps its colour whatever
// the period shows. "Not recorded" (id 0) is grey.
class ProfessionPalette
{
public:
    ProfessionPalette() = default;
    explicit ProfessionPalette(const QList<Profession> &professionsInDisplayOrder);

    QColor colour(qint64 professionId) const;

    static QColor notRecorded() { return QColor(0x9e, 0x9e, 0x9e); }

private:
    QHash<qint64, int> m_index;
};

} // namespace renkei
