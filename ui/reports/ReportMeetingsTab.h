#pragma once

#include <QSplitter>

class QLabel;

namespace renkei {

class Database;
class MeetingFiguresModel;
class ReportMeetingsModel;
class ReportTableView;
struct SeriesReport;

// The reports section's Meetings tab: each meeting of the period with its figures, and beside it the
// figures of the meeting chosen, read when it is chosen.
class ReportMeetingsTab : public QSplitter
{
    Q_OBJECT

public:
    explicit ReportMeetingsTab(QWidget *parent = nullptr);

    // The database the meetings' figures are read from; it must outlive the tab's use of it.
    void setDatabase(Database *db);
    void showReport(const SeriesReport &report);
    void clear();

signals:
    void errorOccurred(const QString &message);

private:
    QWidget *createFiguresSide();
    void showMeeting(int row);

    Database *m_db = nullptr;
    QList<qint64> m_meetingIds;
    ReportMeetingsModel *m_meetings = nullptr;
    ReportTableView *m_meetingTable = nullptr;
    QLabel *m_title = nullptr;
    MeetingFiguresModel *m_figures = nullptr;
    ReportTableView *m_figureTable = nullptr;
};

} // namespace renkei
