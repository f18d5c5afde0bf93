#pragma once

#include "core/reports/SeriesReport.h"

#include <QAbstractTableModel>

namespace renkei {

// Each meeting of a report's period for a table: number, date, theme, who came (members, guests,
// first-timers), how many professions, the social gathering and the fees. Holds values only.
class ReportMeetingsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Number,
        Date,
        Theme,
        Came,
        Members,
        Guests,
        FirstTimers,
        Professions,
        Social,
        Fees,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setMeetings(const QList<SeriesReport::MeetingSummary> &meetings);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<SeriesReport::MeetingSummary> m_meetings;
};

} // namespace renkei
