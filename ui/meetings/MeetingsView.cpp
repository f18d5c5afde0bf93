#include "MeetingsView.h"

#include "AnnouncementDialog.h"
#include "MeetingAgendaPane.h"
#include "MeetingEditor.h"
#include "MeetingTableModel.h"
#include "PlanningDialog.h"
#include "SeriesDialog.h"
#include "core/documents/AgendaDocument.h"
#include "core/io/ICalendar.h"
#include "core/schedule/MeetingPlanner.h"
#include "core/schedule/ScheduleRule.h"
#include "core/storage/Database.h"
#include "core/storage/MeetingRepository.h"
#include "core/storage/SeriesRepository.h"
#include "core/storage/SettingsRepository.h"
#include "ui/attendance/AttendancePanel.h"
#include "ui/widgets/MessageBar.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace renkei {

MeetingsView::MeetingsView(QWidget *parent) : SectionView(parent)
{
    setObjectName(QStringLiteral("meetingsView"));
    QLayout *bar = createSeriesBar();
    createMeetingTable();
    QWidget *details = createDetails();
    QLayout *actions = createActions();
    m_notice = new MessageBar(this);
    m_notice->setObjectName(QStringLiteral("meetingsNotice"));
    m_notice->hide();

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("meetingsSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_table);
    splitter->addWidget(details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addLayout(bar);
    layout->addWidget(m_notice);
    layout->addLayout(actions);
    layout->addWidget(splitter, 1);
    setFocusProxy(m_table);
}

// The series' chooser, its summary, and creating, editing and deleting a series beside it.
QLayout *MeetingsView::createSeriesBar()
{
    m_series = new QComboBox(this);
    m_series->setObjectName(QStringLiteral("seriesPicker"));
    m_series->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_series->setMinimumContentsLength(12);
    auto *seriesLabel = new QLabel(tr("&Series:"), this);
    seriesLabel->setBuddy(m_series);
    connect(m_series, &QComboBox::currentIndexChanged, this, &MeetingsView::showSeries);

    m_seriesSummary = new QLabel(this);
    m_seriesSummary->setObjectName(QStringLiteral("seriesSummary"));
    m_seriesSummary->setWordWrap(true);
    // The empty state's link to New Series.
    connect(m_seriesSummary, &QLabel::linkActivated, this, &MeetingsView::newSeries);

    m_newSeriesButton = button(tr("Ne&w Series..."), "newSeriesButton", &MeetingsView::newSeries);
    m_editSeriesButton = button(tr("Ed&it Series..."), "editSeriesButton", &MeetingsView::editSeries);
    m_deleteSeriesButton = button(tr("De&lete Series..."), "deleteSeriesButton", &MeetingsView::deleteSeries);

    auto *bar = new QHBoxLayout;
    bar->setSpacing(8);
    bar->addWidget(seriesLabel);
    bar->addWidget(m_series);
    bar->addWidget(m_newSeriesButton);
    bar->addWidget(m_editSeriesButton);
    bar->addWidget(m_deleteSeriesButton);
    bar->addSpacing(12);
    bar->addWidget(m_seriesSummary, 1);
    return bar;
}

QPushButton *MeetingsView::button(const QString &text, const char *name, void (MeetingsView::*slot)())
{
    auto *b = new QPushButton(text, this);
    b->setObjectName(QString::fromLatin1(name));
    connect(b, &QPushButton::clicked, this, slot);
    return b;
}

void MeetingsView::createMeetingTable()
{
    m_model = new MeetingTableModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("meetingTable"));
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(MeetingTableModel::ThemeColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->setAccessibleName(tr("Meetings"));
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MeetingsView::showAgenda);
}

// The chosen meeting's programme and its attendance, as tabs.
QWidget *MeetingsView::createDetails()
{
    m_agendaPane = new MeetingAgendaPane(this);
    m_attendance = new AttendancePanel(this);
    auto *details = new QTabWidget(this);
    details->setObjectName(QStringLiteral("meetingDetails"));
    details->addTab(m_agendaPane, tr("Agenda"));
    details->addTab(m_attendance, tr("Attendance"));
    connect(m_attendance, &AttendancePanel::errorOccurred, this, &MeetingsView::errorOccurred);
    connect(m_attendance, &AttendancePanel::attendanceChanged, this,
            [this] { reloadKeeping(currentMeetingId()); });
    return details;
}

// What the organiser does with the meetings: plan, edit, and give out agendas and calendars.
QLayout *MeetingsView::createActions()
{
    m_planButton = button(tr("&Plan a Year..."), "planButton", &MeetingsView::planMeetings);
    // Not "&Edit": Alt+E opens the menu bar's Edit menu.
    m_editButton = button(tr("Edit &Meeting..."), "editMeetingButton", &MeetingsView::editMeeting);
    m_agendaButton = button(tr("A&genda..."), "agendaButton", &MeetingsView::editAgenda);
    m_saveAgendaButton = button(tr("Save Agenda as P&DF..."), "saveAgendaButton", &MeetingsView::saveAgenda);
    m_announceButton = button(tr("A&nnouncement..."), "announceButton", &MeetingsView::showAnnouncement);
    m_calendarButton = button(tr("&Calendar File..."), "calendarButton", &MeetingsView::saveCalendar);
    m_renumberButton = button(tr("&Renumber..."), "renumberButton", &MeetingsView::renumber);
    m_renumberButton->hide();
    connect(m_table, &QTableView::doubleClicked, this, &MeetingsView::editMeeting);
    // Enter on a meeting opens it, as a double click does.
    auto *openMeeting = new QAction(tr("Edit Meeting"), m_table);
    openMeeting->setObjectName(QStringLiteral("openMeetingAction"));
    openMeeting->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    openMeeting->setShortcutContext(Qt::WidgetShortcut);
    connect(openMeeting, &QAction::triggered, this, &MeetingsView::editMeeting);
    m_table->addAction(openMeeting);

    auto *actions = new QHBoxLayout;
    actions->setSpacing(6);
    for (QPushButton *b : {m_planButton, m_editButton, m_agendaButton, m_saveAgendaButton, m_announceButton,
                           m_calendarButton, m_renumberButton})
        actions->addWidget(b);
    actions->addStretch(1);
    return actions;
}

void MeetingsView::setDatabase(Database *db)
{
    m_db = db;
    m_notice->dismiss();
    loadSeries();
}

void MeetingsView::loadSeries()
{
    const QSignalBlocker blocker(m_series);
    m_series->clear();
    if (m_db) {
        if (auto series = SeriesRepository(*m_db).all(); series.ok()) {
            for (const Series &one : *series)
                m_series->addItem(one.name, one.id);
        } else {
            emit errorOccurred(series.error().toString());
        }
    }
    m_series->setEnabled(m_series->count() > 0);
    showSeries();
}

void MeetingsView::showSeries()
{
    const qint64 seriesId = m_series->currentData().toLongLong();
    if (!m_db || seriesId == 0) {
        m_model->clear();
        m_seriesSummary->setTextFormat(Qt::RichText);
        m_seriesSummary->setText(
            m_db ? tr("No meeting series yet: start with <a href=\"new-series\">New Series...</a>")
                 : QString());
        m_renumberButton->hide();
        showAgenda();
        return;
    }
    if (Status loaded = m_model->load(*m_db, seriesId); !loaded)
        emit errorOccurred(loaded.error().toString());

    int held = 0;
    int next = -1;
    const QDate today = QDate::currentDate();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const Meeting *meeting = m_model->meetingAt(row);
        if (meeting->status == MeetingStatus::Held)
            ++held;
        if (next < 0 && meeting->date >= today && meeting->status != MeetingStatus::Cancelled)
            next = row;
    }
    // The series' saved rhythm in words, once planning has saved one.
    QString rule;
    const Result<Series> series = SeriesRepository(*m_db).get(seriesId);
    if (!series)
        emit errorOccurred(series.error().toString());
    else if (!series->scheduleRule.isEmpty()) {
        const Result<ScheduleRule> parsed = ScheduleRule::parse(series->scheduleRule);
        if (!parsed)
            emit errorOccurred(parsed.error().toString());
        else
            rule = parsed->describe();
    }
    m_seriesSummary->setTextFormat(Qt::PlainText);
    m_seriesSummary->setText(
        rule.isEmpty()
            ? tr("%n meeting(s), %1 held", nullptr, m_model->rowCount()).arg(held)
            //: %1 meetings held, %2 the series' rule in words ("every 2 months on the 2nd Tuesday")
            : tr("%n meeting(s), %1 held; meets %2", nullptr, m_model->rowCount()).arg(held).arg(rule));

    m_table->resizeColumnsToContents();
    // Start at the next meeting; when there is none, at the latest one.
    const int current = next >= 0 ? next : m_model->rowCount() - 1;
    if (current >= 0) {
        m_table->setCurrentIndex(m_model->index(current, 0));
        m_table->scrollTo(m_model->index(current, 0), QAbstractItemView::PositionAtCenter);
    }
    showAgenda();
    checkNumbering();
}

