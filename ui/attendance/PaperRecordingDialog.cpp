#include "PaperRecordingDialog.h"

#include "GuestDialog.h"
#include "core/attendance/AttendeeOrder.h"
#include "core/attendance/Registration.h"
#include "core/documents/SignInSheetLayout.h"
#include "core/storage/AttendanceRepository.h"
#include "core/storage/AttendeeRepository.h"
#include "core/storage/MeetingRepository.h"
#include "ui/members/MemberPicker.h"
#include "ui/undo/UndoableEdit.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <memory>

namespace renkei {

namespace {
constexpr int idRole = Qt::UserRole;
}

PaperRecordingDialog::PaperRecordingDialog(Database &db, qint64 meetingId, QWidget *parent)
    : QDialog(parent), m_db(db), m_meetingId(meetingId)
{
    setObjectName(QStringLiteral("paperRecordingDialog"));
    setWindowTitle(tr("Record from the Sign-in Sheet"));
    m_undo = new QUndoStack(this);
    const Result<Meeting> meeting = MeetingRepository(db).get(meetingId);
    if (meeting)
        m_hasSocial = meeting->hasSocial;

    auto *help = new QLabel(
        tr("Tick who came, in the order of the paper sheet. Space ticks the row and moves on."), this);
    help->setWordWrap(true);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("paperTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("No."), tr("Attended"), tr("Social"), tr("Paid"), tr("Name"), tr("Reading"), tr("Organisation")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setSectionResizeMode(OrganisationColumn, QHeaderView::Stretch);
    m_table->setColumnHidden(SocialColumn, !m_hasSocial);
    m_table->installEventFilter(this);
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (m_filling || (item->column() != AttendedColumn && item->column() != SocialColumn &&
                          item->column() != PaidColumn))
            return;
        setFlag(item->row(), Column(item->column()), item->checkState() == Qt::Checked);
    });

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("paperSummary"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("paperMessage"));
    m_message->setWordWrap(true);

    auto *undoButton = new QPushButton(tr("&Undo"), this);
    undoButton->setObjectName(QStringLiteral("paperUndo"));
    auto *redoButton = new QPushButton(tr("&Redo"), this);
    redoButton->setObjectName(QStringLiteral("paperRedo"));
    connect(undoButton, &QPushButton::clicked, m_undo, &QUndoStack::undo);
    connect(redoButton, &QPushButton::clicked, m_undo, &QUndoStack::redo);
    connect(m_undo, &QUndoStack::canUndoChanged, undoButton, &QPushButton::setEnabled);
    connect(m_undo, &QUndoStack::canRedoChanged, redoButton, &QPushButton::setEnabled);
    undoButton->setEnabled(false);
    redoButton->setEnabled(false);
    QAction *undoAction = m_undo->createUndoAction(this);
    undoAction->setShortcut(QKeySequence::Undo);
    QAction *redoAction = m_undo->createRedoAction(this);
    redoAction->setShortcut(QKeySequence::Redo);
    addActions({undoAction, redoAction});

    m_memberPicker = new MemberPicker(this);
    m_memberPicker->setObjectName(QStringLiteral("paperMemberPicker"));
    m_memberPicker->setDatabase(&db);
    m_memberPicker->setPlaceholderText(tr("A member written on a blank row: type their name"));
    connect(m_memberPicker, &MemberPicker::memberChanged, this, [this](qint64 id) {
        if (id != 0)
            addWalkInMember(id);
    });
    auto *guestButton = new QPushButton(tr("Walk-in &Guest..."), this);
    guestButton->setObjectName(QStringLiteral("paperGuest"));
    connect(guestButton, &QPushButton::clicked, this, &PaperRecordingDialog::addWalkInGuest);
    auto *absentButton = new QPushButton(tr("Mark the Rest &Absent"), this);
    absentButton->setObjectName(QStringLiteral("paperRestAbsent"));
    absentButton->setToolTip(tr("Everyone still registered, not ticked as attended, did not come."));
    connect(absentButton, &QPushButton::clicked, this, &PaperRecordingDialog::markRestAbsent);

