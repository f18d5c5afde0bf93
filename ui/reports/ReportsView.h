#pragma once

#include "core/Result.h"
#include "core/reports/ProfessionPalette.h"
#include "core/reports/SeriesReport.h"
#include "ui/SectionView.h"

#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTabWidget;

namespace renkei {

class MemberAttendanceModel;
class MessageBar;
class ReportChartsTab;
class ReportLapsedTab;
class ReportMeetingsTab;
class ReportMixTab;

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
    Status saveReport(const QString &path);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QLayout *createPicker();
    QWidget *createFigures();
    void createTabs();
    QLabel *addFigure(QWidget *row, const QString &objectName, const QString &caption);
    void refreshUnlessUpdating();
    void loadSeries();
    void loadPeriods();
    void periodChosen();
    void saveDialog();
    void clear();
    void showReport();

    Database *m_db = nullptr;
    std::optional<SeriesReport> m_report;
    ProfessionPalette m_palette;
    bool m_updating = false;

    QComboBox *m_series = nullptr;
    QComboBox *m_period = nullptr;
    QDateEdit *m_from = nullptr;
    QLabel *m_rangeTo = nullptr;
    QDateEdit *m_to = nullptr;
    QPushButton *m_save = nullptr;
    MessageBar *m_notice = nullptr;
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
    ReportChartsTab *m_charts = nullptr;
    ReportMeetingsTab *m_meetings = nullptr;
    MemberAttendanceModel *m_members = nullptr;
    ReportLapsedTab *m_lapsed = nullptr;
    ReportMixTab *m_mix = nullptr;
};

} // namespace renkei
