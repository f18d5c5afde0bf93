#pragma once

#include <QDialog>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace renkei {

class Database;

// The organiser's closed days (休業日): the year-end break, Obon, a venue's closed days. Each can be
// turned off, deleted, or added as a day, a range, or a range every year. Changes are saved at once.
class ClosedDaysDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ClosedDaysDialog(Database &db, QWidget *parent = nullptr);

private:
    void reload();
    void add();
    void removeSelected();
    void toggled(int row, int column);
    void showError(const QString &message);

    Database &m_db;
    QTableWidget *m_table = nullptr;
    QLineEdit *m_name = nullptr;
    QDateEdit *m_first = nullptr;
    QDateEdit *m_last = nullptr;
    QCheckBox *m_yearly = nullptr;
    QLabel *m_error = nullptr;
    bool m_loading = false;
};

} // namespace renkei
