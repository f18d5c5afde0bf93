#include "ClosedDayRepository.h"

#include "Database.h"
#include "SqlValues.h"

namespace renkei {

namespace {

// Yearly days are stored as ISO 8601 month-days (--12-29), single dates as dates (2026-08-13).
QString storedDay(const QDate &date, bool yearly)
{
    return yearly ? date.toString(QStringLiteral("--MM-dd")) : date.toString(Qt::ISODate);
}

QDate dayFromStored(const QString &text)
{
    if (text.startsWith(QStringLiteral("--")))
        return QDate::fromString(QStringLiteral("2000") + text.mid(1), Qt::ISODate); // a leap year: 2/29 fits
    return QDate::fromString(text, Qt::ISODate);
}

const QString selectColumns =
    QStringLiteral("SELECT id, label, yearly, first_day, last_day, active FROM closed_days");

ClosedDay fromRow(const QSqlQuery &q)
{
    ClosedDay d;
    d.id = q.value(0).toLongLong();
    d.label = q.value(1).toString();
    d.yearly = q.value(2).toBool();
    d.first = dayFromStored(q.value(3).toString());
    d.last = dayFromStored(q.value(4).toString());
    d.active = q.value(5).toBool();
    return d;
}

void bindFields(QSqlQuery &q, const ClosedDay &d)
{
    const QDate last = d.last.isValid() ? d.last : d.first;
    q.addBindValue(sql::text(d.label.trimmed()));
    q.addBindValue(d.yearly ? 1 : 0);
    q.addBindValue(storedDay(d.first, d.yearly));
    q.addBindValue(storedDay(last, d.yearly));
    q.addBindValue(d.active ? 1 : 0);
}

} // namespace

Result<QList<ClosedDay>> ClosedDayRepository::all() const
{
    QSqlQuery q = m_db.prepare(selectColumns + QStringLiteral(" ORDER BY yearly DESC, first_day, id"));
    if (Status s = m_db.exec(q, tr("reading the closed days")); !s)
        return s.error();
    QList<ClosedDay> out;
    while (q.next())
        out << fromRow(q);
    return out;
}

Result<ClosedDay> ClosedDayRepository::get(qint64 id) const
{
    QSqlQuery q = m_db.prepare(selectColumns + QStringLiteral(" WHERE id = ?"));
    q.addBindValue(id);
    if (Status s = m_db.exec(q, tr("reading a closed day")); !s)
        return s.error();
    if (!q.next())
        return Error{tr("There is no closed day with id %1.").arg(id)};
    return fromRow(q);
}

QList<Error> ClosedDayRepository::validate(const ClosedDay &day) const
{
    QList<Error> errors;
    if (day.label.trimmed().isEmpty())
        errors << Error::inField(tr("Give the closed days a name, such as Obon."), QStringLiteral("label"));
    if (!day.first.isValid())
        errors << Error::inField(tr("The first closed day is not a valid date."), QStringLiteral("first"));
    else if (day.last.isValid() && !day.yearly && day.last < day.first)
        errors << Error::inField(tr("The last closed day cannot be before the first."),
                                 QStringLiteral("last"));
    else if (day.last.isValid() && !day.yearly && day.first.daysTo(day.last) > 366)
        errors << Error::inField(tr("A range of closed days can be a year long at most."),
                                 QStringLiteral("last"));
    return errors;
}

Result<qint64> ClosedDayRepository::add(const ClosedDay &day)
{
    if (const QList<Error> errors = validate(day); !errors.isEmpty())
        return errors.first();
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "INSERT INTO closed_days (label, yearly, first_day, last_day, active) VALUES (?, ?, ?, ?, ?)"));
    bindFields(q, day);
    if (Status s = m_db.exec(q, tr("adding a closed day")); !s)
        return s.error();
    return q.lastInsertId().toLongLong();
}

Status ClosedDayRepository::update(const ClosedDay &day)
{
    if (const QList<Error> errors = validate(day); !errors.isEmpty())
        return errors.first();
    QSqlQuery q = m_db.prepare(QStringLiteral("UPDATE closed_days SET label = ?, yearly = ?, first_day = ?, "
                                              "last_day = ?, active = ? WHERE id = ?"));
    bindFields(q, day);
    q.addBindValue(day.id);
    if (Status s = m_db.exec(q, tr("saving a closed day")); !s)
        return s;
    if (q.numRowsAffected() == 0)
        return Error{tr("There is no closed day with id %1.").arg(day.id)};
    return {};
}

Status ClosedDayRepository::setActive(qint64 id, bool active)
{
    QSqlQuery q = m_db.prepare(QStringLiteral("UPDATE closed_days SET active = ? WHERE id = ?"));
    q.addBindValue(active ? 1 : 0);
    q.addBindValue(id);
    if (Status s = m_db.exec(q, tr("saving a closed day")); !s)
        return s;
    if (q.numRowsAffected() == 0)
        return Error{tr("There is no closed day with id %1.").arg(id)};
    return {};
}

Status ClosedDayRepository::remove(qint64 id)
{
    QSqlQuery q = m_db.prepare(QStringLiteral("DELETE FROM closed_days WHERE id = ?"));
    q.addBindValue(id);
    if (Status s = m_db.exec(q, tr("deleting a closed day")); !s)
        return s;
    if (q.numRowsAffected() == 0)
        return Error{tr("There is no closed day with id %1.").arg(id)};
    return {};
}

} // namespace renkei
