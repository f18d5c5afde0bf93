#include "ReportMeetingsTab.h"

#include "MeetingFiguresModel.h"
#include "ReportMeetingsModel.h"
#include "ReportTableView.h"
#include "core/reports/MeetingReport.h"
#include "core/reports/SeriesReport.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace renkei {

ReportMeetingsTab::ReportMeetingsTab(QWidget *parent) : QSplitter(Qt::Horizontal, parent)
{
    m_meetings = new ReportMeetingsModel(this);
    m_meetingTable = new ReportTableView(QStringLiteral("reportMeetings"), m_meetings, this);
    m_meetingTable->horizontalHeader()->setStretchLastSection(false);
    connect(m_meetingTable->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { showMeeting(current.row()); });
    createFiguresSide();
    setStretchFactor(0, 3);
    setStretchFactor(1, 2);
}

QWidget *ReportMeetingsTab::createFiguresSide()
{
    auto *side = new QWidget(this);
    m_title = new QLabel(side);
    m_title->setObjectName(QStringLiteral("meetingFiguresTitle"));
    m_title->setWordWrap(true);
    m_figures = new MeetingFiguresModel(this);
    m_figureTable = new ReportTableView(QStringLiteral("meetingFigures"), m_figures, side);
    auto *layout = new QVBoxLayout(side);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_figureTable, 1);
    return side;
}

void ReportMeetingsTab::setDatabase(Database *db)
{
    m_db = db;
}

void ReportMeetingsTab::showReport(const SeriesReport &report)
{
    m_meetingIds.clear();
    for (const SeriesReport::MeetingSummary &s : report.meetings)
        m_meetingIds << s.meeting.id;
    m_meetings->setMeetings(report.meetings);
    m_meetingTable->resizeColumnsToContents();
    m_meetingTable->setColumnWidth(ReportMeetingsModel::Theme,
                                   qMin(m_meetingTable->columnWidth(ReportMeetingsModel::Theme), 320));
    m_figures->setLines({});
    m_title->setText(report.meetings.isEmpty() ? tr("No meetings were held in this period.")
                                               : tr("Choose a meeting to see its figures."));
}

void ReportMeetingsTab::clear()
{
    m_meetingIds.clear();
    m_meetings->setMeetings({});
    m_figures->setLines({});
    m_title->clear();
}

void ReportMeetingsTab::showMeeting(int row)
{
    m_figures->setLines({});
    if (!m_db || row < 0 || row >= m_meetingIds.size())
        return;
    const Result<MeetingReport> report = MeetingReport::compute(*m_db, m_meetingIds.at(row));
    if (!report) {
        emit errorOccurred(report.error().toString());
        return;
    }
    m_title->setText(tr("%1, %2: %3")
                         .arg(report->meeting.numberLabel(),
                              QLocale().toString(report->meeting.date, QLocale::ShortFormat),
                              report->meeting.theme));
    m_figures->setLines(report->lines());
    m_figureTable->resizeColumnToContents(0);
}

} // namespace renkei
