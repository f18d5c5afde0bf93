#include "BreakdownModel.h"

#include <QLocale>

namespace renkei {

BreakdownModel::BreakdownModel(const QString &attribute, QObject *parent)
    : QAbstractTableModel(parent), m_attribute(attribute)
{}

void BreakdownModel::setBreakdown(const Breakdown &breakdown, std::optional<ProfessionPalette> palette)
{
    beginResetModel();
    m_breakdown = breakdown;
    m_palette = std::move(palette);
    endResetModel();
}

int BreakdownModel::most() const
{
    int most = 0;
    for (const BreakdownEntry &e : m_breakdown.entries)
        most = qMax(most, e.count);
    return most;
}

int BreakdownModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_breakdown.entries.size());
}

int BreakdownModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BreakdownModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_breakdown.entries.size())
        return {};
    const BreakdownEntry &e = m_breakdown.entries.at(index.row());
    switch (Column(index.column())) {
    case Name:
        if (role == Qt::DecorationRole && m_palette)
            return m_palette->colour(e.id);
        return role == Qt::DisplayRole ? QVariant(e.label) : QVariant();
    case Count:
        return role == Qt::DisplayRole ? QVariant(e.count) : QVariant();
    case Share: {
        if (role == Qt::TextAlignmentRole)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        const int total = m_breakdown.total();
        if (role != Qt::DisplayRole || total == 0)
            return role == Qt::DisplayRole ? QVariant(QString()) : QVariant();
        return QLocale().toString(100.0 * e.count / total, 'f', 1) + QLatin1Char('%');
    }
    case ColumnCount:
        break;
    }
    return {};
}

QVariant BreakdownModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Name:
        return m_attribute;
    case Count:
        return tr("Attendances");
    case Share:
        return tr("Share");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace renkei
