#pragma once

#include "core/Result.h"
#include "core/model/AgendaItem.h"
#include "core/model/Meeting.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace renkei {

class AgendaItemDelegate;
class AgendaModel;
class Database;

// Builds a meeting's programme: ordered items (kind, title, minutes, presenter) with start times from
// the meeting's start; reorder by drag and drop or Ctrl+Up/Ctrl+Down; start from an earlier meeting's
// agenda; a warning when it runs past the end time. Saving is the caller's (MeetingEditor).
class AgendaBuilder : public QWidget
{
    Q_OBJECT

public:
    explicit AgendaBuilder(QWidget *parent = nullptr);

    // Loads the meeting's agenda, the members who can present and the earlier meetings to copy from.
    Status load(Database &db, const Meeting &meeting);
    void setMeetingTimes(const QTime &start, const QTime &end);
    QList<AgendaItem> items() const;
    AgendaModel *model() const { return m_model; }

    // Replaces the items with those of another meeting (not saved until the caller saves).
    Status copyFrom(qint64 meetingId);

private:
    void addItem();
    void removeItem();
    void moveCurrent(int delta);
    void copySelected();
    void updateSummary();

    Database *m_db = nullptr;
    AgendaModel *m_model = nullptr;
    AgendaItemDelegate *m_delegate = nullptr;
    QTableView *m_table = nullptr;
    QComboBox *m_template = nullptr;
    QPushButton *m_copy = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_warning = nullptr;
};

} // namespace renkei
