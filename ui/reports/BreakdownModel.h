#pragma once

#include "core/reports/Breakdown.h"
#include "core/reports/ProfessionPalette.h"

#include <QAbstractTableModel>

#include <optional>

namespace renkei {

// Attendances split by profession or area for a table: the name (with the profession's colour when a
// palette is given), the count and its share of the total.
class BreakdownModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Count,
        Share,
        ColumnCount
    };

    // `attribute` heads the first column ("Profession", "Area").
    BreakdownModel(const QString &attribute, QObject *parent = nullptr);

    void setBreakdown(const Breakdown &breakdown, std::optional<ProfessionPalette> palette = std::nullopt);
    // The largest count, for the bars.
    int most() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString m_attribute;
    Breakdown m_breakdown;
    std::optional<ProfessionPalette> m_palette;
};

} // namespace renkei
