#include "RosterPreviewModel.h"

namespace renkei {

void RosterPreviewModel::setPreview(const RosterPreview &preview)
{
    beginResetModel();
    m_preview = preview;
    endResetModel();
}

void RosterPreviewModel::clear()
{
    setPreview({});
}

int RosterPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_preview.rows.size());
}

int RosterPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_preview.header.size());
}

QVariant RosterPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || role != Qt::DisplayRole || index.row() >= m_preview.rows.size())
        return {};
    return m_preview.rows[index.row()].value(index.column());
}

QVariant RosterPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal)
        return m_preview.header.value(section);
    return QString::number(m_preview.lines.value(section));
}

} // namespace renkei
