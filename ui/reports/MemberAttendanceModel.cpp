#include "MemberAttendanceModel.h"

#include <QLocale>

namespace renkei {

void MemberAttendanceModel::setRecords(QList<SeriesReport::MemberRecord> records)
{
    beginResetModel();
    m_records = std::move(records);
    endResetModel();
}

int MemberAttendanceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int MemberAttendanceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString MemberAttendanceModel::historyText(const QList<char> &marks)
{
    QString text;
    text.reserve(marks.size());
    for (char mark : marks)
        text += mark == 'A'   ? QChar(0x25CF)  // ●
                : mark == 'X' ? QChar(0x00D7)  // ×
                : mark == 'C' ? QChar(0x25B3)  // △
                              : QChar(0x00B7); // ·
    return text;
}

QVariant MemberAttendanceModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_records.size())
        return {};
    const SeriesReport::MemberRecord &r = m_records.at(index.row());
    const QLocale locale;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name:
            return r.archived ? tr("%1 (archived)").arg(r.name) : r.name;
        case Profession:
            return r.profession;
        case Attended:
            return r.attended;
        case Meetings:
            return r.meetingsSinceJoining;
        case Rate:
            return r.meetingsSinceJoining == 0 ? QStringLiteral("–")
                                               : locale.toString(100.0 * r.rate(), 'f', 0) + QLatin1Char('%');
        case LastAttended:
            return r.lastAttended.isValid() ? locale.toString(r.lastAttended, QLocale::ShortFormat)
                                            : QString();
        case History:
            return historyText(r.marks);
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == Name)
            return r.kana;
        if (index.column() == History)
            return tr("● came, × absent, △ cancelled, · not signed up");
    }
    if (role == Qt::TextAlignmentRole &&
        (index.column() == Attended || index.column() == Meetings || index.column() == Rate))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::UserRole) // for sorting
        switch (index.column()) {
        case Rate:
            return r.rate();
        case LastAttended:
            return r.lastAttended;
        case Name:
            return r.kana;
        default:
            return data(index, Qt::DisplayRole);
        }
    return {};
}

QVariant MemberAttendanceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Profession:
        return tr("Profession");
    case Attended:
        return tr("Came");
    case Meetings:
        return tr("Of meetings");
    case Rate:
        return tr("Rate");
    case LastAttended:
        return tr("Last came");
    case History:
        return tr("Meeting by meeting");
    }
    return {};
}

} // namespace renkei
