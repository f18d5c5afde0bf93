#pragma once

#include "core/Result.h"
#include "ui/SectionView.h"

class QComboBox;
class QLabel;
class QLayout;
class QPushButton;
class QTableView;

namespace renkei {

class AttendancePanel;
class MeetingAgendaPane;
class MeetingTableModel;
class MessageBar;
struct Meeting;

// The meetings of a series (第N回, date, venue, theme, how many came) and the programme (次第)
// of the one selected; plans a fiscal year, edits a meeting and its agenda, and gives the agenda,
// the announcement and the calendar file.
class MeetingsView : public SectionView
{
    Q_OBJECT

public:
    explicit MeetingsView(QWidget *parent = nullptr);

    void setDatabase(Database *db) override;

    qint64 currentMeetingId() const;
    void selectMeeting(qint64 meetingId);
    qint64 currentSeriesId() const;
    void selectSeries(qint64 seriesId);
    // The agenda of the selected meeting to `path` (.pdf, .html or .txt); what the save button does
    // after asking for the file.
    Status saveAgendaTo(const QString &path);
    // The selected meeting's fiscal year (the whole series when `wholeSeries`) as an .ics file.
    Result<int> saveCalendarTo(const QString &path, bool wholeSeries);

public slots:
    void newSeries();
    void editSeries();
    void deleteSeries();
    void planMeetings();
    void editMeeting();
    void editAgenda();
    void saveAgenda();
    void showAnnouncement();
    void saveCalendar();
    void renumber();

private:
    QLayout *createSeriesBar();
    QPushButton *button(const QString &text, const char *name, void (MeetingsView::*slot)());
    void createMeetingTable();
    QWidget *createDetails();
    QLayout *createActions();
    void loadSeries();
    void showSeries();
    void showAgenda();
    void openEditor(bool agenda);
    void reloadKeeping(qint64 meetingId);
    void checkNumbering();
    void updateActions();

    Database *m_db = nullptr;
    QComboBox *m_series = nullptr;
    QLabel *m_seriesSummary = nullptr;
    MeetingTableModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    MeetingAgendaPane *m_agendaPane = nullptr;
    MessageBar *m_notice = nullptr;
    QPushButton *m_newSeriesButton = nullptr;
    QPushButton *m_editSeriesButton = nullptr;
    QPushButton *m_deleteSeriesButton = nullptr;
    QPushButton *m_planButton = nullptr;
    QPushButton *m_editButton = nullptr;
    QPushButton *m_agendaButton = nullptr;
    QPushButton *m_saveAgendaButton = nullptr;
    QPushButton *m_announceButton = nullptr;
    QPushButton *m_calendarButton = nullptr;
    QPushButton *m_renumberButton = nullptr;
    AttendancePanel *m_attendance = nullptr;
};

} // namespace renkei
