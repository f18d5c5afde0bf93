#pragma once

#include "core/model/Profession.h"
#include "ui/widgets/FieldErrors.h"

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace renkei {

class Database;

// Adds or edits a profession (職種): its Japanese and English names and its category. The caller
// saves it through RosterEdits once the dialog is accepted.
class ProfessionDialog : public QDialog
{
    Q_OBJECT

public:
    ProfessionDialog(Database &db, const Profession &profession, QWidget *parent = nullptr);

    Profession profession() const;
    void accept() override;

private:
    Database &m_db;
    Profession m_original;
    FieldErrors m_errors;
    QLineEdit *m_nameJa = nullptr;
    QLineEdit *m_nameEn = nullptr;
    QComboBox *m_category = nullptr;
};

} // namespace renkei
