#include "ReportMeetingsModel.h"

#include <QLocale>

namespace renkei {

void ReportMeetingsModel::setMeetings(const QList<SeriesReport::MeetingSummary> &meetings)
{
    beginResetModel();
    m_meetings = meetings;
    endResetModel();
}

int ReportMeetingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_meetings.size());
}

int ReportMeetingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReportMeetingsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_meetings.size())
        return {};
    const int column = index.column();
    const bool number = column != Date && column != Theme;
    if (role == Qt::TextAlignmentRole)
        return number ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    if (role != Qt::DisplayRole)
        return {};
    const SeriesReport::MeetingSummary &s = m_meetings.at(index.row());
    switch (Column(column)) {
    case Number:
        return s.meeting.number;
    case Date:
        return QLocale().toString(s.meeting.date, QLocale::ShortFormat);
    case Theme:
        return s.meeting.theme;
    case Came:
        return s.attended;
    case Members:
        return s.members;
    case Guests:
        return s.guests;
    case FirstTimers:
        return s.firstTimers;
    case Professions:
        return s.professions;
    case Social:
        return s.social;
    case Fees:
        return s.feesCollected;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ReportMeetingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Number:
        return tr("No.");
    case Date:
        return tr("Date");
    case Theme:
        return tr("Theme");
    case Came:
        return tr("Came");
    case Members:
        return tr("Members");
    case Guests:
        return tr("Guests");
    case FirstTimers:
        return tr("First-timers");
    case Professions:
        return tr("Professions");
    case Social:
        return tr("Social");
    case Fees:
        return tr("Fees (yen)");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace renkei
