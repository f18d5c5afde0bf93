#pragma once

#include "core/Result.h"
#include "core/storage/Database.h"

#include <optional>
#include <utility>

namespace renkei {

// Runs `work` (which returns a Result<T>) in one Database transaction: its value when it succeeds, its
// error after everything it did was rolled back when it fails.
template <typename T, typename Work> Result<T> inTransaction(Database &db, Work work)
{
    std::optional<T> value;
    const Status done = db.transaction([&]() -> Status {
        Result<T> result = work();
        if (!result)
            return result.error();
        value = std::move(result).value();
        return {};
    });
    if (!done)
        return done.error();
    return std::move(*value);
}

} // namespace renkei
