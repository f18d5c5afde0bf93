#include "CheckInDialog.h"

#include "AttendanceTableModel.h"
#include "GuestDialog.h"
#include "core/storage/MeetingRepository.h"
#include "core/storage/SeriesRepository.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

namespace renkei {

namespace {
constexpr int shownWhenEmpty = 200;
}

CheckInDialog::CheckInDialog(Database &db, qint64 meetingId, QWidget *parent)
    : QDialog(parent), m_db(db), m_desk(db, meetingId)
{
    setObjectName(QStringLiteral("checkInDialog"));
    const Result<Meeting> meeting = MeetingRepository(db).get(meetingId);
    const Result<Series> series = meeting ? SeriesRepository(db).get(meeting->seriesId) : meeting.error();
    // On the screen, in the screen's language: not a printed document.
    const QString title =
        series ? tr("Reception — %1").arg(QStringLiteral("%1 %2").arg(series->name, meeting->numberLabel()))
               : tr("Reception");
    setWindowTitle(title);

    auto *heading = new QLabel(title, this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    heading->setFont(headingFont);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("checkInSearch"));
    m_search->setPlaceholderText(tr("Type a few letters of the name or its reading, then Enter"));
    m_search->setClearButtonEnabled(true);
    QFont big = m_search->font();
    big.setPointSizeF(big.pointSizeF() * 2);
    m_search->setFont(big);
    m_search->installEventFilter(this);
    connect(m_search, &QLineEdit::textChanged, this, &CheckInDialog::search);
    connect(m_search, &QLineEdit::returnPressed, this, &CheckInDialog::checkInCurrent);

    m_results = new QListWidget(this);
    m_results->setObjectName(QStringLiteral("checkInResults"));
    QFont listFont = m_results->font();
    listFont.setPointSizeF(listFont.pointSizeF() * 1.35);
    m_results->setFont(listFont);
    m_results->setAlternatingRowColors(true);
    m_results->setFocusPolicy(Qt::NoFocus);
    connect(m_results, &QListWidget::itemActivated, this, &CheckInDialog::checkInCurrent);
    connect(m_results, &QListWidget::itemClicked, this, [this] { m_search->setFocus(); });

    m_lastLabel = new QLabel(this);
    m_lastLabel->setObjectName(QStringLiteral("checkInLast"));
    m_lastLabel->setFont(listFont);
    m_lastLabel->setWordWrap(true);
    m_paid = new QCheckBox(tr("Fee &paid"), this);
    m_paid->setObjectName(QStringLiteral("checkInPaid"));
    m_social = new QCheckBox(tr("Stays for the &social gathering"), this);
    m_social->setObjectName(QStringLiteral("checkInSocial"));
    for (QCheckBox *box : {m_paid, m_social}) {
        box->setEnabled(false);
        box->setFocusPolicy(Qt::NoFocus);
        connect(box, &QCheckBox::clicked, this, &CheckInDialog::setLastFlags);
    }
    m_undo = new QPushButton(tr("&Undo Check-in"), this);
    m_undo->setObjectName(QStringLiteral("checkInUndo"));
    m_undo->setEnabled(false);
    m_undo->setFocusPolicy(Qt::NoFocus);
    connect(m_undo, &QPushButton::clicked, this, &CheckInDialog::undoLast);
    new QShortcut(QKeySequence::Undo, this, this, &CheckInDialog::undoLast);
    m_walkIn = new QPushButton(tr("&Walk-in Guest..."), this);
    m_walkIn->setObjectName(QStringLiteral("checkInWalkIn"));
    m_walkIn->setFocusPolicy(Qt::NoFocus);
    m_walkIn->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    connect(m_walkIn, &QPushButton::clicked, this, &CheckInDialog::addWalkInGuest);

    m_counts = new QTableWidget(0, 3, this);
    m_counts->setObjectName(QStringLiteral("checkInCounts"));
    m_counts->setHorizontalHeaderLabels({tr("Profession"), tr("Here"), tr("Expected")});
    m_counts->verticalHeader()->hide();
    m_counts->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_counts->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_counts->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_counts->setWordWrap(false);
    m_counts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_counts->setSelectionMode(QAbstractItemView::NoSelection);
    m_counts->setFocusPolicy(Qt::NoFocus);
    m_total = new QLabel(this);
    m_total->setObjectName(QStringLiteral("checkInTotal"));
    QFont totalFont = m_total->font();
    totalFont.setPointSizeF(totalFont.pointSizeF() * 1.6);
    totalFont.setBold(true);
    m_total->setFont(totalFont);

    auto *lastRow = new QHBoxLayout;
    lastRow->addWidget(m_lastLabel, 1);
    lastRow->addWidget(m_paid);
    lastRow->addWidget(m_social);
    lastRow->addWidget(m_undo);
    auto *left = new QVBoxLayout;
    left->addWidget(heading);
    left->addWidget(m_search);
    left->addWidget(m_results, 1);
    left->addLayout(lastRow);
    auto *right = new QVBoxLayout;
    right->addWidget(m_total);
    right->addWidget(m_counts, 1);
    right->addWidget(m_walkIn);
    auto *layout = new QHBoxLayout(this);
    layout->addLayout(left, 3);
    layout->addLayout(right, 1);

    if (Status loaded = m_desk.load(); !loaded)
        showError(loaded.error().toString());
    else if (!series)
        showError(series.error().toString());
    m_social->setVisible(!meeting || meeting->hasSocial);
    search();
    refreshCounts();
    resize(1100, 720);
    m_search->setFocus();
}

void CheckInDialog::search()
{
    const QString typed = m_search->text();
    Result<QList<CheckInDesk::Match>> found =
        m_desk.find(typed, typed.trimmed().isEmpty() ? shownWhenEmpty : 30);
    m_results->clear();
    if (!found) {
        m_matches.clear();
        showError(found.error().toString());
        return;
    }
    m_matches = *found;
    for (const CheckInDesk::Match &m : std::as_const(m_matches)) {
        const Attendee &a = m.attendee;
        QString state;
        if (!m.onList())
            state = tr("not registered — Enter lets them in as a walk-in");
        else if (a.attendance.status == AttendanceStatus::Attended)
            state = tr("here since %1").arg(AttendanceTableModel::checkInTime(a));
        else
            state = attendanceStatusLabel(a.attendance.status);
        QStringList where;
        for (const QString &part : {a.profession, a.organisation})
            if (!part.isEmpty())
                where << part;
        //: A person found at the reception desk: name, reading; then profession and organisation, and status
        auto *item = new QListWidgetItem(tr("%1　%2\n%3 — %4")
                                             .arg(a.isGuest() ? tr("%1 (guest)").arg(a.name) : a.name, a.kana,
                                                  where.join(QStringLiteral(" · ")), state),
                                         m_results);
        if (m.onList() && a.attendance.status == AttendanceStatus::Attended)
            item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
    }
    if (m_results->count() > 0)
        m_results->setCurrentRow(0);
}

bool CheckInDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        // The search field would take Ctrl+Z for its own text; at the desk it undoes the last check-in.
        if (static_cast<QKeyEvent *>(event)->matches(QKeySequence::Undo)) {
            undoLast();
            return true;
        }
        const int key = static_cast<QKeyEvent *>(event)->key();
        int step = 0;
        switch (key) {
        case Qt::Key_Down:
            step = 1;
            break;
        case Qt::Key_Up:
            step = -1;
            break;
        case Qt::Key_PageDown:
            step = 8;
            break;
        case Qt::Key_PageUp:
            step = -8;
            break;
        default:
            break;
        }
        if (step != 0 && m_results->count() > 0) {
            m_results->setCurrentRow(std::clamp(m_results->currentRow() + step, 0, m_results->count() - 1));
            return true;
        }
        if (key == Qt::Key_Escape && !m_search->text().isEmpty()) {
            m_search->clear();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void CheckInDialog::checkInCurrent()
{
    const int row = m_results->currentRow();
    if (row < 0 || row >= m_matches.size())
        return;
    const CheckInDesk::Match match = m_matches[row];
    if (match.onList() && match.attendee.attendance.status == AttendanceStatus::Attended) {
        showChecked(match.attendee,
                    tr("%1 is already here (since %2).")
                        .arg(match.attendee.name, AttendanceTableModel::checkInTime(match.attendee)));
        m_search->clear();
        return;
    }
    Result<Attendee> checked = m_desk.checkIn(match);
    if (!checked) {
        showError(checked.error().toString());
        return;
    }
    m_history << checked->id();
    //: At the reception desk, after Enter: who was checked in and when
    showChecked(*checked,
                checked->attendance.walkIn && !match.onList()
                    ? tr("✓ %1 — walk-in, %2").arg(checked->name, AttendanceTableModel::checkInTime(*checked))
                    : tr("✓ %1 — %2").arg(checked->name, AttendanceTableModel::checkInTime(*checked)));
    m_search->clear();
    refreshCounts();
}

void CheckInDialog::showChecked(const Attendee &attendee, const QString &message)
{
    m_last = attendee.id();
    m_lastLabel->setStyleSheet(QString());
    m_lastLabel->setText(message);
    const QSignalBlocker paid(m_paid), social(m_social);
    m_paid->setChecked(attendee.attendance.feePaid);
    m_social->setChecked(attendee.attendance.social);
    m_paid->setEnabled(true);
    m_social->setEnabled(true);
    m_undo->setEnabled(!m_history.isEmpty());
}

void CheckInDialog::setLastFlags()
{
    for (const Attendee &a : m_desk.attendees()) {
        if (a.id() != m_last)
            continue;
        Attendance changed = a.attendance;
        changed.feePaid = m_paid->isChecked();
        changed.social = m_social->isChecked();
        if (Result<Attendee> saved = m_desk.save(changed); !saved)
            showError(saved.error().toString());
        m_search->setFocus();
        return;
    }
}

void CheckInDialog::undoLast()
{
    if (m_history.isEmpty())
        return;
    const qint64 id = m_history.takeLast();
    QString name;
    for (const Attendee &a : m_desk.attendees())
        if (a.id() == id)
            name = a.name;
    if (Status undone = m_desk.undoCheckIn(id); !undone) {
        showError(undone.error().toString());
        return;
    }
    m_lastLabel->setStyleSheet(QString());
    m_lastLabel->setText(tr("Check-in of %1 taken back.").arg(name));
    m_last = 0;
    m_paid->setEnabled(false);
    m_social->setEnabled(false);
    m_undo->setEnabled(!m_history.isEmpty());
    search();
    refreshCounts();
    m_search->setFocus();
}

void CheckInDialog::addWalkInGuest()
{
    GuestDialog dialog(m_db, tr("Walk-in Guest"), this);
    while (dialog.exec() == QDialog::Accepted) {
        Result<Attendee> added = m_desk.addWalkIn(dialog.guest());
        if (!added) {
            dialog.showError(added.error().message, added.error().field);
            continue;
        }
        m_history << added->id();
        showChecked(
            *added,
            tr("✓ %1 — walk-in guest, %2").arg(added->name, AttendanceTableModel::checkInTime(*added)));
        refreshCounts();
        search();
        break;
    }
    m_search->setFocus();
}

void CheckInDialog::refreshCounts()
{
    const QList<CheckInDesk::ProfessionCount> counts = m_desk.countsByProfession();
    m_counts->setRowCount(int(counts.size()));
    for (int row = 0; row < counts.size(); ++row) {
        const CheckInDesk::ProfessionCount &c = counts[row];
        auto cell = [&](int column, const QString &text, Qt::Alignment align) {
            auto *item = new QTableWidgetItem(text);
            item->setTextAlignment(align | Qt::AlignVCenter);
            m_counts->setItem(row, column, item);
        };
        cell(0, c.profession, Qt::AlignLeft);
        cell(1, QString::number(c.attended), Qt::AlignRight);
        cell(2, QString::number(c.expected), Qt::AlignRight);
    }
    //: The reception desk's running total
    m_total->setText(tr("Here: %1 of %2").arg(m_desk.attendedCount()).arg(m_desk.expectedCount()));
}

void CheckInDialog::showError(const QString &message)
{
    m_lastLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_lastLabel->setText(message);
}

} // namespace renkei
