#pragma once

#include "core/io/RosterImport.h"

#include <QAbstractTableModel>

namespace renkei {

// The first rows of a roster file as they will be read, for the import wizard's preview: the file's
// header across the top, its line numbers down the side.
class RosterPreviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    using QAbstractTableModel::QAbstractTableModel;

    void setPreview(const RosterPreview &preview);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    RosterPreview m_preview;
};

} // namespace renkei
