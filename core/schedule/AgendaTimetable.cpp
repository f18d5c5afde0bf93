#include "AgendaTimetable.h"

#include <algorithm>

namespace renkei {

AgendaTimetable::AgendaTimetable(const QTime &start, const QTime &end, const QList<AgendaItem> &items)
    : m_start(start), m_end(end)
{
    int offset = 0;
    for (const AgendaItem &item : items) {
        Entry e;
        e.item = item;
        e.offsetMinutes = offset;
        if (start.isValid()) {
            e.start = start.addSecs(offset * 60);
            e.end = start.addSecs((offset + item.minutes) * 60);
        }
        e.presenter = item.presenterText;
        offset += std::max(0, item.minutes);
        m_entries << e;
    }
    m_totalMinutes = offset;
}

QTime AgendaTimetable::finishes() const
{
    return m_start.isValid() ? m_start.addSecs(m_totalMinutes * 60) : QTime();
}

int AgendaTimetable::overrunMinutes() const
{
    if (!m_start.isValid() || !m_end.isValid() || m_end <= m_start)
        return 0;
    const int available = m_start.secsTo(m_end) / 60;
    return std::max(0, m_totalMinutes - available);
}

int AgendaTimetable::spareMinutes() const
{
    if (!m_start.isValid() || !m_end.isValid() || m_end <= m_start)
        return 0;
    const int available = m_start.secsTo(m_end) / 60;
    return std::max(0, available - m_totalMinutes);
}

QString AgendaTimetable::overrunWarning() const
{
    const int over = overrunMinutes();
    if (over == 0)
        return {};
    //: Japanese: 次第が終了時刻（%1）を%n分超えています。
    return tr("The programme runs %n minute(s) past the end time (%1).", nullptr, over)
        .arg(m_end.toString(QStringLiteral("H:mm")));
}

} // namespace renkei
