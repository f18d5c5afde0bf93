#pragma once

#include "core/Result.h"

namespace renkei {

class Database;

// A large generated network for benchmarks: many members spread over the default professions, a
// ward tree and organisations, a series of meetings and their attendance. Deterministic for a seed.
// Written through the repositories (validation included), in one transaction; attendance rows in bulk.
struct LargeNetwork
{
    int members = 100000;
    int organisations = 2000;
    int meetings = 0;
    int attendancePerMeeting = 0;
    quint32 seed = 7;

    Status fill(Database &db) const;
};

} // namespace renkei
