#include "MeetingRepository.h"

#include "Database.h"
#include "ReferenceList.h"
#include "SqlValues.h"

#include <QLocale>

namespace renkei {

namespace {

const QString selectColumns =
    QStringLiteral("SELECT id, series_id, number, date, start_time, end_time, venue, address, fee, capacity, "
                   "status, theme, notes,"
                   " has_social, social_venue, social_start, social_fee FROM meetings");

Meeting fromRow(const QSqlQuery &q)
{
    Meeting m;
    m.id = q.value(0).toLongLong();
    m.seriesId = q.value(1).toLongLong();
    m.number = q.value(2).toInt();
    m.date = sql::toDate(q.value(3));
    m.start = sql::toTime(q.value(4));
    m.end = sql::toTime(q.value(5));
    m.venue = q.value(6).toString();
    m.address = q.value(7).toString();
    m.fee = q.value(8).toInt();
    m.capacity = sql::toOptionalInt(q.value(9));
    m.status = meetingStatusFromKey(q.value(10).toString()).value_or(MeetingStatus::Planned);
    m.theme = q.value(11).toString();
    m.notes = q.value(12).toString();
    m.hasSocial = q.value(13).toBool();
    m.socialVenue = q.value(14).toString();
    m.socialStart = sql::toTime(q.value(15));
    m.socialFee = q.value(16).toInt();
    return m;
}

void bindFields(QSqlQuery &q, const Meeting &m)
{
    q.addBindValue(m.seriesId);
    q.addBindValue(m.number);
    q.addBindValue(sql::date(m.date));
    q.addBindValue(sql::time(m.start));
    q.addBindValue(sql::time(m.end));
    q.addBindValue(sql::text(m.venue.trimmed()));
    q.addBindValue(sql::text(m.address.trimmed()));
    q.addBindValue(m.fee);
    q.addBindValue(sql::optionalInt(m.capacity));
    q.addBindValue(meetingStatusKey(m.status));
    q.addBindValue(sql::text(m.theme.trimmed()));
    q.addBindValue(sql::text(m.notes));
    q.addBindValue(m.hasSocial ? 1 : 0);
    q.addBindValue(sql::text(m.socialVenue.trimmed()));
    q.addBindValue(sql::time(m.socialStart));
    q.addBindValue(m.socialFee);
}

} // namespace

Result<QList<Meeting>> MeetingRepository::list(qint64 seriesId, const QDate &from, const QDate &to) const
{
    QStringList conditions;
    QVariantList values;
    if (seriesId != 0) {
        conditions << QStringLiteral("series_id = ?");
        values << seriesId;
    }
    if (from.isValid()) {
        conditions << QStringLiteral("date >= ?");
        values << sql::date(from);
    }
    if (to.isValid()) {
        conditions << QStringLiteral("date <= ?");
        values << sql::date(to);
    }
    QString where;
    if (!conditions.isEmpty())
        where = QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    QSqlQuery q =
        m_db.prepare(selectColumns + where + QStringLiteral(" ORDER BY date, start_time, number, id"));
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (Status s = m_db.exec(q, tr("reading the meetings")); !s)
        return s.error();
    QList<Meeting> out;
    while (q.next())
        out.append(fromRow(q));
    return out;
}

Result<Meeting> MeetingRepository::get(qint64 id) const
{
    QSqlQuery q = m_db.prepare(selectColumns + QStringLiteral(" WHERE id = ?"));
    q.addBindValue(id);
    if (Status s = m_db.exec(q, tr("reading a meeting")); !s)
        return s.error();
    if (!q.next())
        return Error{tr("There is no meeting with id %1.").arg(id)};
    return fromRow(q);
}

Result<Meeting> MeetingRepository::findByNumber(qint64 seriesId, int number) const
{
    QSqlQuery q = m_db.prepare(selectColumns + QStringLiteral(" WHERE series_id = ? AND number = ?"));
    q.addBindValue(seriesId);
    q.addBindValue(number);
    if (Status s = m_db.exec(q, tr("reading a meeting")); !s)
        return s.error();
    if (!q.next())
        return Error{tr("The series has no meeting number %1.").arg(number)};
    return fromRow(q);
}

Result<int> MeetingRepository::nextNumber(qint64 seriesId) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT coalesce((SELECT max(number) + 1 FROM meetings WHERE "
                                              "series_id = ?), first_number) FROM series WHERE id = ?"));
    q.addBindValue(seriesId);
    q.addBindValue(seriesId);
    if (Status s = m_db.exec(q, tr("numbering a meeting")); !s)
        return s.error();
    if (!q.next())
        return Error{tr("There is no meeting series with id %1.").arg(seriesId)};
    return q.value(0).toInt();
}

