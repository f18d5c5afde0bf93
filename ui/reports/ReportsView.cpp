#include "ReportsView.h"

#include "MemberAttendanceModel.h"
#include "MemberAttendanceTable.h"
#include "ReportChartsTab.h"
#include "ReportLapsedTab.h"
#include "ReportMeetingsTab.h"
#include "ReportMixTab.h"
#include "core/documents/ActivityReport.h"
#include "core/reports/ReportLabels.h"
#include "core/storage/Database.h"
#include "core/storage/MeetingRepository.h"
#include "core/storage/SeriesRepository.h"
#include "ui/widgets/MessageBar.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QVBoxLayout>

namespace renkei {

namespace {
constexpr int rangeItem = 0; // the period combo's data for "a range of dates"
}

ReportsView::ReportsView(QWidget *parent) : SectionView(parent)
{
    setObjectName(QStringLiteral("reportsView"));
    QLayout *picker = createPicker();
    m_notice = new MessageBar(this);
    m_notice->setObjectName(QStringLiteral("reportNotice"));
    QWidget *figures = createFigures();
    createTabs();
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("reportTitle"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addLayout(picker);
    layout->addWidget(m_notice);
    layout->addWidget(m_title);
    layout->addWidget(figures);
    layout->addWidget(m_tabs, 1);
    setFocusProxy(m_series);
    clear();
}

// What to report on: the series, the period (a fiscal year or a range of dates); refresh and save.
QLayout *ReportsView::createPicker()
{
    m_series = new QComboBox(this);
    m_series->setObjectName(QStringLiteral("reportSeries"));
    m_series->setAccessibleName(tr("Series"));
    m_series->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("reportPeriod"));
    m_period->setAccessibleName(tr("Period"));
    m_period->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_from = new QDateEdit(this);
    m_from->setObjectName(QStringLiteral("reportFrom"));
    m_from->setCalendarPopup(true);
    m_from->setAccessibleName(tr("From"));
    m_to = new QDateEdit(this);
    m_to->setObjectName(QStringLiteral("reportTo"));
    m_to->setCalendarPopup(true);
    m_to->setAccessibleName(tr("To"));
    auto *refreshButton = new QPushButton(tr("Refresh"), this);
    refreshButton->setObjectName(QStringLiteral("reportRefresh"));
    m_save = new QPushButton(tr("Save Activity Report…"), this);
    m_save->setObjectName(QStringLiteral("reportSave"));
    m_save->setToolTip(tr("The annual activity report for the ward: A4 PDF, CSV or JSON."));

    auto *seriesLabel = new QLabel(tr("&Series:"), this);
    seriesLabel->setBuddy(m_series);
    auto *periodLabel = new QLabel(tr("&Period:"), this);
    periodLabel->setBuddy(m_period);
    auto *picker = new QHBoxLayout;
    picker->setSpacing(6);
    picker->addWidget(seriesLabel);
    picker->addWidget(m_series);
    picker->addSpacing(10);
    picker->addWidget(periodLabel);
    picker->addWidget(m_period);
    picker->addWidget(m_from);
    //: Between the two dates of a range
    m_rangeTo = new QLabel(tr("to"), this);
    m_rangeTo->setObjectName(QStringLiteral("reportRangeTo"));
    picker->addWidget(m_rangeTo);
    picker->addWidget(m_to);
    picker->addStretch();
    picker->addWidget(refreshButton);
    picker->addWidget(m_save);

    connect(m_series, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updating) {
            loadPeriods();
            refresh();
        }
    });
    connect(m_period, &QComboBox::currentIndexChanged, this, &ReportsView::periodChosen);
    connect(m_from, &QDateEdit::dateChanged, this, &ReportsView::refreshUnlessUpdating);
    connect(m_to, &QDateEdit::dateChanged, this, &ReportsView::refreshUnlessUpdating);
    connect(refreshButton, &QPushButton::clicked, this, &ReportsView::refresh);
    connect(m_save, &QPushButton::clicked, this, &ReportsView::saveDialog);
    return picker;
}

// The figures at a glance.
QWidget *ReportsView::createFigures()
{
    auto *figureRow = new QWidget(this);
    auto *figures = new QHBoxLayout(figureRow);
    figures->setContentsMargins(0, 0, 0, 0);
    figures->setSpacing(10);
    m_meetingsHeld = addFigure(figureRow, QStringLiteral("meetingsHeld"), tr("Meetings held"));
    m_attendances = addFigure(figureRow, QStringLiteral("totalAttendances"), tr("Attendances"));
    m_people = addFigure(figureRow, QStringLiteral("uniqueAttendees"), tr("Different people"));
    m_average = addFigure(figureRow, QStringLiteral("averagePerMeeting"), tr("Per meeting on average"));
    m_firstTimers = addFigure(figureRow, QStringLiteral("firstTimers"), tr("First-timers"));
    m_returnRate = addFigure(figureRow, QStringLiteral("returnRate"), tr("First-timers who came back"));
    m_lapsedCount = addFigure(figureRow, QStringLiteral("notSeenLately"), tr("Not seen lately"));
    return figureRow;
}

