#pragma once

#include "core/schedule/MeetingPlanner.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace renkei {

class Database;
class ScheduleRuleEditor;

// Plans a fiscal year of a series' meetings: the rule, a live preview of the dates (each moved or
// skipped date says why), what is replaced and renumbered, then the meetings created in one go. Can
// also change the rhythm from a planned meeting on.
class PlanningDialog : public QDialog
{
    Q_OBJECT

public:
    PlanningDialog(Database &db, qint64 seriesId, QWidget *parent = nullptr);

    // Re-plan from this meeting on instead of a whole fiscal year.
    void setFromMeeting(qint64 meetingId);
    // The plan as it was written, after the dialog was accepted.
    const std::optional<MeetingPlan> &written() const { return m_written; }

    void accept() override;

private:
    MeetingPlanner::Request request() const;
    void updatePreview();
    void fromChanged();
    void editClosedDays();

    Database &m_db;
    Series m_series;
    Status m_loaded; // the series and its meetings were read, or why not
    QSpinBox *m_fiscalYear = nullptr;
    QComboBox *m_from = nullptr;
    ScheduleRuleEditor *m_rule = nullptr;
    QTableWidget *m_preview = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_notices = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_create = nullptr;
    std::optional<MeetingPlan> m_plan;
    std::optional<MeetingPlan> m_written;
};

} // namespace renkei
