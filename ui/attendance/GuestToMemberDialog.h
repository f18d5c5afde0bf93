#pragma once

#include "core/model/Member.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace renkei {

class Database;

// A guest becoming a member in one step: the member's main fields, filled in from the guest's, to
// check and complete. Accepting adds the member and gives them the guest's attendance at every meeting
// (GuestConversion), all or nothing; what core refuses is shown here.
class GuestToMemberDialog : public QDialog
{
    Q_OBJECT

public:
    GuestToMemberDialog(Database &db, qint64 guestAttendanceId, QWidget *parent = nullptr);

    Member member() const;
    // After acceptance: the new member and how many attendance records became theirs.
    qint64 memberId() const { return m_memberId; }
    int movedRecords() const { return m_moved; }

    void accept() override;

private:
    Database &m_db;
    qint64 m_attendanceId;
    Member m_proposal;
    qint64 m_memberId = 0;
    int m_moved = 0;
    QLineEdit *m_familyName = nullptr;
    QLineEdit *m_givenName = nullptr;
    QLineEdit *m_familyKana = nullptr;
    QLineEdit *m_givenKana = nullptr;
    QComboBox *m_profession = nullptr;
    QComboBox *m_organisation = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_phone = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace renkei
