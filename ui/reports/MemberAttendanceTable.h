#pragma once

#include <QTableView>

namespace renkei {

class MemberAttendanceModel;

// Members' attendance in the reports section, sorted by any column (the Members and Not Seen Lately tabs).
class MemberAttendanceTable : public QTableView
{
    Q_OBJECT

public:
    MemberAttendanceTable(const QString &objectName, MemberAttendanceModel *model, QWidget *parent = nullptr);
};

} // namespace renkei
