#pragma once

#include <QTableView>

namespace renkei {

// A read-only table of the reports section: whole rows chosen one at a time, no row numbers, headers
// to the left, the last column stretched.
class ReportTableView : public QTableView
{
    Q_OBJECT

public:
    ReportTableView(const QString &objectName, QAbstractItemModel *model, QWidget *parent = nullptr);
};

} // namespace renkei
