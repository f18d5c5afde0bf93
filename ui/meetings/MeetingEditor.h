#pragma once

#include "core/model/Meeting.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTabWidget;
class QTimeEdit;

namespace renkei {

class AgendaBuilder;
class Database;

// Edits one meeting: date, times, venue and address, fee, capacity, theme, status, notes or minutes and
// the social gathering on one tab, its programme (AgendaBuilder) on the other. Saved together in one
// transaction; a date on a holiday or closed day is pointed out before saving.
class MeetingEditor : public QDialog
{
    Q_OBJECT

public:
    MeetingEditor(Database &db, const Meeting &meeting, QWidget *parent = nullptr);

    // Opens on the agenda tab.
    void showAgenda();
    AgendaBuilder *agendaBuilder() const { return m_agenda; }
    Meeting meeting() const;

    void accept() override;

private:
    void dateChanged();
    void timesChanged();
    void showError(const QString &message, const QString &field = {});

    Database &m_db;
    Meeting m_original;
    QTabWidget *m_tabs = nullptr;
    QDateEdit *m_date = nullptr;
    QCheckBox *m_hasTimes = nullptr;
    QTimeEdit *m_start = nullptr;
    QTimeEdit *m_end = nullptr;
    QLineEdit *m_venue = nullptr;
    QLineEdit *m_address = nullptr;
    QSpinBox *m_fee = nullptr;
    QSpinBox *m_capacity = nullptr;
    QLineEdit *m_theme = nullptr;
    QComboBox *m_status = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QGroupBox *m_social = nullptr;
    QLineEdit *m_socialVenue = nullptr;
    QTimeEdit *m_socialStart = nullptr;
    QSpinBox *m_socialFee = nullptr;
    QLabel *m_dateNote = nullptr;
    QLabel *m_error = nullptr;
    AgendaBuilder *m_agenda = nullptr;
};

} // namespace renkei
