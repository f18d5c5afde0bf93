#pragma once

#include "ui/SectionView.h"
#include "core/reports/ProfessionPalette.h"
#include "core/reports/SeriesReport.h"

#include <optional>

class QComboBox;
class QDateEdit;
class QSpinBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;
class QTableWidget;

namespace renkei {

class BarDelegate;
class ChartPanel;
class MemberAttendanceModel;

// The Reports section: the organiser picks a series and a period (a fiscal year or any range) and sees
// its figures and charts together: meetings, attendances, people, first-timers, the profession and
// area mix, each meeting's figures, each member's attendance and who has not come lately. The annual
// activity report is saved from here as PDF, CSV or JSON. Figures are read afresh whenever the section
// is shown, so attendance recorded elsewhere is counted.
class ReportsView : public SectionView
{
    Q_OBJECT

public:
    explicit ReportsView(QWidget *parent = nullptr);

    void setDatabase(Database *db) override;

    // Reads the figures of the chosen series and period again and shows them.
    void refresh();
    // Chooses a fiscal year, or a range of dates, and shows it.
    void showFiscalYear(int year);
    void showRange(const QDate &first, const QDate &last);
    const std::optional<SeriesReport> &report() const { return m_report; }
    // Saves the annual activity report of what is shown (by the extension: .pdf, .csv or .json).
    bool saveReport(const QString &path);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QLabel *addFigure(QWidget *row, const QString &objectName, const QString &caption);
    QWidget *createChartsTab();
    QWidget *createMeetingsTab();
    QWidget *createMixTab();
    QTableView *createMemberTable(const QString &objectName, MemberAttendanceModel *model);
    void loadSeries();
    void loadPeriods();
    void periodChosen();
    void saveDialog();
    void clear();
    void showReport();
    void showMeeting(int row);

    Database *m_db = nullptr;
    std::optional<SeriesReport> m_report;
    ProfessionPalette m_palette;
    bool m_updating = false;

    QComboBox *m_series = nullptr;
    QComboBox *m_period = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QSpinBox *m_lapsedAfter = nullptr;
    QSpinBox *m_returnWindow = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_title = nullptr;

    QList<QLabel *> m_figures;
    QLabel *m_meetingsHeld = nullptr;
    QLabel *m_attendances = nullptr;
    QLabel *m_people = nullptr;
    QLabel *m_average = nullptr;
    QLabel *m_firstTimers = nullptr;
    QLabel *m_returnRate = nullptr;
    QLabel *m_lapsedCount = nullptr;

    QTabWidget *m_tabs = nullptr;
    ChartPanel *m_attendanceChart = nullptr;
    ChartPanel *m_mixChart = nullptr;
    ChartPanel *m_growthChart = nullptr;
    QTableWidget *m_meetingTable = nullptr;
    QLabel *m_meetingTitle = nullptr;
    QTableWidget *m_meetingFigures = nullptr;
    MemberAttendanceModel *m_members = nullptr;
    MemberAttendanceModel *m_lapsed = nullptr;
    QLabel *m_lapsedNote = nullptr;
    QTableWidget *m_professionTable = nullptr;
    QTableWidget *m_areaTable = nullptr;
    BarDelegate *m_professionBars = nullptr;
    BarDelegate *m_areaBars = nullptr;
};

} // namespace renkei
