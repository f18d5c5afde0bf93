#include "AttendancePanel.h"

#include "AttendanceCsvDialog.h"
#include "AttendanceTableModel.h"
#include "CheckInDialog.h"
#include "GuestDialog.h"
#include "GuestToMemberDialog.h"
#include "InviteDialog.h"
#include "PaperRecordingDialog.h"
#include "PrintedOutput.h"
#include "SheetOptionsDialog.h"
#include "core/attendance/AttendeeOrder.h"
#include "core/documents/AttendanceCertificates.h"
#include "core/documents/AttendanceGrid.h"
#include "core/documents/NameBadges.h"
#include "core/documents/SignInSheetLayout.h"
#include "ui/members/MemberPicker.h"
#include "core/storage/AttendanceRepository.h"
#include "core/storage/AttendeeRepository.h"
#include "core/storage/MeetingRepository.h"
#include "core/storage/SeriesRepository.h"
#include "ui/widgets/MessageBar.h"

#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace renkei {

AttendancePanel::AttendancePanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("attendancePanel"));

    m_places = new QLabel(this);
    m_places->setObjectName(QStringLiteral("attendancePlaces"));
    QFont bold = m_places->font();
    bold.setBold(true);
    m_places->setFont(bold);

    auto button = [this](const QString &text, const char *name, auto slot) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(QString::fromLatin1(name));
        connect(b, &QPushButton::clicked, this, slot);
        m_needMeeting << b;
        return b;
    };
    auto *checkIn = button(tr("&Reception..."), "attendanceCheckIn", &AttendancePanel::openCheckIn);
    checkIn->setToolTip(tr("The check-in screen for the reception desk"));
    auto *paper = button(tr("Record from &Paper..."), "attendancePaper", &AttendancePanel::recordFromPaper);
    auto *guest = button(tr("Add &Guest..."), "attendanceAddGuest", &AttendancePanel::addGuestDialog);
    auto *inviteButton = button(tr("&Invite..."), "attendanceInvite", &AttendancePanel::invite);
    auto *sheet = button(tr("Sign-in &Sheet..."), "attendanceSheet", &AttendancePanel::openSheet);

    m_addMember = new MemberPicker(this);
    m_addMember->setObjectName(QStringLiteral("attendanceAddMember"));
    m_addMember->setPlaceholderText(tr("Add a member: type a few letters of the name or reading"));
    connect(m_addMember, &MemberPicker::memberChanged, this, [this](qint64 id) {
        if (id == 0)
            return;
        showError(registerMember(id));
        m_addMember->setMemberId(0);
    });
    m_needMeeting << m_addMember;
    m_addRole = new QComboBox(this);
    m_addRole->setObjectName(QStringLiteral("attendanceAddRole"));
    for (const QString &key : attendanceRoleKeys())
        m_addRole->addItem(attendanceRoleLabel(*attendanceRoleFromKey(key)), key);
    m_needMeeting << m_addRole;

    m_notice = new MessageBar(this);
    m_notice->setObjectName(QStringLiteral("attendanceNotice"));
    m_notice->hide();

    m_model = new AttendanceTableModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("attendanceTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(AttendanceTableModel::OrganisationColumn,
                                                      QHeaderView::Stretch);
    m_table->setAccessibleName(tr("Attendance"));
    connect(m_table, &QTableView::clicked, this, [this](const QModelIndex &index) {
        const int column = index.column();
        if (column == AttendanceTableModel::WalkInColumn || column == AttendanceTableModel::SocialColumn ||
            column == AttendanceTableModel::PaidColumn)
            showError(toggle(index.data(AttendanceTableModel::AttendanceIdRole).toLongLong(), column));
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AttendancePanel::updateActions);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (const Attendee *a = m_model->attendeeAt(index.row()); a && a->isGuest())
            makeMember();
    });

    // What is done with the rows chosen.
    auto *status = new QToolButton(this);
    status->setObjectName(QStringLiteral("attendanceStatusButton"));
    status->setText(tr("Set S&tatus"));
    status->setPopupMode(QToolButton::InstantPopup);
    auto *statusMenu = new QMenu(status);
    for (const QString &key : attendanceStatusKeys()) {
        const AttendanceStatus s = *attendanceStatusFromKey(key);
        QAction *action = statusMenu->addAction(attendanceStatusLabel(s));
        action->setObjectName(QStringLiteral("status_") + key);
        connect(action, &QAction::triggered, this, [this, s] { showError(setStatus(selectedIds(), s)); });
    }
    status->setMenu(statusMenu);
    auto *role = new QToolButton(this);
    role->setObjectName(QStringLiteral("attendanceRoleButton"));
    role->setText(tr("Set R&ole"));
    role->setPopupMode(QToolButton::InstantPopup);
    auto *roleMenu = new QMenu(role);
    for (const QString &key : attendanceRoleKeys()) {
        const AttendanceRole r = *attendanceRoleFromKey(key);
        QAction *action = roleMenu->addAction(attendanceRoleLabel(r));
        action->setObjectName(QStringLiteral("role_") + key);
        connect(action, &QAction::triggered, this, [this, r] { showError(setRole(selectedIds(), r)); });
    }
    role->setMenu(roleMenu);
    m_makeMember = new QPushButton(tr("Make &Member..."), this);
    m_makeMember->setObjectName(QStringLiteral("attendanceMakeMember"));
    m_makeMember->setToolTip(tr("The guest becomes a member, keeping the meetings they came to"));
    connect(m_makeMember, &QPushButton::clicked, this, &AttendancePanel::makeMember);
    auto *removeButton = new QPushButton(tr("Remo&ve"), this);
    removeButton->setObjectName(QStringLiteral("attendanceRemove"));
    connect(removeButton, &QPushButton::clicked, this, [this] { showError(remove(selectedIds())); });
    m_needSelection << status << role << removeButton;

    auto printMenu = [this](const QString &text, const char *name, auto print) {
        auto *b = new QToolButton(this);
        b->setObjectName(QString::fromLatin1(name));
        b->setText(text);
        b->setPopupMode(QToolButton::InstantPopup);
        auto *menu = new QMenu(b);
        QAction *preview = menu->addAction(tr("Print Preview..."));
        preview->setObjectName(QString::fromLatin1(name) + QStringLiteral("Preview"));
        connect(preview, &QAction::triggered, this, [this, print] { (this->*print)(false); });
        QAction *pdf = menu->addAction(tr("Save as PDF..."));
        pdf->setObjectName(QString::fromLatin1(name) + QStringLiteral("Pdf"));
        connect(pdf, &QAction::triggered, this, [this, print] { (this->*print)(true); });
        b->setMenu(menu);
        m_needMeeting << b;
        return b;
    };
    auto *badgesButton = printMenu(tr("&Badges"), "attendanceBadges", &AttendancePanel::badges);
    badgesButton->setToolTip(tr("Name badges for the people chosen, or for everyone registered"));
    auto *certificatesButton =
        printMenu(tr("&Certificates"), "attendanceCertificates", &AttendancePanel::certificates);
    certificatesButton->setToolTip(
        tr("Certificates of attendance for the people chosen, or for everyone who came"));
    // The series' grid and matrix cover the fiscal year of the meeting shown (the tooltip names it).
    m_grid = printMenu(tr("Gri&d"), "attendanceGrid", &AttendancePanel::grid);
    auto *exportButton = new QToolButton(this);
    exportButton->setObjectName(QStringLiteral("attendanceExport"));
    exportButton->setText(tr("E&xport CSV"));
    exportButton->setPopupMode(QToolButton::InstantPopup);
    auto *exportMenu = new QMenu(exportButton);
    QAction *exportListAction = exportMenu->addAction(tr("Attendance &List of This Meeting..."));
    exportListAction->setObjectName(QStringLiteral("attendanceExportList"));
    connect(exportListAction, &QAction::triggered, this, &AttendancePanel::exportList);
    m_exportMatrix = exportMenu->addAction(tr("Attendance &Matrix of the Fiscal Year..."));
    m_exportMatrix->setObjectName(QStringLiteral("attendanceExportMatrix"));
    connect(m_exportMatrix, &QAction::triggered, this, &AttendancePanel::exportMatrix);
    exportButton->setMenu(exportMenu);
    m_needMeeting << exportButton;

    m_promote = new QPushButton(tr("Move &Up from the Waiting List"), this);
    m_promote->setObjectName(QStringLiteral("attendancePromote"));
    m_promote->setToolTip(
        tr("Places are free while people wait: give them the places, first come first served"));
    m_promote->hide();
    connect(m_promote, &QPushButton::clicked, this, &AttendancePanel::promote);

    auto *top = new QHBoxLayout;
    top->addWidget(m_places, 1);
    top->addWidget(m_promote);
    top->addWidget(checkIn);
    top->addWidget(paper);
    auto *adding = new QHBoxLayout;
    adding->addWidget(m_addMember, 1);
    adding->addWidget(m_addRole);
    adding->addWidget(guest);
    adding->addWidget(inviteButton);
    auto *rowActions = new QHBoxLayout;
    rowActions->addWidget(status);
    rowActions->addWidget(role);
    rowActions->addWidget(m_makeMember);
    rowActions->addWidget(removeButton);
    rowActions->addStretch(1);
    // The documents on a row of their own: the panel stays narrow enough for a small laptop screen.
    auto *documents = new QHBoxLayout;
    documents->addStretch(1);
    documents->addWidget(sheet);
    documents->addWidget(badgesButton);
    documents->addWidget(certificatesButton);
    documents->addWidget(m_grid);
    documents->addWidget(exportButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->setSpacing(6);
    layout->addLayout(top);
    layout->addLayout(adding);
    layout->addWidget(m_notice);
    layout->addWidget(m_table, 1);
    layout->addLayout(rowActions);
    layout->addLayout(documents);
    updateActions();
}