QList<Error> MeetingRepository::validate(const Meeting &meeting) const
{
    QList<Error> errors;
    Result<bool> series = ReferenceList(m_db, QStringLiteral("series"), {}).exists(meeting.seriesId);
    if (!series)
        errors << series.error();
    else if (!*series)
        errors << Error::inField(tr("The meeting must belong to an existing series."),
                                 QStringLiteral("series"));
    if (!meeting.date.isValid())
        errors << Error::inField(tr("The meeting needs a valid date."), QStringLiteral("date"));
    if (meeting.start.isValid() && meeting.end.isValid() && meeting.end <= meeting.start)
        errors << Error::inField(tr("The end time must be after the start time."), QStringLiteral("end"));
    if (meeting.fee < 0)
        errors << Error::inField(tr("The fee cannot be negative."), QStringLiteral("fee"));
    if (meeting.socialFee < 0)
        errors << Error::inField(tr("The social gathering's fee cannot be negative."),
                                 QStringLiteral("social_fee"));
    if (meeting.capacity && *meeting.capacity < 1)
        errors << Error::inField(tr("The capacity must be at least 1."), QStringLiteral("capacity"));
    if (meeting.number < 0)
        errors << Error::inField(tr("The meeting's number must be 1 or more."), QStringLiteral("number"));
    if (meeting.number > 0 && series && *series) {
        Result<Meeting> same = findByNumber(meeting.seriesId, meeting.number);
        if (same && same->id != meeting.id)
            errors << Error::inField(tr("The series already has a meeting number %1 (on %2).")
                                         .arg(meeting.number)
                                         .arg(QLocale().toString(same->date, QLocale::ShortFormat)),
                                     QStringLiteral("number"));
    }
    return errors;
}

Result<qint64> MeetingRepository::add(const Meeting &meeting)
{
    Meeting numbered = meeting;
    if (numbered.number == 0 && numbered.seriesId != 0) {
        Result<int> next = nextNumber(numbered.seriesId);
        if (!next)
            return next.error();
        numbered.number = *next;
    }
    if (const QList<Error> errors = validate(numbered); !errors.isEmpty())
        return errors.first();
    QSqlQuery q =
        m_db.prepare(QStringLiteral("INSERT INTO meetings (series_id, number, date, start_time, end_time, "
                                    "venue, address, fee, capacity, status,"
                                    " theme, notes, has_social, social_venue, social_start, social_fee)"
                                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    bindFields(q, numbered);
    if (Status s = m_db.exec(q, tr("adding a meeting")); !s)
        return s.error();
    return q.lastInsertId().toLongLong();
}

Status MeetingRepository::update(const Meeting &meeting)
{
    if (const QList<Error> errors = validate(meeting); !errors.isEmpty())
        return errors.first();
    QSqlQuery q = m_db.prepare(QStringLiteral("UPDATE meetings SET series_id = ?, number = ?, date = ?, "
                                              "start_time = ?, end_time = ?, venue = ?, address = ?,"
                                              " fee = ?, capacity = ?, status = ?, theme = ?, notes = ?, "
                                              "has_social = ?, social_venue = ?, social_start = ?,"
                                              " social_fee = ? WHERE id = ?"));
    bindFields(q, meeting);
    q.addBindValue(meeting.id);
    if (Status s = m_db.exec(q, tr("saving a meeting")); !s)
        return s;
    if (q.numRowsAffected() == 0)
        return Error{tr("There is no meeting with id %1.").arg(meeting.id)};
    return {};
}

Status MeetingRepository::remove(qint64 id)
{
    return m_db.transaction([&]() -> Status {
        QSqlQuery attended = m_db.prepare(
            QStringLiteral("SELECT count(*) FROM attendance WHERE meeting_id = ? AND status = 'attended'"));
        attended.addBindValue(id);
        if (Status s = m_db.exec(attended, tr("deleting a meeting")); !s)
            return s;
        if (attended.next() && attended.value(0).toInt() > 0)
            return Error{tr("%1 people attended this meeting; mark it cancelled instead of deleting it.")
                             .arg(attended.value(0).toInt())};
        QSqlQuery q = m_db.prepare(QStringLiteral("DELETE FROM meetings WHERE id = ?"));
        q.addBindValue(id);
        if (Status s = m_db.exec(q, tr("deleting a meeting")); !s)
            return s;
        if (q.numRowsAffected() == 0)
            return Error{tr("There is no meeting with id %1.").arg(id)};
        return {};
    });
}

Result<QList<AgendaItem>> MeetingRepository::agenda(qint64 meetingId) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT id, meeting_id, position, kind, title, minutes, "
                                              "presenter_member_id, presenter_text FROM agenda_items"
                                              " WHERE meeting_id = ? ORDER BY position, id"));
    q.addBindValue(meetingId);
    if (Status s = m_db.exec(q, tr("reading an agenda")); !s)
        return s.error();
    QList<AgendaItem> out;
    while (q.next()) {
        AgendaItem item;
        item.id = q.value(0).toLongLong();
        item.meetingId = q.value(1).toLongLong();
        item.position = q.value(2).toInt();
        item.kind = agendaKindFromKey(q.value(3).toString()).value_or(AgendaKind::Other);
        item.title = q.value(4).toString();
        item.minutes = q.value(5).toInt();
        item.presenterMemberId = sql::toId(q.value(6));
        item.presenterText = q.value(7).toString();
        out.append(item);
    }
    return out;
}

