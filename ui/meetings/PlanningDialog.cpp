#include "PlanningDialog.h"

#include "ClosedDaysDialog.h"
#include "ScheduleRuleEditor.h"
#include "core/storage/MeetingRepository.h"
#include "core/storage/SeriesRepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace renkei {

namespace {

enum Column
{
    NumberColumn,
    DateColumn,
    TimeColumn,
    NoteColumn,
};

QString timeRange(const QTime &start, const QTime &end)
{
    const QLocale locale;
    if (!start.isValid())
        return {};
    if (!end.isValid())
        return locale.toString(start, QLocale::ShortFormat);
    //: A time range; Japanese: %1〜%2
    return PlanningDialog::tr("%1–%2").arg(locale.toString(start, QLocale::ShortFormat),
                                           locale.toString(end, QLocale::ShortFormat));
}

QString numberLabel(int number)
{
    Meeting m;
    m.number = number;
    return m.numberLabel();
}

} // namespace

PlanningDialog::PlanningDialog(Database &db, qint64 seriesId, QWidget *parent) : QDialog(parent), m_db(db)
{
    setObjectName(QStringLiteral("planningDialog"));
    const Result<Series> series = SeriesRepository(db).get(seriesId);
    if (series)
        m_series = *series;
    else
        m_loaded = series.error();
    setWindowTitle(tr("Plan the Meetings of %1").arg(m_series.name));

    // The next fiscal year after the latest meeting, or this one for a new series.
    QDate latest;
    QList<Meeting> planned;
    const Result<QList<Meeting>> meetings = MeetingRepository(db).list(seriesId);
    if (!meetings && m_loaded)
        m_loaded = meetings.error();
    for (const Meeting &m : meetings ? *meetings : QList<Meeting>{}) {
        latest = std::max(latest, m.date);
        if (m.status == MeetingStatus::Planned)
            planned << m;
    }
    const FiscalYear suggested = latest.isValid() ? FiscalYear::containing(latest).next()
                                                  : FiscalYear::containing(QDate::currentDate());

    m_fiscalYear = new QSpinBox(this);
    m_fiscalYear->setObjectName(QStringLiteral("planFiscalYear"));
    m_fiscalYear->setRange(1970, 2100);
    //: Before the year in the fiscal-year box; Japanese: (empty, with the suffix 年度)
    m_fiscalYear->setPrefix(tr("FY"));
    m_fiscalYear->setValue(suggested.year());

    m_from = new QComboBox(this);
    m_from->setObjectName(QStringLiteral("planFrom"));
    m_from->addItem(tr("The whole fiscal year"), qint64(0));
    const QLocale locale;
    for (const Meeting &m : planned)
        m_from->addItem(tr("From %1 (%2) on: a new rhythm")
                            .arg(m.numberLabel(), locale.toString(m.date, QLocale::ShortFormat)),
                        m.id);

    m_rule = new ScheduleRuleEditor(this);
    ScheduleRule initial;
    if (Result<ScheduleRule> saved = ScheduleRule::parse(m_series.scheduleRule); saved) {
        initial = *saved;
    } else {
        initial.weeks = {2};
        initial.weekday = Qt::Tuesday;
        initial.start = m_series.defaultStart;
        initial.end = m_series.defaultEnd;
    }
    m_rule->setRule(initial);
    m_rule->setSeriesTimes(m_series.defaultStart, m_series.defaultEnd);

    auto *closedDays = new QPushButton(tr("&Closed Days..."), this);
    closedDays->setObjectName(QStringLiteral("closedDaysButton"));
    connect(closedDays, &QPushButton::clicked, this, &PlanningDialog::editClosedDays);

    m_preview = new QTableWidget(0, 4, this);
    m_preview->setObjectName(QStringLiteral("planPreview"));
    m_preview->setHorizontalHeaderLabels({tr("No."), tr("Date"), tr("Time"), tr("Note")});
    m_preview->verticalHeader()->hide();
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setSelectionMode(QAbstractItemView::NoSelection);
    m_preview->setWordWrap(false);
    m_preview->horizontalHeader()->setSectionResizeMode(NoteColumn, QHeaderView::Stretch);
    m_preview->setAccessibleName(tr("The planned dates"));

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("planSummary"));
    m_notices = new QLabel(this);
    m_notices->setObjectName(QStringLiteral("planNotices"));
    m_notices->setWordWrap(true);
    m_notices->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("planError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_create = buttons->addButton(tr("C&reate Meetings"), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(QStringLiteral("planCreate"));
    m_create->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &PlanningDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PlanningDialog::reject);

    auto *top = new QFormLayout;
    auto *yearRow = new QHBoxLayout;
    yearRow->addWidget(m_fiscalYear);
    yearRow->addWidget(m_from, 1);
    yearRow->addWidget(closedDays);
    auto *yearLabel = new QLabel(tr("&Fiscal year:"), this);
    yearLabel->setBuddy(m_fiscalYear);
    top->addRow(yearLabel, yearRow);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_rule);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_notices);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(760, 720);

    connect(m_fiscalYear, &QSpinBox::valueChanged, this, &PlanningDialog::updatePreview);
    connect(m_from, &QComboBox::currentIndexChanged, this, &PlanningDialog::fromChanged);
    connect(m_rule, &ScheduleRuleEditor::ruleChanged, this, &PlanningDialog::updatePreview);
    updatePreview();
}

