#include "SeriesRepository.h"

#include "Database.h"
#include "SqlValues.h"
#include "core/schedule/ScheduleRule.h"
#include "core/text/KanaText.h"

namespace renkei {

namespace {

const QString selectColumns = QStringLiteral(
    "SELECT id, name, first_number, default_venue, default_address, default_start, default_end,"
    " default_fee, default_capacity, notes, schedule_rule FROM series");

Series fromRow(const QSqlQuery &q)
{
    Series s;
    s.id = q.value(0).toLongLong();
    s.name = q.value(1).toString();
    s.firstNumber = q.value(2).toInt();
    s.defaultVenue = q.value(3).toString();
    s.defaultAddress = q.value(4).toString();
    s.defaultStart = sql::toTime(q.value(5));
    s.defaultEnd = sql::toTime(q.value(6));
    s.defaultFee = q.value(7).toInt();
    s.defaultCapacity = sql::toOptionalInt(q.value(8));
    s.notes = q.value(9).toString();
    s.scheduleRule = q.value(10).toString();
    return s;
}

void bindFields(QSqlQuery &q, const Series &s)
{
    q.addBindValue(sql::text(s.name.trimmed()));
    q.addBindValue(s.firstNumber);
    q.addBindValue(sql::text(s.defaultVenue.trimmed()));
    q.addBindValue(sql::text(s.defaultAddress.trimmed()));
    q.addBindValue(sql::time(s.defaultStart));
    q.addBindValue(sql::time(s.defaultEnd));
    q.addBindValue(s.defaultFee);
    q.addBindValue(sql::optionalInt(s.defaultCapacity));
    q.addBindValue(sql::text(s.notes));
    q.addBindValue(sql::text(s.scheduleRule.trimmed()));
}

} // namespace

Result<QList<Series>> SeriesRepository::all() const
{
    QSqlQuery q = m_db.prepare(selectColumns + QStringLiteral(" ORDER BY name, id"));
    if (Status s = m_db.exec(q, tr("reading the meeting series")); !s)
        return s.error();
    QList<Series> out;
    while (q.next())
        out.append(fromRow(q));
    return out;
}

Result<Series> SeriesRepository::get(qint64 id) const
{
    QSqlQuery q = m_db.prepare(selectColumns + QStringLiteral(" WHERE id = ?"));
    q.addBindValue(id);
    if (Status s = m_db.exec(q, tr("reading a meeting series")); !s)
        return s.error();
    if (!q.next())
        return Error{tr("There is no meeting series with id %1.").arg(id)};
    return fromRow(q);
}

Result<Series> SeriesRepository::findByName(const QString &name) const
{
    Result<QList<Series>> list = all();
    if (!list)
        return list.error();
    const QString wanted = KanaText::searchKey(name);
    for (const Series &s : *list)
        if (KanaText::searchKey(s.name) == wanted)
            return s;
    return Error{tr("There is no meeting series named “%1”.").arg(name)};
}

QList<Error> SeriesRepository::validate(const Series &series) const
{
    QList<Error> errors;
    if (series.name.trimmed().isEmpty()) {
        errors << Error::inField(tr("The series' name is required."), QStringLiteral("name"));
    } else if (Result<Series> same = findByName(series.name); same && same->id != series.id) {
        errors << Error::inField(tr("There is already a series named “%1”.").arg(same->name),
                                 QStringLiteral("name"));
    }
    if (series.firstNumber < 1)
        errors << Error::inField(tr("The first meeting's number must be 1 or more."),
                                 QStringLiteral("first_number"));
    if (series.defaultStart.isValid() && series.defaultEnd.isValid() &&
        series.defaultEnd <= series.defaultStart)
        errors << Error::inField(tr("The end time must be after the start time."),
                                 QStringLiteral("default_end"));
    if (series.defaultFee < 0)
        errors << Error::inField(tr("The fee cannot be negative."), QStringLiteral("default_fee"));
    if (series.defaultCapacity && *series.defaultCapacity < 1)
        errors << Error::inField(tr("The capacity must be at least 1."), QStringLiteral("default_capacity"));
    if (!series.scheduleRule.trimmed().isEmpty())
        if (Result<ScheduleRule> rule = ScheduleRule::parse(series.scheduleRule); !rule)
            errors << Error::inField(rule.error().message, QStringLiteral("schedule_rule"));
    return errors;
}

Result<qint64> SeriesRepository::add(const Series &series)
{
    if (const QList<Error> errors = validate(series); !errors.isEmpty())
        return errors.first();
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "INSERT INTO series (name, first_number, default_venue, default_address, default_start,"
        " default_end, default_fee, default_capacity, notes, schedule_rule)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    bindFields(q, series);
    if (Status s = m_db.exec(q, tr("adding a meeting series")); !s)
        return s.error();
    return q.lastInsertId().toLongLong();
}

Status SeriesRepository::update(const Series &series)
{
    if (const QList<Error> errors = validate(series); !errors.isEmpty())
        return errors.first();
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "UPDATE series SET name = ?, first_number = ?, default_venue = ?, default_address = ?,"
        " default_start = ?, default_end = ?, default_fee = ?, default_capacity = ?, notes = ?,"
        " schedule_rule = ?"
        " WHERE id = ?"));
    bindFields(q, series);
    q.addBindValue(series.id);
    if (Status s = m_db.exec(q, tr("saving a meeting series")); !s)
        return s;
    if (q.numRowsAffected() == 0)
        return Error{tr("There is no meeting series with id %1.").arg(series.id)};
    return {};
}

Status SeriesRepository::remove(qint64 id)
{
    return m_db.transaction([&]() -> Status {
        QSqlQuery used = m_db.prepare(QStringLiteral("SELECT count(*) FROM meetings WHERE series_id = ?"));
        used.addBindValue(id);
        if (Status s = m_db.exec(used, tr("deleting a meeting series")); !s)
            return s;
        if (used.next() && used.value(0).toInt() > 0)
            return Error{tr("This series has %1 meetings; only a series without meetings can be deleted.")
                             .arg(used.value(0).toInt())};
        QSqlQuery q = m_db.prepare(QStringLiteral("DELETE FROM series WHERE id = ?"));
        q.addBindValue(id);
        if (Status s = m_db.exec(q, tr("deleting a meeting series")); !s)
            return s;
        if (q.numRowsAffected() == 0)
            return Error{tr("There is no meeting series with id %1.").arg(id)};
        return {};
    });
}

} // namespace renkei