    auto *walkIns = new QHBoxLayout;
    walkIns->addWidget(m_memberPicker, 1);
    walkIns->addWidget(guestButton);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(undoButton);
    bottom->addWidget(redoButton);
    bottom->addWidget(absentButton);
    bottom->addStretch(1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    bottom->addWidget(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(help);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);
    layout->addLayout(walkIns);
    layout->addWidget(m_message);
    layout->addLayout(bottom);
    load();
    resize(900, 680);
    m_table->setFocus();
}

qint64 PaperRecordingDialog::attendanceAt(int row) const
{
    return row >= 0 && row < m_people.size() ? m_people[row].id() : 0;
}

void PaperRecordingDialog::load()
{
    Result<QList<Attendee>> all = AttendeeRepository(m_db).forMeeting(m_meetingId);
    if (!all) {
        report(all.error().toString());
        return;
    }
    // The sheet's order; without it (the error said) the usual one.
    const Result<Meeting> meeting = MeetingRepository(m_db).get(m_meetingId);
    const Result<SignInSheetLayout> layout =
        meeting ? SignInSheetLayout::forSeries(m_db, meeting->seriesId) : meeting.error();
    if (!layout)
        report(layout.error().toString());
    const AttendeeSort sort = layout ? layout->sort : AttendeeSort::Kana;
    // The sheet's people in its order; those marked absent stay, so that a wrong tick can be put right.
    m_people.clear();
    for (const Attendee &a : *all)
        if (a.attendance.status == AttendanceStatus::Registered ||
            a.attendance.status == AttendanceStatus::Attended ||
            a.attendance.status == AttendanceStatus::Absent)
            m_people << a;
    AttendeeOrder::sort(m_people, sort);
    m_filling = true;
    m_table->setRowCount(int(m_people.size()));
    m_rows.clear();
    for (int row = 0; row < m_people.size(); ++row) {
        m_rows.insert(m_people[row].id(), row);
        fillRow(row, m_people[row]);
    }
    m_filling = false;
    m_table->resizeColumnsToContents();
    if (m_table->rowCount() > 0 && m_table->currentRow() < 0)
        m_table->setCurrentCell(0, AttendedColumn);
    updateSummary();
}

void PaperRecordingDialog::fillRow(int row, const Attendee &a)
{
    const bool was = m_filling;
    m_filling = true;
    // Items are updated in place: a tick arrives through the item that was clicked.
    auto itemAt = [&](int column) {
        QTableWidgetItem *item = m_table->item(row, column);
        if (!item) {
            item = new QTableWidgetItem;
            m_table->setItem(row, column, item);
        }
        item->setData(idRole, a.id());
        return item;
    };
    auto text = [&](int column, const QString &value) {
        QTableWidgetItem *item = itemAt(column);
        item->setText(value);
        item->setForeground(palette().color(QPalette::Active, QPalette::Text));
        if (column == NumberColumn)
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    };
    auto box = [&](int column, bool on) {
        QTableWidgetItem *item = itemAt(column);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    };
    text(NumberColumn, QString::number(row + 1));
    box(AttendedColumn, a.attendance.status == AttendanceStatus::Attended);
    box(SocialColumn, a.attendance.social);
    box(PaidColumn, a.attendance.feePaid);
    text(NameColumn, a.isGuest() ? tr("%1 (guest)").arg(a.name) : a.name);
    text(KanaColumn, a.kana);
    text(OrganisationColumn, a.organisation);
    if (a.attendance.status == AttendanceStatus::Absent)
        for (int column : {NameColumn, KanaColumn, OrganisationColumn})
            m_table->item(row, column)->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
    m_filling = was;
}

void PaperRecordingDialog::refresh(qint64 attendanceId)
{
    const int row = rowOf(attendanceId);
    if (row < 0)
        return;
    Result<Attendee> fresh = AttendeeRepository(m_db).get(attendanceId);
    if (!fresh)
        return;
    m_people[row] = *fresh;
    fillRow(row, *fresh);
    updateSummary();
}

void PaperRecordingDialog::setFlag(int row, Column column, bool on)
{
    const qint64 id = attendanceAt(row);
    if (id == 0)
        return;
    const Result<Attendance> before = AttendanceRepository(m_db).get(id);
    if (!before) {
        report(before.error().toString());
        return;
    }
    Attendance after = *before;
    QString what;
    const QString name = m_people[row].name;
    switch (column) {
    case AttendedColumn:
        // Unticked: back to registered (absent only when the rest are marked so).
        after.status = on ? AttendanceStatus::Attended : AttendanceStatus::Registered;
        what = on ? tr("%1 attended").arg(name) : tr("%1 did not attend").arg(name);
        break;
    case SocialColumn:
        after.social = on;
        what = tr("%1 at the social gathering").arg(name);
        break;
    case PaidColumn:
        after.feePaid = on;
        what = tr("%1 paid").arg(name);
        break;
    default:
        return;
    }
    auto apply = [this, id](const Attendance &state) {
        return [this, id, state]() -> Status {
            const Result<RegistrationChange> saved =
                Registration(m_db, m_meetingId).save(state, Registration::Capacity::Exceed);
            refresh(id);
            if (!saved)
                return saved.error();
            return {};
        };
    };
    auto edit = std::make_unique<UndoableEdit>(what, apply(after), apply(*before),
                                               [this](const QString &message) { report(message); });
    if (Status done = UndoableEdit::run(*m_undo, std::move(edit)); !done)
        report(done.error().toString());
}

void PaperRecordingDialog::markRestAbsent()
{
    // From the database, not the rows shown: a place given up may have moved someone up meanwhile.
    const Result<QList<Attendance>> rows = AttendanceRepository(m_db).forMeeting(m_meetingId);
    if (!rows) {
        report(rows.error().toString());
        return;
    }
    QList<qint64> registered;
    for (const Attendance &a : *rows)
        if (a.status == AttendanceStatus::Registered)
            registered << a.id;
    if (registered.isEmpty())
        return;
    auto setAll = [this, registered](AttendanceStatus status) {
        return [this, registered, status]() -> Status {
            Registration registration(m_db, m_meetingId);
            for (qint64 id : registered) {
                Result<Attendance> row = AttendanceRepository(m_db).get(id);
                if (!row)
                    return row.error();
                row->status = status;
                if (Result<RegistrationChange> saved =
                        registration.save(*row, Registration::Capacity::Exceed);
                    !saved)
                    return saved.error();
                refresh(id);
            }
            return {};
        };
    };
    auto edit = std::make_unique<UndoableEdit>(
        tr("Mark %n person(s) absent", nullptr, int(registered.size())), setAll(AttendanceStatus::Absent),
        setAll(AttendanceStatus::Registered), [this](const QString &message) { report(message); });
    if (Status done = UndoableEdit::run(*m_undo, std::move(edit)); !done)
        report(done.error().toString());
    else
        report(tr("%n person(s) marked absent.", nullptr, int(registered.size())));
}

void PaperRecordingDialog::addWalkInMember(qint64 memberId)
{
    Attendance a;
    a.meetingId = m_meetingId;
    a.memberId = memberId;
    for (const Attendee &listed : std::as_const(m_people))
        if (listed.memberId() == memberId) {
            m_table->setCurrentCell(rowOf(listed.id()), AttendedColumn);
            setFlag(rowOf(listed.id()), AttendedColumn, true);
            m_memberPicker->setMemberId(0);
            return;
        }
    const Result<QList<Attendance>> list = AttendanceRepository(m_db).forMeeting(m_meetingId);
    if (!list) {
        report(list.error().toString());
        return;
    }
    for (const Attendance &row : *list)
        if (row.memberId == memberId)
            a = row; // on the list as invited, waiting or cancelled: came after all
    a.status = AttendanceStatus::Attended;
    a.walkIn = a.id == 0;
    const Result<RegistrationChange> saved =
        Registration(m_db, m_meetingId).save(a, Registration::Capacity::Exceed);
    if (!saved) {
        report(saved.error().toString());
        return;
    }
    m_memberPicker->setMemberId(0);
    load();
    m_table->setCurrentCell(rowOf(saved->attendanceId), AttendedColumn);
}

void PaperRecordingDialog::addWalkInGuest()
{
    GuestDialog dialog(m_db, tr("Walk-in Guest"), this);
    while (dialog.exec() == QDialog::Accepted) {
        Attendance a;
        a.meetingId = m_meetingId;
        a.guest = dialog.guest();
        a.status = AttendanceStatus::Attended;
        a.walkIn = true;
        const Result<RegistrationChange> saved =
            Registration(m_db, m_meetingId).save(a, Registration::Capacity::Exceed);
        if (!saved) {
            dialog.showError(saved.error().message, saved.error().field);
            continue;
        }
        load();
        m_table->setCurrentCell(rowOf(saved->attendanceId), AttendedColumn);
        return;
    }
}

bool PaperRecordingDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Space) {
        const int row = m_table->currentRow();
        const int column = m_table->currentColumn();
        if (row >= 0) {
            const Column box =
                column == SocialColumn || column == PaidColumn ? Column(column) : AttendedColumn;
            const bool on = m_table->item(row, box)->checkState() != Qt::Checked;
            setFlag(row, box, on);
            m_table->setCurrentCell(std::min(row + 1, m_table->rowCount() - 1), box);
        }
        return true;
    }
    return QDialog::eventFilter(watched, event);
}

void PaperRecordingDialog::report(const QString &message)
{
    m_message->setText(message);
}

void PaperRecordingDialog::updateSummary()
{
    int attended = 0, absent = 0;
    for (const Attendee &a : std::as_const(m_people)) {
        attended += a.attendance.status == AttendanceStatus::Attended ? 1 : 0;
        absent += a.attendance.status == AttendanceStatus::Absent ? 1 : 0;
    }
    m_summary->setText(tr("Attended: %1 of %2. Absent: %3.").arg(attended).arg(m_people.size()).arg(absent));
}

} // namespace renkei
