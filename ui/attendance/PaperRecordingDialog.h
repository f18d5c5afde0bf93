#pragma once

#include "core/model/Attendee.h"

#include <QDialog>
#include <QHash>

class QLabel;
class QPushButton;
class QTableWidget;
class QUndoStack;

namespace renkei {

class Database;
class MemberPicker;

// Recording a meeting from its paper sign-in sheet afterwards: the people in the sheet's order and
// numbering, with boxes to tick for who came, who stayed for the social gathering and who paid. Space
// ticks "attended" and moves to the next row; every tick can be undone and redone (Ctrl+Z, Ctrl+Shift+Z).
// Walk-ins written on the blank rows are added here, and those never ticked can be marked absent at the end.
class PaperRecordingDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column
    {
        NumberColumn,
        AttendedColumn,
        SocialColumn,
        PaidColumn,
        NameColumn,
        KanaColumn,
        OrganisationColumn,
        ColumnCount
    };

    PaperRecordingDialog(Database &db, qint64 meetingId, QWidget *parent = nullptr);

    QUndoStack *undoStack() const { return m_undo; }
    int rowOf(qint64 attendanceId) const { return m_rows.value(attendanceId, -1); }
    qint64 attendanceAt(int row) const;

    // What a click on a box does: attended, social or paid set on or off for a row, undoably.
    void setFlag(int row, Column column, bool on);

public slots:
    void markRestAbsent();
    void addWalkInGuest();
    void addWalkInMember(qint64 memberId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void load();
    void fillRow(int row, const Attendee &attendee);
    void refresh(qint64 attendanceId);
    void report(const QString &message);
    void updateSummary();

    Database &m_db;
    qint64 m_meetingId;
    bool m_hasSocial = false;
    QList<Attendee> m_people;
    QHash<qint64, int> m_rows;
    QTableWidget *m_table = nullptr;
    QUndoStack *m_undo = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_message = nullptr;
    MemberPicker *m_memberPicker = nullptr;
    bool m_filling = false;
};

} // namespace renkei