void PlanningDialog::setFromMeeting(qint64 meetingId)
{
    const int index = m_from->findData(meetingId);
    if (index < 0)
        return;
    m_from->setCurrentIndex(index);
}

void PlanningDialog::fromChanged()
{
    // A new rhythm from a meeting on re-plans that meeting's fiscal year, not the one shown before.
    if (const qint64 meetingId = m_from->currentData().toLongLong(); meetingId != 0) {
        const Result<Meeting> m = MeetingRepository(m_db).get(meetingId);
        if (!m) {
            m_error->setText(m.error().toString());
            m_create->setEnabled(false);
            return;
        }
        const QSignalBlocker blocker(m_fiscalYear);
        m_fiscalYear->setValue(FiscalYear::containing(m->date).year());
    }
    updatePreview();
}

MeetingPlanner::Request PlanningDialog::request() const
{
    MeetingPlanner::Request r;
    r.seriesId = m_series.id;
    r.fiscalYear = FiscalYear(m_fiscalYear->value());
    r.rule = m_rule->rule();
    r.fromMeetingId = m_from->currentData().toLongLong();
    return r;
}

void PlanningDialog::updatePreview()
{
    m_preview->setRowCount(0);
    m_plan.reset();
    // Without the series or its meetings there is nothing to plan from: say why.
    Result<MeetingPlan> plan =
        m_loaded ? MeetingPlanner(m_db).preview(request()) : Result<MeetingPlan>(m_loaded.error());
    if (!plan) {
        m_error->setText(plan.error().message);
        m_summary->clear();
        m_notices->clear();
        m_create->setEnabled(false);
        return;
    }
    m_error->clear();
    const QLocale locale;
    const QColor skipped = palette().color(QPalette::Disabled, QPalette::Text);
    for (const PlannedDate &d : plan->dates) {
        const int row = m_preview->rowCount();
        m_preview->insertRow(row);
        const QDate shown = d.isMeeting() ? d.date : d.ruleDate;
        QStringList notes;
        if (!d.explanation().isEmpty())
            notes << d.explanation();
        if (d.meetingId != 0 && d.previousDate.isValid() && d.previousDate != d.date)
            notes << tr("was %1").arg(locale.toString(d.previousDate, QLocale::ShortFormat));
        if (d.previousNumber != 0 && d.previousNumber != d.number)
            notes << tr("renumbered from %1").arg(numberLabel(d.previousNumber));
        const QStringList cells{d.isMeeting() ? numberLabel(d.number) : QString(),
                                shown.isValid() ? locale.toString(shown, QStringLiteral("yyyy-MM-dd (ddd)"))
                                                : locale.toString(d.month, QStringLiteral("yyyy-MM")),
                                d.isMeeting() ? timeRange(d.start, d.end) : QString(),
                                notes.join(QStringLiteral("; "))};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (!d.isMeeting())
                item->setForeground(skipped);
            if (d.outcome == PlannedDate::Outcome::Moved && column == DateColumn) {
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            }
            m_preview->setItem(row, column, item);
        }
    }
    m_preview->resizeColumnsToContents();
    m_preview->horizontalHeader()->setSectionResizeMode(NoteColumn, QHeaderView::Stretch);

    const int count = plan->meetingCount();
    m_summary->setText(count == 0
                           ? tr("No meetings.")
                           : tr("%n meeting(s), %1 to %2.", nullptr, count)
                                 .arg(numberLabel(plan->firstNumber()), numberLabel(plan->lastNumber())));
    m_notices->setText(plan->notices().join(QLatin1Char('\n')));
    m_create->setEnabled(count > 0 || !plan->removed.isEmpty());
    m_create->setText(plan->fromMeetingId != 0 ? tr("&Apply the New Rhythm") : tr("C&reate Meetings"));
    m_plan = std::move(plan).value();
}

void PlanningDialog::editClosedDays()
{
    ClosedDaysDialog dialog(m_db, this);
    dialog.exec();
    updatePreview();
}

void PlanningDialog::accept()
{
    if (!m_plan)
        return;
    Result<MeetingPlan> written = MeetingPlanner(m_db).apply(request(), &*m_plan);
    if (!written) {
        m_error->setText(written.error().message);
        updatePreview();
        m_error->setText(written.error().message);
        return;
    }
    m_written = std::move(written).value();
    QDialog::accept();
}

} // namespace renkei
