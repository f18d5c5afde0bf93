#pragma once

#include "core/Result.h"
#include "core/model/Series.h"

#include <QCoreApplication>
#include <QList>

namespace renkei {

class Database;

// Meeting series (e.g. 「としま医介連」).
class SeriesRepository
{
    Q_DECLARE_TR_FUNCTIONS(renkei::SeriesRepository)

public:
    explicit SeriesRepository(Database &db) : m_db(db) {}

    Result<QList<Series>> all() const;
    Result<Series> get(qint64 id) const;
    Result<Series> findByName(const QString &name) const;

    QList<Error> validate(const Series &series) const;
    Result<qint64> add(const Series &series);
    Status update(const Series &series);
    // Deletes a series that has no meetings.
    Status remove(qint64 id);

private:
    Database &m_db;
};

} // namespace renkei
