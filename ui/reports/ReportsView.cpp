#include "ReportsView.h"

#include "ChartPanel.h"
#include "MemberAttendanceModel.h"
#include "ReportCharts.h"
#include "core/documents/ActivityReport.h"
#include "core/reports/MeetingReport.h"
#include "core/reports/ReportLabels.h"
#include "core/storage/Database.h"
#include "core/storage/MeetingRepository.h"
#include "core/storage/SeriesRepository.h"
#include "ui/widgets/BarDelegate.h"

#include <QChart>
#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace renkei {

namespace {

constexpr int rangeItem = 0; // the period combo's data for "a range of dates"

QTableWidget *newTable(const QString &objectName, const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(objectName);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

QTableWidgetItem *numberItem(int value)
{
    auto *item = new QTableWidgetItem;
    item->setData(Qt::DisplayRole, value);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

void fillBreakdown(QTableWidget *table, BarDelegate *bars, const Breakdown &breakdown,
                   const ProfessionPalette *palette)
{
    table->setRowCount(int(breakdown.entries.size()));
    int most = 0;
    for (int row = 0; row < breakdown.entries.size(); ++row) {
        const BreakdownEntry &e = breakdown.entries.at(row);
        auto *name = new QTableWidgetItem(e.label);
        if (palette)
            name->setData(Qt::DecorationRole, palette->colour(e.id));
        table->setItem(row, 0, name);
        auto *count = new QTableWidgetItem;
        count->setData(Qt::DisplayRole, e.count);
        table->setItem(row, 1, count);
        const int total = breakdown.total();
        table->setItem(row, 2,
                       new QTableWidgetItem(total == 0 ? QString()
                                                       : QLocale().toString(100.0 * e.count / total, 'f', 1) +
                                                             QLatin1Char('%')));
        table->item(row, 2)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        most = qMax(most, e.count);
    }
    bars->setMaximum(most);
    table->resizeColumnToContents(0);
    table->setColumnWidth(0, table->columnWidth(0) + 24);
    table->setColumnWidth(1, qMax(260, table->columnWidth(1)));
}

} // namespace

ReportsView::ReportsView(QWidget *parent) : SectionView(parent)
{
    setObjectName(QStringLiteral("reportsView"));

    // What to report on.
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
    auto *rangeTo = new QLabel(tr("to"), this);
    rangeTo->setObjectName(QStringLiteral("reportRangeTo"));
    picker->addWidget(rangeTo);
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
    connect(m_from, &QDateEdit::dateChanged, this, [this] {
        if (!m_updating)
            refresh();
    });
    connect(m_to, &QDateEdit::dateChanged, this, [this] {
        if (!m_updating)
            refresh();
    });
    connect(refreshButton, &QPushButton::clicked, this, &ReportsView::refresh);
    connect(m_save, &QPushButton::clicked, this, &ReportsView::saveDialog);

    // The figures at a glance.
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

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("reportTabs"));
    m_tabs->addTab(createChartsTab(), tr("Charts"));
    m_tabs->addTab(createMeetingsTab(), tr("Meetings"));
    m_members = new MemberAttendanceModel(this);
    m_tabs->addTab(createMemberTable(QStringLiteral("memberAttendance"), m_members), tr("Members"));
    auto *lapsedTab = new QWidget(this);
    m_lapsed = new MemberAttendanceModel(this);
    m_lapsedNote = new QLabel(lapsedTab);
    m_lapsedNote->setObjectName(QStringLiteral("notSeenLatelyNote"));
    m_lapsedNote->setWordWrap(true);
    // How many meetings "lately" and "came back" look at.
    m_lapsedAfter = new QSpinBox(lapsedTab);
    m_lapsedAfter->setObjectName(QStringLiteral("notSeenMeetings"));
    m_returnWindow = new QSpinBox(lapsedTab);
    m_returnWindow->setObjectName(QStringLiteral("returnWithinMeetings"));
    for (QSpinBox *box : {m_lapsedAfter, m_returnWindow}) {
        box->setRange(1, 99);
        box->setValue(3);
        connect(box, &QSpinBox::valueChanged, this, [this] {
            if (!m_updating)
                refresh();
        });
    }
    auto *lapsedLabel = new QLabel(tr("Not seen at any of the &last"), lapsedTab);
    lapsedLabel->setBuddy(m_lapsedAfter);
    auto *returnLabel = new QLabel(tr("A first-timer came &back when at one of the next"), lapsedTab);
    returnLabel->setBuddy(m_returnWindow);
    auto *windows = new QGridLayout;
    windows->addWidget(lapsedLabel, 0, 0);
    windows->addWidget(m_lapsedAfter, 0, 1);
    windows->addWidget(new QLabel(tr("meetings"), lapsedTab), 0, 2);
    windows->addWidget(returnLabel, 1, 0);
    windows->addWidget(m_returnWindow, 1, 1);
    windows->addWidget(new QLabel(tr("meetings"), lapsedTab), 1, 2);
    windows->setColumnStretch(3, 1);
    auto *lapsedLayout = new QVBoxLayout(lapsedTab);
    lapsedLayout->addLayout(windows);
    lapsedLayout->addWidget(m_lapsedNote);
    lapsedLayout->addWidget(createMemberTable(QStringLiteral("notSeenLatelyTable"), m_lapsed), 1);
    m_tabs->addTab(lapsedTab, tr("Not Seen Lately"));
    m_tabs->addTab(createMixTab(), tr("Professions and Areas"));

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
    layout->addWidget(m_title);
    layout->addWidget(figureRow);
    layout->addWidget(m_tabs, 1);
    setFocusProxy(m_series);
    clear();
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

QWidget *ReportsView::createChartsTab()
{
    auto *page = new QWidget;
    m_attendanceChart = new ChartPanel(QStringLiteral("attendanceChart"), page);
    m_mixChart = new ChartPanel(QStringLiteral("professionMixChart"), page);
    m_growthChart = new ChartPanel(QStringLiteral("memberGrowthChart"), page);
    for (ChartPanel *panel : {m_attendanceChart, m_mixChart, m_growthChart})
        connect(panel, &ChartPanel::errorOccurred, this, &SectionView::errorOccurred);
    m_attendanceChart->setMinimumHeight(480);
    m_growthChart->setMinimumHeight(320);
    auto *grid = new QGridLayout(page);
    grid->setContentsMargins(6, 6, 6, 6);
    grid->setSpacing(8);
    grid->addWidget(m_attendanceChart, 0, 0);
    grid->addWidget(m_mixChart, 0, 1);
    grid->addWidget(m_growthChart, 1, 0, 1, 2);
    // Equal halves: the mix chart's axis needs the width of the longest profession name.
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    auto *scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("reportCharts"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(page);
    return scroll;
}

QWidget *ReportsView::createMeetingsTab()
{
    auto *splitter = new QSplitter(Qt::Horizontal);
    m_meetingTable = newTable(QStringLiteral("reportMeetings"),
                              {tr("No."), tr("Date"), tr("Theme"), tr("Came"), tr("Members"), tr("Guests"),
                               tr("First-timers"), tr("Professions"), tr("Social"), tr("Fees (yen)")},
                              splitter);
    m_meetingTable->horizontalHeader()->setStretchLastSection(false);
    connect(m_meetingTable, &QTableWidget::currentCellChanged, this, [this](int row) { showMeeting(row); });
    auto *side = new QWidget(splitter);
    m_meetingTitle = new QLabel(side);
    m_meetingTitle->setObjectName(QStringLiteral("meetingFiguresTitle"));
    m_meetingTitle->setWordWrap(true);
    m_meetingFigures = newTable(QStringLiteral("meetingFigures"), {tr("Figure"), tr("Count")}, side);
    auto *layout = new QVBoxLayout(side);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_meetingTitle);
    layout->addWidget(m_meetingFigures, 1);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    return splitter;
}

QWidget *ReportsView::createMixTab()
{
    auto *page = new QWidget;
    m_professionTable = newTable(QStringLiteral("attendancesByProfession"),
                                 {tr("Profession"), tr("Attendances"), tr("Share")}, page);
    m_professionBars = new BarDelegate(m_professionTable);
    m_professionTable->setItemDelegateForColumn(1, m_professionBars);
    m_areaTable =
        newTable(QStringLiteral("attendancesByArea"), {tr("Area"), tr("Attendances"), tr("Share")}, page);
    m_areaBars = new BarDelegate(m_areaTable);
    m_areaTable->setItemDelegateForColumn(1, m_areaBars);
    auto *layout = new QHBoxLayout(page);
    layout->addWidget(m_professionTable, 1);
    layout->addWidget(m_areaTable, 1);
    return page;
}

QTableView *ReportsView::createMemberTable(const QString &objectName, MemberAttendanceModel *model)
{
    auto *proxy = new QSortFilterProxyModel(model);
    proxy->setSourceModel(model);
    proxy->setSortRole(Qt::UserRole);
    auto *table = new QTableView;
    table->setObjectName(objectName);
    table->setModel(proxy);
    table->setSortingEnabled(true);
    table->sortByColumn(-1, Qt::AscendingOrder);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    connect(model, &QAbstractItemModel::modelReset, table, [table] {
        table->resizeColumnsToContents();
        table->setColumnWidth(MemberAttendanceModel::Name,
                              table->columnWidth(MemberAttendanceModel::Name) + 16);
    });
    return table;
}

void ReportsView::setDatabase(Database *db)
{
    m_db = db;
    m_report.reset();
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
        if (meetings && !meetings->isEmpty()) {
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
    if (auto *to = findChild<QLabel *>(QStringLiteral("reportRangeTo")))
        to->setVisible(range);
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
    if (auto *to = findChild<QLabel *>(QStringLiteral("reportRangeTo")))
        to->setVisible(range);
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
    options.lapsedAfter = m_lapsedAfter->value();
    options.returnWindow = m_returnWindow->value();
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
    for (ChartPanel *panel : {m_attendanceChart, m_mixChart, m_growthChart})
        panel->setChart(new QChart);
    m_meetingTable->setRowCount(0);
    m_meetingFigures->setRowCount(0);
    m_meetingTitle->clear();
    m_members->setRecords({});
    m_lapsed->setRecords({});
    m_lapsedNote->clear();
    m_professionTable->setRowCount(0);
    m_areaTable->setRowCount(0);
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

    m_attendanceChart->setChart(ReportCharts::attendanceByMeeting(r, m_palette));
    m_mixChart->setChart(ReportCharts::professionMix(r, m_palette));
    m_mixChart->setMinimumHeight(ReportCharts::professionMixHeight(r));
    m_growthChart->setChart(ReportCharts::memberGrowth(r));

    m_meetingTable->setRowCount(int(r.meetings.size()));
    for (int row = 0; row < r.meetings.size(); ++row) {
        const SeriesReport::MeetingSummary &s = r.meetings.at(row);
        m_meetingTable->setItem(row, 0, numberItem(s.meeting.number));
        m_meetingTable->setItem(row, 1,
                                new QTableWidgetItem(locale.toString(s.meeting.date, QLocale::ShortFormat)));
        m_meetingTable->setItem(row, 2, new QTableWidgetItem(s.meeting.theme));
        m_meetingTable->setItem(row, 3, numberItem(s.attended));
        m_meetingTable->setItem(row, 4, numberItem(s.members));
        m_meetingTable->setItem(row, 5, numberItem(s.guests));
        m_meetingTable->setItem(row, 6, numberItem(s.firstTimers));
        m_meetingTable->setItem(row, 7, numberItem(s.professions));
        m_meetingTable->setItem(row, 8, numberItem(s.social));
        m_meetingTable->setItem(row, 9, numberItem(s.feesCollected));
    }
    m_meetingTable->resizeColumnsToContents();
    m_meetingTable->setColumnWidth(2, qMin(m_meetingTable->columnWidth(2), 320));
    m_meetingFigures->setRowCount(0);
    m_meetingTitle->setText(r.meetings.isEmpty() ? tr("No meetings were held in this period.")
                                                 : tr("Choose a meeting to see its figures."));

    m_members->setRecords(r.memberRecords);
    m_lapsed->setRecords(r.lapsed);
    m_lapsedNote->setText(
        tr("Members who came during the period but to none of its last %n meeting(s), longest gone first: "
           "people to get in touch with.",
           nullptr, r.options.lapsedAfter));
    fillBreakdown(m_professionTable, m_professionBars, r.byProfession, &m_palette);
    fillBreakdown(m_areaTable, m_areaBars, r.byArea, nullptr);
}

void ReportsView::showMeeting(int row)
{
    m_meetingFigures->setRowCount(0);
    if (!m_db || !m_report || row < 0 || row >= m_report->meetings.size())
        return;
    Result<MeetingReport> report = MeetingReport::compute(*m_db, m_report->meetings.at(row).meeting.id);
    if (!report) {
        emit errorOccurred(report.error().toString());
        return;
    }
    m_meetingTitle->setText(tr("%1, %2: %3")
                                .arg(report->meeting.numberLabel(),
                                     QLocale().toString(report->meeting.date, QLocale::ShortFormat),
                                     report->meeting.theme));
    const QList<MeetingReport::Line> lines = report->lines();
    m_meetingFigures->setRowCount(int(lines.size()));
    for (int i = 0; i < lines.size(); ++i) {
        const MeetingReport::Line &line = lines.at(i);
        //: A figure of a meeting with its section: "By profession: Nurse"
        auto *item = new QTableWidgetItem(tr("%1: %2").arg(line.sectionLabel, line.item));
        m_meetingFigures->setItem(i, 0, item);
        m_meetingFigures->setItem(i, 1, numberItem(line.count));
    }
    m_meetingFigures->resizeColumnToContents(0);
}

bool ReportsView::saveReport(const QString &path)
{
    if (!m_db || !m_report)
        return false;
    Result<ActivityReport> report =
        ActivityReport::load(*m_db, m_report->series.id, m_report->period, {}, m_report->options);
    if (!report) {
        emit errorOccurred(report.error().toString());
        return false;
    }
    if (Status saved = report->save(path); !saved) {
        emit errorOccurred(saved.error().toString());
        return false;
    }
    return true;
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
    if (!path.isEmpty())
        saveReport(path);
}

} // namespace renkei
