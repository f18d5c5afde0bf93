#pragma once

#include "core/Result.h"
#include "core/model/Meeting.h"

#include <QAbstractTableModel>
#include <QList>

namespace renkei {

class Database;

// The meetings of one series, each with how many attended. A series holds tens of meetings,
// so they are loaded whole.
class MeetingTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NumberColumn,
        DateColumn,
        TimeColumn,
        VenueColumn,
        ThemeColumn,
        StatusColumn,
        AttendedColumn,
        ColumnCount
    };

    explicit MeetingTableModel(QObject *parent = nullptr);

    // Loads the meetings of `seriesId` from `db`; on an error the table is left empty.
    Status load(Database &db, qint64 seriesId);
    void clear();

    const Meeting *meetingAt(int row) const;
    int attendedAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "18:30–20:30" in the locale's short time format; one time when there is no end.
    static QString timeRange(const Meeting &meeting);

private:
    struct Row
    {
        Meeting meeting;
        int attended = 0;
    };
    QList<Row> m_rows;
};

} // namespace renkei
