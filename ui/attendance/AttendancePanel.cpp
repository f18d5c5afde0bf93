#include "AttendancePanel.h"

#include "AttendanceDocuments.h"
#include "AttendanceTableModel.h"
#include "CheckInDialog.h"
#include "GuestDialog.h"
#include "GuestToMemberDialog.h"
#include "InviteDialog.h"
#include "PaperRecordingDialog.h"
#include "core/attendance/AttendeeOrder.h"
#include "core/documents/SignInSheetLayout.h"
#include "core/storage/AttendanceRepository.h"
#include "core/storage/AttendeeRepository.h"
#include "core/storage/MeetingRepository.h"
#include "ui/members/MemberPicker.h"
#include "ui/widgets/MessageBar.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace renkei {

AttendancePanel::AttendancePanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("attendancePanel"));
    m_model = new AttendanceTableModel(this);
    // Created in the order of the rows, which is the order of the keyboard focus.
    QLayout *top = createTopRow();
    QLayout *adding = createAddingRow();
    m_notice = new MessageBar(this);
    m_notice->setObjectName(QStringLiteral("attendanceNotice"));
    m_notice->hide();
    QTableView *table = createTable();
    QLayout *rowActions = createRowActions();
    m_documents = new AttendanceDocuments(
        m_model, m_notice, [this] { return selectedIds(); }, this);
    // The sign-in sheet's order may have changed.
    connect(m_documents, &AttendanceDocuments::sheetClosed, this, &AttendancePanel::reload);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->setSpacing(6);
    layout->addLayout(top);
    layout->addLayout(adding);
    layout->addWidget(m_notice);
    layout->addWidget(table, 1);
    layout->addLayout(rowActions);
    layout->addWidget(m_documents);
    updateActions();
}

QPushButton *AttendancePanel::meetingButton(const QString &text, const char *name,
                                            void (AttendancePanel::*slot)())
{
    auto *b = new QPushButton(text, this);
    b->setObjectName(QString::fromLatin1(name));
    connect(b, &QPushButton::clicked, this, slot);
    m_needMeeting << b;
    return b;
}

// The places left, moving up from the waiting list, the reception desk and the paper sheet.
QLayout *AttendancePanel::createTopRow()
{
    m_places = new QLabel(this);
    m_places->setObjectName(QStringLiteral("attendancePlaces"));
    QFont bold = m_places->font();
    bold.setBold(true);
    m_places->setFont(bold);
    m_promote = new QPushButton(tr("Move &Up from the Waiting List"), this);
    m_promote->setObjectName(QStringLiteral("attendancePromote"));
    m_promote->setToolTip(
        tr("Places are free while people wait: give them the places, first come first served"));
    m_promote->hide();
    connect(m_promote, &QPushButton::clicked, this, &AttendancePanel::promote);
    auto *checkIn = meetingButton(tr("&Reception..."), "attendanceCheckIn", &AttendancePanel::openCheckIn);
    checkIn->setToolTip(tr("The check-in screen for the reception desk"));
    auto *paper =
        meetingButton(tr("Record from &Paper..."), "attendancePaper", &AttendancePanel::recordFromPaper);

    auto *top = new QHBoxLayout;
    top->addWidget(m_places, 1);
    top->addWidget(m_promote);
    top->addWidget(checkIn);
    top->addWidget(paper);
    return top;
}

// A member by a few letters of the name, in the role chosen; a guest; a whole selection by invitation.
QLayout *AttendancePanel::createAddingRow()
{
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
    auto *guest = meetingButton(tr("Add &Guest..."), "attendanceAddGuest", &AttendancePanel::addGuestDialog);
    auto *inviteButton = meetingButton(tr("&Invite..."), "attendanceInvite", &AttendancePanel::invite);

    auto *adding = new QHBoxLayout;
    adding->addWidget(m_addMember, 1);
    adding->addWidget(m_addRole);
    adding->addWidget(guest);
    adding->addWidget(inviteButton);
    return adding;
}

QTableView *AttendancePanel::createTable()
{
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
    return m_table;
}

// What is done with the rows chosen: status, role, making a guest a member, taking off the list.
QLayout *AttendancePanel::createRowActions()
{
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

    auto *rowActions = new QHBoxLayout;
    rowActions->addWidget(status);
    rowActions->addWidget(role);
    rowActions->addWidget(m_makeMember);
    rowActions->addWidget(removeButton);
    rowActions->addStretch(1);
    return rowActions;
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
        m_documents->setMeeting(nullptr, 0);
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
    const Result<Meeting> shown = MeetingRepository(*m_db).get(m_meetingId);
    const Result<SignInSheetLayout> layout =
        shown ? SignInSheetLayout::forSeries(*m_db, shown->seriesId) : shown.error();
    if (!layout)
        showError(layout.error());
    const AttendeeSort sort = layout ? layout->sort : AttendeeSort::Kana;
    m_documents->setMeeting(m_db, m_meetingId);
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
    if (!who) {
        report(*change, QString());
        return who.error();
    }
    const QString name = who->name;
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
    const Result<Attendee> fresh = AttendeeRepository(*m_db).get(attendanceId);
    if (!fresh) {
        reload();
        emit attendanceChanged();
        return fresh.error();
    }
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

} // namespace renkei
