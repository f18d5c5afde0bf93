#pragma once

#include "core/model/Series.h"
#include "ui/widgets/FieldErrors.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTimeEdit;

namespace renkei {

class Database;

// Creates or edits a meeting series: its name, the number its first meeting in Renkei takes (第N回, for a
// network that met before), and the defaults new meetings start from (venue, address, times, fee,
// places), with notes. What core refuses is said next to the field; Save writes it.
class SeriesDialog : public QDialog
{
    Q_OBJECT

public:
    // A series with id 0 is added on Save; another is updated.
    SeriesDialog(Database &db, const Series &series, QWidget *parent = nullptr);

    // The series as the form has it (not yet saved).
    Series series() const;
    // The id of the series saved, after the dialog was accepted.
    qint64 savedId() const { return m_savedId; }
    // The messages shown, by core's field name ("name", "default_end").
    QHash<QString, QString> fieldErrors() const { return m_errors.shown(); }

    void accept() override;

private:
    void timesToggled();

    Database &m_db;
    Series m_original;
    qint64 m_savedId = 0;
    bool m_attempted = false;
    FieldErrors m_errors;
    QLineEdit *m_name = nullptr;
    QSpinBox *m_firstNumber = nullptr;
    QLabel *m_firstNumberText = nullptr;
    QLineEdit *m_venue = nullptr;
    QLineEdit *m_address = nullptr;
    QCheckBox *m_hasTimes = nullptr;
    QTimeEdit *m_start = nullptr;
    QTimeEdit *m_end = nullptr;
    QSpinBox *m_fee = nullptr;
    QSpinBox *m_capacity = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QLabel *m_generalError = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace renkei
