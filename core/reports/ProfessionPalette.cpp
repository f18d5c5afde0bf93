#include "ProfessionPalette.h"

#include <iterator>

namespace renkei {

namespace {
// Tableau 20 and a few more, reordered so that neighbours in the default list (医師, 歯科医師, 薬剤師 …)
// differ clearly.
constexpr QRgb colours[] = {
    0x4e79a7, 0xf28e2b, 0x59a14f, 0xe15759, 0x76b7b2, 0xedc948, 0xb07aa1, 0xff9da7,
    0x9c755f, 0xa0cbe8, 0xffbe7d, 0x8cd17d, 0xff9d9a, 0x86bcb6, 0xf1ce63, 0xd4a6c8,
    0xfabfd2, 0xd7b5a6, 0x499894, 0xb6992d, 0x79706e, 0x2f4b7c, 0xa05195, 0x665191,
};
} // namespace

ProfessionPalette::ProfessionPalette(const QList<Profession> &professionsInDisplayOrder)
{
    for (int i = 0; i < professionsInDisplayOrder.size(); ++i)
        m_index.insert(professionsInDisplayOrder.at(i).id, i);
}

QColor ProfessionPalette::colour(qint64 professionId) const
{
    const auto it = m_index.constFind(professionId);
    if (professionId == 0 || it == m_index.cend())
        return notRecorded();
    const int n = int(std::size(colours));
    QColor c = QColor::fromRgb(colours[*it % n]);
    // Past the palette's end, the same hues a little darker rather than repeats.
    return *it < n ? c : c.darker(130 + 20 * (*it / n - 1));
}

} // namespace renkei
