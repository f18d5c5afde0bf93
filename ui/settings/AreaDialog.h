#pragma once

#include "core/model/Area.h"
#include "ui/widgets/FieldErrors.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace renkei {

class Database;

// Adds or edits an area: a ward (区) at the top of the tree, or a community support-centre zone
// (圏域) within a ward, and whether it lies in the network's own area. The caller saves it through
// RosterEdits once the dialog is accepted.
class AreaDialog : public QDialog
{
    Q_OBJECT

public:
    AreaDialog(Database &db, const Area &area, QWidget *parent = nullptr);

    Area area() const;
    void accept() override;

private:
    Database &m_db;
    Area m_original;
    FieldErrors m_errors;
    QLineEdit *m_name = nullptr;
    QComboBox *m_ward = nullptr;
    QCheckBox *m_inArea = nullptr;
};

} // namespace renkei
