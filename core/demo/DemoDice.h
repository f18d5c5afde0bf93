#pragma once

#include <QList>

#include <random>

namespace renkei {

// The demo's random choices, from raw mt19937 outputs: the std distributions differ between standard
// libraries, and the demo must come out the same everywhere.
class DemoDice
{
public:
    explicit DemoDice(quint32 seed) : m_engine(seed) {}

    int below(qsizetype n) { return n <= 0 ? 0 : int(m_engine() % quint32(n)); }
    // low..high, both included.
    int between(int low, int high) { return low + below(high - low + 1); }
    bool percent(int chance) { return below(100) < chance; }
    bool perMille(int chance) { return below(1000) < chance; }
    template <typename T> const T &pick(const QList<T> &list) { return list.at(below(list.size())); }
    template <typename T> void shuffle(QList<T> &list)
    {
        for (qsizetype i = list.size() - 1; i > 0; --i)
            list.swapItemsAt(i, below(i + 1));
    }

private:
    std::mt19937 m_engine;
};

} // namespace renkei
