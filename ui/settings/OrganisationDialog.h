#pragma once

#include "core/model/Organisation.h"
#include "ui/widgets/FieldErrors.h"

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace renkei {

class Database;

// Adds or edits an organisation (所属): its name, kind, area, address, phone and fax, each checked
// as core checks it, with what is wrong said next to the field. It does not save: the caller does,
// through RosterEdits, once the dialog is accepted.
class OrganisationDialog : public QDialog
{
    Q_OBJECT

public:
    OrganisationDialog(Database &db, const Organisation &organisation, QWidget *parent = nullptr);

    Organisation organisation() const;
    void accept() override;

private:
    Database &m_db;
    Organisation m_original;
    FieldErrors m_errors;
    QLineEdit *m_name = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_area = nullptr;
    QLineEdit *m_address = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_fax = nullptr;
};

} // namespace renkei