void AttendancePanel::setMeeting(Database *db, qint64 meetingId)
{
    const bool other = db != m_db || meetingId != m_meetingId;
    m_db = db;
    m_meetingId = db ? meetingId : 0;
    m_addMember->setDatabase(db);
    if (other)
        m_notice->dismiss();
    reload();
}

void AttendancePanel::reload()
{
    const QList<qint64> selected = selectedIds();
    if (!m_db || m_meetingId == 0) {
        m_model->setAttendees({});
        m_places->setText(QString());
        m_promote->hide();
        updateActions();
        return;
    }
    Result<QList<Attendee>> all = AttendeeRepository(*m_db).forMeeting(m_meetingId);
    Registration registration(*m_db, m_meetingId);
    Result<QList<Attendee>> waiting = registration.waitingList();
    if (!all || !waiting) {
        emit errorOccurred((all ? waiting.error() : all.error()).toString());
        return;
    }
    // The sign-in sheet's order, so that a row here is where it is on paper.
    AttendeeSort sort = AttendeeSort::Kana;
    const Result<Meeting> shown = meeting();
    if (shown)
        if (Result<SignInSheetLayout> layout = SignInSheetLayout::forSeries(*m_db, shown->seriesId))
            sort = layout->sort;
    if (const Result<Series> series =
            shown ? SeriesRepository(*m_db).get(shown->seriesId) : Result<Series>(shown.error())) {
        const QString year = FiscalYear::containing(shown->date).label();
        m_grid->setToolTip(tr("The attendance grid of %1 for %2: everyone who came × the year's meetings")
                               .arg(series->name, year));
        m_exportMatrix->setText(tr("Attendance &Matrix of %1 (%2)...").arg(series->name, year));
    }
    QList<Attendee> rows = *all;
    AttendeeOrder::sort(rows, sort);
    QHash<qint64, int> positions;
    for (qsizetype i = 0; i < waiting->size(); ++i)
        positions.insert(waiting->at(i).id(), int(i + 1));
    m_model->setAttendees(rows, positions);
    m_table->resizeColumnsToContents();
    selectIds(selected);
    m_places->setText(placesText());
    const Result<Places> places = registration.places();
    m_promote->setVisible(places && places->waiting > 0 && places->free() > 0);
    updateActions();
}