void ReportsView::createTabs()
{
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("reportTabs"));
    m_charts = new ReportChartsTab;
    connect(m_charts, &ReportChartsTab::errorOccurred, this, &SectionView::errorOccurred);
    connect(m_charts, &ReportChartsTab::saved, this, [this](const QString &message) {
        m_notice->showMessage(message, MessageBar::Kind::Information);
    });
    m_tabs->addTab(m_charts, tr("Charts"));
    m_meetings = new ReportMeetingsTab;
    connect(m_meetings, &ReportMeetingsTab::errorOccurred, this, &SectionView::errorOccurred);
    m_tabs->addTab(m_meetings, tr("Meetings"));
    m_members = new MemberAttendanceModel(this);
    m_tabs->addTab(new MemberAttendanceTable(QStringLiteral("memberAttendance"), m_members), tr("Members"));
    m_lapsed = new ReportLapsedTab;
    connect(m_lapsed, &ReportLapsedTab::windowsChanged, this, &ReportsView::refreshUnlessUpdating);
    m_tabs->addTab(m_lapsed, tr("Not Seen Lately"));
    m_mix = new ReportMixTab;
    m_tabs->addTab(m_mix, tr("Professions and Areas"));
}

void ReportsView::refreshUnlessUpdating()
{
    if (!m_updating)
        refresh();
}

QLabel *ReportsView::addFigure(QWidget *row, const QString &objectName, const QString &caption)
{
    auto *card = new QFrame(row);
    card->setFrameShape(QFrame::StyledPanel);
    auto *value = new QLabel(card);
    value->setObjectName(objectName);
    QFont font = value->font();
    font.setPointSizeF(font.pointSizeF() * 1.8);
    font.setBold(true);
    value->setFont(font);
    auto *label = new QLabel(caption, card);
    label->setWordWrap(true);
    label->setBuddy(value);
    value->setAccessibleName(caption);
    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(2);
    layout->addWidget(value);
    layout->addWidget(label);
    layout->addStretch();
    row->layout()->addWidget(card);
    m_figures << value;
    return value;
}

void ReportsView::setDatabase(Database *db)
{
    m_db = db;
    m_report.reset();
    m_notice->dismiss();
    m_meetings->setDatabase(db);
    loadSeries();
    loadPeriods();
    if (isVisible())
        refresh();
    else
        clear();
}

void ReportsView::showEvent(QShowEvent *event)
{
    SectionView::showEvent(event);
    // Attendance may have been recorded in another section since: read the figures again.
    if (m_db)
        refresh();
}

void ReportsView::loadSeries()
{
    m_updating = true;
    const qint64 current = m_series->currentData().toLongLong();
    m_series->clear();
    if (m_db) {
        Result<QList<Series>> all = SeriesRepository(*m_db).all();
        if (!all)
            emit errorOccurred(all.error().toString());
        else
            for (const Series &s : *all)
                m_series->addItem(s.name, s.id);
        if (const int i = m_series->findData(current); i >= 0)
            m_series->setCurrentIndex(i);
    }
    m_series->setEnabled(m_series->count() > 1);
    m_updating = false;
}

void ReportsView::loadPeriods()
{
    m_updating = true;
    const QVariant current = m_period->currentData();
    m_period->clear();
    const FiscalYear thisYear = FiscalYear::containing(QDate::currentDate());
    FiscalYear first = thisYear;
    FiscalYear last = thisYear;
    QDate firstDate;
    QDate lastDate;
    if (m_db && m_series->count() > 0) {
        Result<QList<Meeting>> meetings = MeetingRepository(*m_db).list(m_series->currentData().toLongLong());
        if (!meetings)
            emit errorOccurred(meetings.error().toString());
        else if (!meetings->isEmpty()) {
            for (const Meeting &m : *meetings) {
                if (!firstDate.isValid() || m.date < firstDate)
                    firstDate = m.date;
                if (!lastDate.isValid() || m.date > lastDate)
                    lastDate = m.date;
            }
            first = std::min(first, FiscalYear::containing(firstDate));
            last = std::max(last, FiscalYear::containing(lastDate));
        }
    }
    for (FiscalYear y = last; y >= first; y = y.previous())
        m_period->addItem(y.label(), y.year());
    m_period->addItem(tr("Range of dates"), rangeItem);
    int index = m_period->findData(current.isValid() ? current : QVariant(thisYear.year()));
    if (index < 0)
        index = m_period->findData(thisYear.year());
    m_period->setCurrentIndex(std::max(index, 0));
    if (!m_from->date().isValid() || m_from->date() == m_from->minimumDate()) {
        m_from->setDate(thisYear.first());
        m_to->setDate(thisYear.last());
    }
    const bool range = m_period->currentData().toInt() == rangeItem;
    m_from->setVisible(range);
    m_to->setVisible(range);
    m_rangeTo->setVisible(range);
    m_updating = false;
}

