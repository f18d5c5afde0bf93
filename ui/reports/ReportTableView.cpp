#include "ReportTableView.h"

#include <QHeaderView>

namespace renkei {

ReportTableView::ReportTableView(const QString &objectName, QAbstractItemModel *model, QWidget *parent)
    : QTableView(parent)
{
    setObjectName(objectName);
    setModel(model);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setWordWrap(false);
    verticalHeader()->hide();
    horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    horizontalHeader()->setStretchLastSection(true);
}

} // namespace renkei