void AttendancePanel::promote()
{
    if (!m_db || m_meetingId == 0)
        return;
    const Result<QList<Attendee>> moved = Registration(*m_db, m_meetingId).fillFromWaitingList();
    if (!moved) {
        showError(moved.error());
        return;
    }
    RegistrationChange change;
    change.movedUp = *moved;
    report(change, moved->isEmpty() ? tr("No one moved up: the meeting has taken place, or is cancelled.")
                                    : QString());
}

QString AttendancePanel::placesText() const
{
    if (!m_db || m_meetingId == 0)
        return {};
    const Result<Places> places = Registration(*m_db, m_meetingId).places();
    if (!places)
        return places.error().toString();
    int here = 0;
    for (const Attendee &a : m_model->attendees())
        here += a.attendance.status == AttendanceStatus::Attended ? 1 : 0;
    if (places->capacity)
        return tr("%1 of %2 places taken · %3 waiting · %4 here")
            .arg(places->taken)
            .arg(*places->capacity)
            .arg(places->waiting)
            .arg(here);
    return tr("%1 registered (no limit) · %2 waiting · %3 here")
        .arg(places->taken)
        .arg(places->waiting)
        .arg(here);
}

QList<qint64> AttendancePanel::selectedIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        if (const Attendee *a = m_model->attendeeAt(index.row()))
            ids << a->id();
    std::sort(ids.begin(), ids.end(),
              [this](qint64 a, qint64 b) { return m_model->rowOf(a) < m_model->rowOf(b); });
    return ids;
}

