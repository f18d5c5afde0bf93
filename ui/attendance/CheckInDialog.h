#pragma once

#include "core/attendance/CheckInDesk.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace renkei {

class Database;

// The reception desk's screen (受付): one large search field and the people it finds. Typing a few
// letters of a name or its reading (any kana) finds them; Enter marks the one highlighted there, with
// the time (a member who had not registered comes in as a walk-in); the arrow keys move the highlight.
// A walk-in guest is added in a few fields. The fee and the social gathering can be ticked for the
// person just checked in, the last check-ins undone, and the counts by profession follow live.
class CheckInDialog : public QDialog
{
    Q_OBJECT

public:
    CheckInDialog(Database &db, qint64 meetingId, QWidget *parent = nullptr);

    CheckInDesk &desk() { return m_desk; }
    // The people the search shows now.
    const QList<CheckInDesk::Match> &matches() const { return m_matches; }

public slots:
    void search();
    void checkInCurrent();
    void undoLast();
    void addWalkInGuest();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showChecked(const Attendee &attendee, const QString &message);
    void refreshCounts();
    void setLastFlags();
    void showError(const QString &message);

    Database &m_db;
    CheckInDesk m_desk;
    QList<CheckInDesk::Match> m_matches;
    QList<qint64> m_history; // check-ins made here, latest last
    qint64 m_last = 0;
    QLineEdit *m_search = nullptr;
    QListWidget *m_results = nullptr;
    QLabel *m_lastLabel = nullptr;
    QCheckBox *m_paid = nullptr;
    QCheckBox *m_social = nullptr;
    QPushButton *m_undo = nullptr;
    QPushButton *m_walkIn = nullptr;
    QTableWidget *m_counts = nullptr;
    QLabel *m_total = nullptr;
};

} // namespace renkei
