#include "AgendaBuilder.h"

#include "AgendaItemDelegate.h"
#include "AgendaModel.h"
#include "core/schedule/AgendaTemplate.h"
#include "core/schedule/AgendaTimetable.h"
#include "core/storage/Database.h"
#include "core/storage/MeetingRepository.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace renkei {

AgendaBuilder::AgendaBuilder(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("agendaBuilder"));
    m_model = new AgendaModel(this);
    m_delegate = new AgendaItemDelegate(this);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("agendaTable"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(m_delegate);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setDragEnabled(true);
    m_table->setAcceptDrops(true);
    m_table->setDropIndicatorShown(true);
    m_table->setDragDropMode(QAbstractItemView::InternalMove);
    m_table->setDefaultDropAction(Qt::MoveAction);
    m_table->setDragDropOverwriteMode(false);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(AgendaModel::TitleColumn, QHeaderView::Stretch);
    m_table->setAccessibleName(tr("Agenda items"));

    auto *add = new QPushButton(tr("&Add Item"), this);
    add->setObjectName(QStringLiteral("agendaAdd"));
    auto *remove = new QPushButton(tr("&Remove"), this);
    remove->setObjectName(QStringLiteral("agendaRemove"));
    auto *up = new QPushButton(tr("Move &Up"), this);
    up->setObjectName(QStringLiteral("agendaUp"));
    up->setToolTip(tr("Ctrl+Up"));
    auto *down = new QPushButton(tr("Move &Down"), this);
    down->setObjectName(QStringLiteral("agendaDown"));
    down->setToolTip(tr("Ctrl+Down"));
    connect(add, &QPushButton::clicked, this, &AgendaBuilder::addItem);
    connect(remove, &QPushButton::clicked, this, &AgendaBuilder::removeItem);
    connect(up, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(down, &QPushButton::clicked, this, [this] { moveCurrent(+1); });

    // Reordering from the keyboard, where the table has focus.
    auto *moveUp = new QAction(tr("Move Up"), m_table);
    moveUp->setObjectName(QStringLiteral("agendaMoveUpAction"));
    moveUp->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Up));
    moveUp->setShortcutContext(Qt::WidgetShortcut);
    connect(moveUp, &QAction::triggered, this, [this] { moveCurrent(-1); });
    auto *moveDown = new QAction(tr("Move Down"), m_table);
    moveDown->setObjectName(QStringLiteral("agendaMoveDownAction"));
    moveDown->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Down));
    moveDown->setShortcutContext(Qt::WidgetShortcut);
    connect(moveDown, &QAction::triggered, this, [this] { moveCurrent(+1); });
    auto *deleteItem = new QAction(tr("Remove"), m_table);
    deleteItem->setShortcut(QKeySequence::Delete);
    deleteItem->setShortcutContext(Qt::WidgetShortcut);
    connect(deleteItem, &QAction::triggered, this, &AgendaBuilder::removeItem);
    m_table->addActions({moveUp, moveDown, deleteItem});

    m_template = new QComboBox(this);
    m_template->setObjectName(QStringLiteral("agendaTemplate"));
    m_template->setAccessibleName(tr("Earlier meeting to copy the agenda from"));
    m_copy = new QPushButton(tr("&Copy Its Agenda"), this);
    m_copy->setObjectName(QStringLiteral("agendaCopy"));
    connect(m_copy, &QPushButton::clicked, this, &AgendaBuilder::copySelected);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("agendaSummary"));
    m_warning = new QLabel(this);
    m_warning->setObjectName(QStringLiteral("agendaWarning"));
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
    m_warning->hide();

    auto *templateRow = new QHBoxLayout;
    templateRow->addWidget(new QLabel(tr("Start from:"), this));
    templateRow->addWidget(m_template, 1);
    templateRow->addWidget(m_copy);

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addSpacing(12);
    buttons->addWidget(up);
    buttons->addWidget(down);
    buttons->addStretch(1);
    auto *tableRow = new QHBoxLayout;
    tableRow->addWidget(m_table, 1);
    tableRow->addLayout(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(templateRow);
    layout->addLayout(tableRow, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_warning);

    connect(m_model, &AgendaModel::agendaChanged, this, &AgendaBuilder::updateSummary);
    setFocusProxy(m_table);
    updateSummary();
}

