#include "ReportChartsTab.h"

#include "ChartPanel.h"
#include "ReportCharts.h"

#include <QChart>
#include <QGridLayout>

namespace renkei {

ReportChartsTab::ReportChartsTab(QWidget *parent) : QScrollArea(parent)
{
    setObjectName(QStringLiteral("reportCharts"));
    auto *page = new QWidget;
    m_attendance = new ChartPanel(QStringLiteral("attendanceChart"), page);
    m_mix = new ChartPanel(QStringLiteral("professionMixChart"), page);
    m_growth = new ChartPanel(QStringLiteral("memberGrowthChart"), page);
    for (ChartPanel *panel : {m_attendance, m_mix, m_growth}) {
        connect(panel, &ChartPanel::errorOccurred, this, &ReportChartsTab::errorOccurred);
        connect(panel, &ChartPanel::saved, this, &ReportChartsTab::saved);
    }
    m_attendance->setMinimumHeight(480);
    m_growth->setMinimumHeight(320);
    auto *grid = new QGridLayout(page);
    grid->setContentsMargins(6, 6, 6, 6);
    grid->setSpacing(8);
    grid->addWidget(m_attendance, 0, 0);
    grid->addWidget(m_mix, 0, 1);
    grid->addWidget(m_growth, 1, 0, 1, 2);
    // Equal halves: the mix chart's axis needs the width of the longest profession name.
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setWidget(page);
}

void ReportChartsTab::showReport(const SeriesReport &report, const ProfessionPalette &palette)
{
    m_attendance->setChart(ReportCharts::attendanceByMeeting(report, palette));
    m_mix->setChart(ReportCharts::professionMix(report, palette));
    m_mix->setMinimumHeight(ReportCharts::professionMixHeight(report));
    m_growth->setChart(ReportCharts::memberGrowth(report));
}

void ReportChartsTab::clear()
{
    for (ChartPanel *panel : {m_attendance, m_mix, m_growth})
        panel->setChart(new QChart);
}

} // namespace renkei
