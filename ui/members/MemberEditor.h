#pragma once

#include "core/model/Member.h"
#include "core/storage/MemberRepository.h"
#include "ui/widgets/FieldErrors.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace renkei {

class Database;
class MemberPicker;
class RosterEdits;

// Adds or edits one member (会員). What is wrong is said next to its field; someone who looks like an
// existing member (same name and reading, e-mail or phone) is shown before saving, and saved only when
// the organiser says so. Saving goes through RosterEdits, so Edit ▸ Undo takes it back. Enter saves,
// Esc cancels; for a new member, Save and New keeps the dialog open for the next one.
class MemberEditor : public QDialog
{
    Q_OBJECT

public:
    // `member` with id 0 is a new member.
    MemberEditor(Database &db, RosterEdits &edits, const Member &member, QWidget *parent = nullptr);

    // The member as the form has it now (not saved).
    Member member() const;
    // The problems shown, by core's field name ("family_kana"); empty when none.
    QHash<QString, QString> fieldErrors() const;
    // The members shown as possibly the same person.
    const QList<Lookalike> &lookalikes() const { return m_lookalikes; }

    // Validates, warns about lookalikes, and saves; true when saved.
    bool save();

signals:
    // After each save; `id` is the member's.
    void saved(qint64 id);

private:
    QWidget *pair(QWidget *first, QWidget *second, const QString &firstKey, const QString &secondKey);
    void fillChoices();
    void load(const Member &member);
    void addOrganisation();
    bool showErrors(const QList<Error> &errors);
    void showLookalikes();
    void clearLookalikes();
    // What lookalikes compare: changing it asks again.
    QString identity() const;
    void saveAndNew();

    Database &m_db;
    RosterEdits &m_edits;
    Member m_original;
    bool m_attempted = false;
    QList<Lookalike> m_lookalikes;
    QString m_confirmedIdentity; // the organiser chose to save despite lookalikes for this identity

    QLineEdit *m_familyName = nullptr;
    QLineEdit *m_givenName = nullptr;
    QLineEdit *m_familyKana = nullptr;
    QLineEdit *m_givenKana = nullptr;
    QComboBox *m_profession = nullptr;
    QComboBox *m_organisation = nullptr;
    QPushButton *m_newOrganisation = nullptr;
    QComboBox *m_area = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_fax = nullptr;
    QDateEdit *m_joinedOn = nullptr;
    MemberPicker *m_referredBy = nullptr;
    QCheckBox *m_medicalAssociation = nullptr;
    QCheckBox *m_consentRoster = nullptr;
    QCheckBox *m_consentEmail = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QLabel *m_lookalikeText = nullptr;
    QWidget *m_lookalikePanel = nullptr;
    QLabel *m_generalError = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_save = nullptr;
    QString m_saveText;
    QPushButton *m_saveAndNew = nullptr;
    FieldErrors m_errors;
};

} // namespace renkei
