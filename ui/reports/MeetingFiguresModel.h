#pragma once

#include "core/reports/MeetingReport.h"

#include <QAbstractTableModel>

namespace renkei {

// One meeting's figures for a table: each line of its report ("By profession: Nurse") and its count.
class MeetingFiguresModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    using QAbstractTableModel::QAbstractTableModel;

    void setLines(const QList<MeetingReport::Line> &lines);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<MeetingReport::Line> m_lines;
};

} // namespace renkei