QList<Error> MeetingRepository::validate(const AgendaItem &item) const
{
    QList<Error> errors;
    if (item.title.trimmed().isEmpty() && item.kind == AgendaKind::Other)
        errors << Error::inField(tr("An agenda item needs a title or a kind."), QStringLiteral("title"));
    if (item.minutes < 0 || item.minutes > 24 * 60)
        errors << Error::inField(
            tr("An agenda item lasts between 0 and 1440 minutes, not %1.").arg(item.minutes),
            QStringLiteral("minutes"));
    if (item.presenterMemberId != 0) {
        Result<bool> found =
            ReferenceList(m_db, QStringLiteral("members"), {}).exists(item.presenterMemberId);
        if (!found)
            errors << found.error();
        else if (!*found)
            errors << Error::inField(tr("The presenter is not a member; write their name instead."),
                                     QStringLiteral("presenter"));
    }
    return errors;
}

Status MeetingRepository::setAgenda(qint64 meetingId, const QList<AgendaItem> &items)
{
    if (Result<Meeting> meeting = get(meetingId); !meeting)
        return meeting.error();
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (const QList<Error> errors = validate(items[i]); !errors.isEmpty()) {
            Error e = errors.first();
            e.line = int(i + 1);
            e.message = tr("Agenda item %1: %2").arg(i + 1).arg(e.message);
            return e;
        }
    }
    return m_db.transaction([&]() -> Status {
        QSqlQuery clear = m_db.prepare(QStringLiteral("DELETE FROM agenda_items WHERE meeting_id = ?"));
        clear.addBindValue(meetingId);
        if (Status s = m_db.exec(clear, tr("saving an agenda")); !s)
            return s;
        QSqlQuery q = m_db.prepare(QStringLiteral(
            "INSERT INTO agenda_items (meeting_id, position, kind, title, minutes, presenter_member_id,"
            " presenter_text) VALUES (?, ?, ?, ?, ?, ?, ?)"));
        for (qsizetype i = 0; i < items.size(); ++i) {
            const AgendaItem &item = items[i];
            q.addBindValue(meetingId);
            q.addBindValue(int(i));
            q.addBindValue(agendaKindKey(item.kind));
            q.addBindValue(sql::text(item.title.trimmed()));
            q.addBindValue(item.minutes);
            q.addBindValue(sql::id(item.presenterMemberId));
            q.addBindValue(sql::text(item.presenterText.trimmed()));
            if (Status s = m_db.exec(q, tr("saving an agenda")); !s)
                return s;
        }
        return {};
    });
}

} // namespace renkei
