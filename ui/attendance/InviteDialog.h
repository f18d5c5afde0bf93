#pragma once

#include "core/attendance/Invitation.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace renkei {

class Database;

// Invites a whole selection of members to a meeting at once: by profession, area, organisation and
// member status, or everyone who came to the series' last N meetings — and says, as the choice changes,
// how many that is and how many are on the list already. Invites, or registers them at once.
class InviteDialog : public QDialog
{
    Q_OBJECT

public:
    InviteDialog(Database &db, qint64 meetingId, QWidget *parent = nullptr);

    InviteSelection selection() const;
    Invitation::As as() const;
    // After acceptance: what the invitation did.
    const Invitation::Outcome &outcome() const { return m_outcome; }
    // "23 members; 5 of them on the list already."
    QString previewText() const;

    void accept() override;

private:
    void updatePreview();
    static QList<qint64> checkedIds(const QListWidget *list);

    Database &m_db;
    qint64 m_meetingId;
    Invitation::Outcome m_outcome;
    QListWidget *m_professions = nullptr;
    QListWidget *m_areas = nullptr;
    QLineEdit *m_organisationFilter = nullptr;
    QListWidget *m_organisations = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_inArea = nullptr;
    QCheckBox *m_recent = nullptr;
    QSpinBox *m_recentCount = nullptr;
    QCheckBox *m_register = nullptr;
    QLabel *m_preview = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace renkei
