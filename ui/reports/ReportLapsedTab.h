#pragma once

#include <QWidget>

class QLabel;
class QSpinBox;

namespace renkei {

class MemberAttendanceModel;
struct SeriesReport;

// The reports section's Not Seen Lately tab: the members who came during the period but not lately,
// with how many meetings "lately" and "came back" look at.
class ReportLapsedTab : public QWidget
{
    Q_OBJECT

public:
    explicit ReportLapsedTab(QWidget *parent = nullptr);

    // Not seen at any of the last this many meetings.
    int lapsedAfter() const;
    // A first-timer came back when at one of the next this many meetings.
    int returnWindow() const;

    void showReport(const SeriesReport &report);
    void clear();

signals:
    void windowsChanged();

private:
    QLayout *createWindows();

    QSpinBox *m_lapsedAfter = nullptr;
    QSpinBox *m_returnWindow = nullptr;
    QLabel *m_note = nullptr;
    MemberAttendanceModel *m_lapsed = nullptr;
};

} // namespace renkei
