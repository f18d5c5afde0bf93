#include "MeetingTableModel.h"

#include "core/storage/AttendanceRepository.h"
#include "core/storage/Database.h"
#include "core/storage/MeetingRepository.h"

#include <QLocale>

namespace renkei {

MeetingTableModel::MeetingTableModel(QObject *parent) : QAbstractTableModel(parent) {}

Status MeetingTableModel::load(Database &db, qint64 seriesId)
{
    QList<Row> rows;
    Status status;
    if (auto meetings = MeetingRepository(db).list(seriesId); meetings.ok()) {
        AttendanceRepository attendance(db);
        for (const Meeting &meeting : *meetings) {
            Row row{meeting, 0};
            auto people = attendance.forMeeting(meeting.id);
            if (!people) {
                status = people.error();
                break;
            }
            for (const Attendance &person : *people)
                if (person.status == AttendanceStatus::Attended)
                    ++row.attended;
            rows << row;
        }
    } else {
        status = meetings.error();
    }

    beginResetModel();
    m_rows = status.ok() ? rows : QList<Row>();
    endResetModel();
    return status;
}

void MeetingTableModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

const Meeting *MeetingTableModel::meetingAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row).meeting : nullptr;
}

int MeetingTableModel::attendedAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).attended : 0;
}

int MeetingTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MeetingTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString MeetingTableModel::timeRange(const Meeting &meeting)
{
    const QLocale locale;
    if (!meeting.start.isValid())
        return {};
    const QString start = locale.toString(meeting.start, QLocale::ShortFormat);
    if (!meeting.end.isValid())
        return start;
    //: A meeting's time range: start–end
    return tr("%1–%2").arg(start, locale.toString(meeting.end, QLocale::ShortFormat));
}

QVariant MeetingTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    const Meeting &meeting = row.meeting;

    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case NumberColumn:
            return meeting.numberLabel();
        case DateColumn:
            return QLocale().toString(meeting.date, QLocale::LongFormat);
        case TimeColumn:
            return timeRange(meeting);
        case VenueColumn:
            return meeting.venue;
        case ThemeColumn:
            return meeting.theme;
        case StatusColumn:
            return meetingStatusLabel(meeting.status);
        case AttendedColumn:
            // Nothing to count before the day; a planned meeting being checked in shows its count.
            return meeting.status == MeetingStatus::Held || row.attended > 0 ? QVariant(row.attended)
                                                                             : QVariant();
        }
    } else if (role == Qt::TextAlignmentRole && index.column() == AttendedColumn) {
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    } else if (role == Qt::ToolTipRole && index.column() == VenueColumn) {
        return meeting.address;
    } else if (role == Qt::ToolTipRole && index.column() == ThemeColumn) {
        return meeting.theme;
    }
    return {};
}

QVariant MeetingTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn:
        return tr("No.");
    case DateColumn:
        return tr("Date");
    case TimeColumn:
        return tr("Time");
    case VenueColumn:
        return tr("Venue");
    case ThemeColumn:
        return tr("Theme");
    case StatusColumn:
        return tr("Status");
    case AttendedColumn:
        return tr("Attended");
    }
    return {};
}

} // namespace renkei
