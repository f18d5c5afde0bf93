#include "MeetingFiguresModel.h"

namespace renkei {

void MeetingFiguresModel::setLines(const QList<MeetingReport::Line> &lines)
{
    beginResetModel();
    m_lines = lines;
    endResetModel();
}

int MeetingFiguresModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int MeetingFiguresModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 2;
}

QVariant MeetingFiguresModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_lines.size())
        return {};
    if (role == Qt::TextAlignmentRole)
        return index.column() == 1 ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    if (role != Qt::DisplayRole)
        return {};
    const MeetingReport::Line &line = m_lines.at(index.row());
    //: A figure of a meeting with its section: "By profession: Nurse"
    return index.column() == 0 ? QVariant(tr("%1: %2").arg(line.sectionLabel, line.item))
                               : QVariant(line.count);
}

QVariant MeetingFiguresModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return section == 0 ? tr("Figure") : tr("Count");
}

} // namespace renkei
