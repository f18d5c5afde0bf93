#pragma once

#include "core/model/Attendee.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace renkei {

// A meeting's list for a table view: one row per person in the order given (the sign-in sheet's), with
// their status (and place on the waiting list), role, walk-in, social gathering, fee and check-in time.
// Holds values only; changes go through core and come back with setAttendees() or update().
class AttendanceTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NumberColumn,
        NameColumn,
        KanaColumn,
        ProfessionColumn,
        OrganisationColumn,
        StatusColumn,
        RoleColumn,
        WalkInColumn,
        SocialColumn,
        PaidColumn,
        CheckedInColumn,
        ColumnCount
    };
    // The attendance record's id, for any cell.
    static constexpr int AttendanceIdRole = Qt::UserRole + 1;

    explicit AttendanceTableModel(QObject *parent = nullptr);

    void setAttendees(const QList<Attendee> &attendees, const QHash<qint64, int> &waitingPositions = {});
    // Replaces the row of the same attendance record, if shown.
    void update(const Attendee &attendee);
    const Attendee *attendeeAt(int row) const;
    int rowOf(qint64 attendanceId) const;
    const QList<Attendee> &attendees() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "Waitlisted (2)", or the status's label.
    static QString statusText(const Attendee &attendee, int waitingPosition);
    // 18:32 in Japan's time.
    static QString checkInTime(const Attendee &attendee);

private:
    QList<Attendee> m_rows;
    QHash<qint64, int> m_waiting;
};

} // namespace renkei