void AttendancePanel::selectIds(const QList<qint64> &attendanceIds)
{
    QItemSelection selection;
    for (qint64 id : attendanceIds)
        if (const int row = m_model->rowOf(id); row >= 0)
            selection.select(m_model->index(row, 0),
                             m_model->index(row, AttendanceTableModel::ColumnCount - 1));
    m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
}

void AttendancePanel::updateActions()
{
    const bool meeting = m_db && m_meetingId != 0;
    for (QWidget *w : std::as_const(m_needMeeting))
        w->setEnabled(meeting);
    const QList<qint64> selected = meeting ? selectedIds() : QList<qint64>{};
    for (QWidget *w : std::as_const(m_needSelection))
        w->setEnabled(!selected.isEmpty());
    const Attendee *one =
        selected.size() == 1 ? m_model->attendeeAt(m_model->rowOf(selected.first())) : nullptr;
    m_makeMember->setEnabled(one && one->isGuest());
}

void AttendancePanel::showError(const Status &status)
{
    if (!status)
        m_notice->showMessage(status.error().toString(), MessageBar::Kind::Error);
}

// Says what happened, and above all who moved up from the waiting list and must be told.
void AttendancePanel::report(const RegistrationChange &change, const QString &done)
{
    QStringList lines;
    if (!done.isEmpty())
        lines << done;
    if (!change.movedUp.isEmpty()) {
        QStringList people;
        for (const Attendee &a : change.movedUp) {
            QStringList contact;
            for (const QString &part : {a.email, a.phone})
                if (!part.isEmpty())
                    contact << part;
            people << (contact.isEmpty() ? a.name
                                         : tr("%1 (%2)").arg(a.name, contact.join(QStringLiteral(", "))));
        }
        lines << tr("Moved up from the waiting list — let them know: %1.")
                     .arg(people.join(QStringLiteral("; ")));
    }
    if (!lines.isEmpty())
        m_notice->showMessage(lines.join(QLatin1Char(' ')),
                              change.movedUp.isEmpty() && change.status != AttendanceStatus::Waitlisted
                                  ? MessageBar::Kind::Information
                                  : MessageBar::Kind::Warning);
    reload();
    emit attendanceChanged();
}

Status AttendancePanel::registerMember(qint64 memberId)
{
    if (!m_db || m_meetingId == 0)
        return Error{tr("Choose a meeting first.")};
    const AttendanceRole role =
        attendanceRoleFromKey(m_addRole->currentData().toString()).value_or(AttendanceRole::Participant);
    const Result<RegistrationChange> change = Registration(*m_db, m_meetingId).registerMember(memberId, role);
    if (!change)
        return change.error();
    const Result<Attendee> who = AttendeeRepository(*m_db).get(change->attendanceId);
    const QString name = who ? who->name : QString();
    QString done;
    if (change->alreadyListed)
        done = tr("%1 is on the list already (%2).").arg(name, attendanceStatusLabel(change->status));
    else if (change->status == AttendanceStatus::Waitlisted)
        done = tr("The meeting is full: %1 is on the waiting list, number %2.")
                   .arg(name)
                   .arg(change->waitingPosition);
    else
        done = tr("%1 registered.").arg(name);
    report(*change, done);
    selectIds({change->attendanceId});
    return {};
}

