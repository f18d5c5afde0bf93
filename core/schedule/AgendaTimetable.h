#pragma once

#include "core/model/AgendaItem.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QTime>

namespace renkei {

// A meeting's programme with times: each item starts when the one before it ends, from the meeting's
// start. Says when the programme runs past the meeting's end.
class AgendaTimetable
{
    Q_DECLARE_TR_FUNCTIONS(renkei::AgendaTimetable)

public:
    struct Entry
    {
        AgendaItem item;
        QTime start; // invalid when the meeting has no start time
        QTime end;
        int offsetMinutes = 0;         // from the meeting's start
        QString presenter;             // the member's name, or the free text; filled by the caller
        QString presenterOrganisation; // the member's organisation, when known
    };

    AgendaTimetable() = default;
    AgendaTimetable(const QTime &start, const QTime &end, const QList<AgendaItem> &items);

    const QList<Entry> &entries() const { return m_entries; }
    QList<Entry> &entries() { return m_entries; }
    QTime start() const { return m_start; }
    QTime end() const { return m_end; }
    int totalMinutes() const { return m_totalMinutes; }
    // When the last item ends (invalid without a start time).
    QTime finishes() const;
    // Minutes past the meeting's end time; 0 when it fits or there is no end time.
    int overrunMinutes() const;
    // Minutes left before the end time; 0 when it runs over or there is no end time.
    int spareMinutes() const;
    // "The programme runs 15 minutes past the end time (20:30)."; empty when it fits.
    QString overrunWarning() const;

private:
    QTime m_start;
    QTime m_end;
    int m_totalMinutes = 0;
    QList<Entry> m_entries;
};

} // namespace renkei
