#pragma once

#include "core/reports/SeriesReport.h"

#include <QAbstractTableModel>

namespace renkei {

// Members' attendance over the report's period for a table: name, profession, how often they came
// and of how many meetings, the rate, when they last came, and a mark a meeting. Holds values only.
class MemberAttendanceModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Profession,
        Attended,
        Meetings,
        Rate,
        LastAttended,
        History,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setRecords(QList<SeriesReport::MemberRecord> records);
    const SeriesReport::MemberRecord &record(int row) const { return m_records.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // ●●×·● : attended, absent, cancelled, not there.
    static QString historyText(const QList<char> &marks);

private:
    QList<SeriesReport::MemberRecord> m_records;
};

} // namespace renkei
