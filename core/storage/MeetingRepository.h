#pragma once

#include "core/Result.h"
#include "core/model/AgendaItem.h"
#include "core/model/Meeting.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace renkei {

class Database;

// Meetings of a series and their agendas.
class MeetingRepository
{
    Q_DECLARE_TR_FUNCTIONS(renkei::MeetingRepository)

public:
    explicit MeetingRepository(Database &db) : m_db(db) {}

    // By date; `from`/`to` (inclusive) limit the range when valid. seriesId 0: every series.
    Result<QList<Meeting>> list(qint64 seriesId = 0, const QDate &from = {}, const QDate &to = {}) const;
    Result<Meeting> get(qint64 id) const;
    Result<Meeting> findByNumber(qint64 seriesId, int number) const;
    // The number the next meeting of the series takes (after its highest, or its first number).
    Result<int> nextNumber(qint64 seriesId) const;

    QList<Error> validate(const Meeting &meeting) const;
    // Adds a meeting; number 0 takes nextNumber(). Returns the new id.
    Result<qint64> add(const Meeting &meeting);
    Status update(const Meeting &meeting);
    // Deletes a meeting and its agenda; refuses one with attendance recorded as attended.
    Status remove(qint64 id);

    Result<QList<AgendaItem>> agenda(qint64 meetingId) const;
    QList<Error> validate(const AgendaItem &item) const;
    // Replaces the whole agenda of the meeting, in one transaction; positions follow list order.
    Status setAgenda(qint64 meetingId, const QList<AgendaItem> &items);

private:
    Database &m_db;
};

} // namespace renkei
