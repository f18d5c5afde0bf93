#pragma once

#include "core/Result.h"
#include "core/schedule/ClosedDay.h"

#include <QCoreApplication>
#include <QList>

namespace renkei {

class Database;

// The organiser's local closed days (休業日), used with the public holidays when planning meetings.
class ClosedDayRepository
{
    Q_DECLARE_TR_FUNCTIONS(renkei::ClosedDayRepository)

public:
    explicit ClosedDayRepository(Database &db) : m_db(db) {}

    // Active and inactive, yearly ones first, then by date.
    Result<QList<ClosedDay>> all() const;
    Result<ClosedDay> get(qint64 id) const;

    QList<Error> validate(const ClosedDay &day) const;
    Result<qint64> add(const ClosedDay &day);
    Status update(const ClosedDay &day);
    Status setActive(qint64 id, bool active);
    Status remove(qint64 id);

private:
    Database &m_db;
};

} // namespace renkei