void ReportsView::periodChosen()
{
    if (m_updating)
        return;
    const int year = m_period->currentData().toInt();
    const bool range = year == rangeItem;
    m_from->setVisible(range);
    m_to->setVisible(range);
    m_rangeTo->setVisible(range);
    if (!range) {
        // A range starts from the year last shown.
        m_updating = true;
        m_from->setDate(FiscalYear(year).first());
        m_to->setDate(FiscalYear(year).last());
        m_updating = false;
    }
    refresh();
}

void ReportsView::showFiscalYear(int year)
{
    const int index = m_period->findData(year);
    if (index >= 0 && index != m_period->currentIndex())
        m_period->setCurrentIndex(index); // refreshes
    else
        refresh();
}

void ReportsView::showRange(const QDate &first, const QDate &last)
{
    m_updating = true;
    m_period->setCurrentIndex(m_period->findData(rangeItem));
    m_from->setDate(first);
    m_to->setDate(last);
    m_updating = false;
    periodChosen();
}

void ReportsView::refresh()
{
    if (!m_db || m_series->count() == 0) {
        clear();
        return;
    }
    const int year = m_period->currentData().toInt();
    const ReportPeriod period = year == rangeItem ? ReportPeriod::range(m_from->date(), m_to->date())
                                                  : ReportPeriod::of(FiscalYear(year));
    if (!period.isValid()) {
        clear();
        emit errorOccurred(tr("The range of dates ends before it begins."));
        return;
    }
    SeriesReport::Options options;
    options.lapsedAfter = m_lapsed->lapsedAfter();
    options.returnWindow = m_lapsed->returnWindow();
    Result<SeriesReport> report =
        SeriesReport::compute(*m_db, m_series->currentData().toLongLong(), period, options);
    if (!report) {
        clear();
        emit errorOccurred(report.error().toString());
        return;
    }
    Result<ReportLabels> labels = ReportLabels::load(*m_db);
    if (!labels) {
        clear();
        emit errorOccurred(labels.error().toString());
        return;
    }
    m_palette = ProfessionPalette(labels->professions());
    m_report = std::move(*report);
    showReport();
}

void ReportsView::clear()
{
    m_report.reset();
    for (QLabel *figure : std::as_const(m_figures))
        figure->setText(QStringLiteral("–"));
    m_title->setText(m_db ? tr("No series yet: plan a meeting first.") : QString());
    m_save->setEnabled(false);
    m_charts->clear();
    m_meetings->clear();
    m_members->setRecords({});
    m_lapsed->clear();
    m_mix->clear();
}

void ReportsView::showReport()
{
    const SeriesReport &r = *m_report;
    const QLocale locale;
    m_title->setText(tr("%1 — %2").arg(r.series.name, r.period.label()));
    m_save->setEnabled(true);
    m_meetingsHeld->setText(locale.toString(r.meetingsHeld()));
    m_attendances->setText(locale.toString(r.attendances));
    m_attendances->setToolTip(
        tr("%1 by members, %2 by guests")
            .arg(locale.toString(r.memberAttendances), locale.toString(r.guestAttendances)));
    m_people->setText(locale.toString(r.uniqueAttendees()));
    m_people->setToolTip(tr("%1 members and %2 guests (told apart by name)")
                             .arg(locale.toString(r.uniqueMembers), locale.toString(r.uniqueGuests)));
    m_average->setText(locale.toString(r.averagePerMeeting(), 'f', 1));
    m_firstTimers->setText(locale.toString(r.firstTimers));
    m_returnRate->setText(r.returnRate.eligible == 0
                              ? QStringLiteral("–")
                              : locale.toString(100.0 * r.returnRate.rate(), 'f', 0) + QLatin1Char('%'));
    m_returnRate->setToolTip(
        tr("%1 of %2 first-timers came to one of the next %n meeting(s)", nullptr, r.returnRate.window)
            .arg(r.returnRate.returned)
            .arg(r.returnRate.eligible));
    m_lapsedCount->setText(locale.toString(r.lapsed.size()));

    m_charts->showReport(r, m_palette);
    m_meetings->showReport(r);
    m_members->setRecords(r.memberRecords);
    m_lapsed->showReport(r);
    m_mix->showReport(r, m_palette);
}

Status ReportsView::saveReport(const QString &path)
{
    if (!m_db || !m_report)
        return Error(tr("Choose a series with meetings first."));
    const Result<ActivityReport> report =
        ActivityReport::load(*m_db, m_report->series.id, m_report->period, {}, m_report->options);
    if (!report)
        return report.error();
    return report->save(path);
}

void ReportsView::saveDialog()
{
    if (!m_report)
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = tr("%1 activity report %2").arg(m_report->series.name, m_report->period.label());
    QString selected;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save Activity Report"), folder + QLatin1Char('/') + name + QStringLiteral(".pdf"),
        tr("PDF (*.pdf);;CSV for spreadsheets (*.csv);;JSON (*.json)"), &selected);
    if (path.isEmpty())
        return;
    if (const Status saved = saveReport(path); !saved)
        emit errorOccurred(saved.error().toString());
    else
        m_notice->showMessage(tr("Saved the activity report to %1.").arg(QDir::toNativeSeparators(path)),
                              MessageBar::Kind::Information);
}

} // namespace renkei
