#pragma once

#include "core/model/Attendance.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace renkei {

class Database;

// A guest (not a member) in a few fields: name, reading, profession and organisation. Used to add a
// guest to a meeting's list and for a walk-in at the reception desk, where it must take seconds:
// Enter accepts as soon as a name is typed.
class GuestDialog : public QDialog
{
    Q_OBJECT

public:
    GuestDialog(Database &db, const QString &title, QWidget *parent = nullptr);

    Guest guest() const;
    // Shows a problem core found (the field is named in `field`: "guest_name", "guest_kana").
    void showError(const QString &message, const QString &field);

private:
    void updateOk();

    QLineEdit *m_name = nullptr;
    QLineEdit *m_kana = nullptr;
    QComboBox *m_profession = nullptr;
    QLineEdit *m_organisation = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace renkei