void MeetingsView::showAgenda()
{
    const Meeting *meeting = m_db ? m_model->meetingAt(m_table->currentIndex().row()) : nullptr;
    m_attendance->setMeeting(meeting ? m_db : nullptr, meeting ? meeting->id : 0);
    updateActions();
    if (const Status shown = m_agendaPane->showMeeting(m_db, meeting); !shown)
        emit errorOccurred(shown.error().toString());
}

qint64 MeetingsView::currentMeetingId() const
{
    const Meeting *meeting = m_model->meetingAt(m_table->currentIndex().row());
    return meeting ? meeting->id : 0;
}

void MeetingsView::selectMeeting(qint64 meetingId)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->meetingAt(row)->id == meetingId) {
            m_table->setCurrentIndex(m_model->index(row, 0));
            m_table->scrollTo(m_model->index(row, 0));
            return;
        }
    }
}

void MeetingsView::updateActions()
{
    const bool series = m_db && m_series->currentData().toLongLong() != 0;
    const bool meeting = series && currentMeetingId() != 0;
    m_editSeriesButton->setEnabled(series);
    // Only a series without meetings can be deleted.
    m_deleteSeriesButton->setEnabled(series && m_model->rowCount() == 0);
    m_deleteSeriesButton->setToolTip(
        series && m_model->rowCount() > 0 ? tr("Only a series without meetings can be deleted.") : QString());
    m_newSeriesButton->setEnabled(m_db != nullptr);
    m_planButton->setEnabled(series);
    m_editButton->setEnabled(meeting);
    m_agendaButton->setEnabled(meeting);
    m_saveAgendaButton->setEnabled(meeting);
    m_announceButton->setEnabled(meeting);
    m_calendarButton->setEnabled(series && m_model->rowCount() > 0);
}