Status AgendaBuilder::load(Database &db, const Meeting &meeting)
{
    m_db = &db;
    MeetingRepository meetings(db);
    Result<QList<AgendaItem>> items = meetings.agenda(meeting.id);
    if (!items)
        return items.error();

    // The names of the members who present; others are found by the presenter editor as typed.
    QHash<qint64, QString> names;
    for (const AgendaItem &item : *items)
        if (item.presenterMemberId != 0 && !names.contains(item.presenterMemberId))
            names.insert(item.presenterMemberId, AgendaItemDelegate::memberLabel(db, item.presenterMemberId));
    m_model->setMemberNames(names);
    m_delegate->setDatabase(&db);
    m_model->setMeetingTimes(meeting.start, meeting.end);
    m_model->setItems(*items);

    // Earlier meetings of the series that have an agenda, the latest first.
    m_template->clear();
    Result<QList<Meeting>> earlier = meetings.list(meeting.seriesId, {}, meeting.date);
    if (!earlier)
        return earlier.error();
    const QLocale locale;
    for (auto it = earlier->crbegin(); it != earlier->crend(); ++it) {
        if (it->id == meeting.id)
            continue;
        Result<QList<AgendaItem>> theirs = meetings.agenda(it->id);
        if (!theirs || theirs->isEmpty())
            continue;
        m_template->addItem(
            tr("%1 (%2) %3")
                .arg(it->numberLabel(), locale.toString(it->date, QLocale::ShortFormat), it->theme)
                .trimmed(),
            it->id);
    }
    for (int column : {AgendaModel::StartColumn, AgendaModel::KindColumn, AgendaModel::MinutesColumn})
        m_table->resizeColumnToContents(column);
    m_table->horizontalHeader()->resizeSection(AgendaModel::PresenterColumn, 240);
    m_template->setEnabled(m_template->count() > 0);
    m_copy->setEnabled(m_template->count() > 0);
    updateSummary();
    return {};
}

void AgendaBuilder::setMeetingTimes(const QTime &start, const QTime &end)
{
    m_model->setMeetingTimes(start, end);
}

QList<AgendaItem> AgendaBuilder::items() const
{
    return m_model->items();
}

Status AgendaBuilder::copyFrom(qint64 meetingId)
{
    if (!m_db)
        return Error{tr("No database is open.")};
    Result<QList<AgendaItem>> items = MeetingRepository(*m_db).agenda(meetingId);
    if (!items)
        return items.error();
    QList<AgendaItem> copied = *items;
    for (AgendaItem &item : copied) {
        item.id = 0;
        item.meetingId = 0;
    }
    m_model->setItems(copied);
    return {};
}

void AgendaBuilder::addItem()
{
    AgendaItem item;
    item.kind = AgendaKind::Other;
    item.minutes = 10;
    m_model->appendItem(item);
    const QModelIndex title = m_model->index(m_model->rowCount() - 1, AgendaModel::TitleColumn);
    m_table->setCurrentIndex(title);
    m_table->edit(title);
}

void AgendaBuilder::removeItem()
{
    const int row = m_table->currentIndex().row();
    if (row < 0)
        return;
    m_model->removeRows(row, 1);
    if (m_model->rowCount() > 0)
        m_table->setCurrentIndex(
            m_model->index(std::min(row, m_model->rowCount() - 1), AgendaModel::TitleColumn));
}

void AgendaBuilder::moveCurrent(int delta)
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || !m_model->moveRow(current.row(), delta))
        return;
    m_table->setCurrentIndex(m_model->index(current.row() + delta, current.column()));
}

void AgendaBuilder::copySelected()
{
    const qint64 id = m_template->currentData().toLongLong();
    if (id == 0)
        return;
    // Copying replaces the items: ask first when there are any.
    if (const int current = m_model->rowCount(); current > 0) {
        QMessageBox box(this);
        box.setObjectName(QStringLiteral("confirmCopyAgenda"));
        box.setIcon(QMessageBox::Question);
        box.setWindowTitle(tr("Copy Its Agenda"));
        //: %1 the meeting copied from, such as "No. 46 (2026/10/13) 多職種連携の事例"
        box.setText(tr("Replace the %n item(s) of this agenda with the agenda of %1?", nullptr, current)
                        .arg(m_template->currentText()));
        QPushButton *replace = box.addButton(tr("&Replace"), QMessageBox::AcceptRole);
        replace->setObjectName(QStringLiteral("confirmCopyAgendaButton"));
        QPushButton *cancel = box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(cancel);
        box.exec();
        if (box.clickedButton() != replace)
            return;
    }
    if (Status s = copyFrom(id); !s) {
        m_warning->setText(s.error().message);
        m_warning->show();
    }
}

void AgendaBuilder::updateSummary()
{
    const AgendaTimetable timetable(m_model->start(), m_model->end(), m_model->items());
    const QLocale locale;
    if (timetable.finishes().isValid())
        m_summary->setText(tr("%n minute(s) in all; ends at %1.", nullptr, timetable.totalMinutes())
                               .arg(locale.toString(timetable.finishes(), QLocale::ShortFormat)));
    else
        m_summary->setText(tr("%n minute(s) in all.", nullptr, timetable.totalMinutes()));
    const QString warning = timetable.overrunWarning();
    m_warning->setText(warning);
    m_warning->setVisible(!warning.isEmpty());
}

} // namespace renkei
