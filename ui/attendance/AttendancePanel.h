#pragma once

#include "core/Result.h"
#include "core/attendance/Registration.h"
#include "core/model/Attendee.h"
#include "core/model/Meeting.h"

#include <QWidget>

class QComboBox;
class QLayout;
class QLabel;
class QPushButton;
class QTableView;

namespace renkei {

class AttendanceDocuments;
class AttendanceTableModel;
class Database;
class MemberPicker;
class MessageBar;

// The Attendance tab of a meeting: everyone invited or registered, with status (and place on the
// waiting list), role, walk-in, social gathering, fee and check-in time, and the places left. Members
// are added by typing a few letters of their name or reading, guests in a few fields, a whole selection
// by invitation; statuses and roles are changed for the rows chosen, under the capacity rules, and the
// organiser is told who moved up from the waiting list. From here: the reception desk, recording from
// the paper sheet, the sign-in sheet, name badges and certificates, the series' attendance grid for the
// meeting's fiscal year, and the attendance list and the year's matrix as CSV.
class AttendancePanel : public QWidget
{
    Q_OBJECT

public:
    explicit AttendancePanel(QWidget *parent = nullptr);

    // The meeting to show; none for 0 or without a database. The database must outlive the panel's use
    // of it (the panel drops it with setMeeting(nullptr, 0)).
    void setMeeting(Database *db, qint64 meetingId);
    qint64 meetingId() const { return m_meetingId; }
    AttendanceTableModel *model() const { return m_model; }
    QList<qint64> selectedIds() const;
    void selectIds(const QList<qint64> &attendanceIds);

    // What the buttons do, for the rows chosen or the member or guest given.
    Status registerMember(qint64 memberId);
    Status addGuest(const Guest &guest);
    Status setStatus(const QList<qint64> &attendanceIds, AttendanceStatus status);
    Status setRole(const QList<qint64> &attendanceIds, AttendanceRole role);
    Status toggle(qint64 attendanceId, int column);
    Status remove(const QList<qint64> &attendanceIds);
    // "33 of 40 places taken · 9 waiting · 0 here"
    QString placesText() const;

public slots:
    void reload();
    void invite();
    void addGuestDialog();
    void openCheckIn();
    void recordFromPaper();
    void makeMember();
    // Gives the free places to those waiting, in order (after the capacity was raised, say).
    void promote();

signals:
    void errorOccurred(const QString &message);
    // The list changed (the meetings table's counts may follow).
    void attendanceChanged();

private:
    void report(const RegistrationChange &change, const QString &done);
    void showError(const Status &status);
    void updateActions();
    QPushButton *meetingButton(const QString &text, const char *name, void (AttendancePanel::*slot)());
    QLayout *createTopRow();
    QLayout *createAddingRow();
    QTableView *createTable();
    QLayout *createRowActions();

    Database *m_db = nullptr;
    qint64 m_meetingId = 0;
    QLabel *m_places = nullptr;
    MessageBar *m_notice = nullptr;
    MemberPicker *m_addMember = nullptr;
    QComboBox *m_addRole = nullptr;
    AttendanceTableModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QList<QWidget *> m_needMeeting;
    QList<QWidget *> m_needSelection;
    QPushButton *m_makeMember = nullptr;
    QPushButton *m_promote = nullptr;
    AttendanceDocuments *m_documents = nullptr;
};

} // namespace renkei