void MeetingsView::reloadKeeping(qint64 meetingId)
{
    showSeries();
    if (meetingId != 0)
        selectMeeting(meetingId);
}

void MeetingsView::checkNumbering()
{
    const qint64 seriesId = m_series->currentData().toLongLong();
    if (!m_db || seriesId == 0) {
        m_renumberButton->hide();
        return;
    }
    Result<QList<Renumbering>> needed = MeetingPlanner(*m_db).renumberingNeeded(seriesId);
    if (!needed) {
        emit errorOccurred(needed.error().toString());
        return;
    }
    m_renumberButton->setVisible(!needed->isEmpty());
    if (!needed->isEmpty()) {
        QStringList changes;
        for (const Renumbering &r : *needed)
            changes << r.describe();
        m_notice->showMessage(
            tr("The meeting numbers no longer follow the dates. Renumbering would change: %1.")
                .arg(changes.join(QStringLiteral("; "))),
            MessageBar::Kind::Warning);
    }
}

qint64 MeetingsView::currentSeriesId() const
{
    return m_series->currentData().toLongLong();
}

void MeetingsView::selectSeries(qint64 seriesId)
{
    const int index = m_series->findData(seriesId);
    if (index >= 0)
        m_series->setCurrentIndex(index);
}

void MeetingsView::newSeries()
{
    if (!m_db)
        return;
    SeriesDialog dialog(*m_db, Series{}, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    loadSeries();
    selectSeries(dialog.savedId());
    m_notice->showMessage(
        tr("Added the series %1. Plan its meetings with Plan a Year.").arg(dialog.series().name),
        MessageBar::Kind::Information);
}

void MeetingsView::editSeries()
{
    const qint64 seriesId = currentSeriesId();
    if (!m_db || seriesId == 0)
        return;
    Result<Series> series = SeriesRepository(*m_db).get(seriesId);
    if (!series) {
        emit errorOccurred(series.error().toString());
        return;
    }
    SeriesDialog dialog(*m_db, *series, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const qint64 meetingId = currentMeetingId();
    loadSeries();
    selectSeries(seriesId);
    if (meetingId != 0)
        selectMeeting(meetingId);
}

void MeetingsView::deleteSeries()
{
    const qint64 seriesId = currentSeriesId();
    if (!m_db || seriesId == 0 || m_model->rowCount() > 0)
        return;
    const QString name = m_series->currentText();
    QMessageBox box(this);
    box.setObjectName(QStringLiteral("confirmDeleteSeries"));
    box.setIcon(QMessageBox::Warning);
    box.setWindowTitle(tr("Delete Series"));
    box.setText(tr("Delete the meeting series %1?").arg(name));
    box.setInformativeText(tr("It has no meetings. This cannot be undone."));
    QPushButton *remove = box.addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmDeleteSeriesButton"));
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancel);
    box.exec();
    if (box.clickedButton() != remove)
        return;
    if (Status removed = SeriesRepository(*m_db).remove(seriesId); !removed) {
        emit errorOccurred(removed.error().toString());
        return;
    }
    loadSeries();
    m_notice->showMessage(tr("Deleted the series %1.").arg(name), MessageBar::Kind::Information);
}

void MeetingsView::planMeetings()
{
    const qint64 seriesId = m_series->currentData().toLongLong();
    if (!m_db || seriesId == 0)
        return;
    PlanningDialog dialog(*m_db, seriesId, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.written())
        return;
    const MeetingPlan &plan = *dialog.written();
    const QList<PlannedDate> meetings = plan.meetings();
    reloadKeeping(meetings.isEmpty() ? 0 : meetings.first().meetingId);
    QStringList lines;
    if (!meetings.isEmpty())
        lines << tr("Planned %n meeting(s), %1 to %2.", nullptr, int(meetings.size()))
                     .arg(meetings.first().date.toString(Qt::ISODate),
                          meetings.last().date.toString(Qt::ISODate));
    lines << plan.notices();
    m_notice->showMessage(lines.join(QLatin1Char(' ')), plan.renumbered.isEmpty() && plan.removed.isEmpty()
                                                            ? MessageBar::Kind::Information
                                                            : MessageBar::Kind::Warning);
}

void MeetingsView::openEditor(bool agenda)
{
    const Meeting *meeting = m_db ? m_model->meetingAt(m_table->currentIndex().row()) : nullptr;
    if (!meeting)
        return;
    const qint64 id = meeting->id;
    MeetingEditor editor(*m_db, *meeting, this);
    if (agenda)
        editor.showAgenda();
    if (editor.exec() != QDialog::Accepted)
        return;
    m_notice->dismiss();
    reloadKeeping(id);
    checkNumbering();
}

void MeetingsView::editMeeting()
{
    openEditor(false);
}

void MeetingsView::editAgenda()
{
    openEditor(true);
}

Status MeetingsView::saveAgendaTo(const QString &path)
{
    const qint64 id = currentMeetingId();
    if (!m_db || id == 0)
        return Error{tr("Choose a meeting first.")};
    Result<MeetingDocument> doc = MeetingDocument::load(*m_db, id);
    if (!doc)
        return doc.error();
    DocumentOptions options;
    options.era = m_agendaPane->eraDates();
    Result<DocumentText> text = DocumentText::stored(*m_db, options);
    if (!text)
        return text.error();
    return AgendaDocument(*doc, *text).save(path);
}

void MeetingsView::saveAgenda()
{
    const Meeting *meeting = m_model->meetingAt(m_table->currentIndex().row());
    if (!m_db || !meeting)
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(folder).filePath(
        QStringLiteral("%1_%2.pdf")
            .arg(m_series->currentText(), meeting->date.toString(QStringLiteral("yyyyMMdd"))));
    const QString pdf = tr("PDF (*.pdf)");
    const QString html = tr("Web page (*.html)");
    QString filter = pdf;
    QString path = QFileDialog::getSaveFileName(
        this, tr("Save the Agenda"), suggested,
        QStringList{pdf, html, tr("Text (*.txt)")}.join(QStringLiteral(";;")), &filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += filter == pdf    ? QStringLiteral(".pdf")
                : filter == html ? QStringLiteral(".html")
                                 : QStringLiteral(".txt");
    if (Status saved = saveAgendaTo(path); !saved) {
        emit errorOccurred(saved.error().toString());
        return;
    }
    m_notice->showMessage(tr("Saved the agenda to %1.").arg(QDir::toNativeSeparators(path)),
                          MessageBar::Kind::Information);
}

void MeetingsView::showAnnouncement()
{
    const qint64 id = currentMeetingId();
    if (!m_db || id == 0)
        return;
    Result<MeetingDocument> doc = MeetingDocument::load(*m_db, id);
    if (!doc) {
        emit errorOccurred(doc.error().toString());
        return;
    }
    Result<DocumentLanguage> language = SettingsRepository(*m_db).documentLanguage();
    if (!language) {
        emit errorOccurred(language.error().toString());
        return;
    }
    AnnouncementDialog dialog(*doc, *language, this);
    dialog.exec();
}

Result<int> MeetingsView::saveCalendarTo(const QString &path, bool wholeSeries)
{
    const qint64 seriesId = m_series->currentData().toLongLong();
    if (!m_db || seriesId == 0)
        return Error{tr("Choose a series first.")};
    const Meeting *meeting = m_model->meetingAt(m_table->currentIndex().row());
    const FiscalYear year = !wholeSeries && meeting ? FiscalYear::containing(meeting->date) : FiscalYear();
    return ICalendar::exportTo(*m_db, path, seriesId, year);
}

void MeetingsView::saveCalendar()
{
    const Meeting *meeting = m_model->meetingAt(m_table->currentIndex().row());
    if (!m_db || !meeting)
        return;
    QMenu menu(this);
    const FiscalYear year = FiscalYear::containing(meeting->date);
    QAction *oneYear = menu.addAction(tr("The meetings of %1").arg(year.label()));
    QAction *all = menu.addAction(tr("All the meetings of the series"));
    QAction *chosen = menu.exec(m_calendarButton->mapToGlobal(QPoint(0, m_calendarButton->height())));
    if (!chosen)
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = chosen == oneYear
                             ? QStringLiteral("%1_%2.ics").arg(m_series->currentText()).arg(year.year())
                             : QStringLiteral("%1.ics").arg(m_series->currentText());
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the Calendar File"),
                                                      QDir(folder).filePath(name), tr("iCalendar (*.ics)"));
    if (path.isEmpty())
        return;
    Result<int> written = saveCalendarTo(path, chosen == all);
    if (!written) {
        emit errorOccurred(written.error().toString());
        return;
    }
    m_notice->showMessage(
        tr("Saved %n meeting(s) to %1; importing it again updates the same events.", nullptr, *written)
            .arg(QDir::toNativeSeparators(path)),
        MessageBar::Kind::Information);
}

void MeetingsView::renumber()
{
    const qint64 seriesId = m_series->currentData().toLongLong();
    if (!m_db || seriesId == 0)
        return;
    const qint64 current = currentMeetingId();
    Result<QList<Renumbering>> done = MeetingPlanner(*m_db).renumber(seriesId);
    if (!done) {
        emit errorOccurred(done.error().toString());
        return;
    }
    QStringList changes;
    for (const Renumbering &r : *done)
        changes << r.describe();
    reloadKeeping(current);
    m_notice->showMessage(tr("Renumbered: %1.").arg(changes.join(QStringLiteral("; "))),
                          MessageBar::Kind::Information);
}

} // namespace renkei
