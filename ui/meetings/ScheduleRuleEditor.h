#pragma once

#include "core/schedule/ScheduleRule.h"

#include <QWidget>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;
class QTimeEdit;

namespace renkei {

// Edits a ScheduleRule with plain controls (how often, which week and weekday or which day, the times,
// what to do on holidays), shows it in words, and keeps its text form in step for those who type it.
class ScheduleRuleEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ScheduleRuleEditor(QWidget *parent = nullptr);

    // The rule as the controls say; check it with ScheduleRule::validate().
    ScheduleRule rule() const;
    void setRule(const ScheduleRule &rule);
    // The times shown when the rule leaves them to the series.
    void setSeriesTimes(const QTime &start, const QTime &end);

signals:
    void ruleChanged();

protected:
    // Return in the text field applies the text instead of pressing the dialog's default button.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateControls();
    void controlsChanged();
    void textEdited();

    bool m_updating = false;
    QComboBox *m_frequency = nullptr;
    QComboBox *m_month = nullptr;
    QRadioButton *m_onWeekday = nullptr;
    QRadioButton *m_onDay = nullptr;
    QComboBox *m_week1 = nullptr;
    QComboBox *m_week2 = nullptr;
    QComboBox *m_weekday = nullptr;
    QSpinBox *m_day1 = nullptr;
    QSpinBox *m_day2 = nullptr;
    QCheckBox *m_seriesTimes = nullptr;
    QTimeEdit *m_start = nullptr;
    QTimeEdit *m_end = nullptr;
    QComboBox *m_policy = nullptr;
    QLineEdit *m_text = nullptr;
    QLabel *m_description = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace renkei
