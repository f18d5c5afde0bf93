#include "ReportLapsedTab.h"

#include "MemberAttendanceModel.h"
#include "MemberAttendanceTable.h"
#include "core/reports/SeriesReport.h"

#include <QGridLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace renkei {

ReportLapsedTab::ReportLapsedTab(QWidget *parent) : QWidget(parent)
{
    m_lapsed = new MemberAttendanceModel(this);
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("notSeenLatelyNote"));
    m_note->setWordWrap(true);
    QLayout *windows = createWindows();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(windows);
    layout->addWidget(m_note);
    layout->addWidget(new MemberAttendanceTable(QStringLiteral("notSeenLatelyTable"), m_lapsed, this), 1);
}

// How many meetings "lately" and "came back" look at.
QLayout *ReportLapsedTab::createWindows()
{
    m_lapsedAfter = new QSpinBox(this);
    m_lapsedAfter->setObjectName(QStringLiteral("notSeenMeetings"));
    m_returnWindow = new QSpinBox(this);
    m_returnWindow->setObjectName(QStringLiteral("returnWithinMeetings"));
    for (QSpinBox *box : {m_lapsedAfter, m_returnWindow}) {
        box->setRange(1, 99);
        box->setValue(3);
        connect(box, &QSpinBox::valueChanged, this, &ReportLapsedTab::windowsChanged);
    }
    auto *lapsedLabel = new QLabel(tr("Not seen at any of the &last"), this);
    lapsedLabel->setBuddy(m_lapsedAfter);
    auto *returnLabel = new QLabel(tr("A first-timer came &back when at one of the next"), this);
    returnLabel->setBuddy(m_returnWindow);
    auto *windows = new QGridLayout;
    windows->addWidget(lapsedLabel, 0, 0);
    windows->addWidget(m_lapsedAfter, 0, 1);
    windows->addWidget(new QLabel(tr("meetings"), this), 0, 2);
    windows->addWidget(returnLabel, 1, 0);
    windows->addWidget(m_returnWindow, 1, 1);
    windows->addWidget(new QLabel(tr("meetings"), this), 1, 2);
    windows->setColumnStretch(3, 1);
    return windows;
}

int ReportLapsedTab::lapsedAfter() const
{
    return m_lapsedAfter->value();
}

int ReportLapsedTab::returnWindow() const
{
    return m_returnWindow->value();
}

void ReportLapsedTab::showReport(const SeriesReport &report)
{
    m_lapsed->setRecords(report.lapsed);
    m_note->setText(
        tr("Members who came during the period but to none of its last %n meeting(s), longest gone first: "
           "people to get in touch with.",
           nullptr, report.options.lapsedAfter));
}

void ReportLapsedTab::clear()
{
    m_lapsed->setRecords({});
    m_note->clear();
}

} // namespace renkei
