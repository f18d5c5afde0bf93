#pragma once

#include "core/Result.h"

#include <QString>

#include <functional>
#include <vector>

namespace renkei {

class Database;

// One numbered step of the schema. Steps run in order, each in its own transaction, and a
// step that has landed is never edited: a change is a new step.
struct Migration
{
    int version = 0;
    QString description;
    std::function<Status(Database &)> apply;
};

// Every step this build knows, in order.
const std::vector<Migration> &schemaMigrations();

} // namespace renkei