Status AttendancePanel::addGuest(const Guest &guest)
{
    if (!m_db || m_meetingId == 0)
        return Error{tr("Choose a meeting first.")};
    const AttendanceRole role =
        attendanceRoleFromKey(m_addRole->currentData().toString()).value_or(AttendanceRole::Participant);
    const Result<RegistrationChange> change = Registration(*m_db, m_meetingId).registerGuest(guest, role);
    if (!change)
        return change.error();
    report(*change, change->status == AttendanceStatus::Waitlisted
                        ? tr("The meeting is full: %1 is on the waiting list, number %2.")
                              .arg(guest.name)
                              .arg(change->waitingPosition)
                        : tr("%1 registered as a guest.").arg(guest.name));
    selectIds({change->attendanceId});
    return {};
}

Status AttendancePanel::setStatus(const QList<qint64> &attendanceIds, AttendanceStatus status)
{
    if (!m_db || attendanceIds.isEmpty())
        return {};
    Registration registration(*m_db, m_meetingId);
    RegistrationChange all;
    int waiting = 0;
    for (qint64 id : attendanceIds) {
        const Result<RegistrationChange> change = registration.setStatus(id, status);
        if (!change) {
            reload();
            return change.error();
        }
        all.movedUp += change->movedUp;
        waiting +=
            change->status == AttendanceStatus::Waitlisted && status != AttendanceStatus::Waitlisted ? 1 : 0;
        all.status = change->status;
    }
    report(all, waiting > 0
                    ? tr("The meeting is full: %n person(s) went onto the waiting list.", nullptr, waiting)
                    : QString());
    selectIds(attendanceIds);
    return {};
}

Status AttendancePanel::setRole(const QList<qint64> &attendanceIds, AttendanceRole role)
{
    if (!m_db || attendanceIds.isEmpty())
        return {};
    Registration registration(*m_db, m_meetingId);
    RegistrationChange all;
    for (qint64 id : attendanceIds) {
        Result<Attendance> row = AttendanceRepository(*m_db).get(id);
        if (!row)
            return row.error();
        row->role = role;
        const Result<RegistrationChange> change = registration.save(*row);
        if (!change) {
            reload();
            return change.error();
        }
        all.movedUp += change->movedUp;
    }
    report(all, QString());
    selectIds(attendanceIds);
    return {};
}

Status AttendancePanel::toggle(qint64 attendanceId, int column)
{
    if (!m_db)
        return {};
    Result<Attendance> row = AttendanceRepository(*m_db).get(attendanceId);
    if (!row)
        return row.error();
    if (column == AttendanceTableModel::WalkInColumn)
        row->walkIn = !row->walkIn;
    else if (column == AttendanceTableModel::SocialColumn)
        row->social = !row->social;
    else if (column == AttendanceTableModel::PaidColumn)
        row->feePaid = !row->feePaid;
    const Result<RegistrationChange> change = Registration(*m_db, m_meetingId).save(*row);
    if (!change)
        return change.error();
    if (Result<Attendee> fresh = AttendeeRepository(*m_db).get(attendanceId))
        m_model->update(*fresh);
    if (!change->movedUp.isEmpty())
        report(*change, QString());
    emit attendanceChanged();
    return {};
}

Status AttendancePanel::remove(const QList<qint64> &attendanceIds)
{
    if (!m_db || attendanceIds.isEmpty())
        return {};
    Registration registration(*m_db, m_meetingId);
    RegistrationChange all;
    for (qint64 id : attendanceIds) {
        const Result<RegistrationChange> change = registration.remove(id);
        if (!change) {
            reload();
            return change.error();
        }
        all.movedUp += change->movedUp;
    }
    report(all, tr("Took %n person(s) off the list.", nullptr, int(attendanceIds.size())));
    return {};
}

