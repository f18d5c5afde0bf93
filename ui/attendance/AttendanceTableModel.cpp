#include "AttendanceTableModel.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QPalette>
#include <QTimeZone>

namespace renkei {

AttendanceTableModel::AttendanceTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void AttendanceTableModel::setAttendees(const QList<Attendee> &attendees,
                                        const QHash<qint64, int> &waitingPositions)
{
    beginResetModel();
    m_rows = attendees;
    m_waiting = waitingPositions;
    endResetModel();
}

void AttendanceTableModel::update(const Attendee &attendee)
{
    const int row = rowOf(attendee.id());
    if (row < 0)
        return;
    m_rows[row] = attendee;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

const Attendee *AttendanceTableModel::attendeeAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int AttendanceTableModel::rowOf(qint64 attendanceId) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows[row].id() == attendanceId)
            return row;
    return -1;
}

int AttendanceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AttendanceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AttendanceTableModel::statusText(const Attendee &attendee, int waitingPosition)
{
    const QString label = attendanceStatusLabel(attendee.attendance.status);
    if (attendee.attendance.status == AttendanceStatus::Waitlisted && waitingPosition > 0)
        //: A waitlisted person's status and place in line, e.g. "Waitlisted (2)"
        return tr("%1 (%2)").arg(label).arg(waitingPosition);
    return label;
}

QString AttendanceTableModel::checkInTime(const Attendee &attendee)
{
    if (!attendee.attendance.checkedInAt.isValid())
        return {};
    return attendee.attendance.checkedInAt.toTimeZone(QTimeZone(9 * 3600)).toString(QStringLiteral("HH:mm"));
}

QVariant AttendanceTableModel::data(const QModelIndex &index, int role) const
{
    const Attendee *a = attendeeAt(index.row());
    if (!a || !index.isValid())
        return {};
    if (role == AttendanceIdRole)
        return a->id();
    const Attendance &at = a->attendance;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case NumberColumn:
            return index.row() + 1;
        case NameColumn:
            return a->isGuest() ? tr("%1 (guest)").arg(a->name) : a->name;
        case KanaColumn:
            return a->kana;
        case ProfessionColumn:
            return a->profession;
        case OrganisationColumn:
            return a->organisation;
        case StatusColumn:
            return statusText(*a, m_waiting.value(a->id()));
        case RoleColumn:
            return attendanceRoleLabel(at.role);
        case CheckedInColumn:
            return checkInTime(*a);
        default:
            return {};
        }
    }
    if (role == Qt::CheckStateRole) {
        switch (index.column()) {
        case WalkInColumn:
            return at.walkIn ? Qt::Checked : Qt::Unchecked;
        case SocialColumn:
            return at.social ? Qt::Checked : Qt::Unchecked;
        case PaidColumn:
            return at.feePaid ? Qt::Checked : Qt::Unchecked;
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == NumberColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole) {
        // Those who will not come are greyed.
        if (at.status == AttendanceStatus::Cancelled || at.status == AttendanceStatus::Absent ||
            at.status == AttendanceStatus::Invited)
            return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
    }
    if (role == Qt::FontRole && index.column() == StatusColumn && at.status == AttendanceStatus::Attended) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    return {};
}

QVariant AttendanceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn:
        return tr("No.");
    case NameColumn:
        return tr("Name");
    case KanaColumn:
        return tr("Reading");
    case ProfessionColumn:
        return tr("Profession");
    case OrganisationColumn:
        return tr("Organisation");
    case StatusColumn:
        return tr("Status");
    case RoleColumn:
        return tr("Role");
    case WalkInColumn:
        return tr("Walk-in");
    case SocialColumn:
        return tr("Social");
    case PaidColumn:
        return tr("Paid");
    case CheckedInColumn:
        return tr("Checked in");
    }
    return {};
}

} // namespace renkei
