#include "Breakdown.h"

namespace renkei {

int Breakdown::total() const
{
    int sum = 0;
    for (const BreakdownEntry &e : entries)
        sum += e.count;
    return sum;
}

int Breakdown::count(qint64 id) const
{
    for (const BreakdownEntry &e : entries)
        if (e.id == id)
            return e.count;
    return 0;
}

double Breakdown::share(qint64 id) const
{
    const int all = total();
    return all == 0 ? 0.0 : double(count(id)) / all;
}

} // namespace renkei
