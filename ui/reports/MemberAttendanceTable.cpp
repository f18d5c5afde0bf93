#include "MemberAttendanceTable.h"

#include "MemberAttendanceModel.h"

#include <QHeaderView>
#include <QSortFilterProxyModel>

namespace renkei {

MemberAttendanceTable::MemberAttendanceTable(const QString &objectName, MemberAttendanceModel *model,
                                             QWidget *parent)
    : QTableView(parent)
{
    auto *proxy = new QSortFilterProxyModel(model);
    proxy->setSourceModel(model);
    proxy->setSortRole(Qt::UserRole);
    setObjectName(objectName);
    setModel(proxy);
    setSortingEnabled(true);
    sortByColumn(-1, Qt::AscendingOrder);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setWordWrap(false);
    verticalHeader()->hide();
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        resizeColumnsToContents();
        setColumnWidth(MemberAttendanceModel::Name, columnWidth(MemberAttendanceModel::Name) + 16);
    });
}

} // namespace renkei