void AttendancePanel::invite()
{
    if (!m_db || m_meetingId == 0)
        return;
    InviteDialog dialog(*m_db, m_meetingId, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Invitation::Outcome &o = dialog.outcome();
    QString text = dialog.as() == Invitation::As::Registered
                       ? tr("Registered %n member(s).", nullptr, o.added)
                       : tr("Invited %n member(s).", nullptr, o.added);
    if (o.waitlisted > 0)
        text += QLatin1Char(' ') + tr("%n of them wait for a place.", nullptr, o.waitlisted);
    if (o.alreadyListed > 0)
        text += QLatin1Char(' ') + tr("%n were on the list already.", nullptr, o.alreadyListed);
    m_notice->showMessage(text, MessageBar::Kind::Information);
    reload();
    selectIds(o.attendanceIds);
    emit attendanceChanged();
}

void AttendancePanel::addGuestDialog()
{
    if (!m_db || m_meetingId == 0)
        return;
    GuestDialog dialog(*m_db, tr("Add a Guest"), this);
    while (dialog.exec() == QDialog::Accepted) {
        const Status added = addGuest(dialog.guest());
        if (added)
            return;
        dialog.showError(added.error().message, added.error().field);
    }
}

void AttendancePanel::openCheckIn()
{
    if (!m_db || m_meetingId == 0)
        return;
    CheckInDialog dialog(*m_db, m_meetingId, this);
    dialog.exec();
    reload();
    emit attendanceChanged();
}

void AttendancePanel::recordFromPaper()
{
    if (!m_db || m_meetingId == 0)
        return;
    PaperRecordingDialog dialog(*m_db, m_meetingId, this);
    dialog.exec();
    reload();
    emit attendanceChanged();
}

void AttendancePanel::openSheet()
{
    if (!m_db || m_meetingId == 0)
        return;
    SheetOptionsDialog dialog(*m_db, m_meetingId, this);
    dialog.exec();
    reload(); // the order may have changed
}

void AttendancePanel::makeMember()
{
    const QList<qint64> selected = selectedIds();
    if (!m_db || selected.size() != 1)
        return;
    GuestToMemberDialog dialog(*m_db, selected.first(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_notice->showMessage(
        tr("%1 is a member now; %n meeting(s) they came to as a guest are in their history.", nullptr,
           dialog.movedRecords())
            .arg(dialog.member().fullName()),
        MessageBar::Kind::Information);
    reload();
    emit attendanceChanged();
}

Result<Meeting> AttendancePanel::meeting() const
{
    if (!m_db || m_meetingId == 0)
        return Error{tr("Choose a meeting first.")};
    return MeetingRepository(*m_db).get(m_meetingId);
}

QString AttendancePanel::fileStem() const
{
    if (!m_db)
        return {};
    const Result<Meeting> m = meeting();
    const Result<Series> s = m ? SeriesRepository(*m_db).get(m->seriesId) : Result<Series>(Error{});
    return m && s ? QStringLiteral("%1_%2").arg(s->name, m->date.toString(QStringLiteral("yyyyMMdd")))
                  : QString();
}

void AttendancePanel::badges(bool pdf)
{
    if (!m_db || m_meetingId == 0)
        return;
    const Result<NameBadges> made = NameBadges::load(*m_db, m_meetingId, selectedIds());
    if (!made) {
        showError(made.error());
        return;
    }
    const NameBadges document = *made;
    if (!pdf) {
        showError(PrintedOutput::preview(
            this, tr("Name Badges"), QPageLayout::Portrait,
            [&document](QPagedPaintDevice &device) { return document.print(device); }));
        return;
    }
    const Result<QString> path =
        PrintedOutput::savePdf(this, tr("Save the Name Badges"), tr("%1_badges.pdf").arg(fileStem()),
                               [&document](const QString &file) { return document.writePdf(file); });
    if (!path)
        showError(path.error());
    else if (!path->isEmpty())
        m_notice->showMessage(tr("Saved %n badge(s) to %1.", nullptr, int(document.people().size()))
                                  .arg(QDir::toNativeSeparators(*path)),
                              MessageBar::Kind::Information);
}

void AttendancePanel::certificates(bool pdf)
{
    if (!m_db || m_meetingId == 0)
        return;
    // Certificates are chosen by member; with nothing chosen, everyone who came (guests too) gets one.
    // A choice that names no member who came must print nothing, not everyone.
    const QList<qint64> selected = selectedIds();
    QList<qint64> members;
    int guestsWhoCame = 0;
    for (qint64 id : selected) {
        const Attendee *a = m_model->attendeeAt(m_model->rowOf(id));
        if (!a || a->attendance.status != AttendanceStatus::Attended)
            continue;
        if (a->isGuest())
            ++guestsWhoCame;
        else
            members << a->memberId();
    }
    if (!selected.isEmpty() && members.isEmpty()) {
        m_notice->showMessage(
            guestsWhoCame > 0
                ? tr("Certificates are chosen by member: for a guest, choose no one and print them for "
                     "everyone who came. Nothing was printed.")
                : tr("None of the people chosen is recorded as having attended this meeting, so there is "
                     "no certificate to print. Choose no one to print them for everyone who came."),
            MessageBar::Kind::Warning);
        return;
    }
    const Result<AttendanceCertificates> made = AttendanceCertificates::load(*m_db, m_meetingId, members);
    if (!made) {
        showError(made.error());
        return;
    }
    const AttendanceCertificates document = *made;
    if (!pdf) {
        showError(PrintedOutput::preview(
            this, tr("Certificates of Attendance"), QPageLayout::Portrait,
            [&document](QPagedPaintDevice &device) { return document.print(device); }));
        return;
    }
    const Result<QString> path =
        PrintedOutput::savePdf(this, tr("Save the Certificates"), tr("%1_certificates.pdf").arg(fileStem()),
                               [&document](const QString &file) { return document.writePdf(file); });
    if (!path)
        showError(path.error());
    else if (!path->isEmpty())
        m_notice->showMessage(tr("Saved %n certificate(s) to %1.", nullptr, int(document.people().size()))
                                  .arg(QDir::toNativeSeparators(*path)),
                              MessageBar::Kind::Information);
}

void AttendancePanel::grid(bool pdf)
{
    const Result<Meeting> shown = meeting();
    if (!shown) {
        showError(shown.error());
        return;
    }
    const FiscalYear year = FiscalYear::containing(shown->date);
    const Result<AttendanceGrid> made = AttendanceGrid::load(*m_db, shown->seriesId, year);
    if (!made) {
        showError(made.error());
        return;
    }
    const AttendanceGrid document = *made;
    if (!pdf) {
        showError(PrintedOutput::preview(
            this, document.title(), QPageLayout::Landscape,
            [&document](QPagedPaintDevice &device) { return document.print(device); }));
        return;
    }
    const Result<Series> series = SeriesRepository(*m_db).get(shown->seriesId);
    const QString name = series ? series->name : QString();
    const Result<QString> path = PrintedOutput::savePdf(
        this, tr("Save the Attendance Grid"), tr("%1_%2_attendance_grid.pdf").arg(name, year.label()),
        [&document](const QString &file) { return document.writePdf(file); });
    if (!path)
        showError(path.error());
    else if (!path->isEmpty())
        m_notice->showMessage(tr("Saved “%1” to %2.").arg(document.title(), QDir::toNativeSeparators(*path)),
                              MessageBar::Kind::Information);
}

void AttendancePanel::exportList()
{
    if (!m_db || m_meetingId == 0)
        return;
    saveCsv(AttendanceExport(*m_db).meetingList(m_meetingId), tr("Save the Attendance List"),
            tr("%1_attendance.csv").arg(fileStem()));
}

void AttendancePanel::exportMatrix()
{
    const Result<Meeting> shown = meeting();
    if (!shown) {
        showError(shown.error());
        return;
    }
    const FiscalYear year = FiscalYear::containing(shown->date);
    const Result<Series> series = SeriesRepository(*m_db).get(shown->seriesId);
    if (!series) {
        showError(series.error());
        return;
    }
    saveCsv(AttendanceExport(*m_db).matrix(series->id, year.year()),
            tr("Save the Attendance Matrix of %1 (%2)").arg(series->name, year.label()),
            tr("%1_%2_attendance_matrix.csv").arg(series->name, year.label()));
}

void AttendancePanel::saveCsv(const Result<AttendanceExport::Table> &table, const QString &title,
                              const QString &fileName)
{
    if (!table) {
        showError(table.error());
        return;
    }
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    AttendanceCsvDialog dialog(*table, title, QDir(folder).filePath(fileName), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_notice->showMessage(tr("Saved %n row(s) to %1.", nullptr, dialog.rowsWritten())
                              .arg(QDir::toNativeSeparators(dialog.filePath())),
                          MessageBar::Kind::Information);
}

} // namespace renkei
