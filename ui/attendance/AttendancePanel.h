#pragma once

#include "core/Result.h"
#include "core/attendance/Registration.h"
#include "core/io/AttendanceExport.h"
#include "core/model/Attendee.h"
#include "core/model/Meeting.h"

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;
class QToolButton;

namespace renkei {

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
    void openSheet();
    void makeMember();
    // Gives the free places to those waiting, in order (after the capacity was raised, say).
    void promote();
    // Save this meeting's attendance list, or the matrix of its series and fiscal year, as CSV.
    void exportList();
    void exportMatrix();

signals:
    void errorOccurred(const QString &message);
    // The list changed (the meetings table's counts may follow).
    void attendanceChanged();

private:
    void report(const RegistrationChange &change, const QString &done);
    void showError(const Status &status);
    void updateActions();
    void badges(bool pdf);
    void certificates(bool pdf);
    void grid(bool pdf);
    void saveCsv(const Result<AttendanceExport::Table> &table, const QString &title, const QString &fileName);
    Result<Meeting> meeting() const;
    QString fileStem() const;

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
    QToolButton *m_grid = nullptr;
    QAction *m_exportMatrix = nullptr;
};

} // namespace renkei
