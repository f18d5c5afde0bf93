#pragma once

#include "core/Result.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QTreeWidget;

namespace renkei {

class Database;
struct Meeting;

// The meetings section's Agenda tab: the chosen meeting's programme with times, lengths and presenters,
// and whether agendas are saved with dates in the Japanese era (remembered between runs).
class MeetingAgendaPane : public QWidget
{
    Q_OBJECT

public:
    explicit MeetingAgendaPane(QWidget *parent = nullptr);

    // Shows the agenda of `meeting` (none: nothing chosen), or says why it cannot.
    Status showMeeting(Database *db, const Meeting *meeting);
    // Agendas are saved with dates in the Japanese era (令和8年…).
    bool eraDates() const;

private:
    QLayout *createHeading();

    QLabel *m_heading = nullptr;
    QCheckBox *m_era = nullptr;
    QTreeWidget *m_agenda = nullptr;
};

} // namespace renkei
