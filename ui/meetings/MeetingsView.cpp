#include "MeetingsView.h"

#include "MeetingTableModel.h"
#include "storage/Database.h"
#include "storage/MeetingRepository.h"
#include "storage/MemberRepository.h"
#include "storage/SeriesRepository.h"

#include <QComboBox>
#include <QDate>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace renkei {

MeetingsView::MeetingsView(QWidget *parent) : SectionView(parent)
{
    setObjectName(QStringLiteral("meetingsView"));

    m_series = new QComboBox(this);
    m_series->setObjectName(QStringLiteral("seriesPicker"));
    m_series->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_series->setMinimumContentsLength(12);
    auto *seriesLabel = new QLabel(tr("&Series:"), this);
    seriesLabel->setBuddy(m_series);
    connect(m_series, &QComboBox::currentIndexChanged, this, &MeetingsView::showSeries);

    m_seriesSummary = new QLabel(this);
    m_seriesSummary->setObjectName(QStringLiteral("seriesSummary"));

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

    m_agendaHeading = new QLabel(this);
    m_agendaHeading->setObjectName(QStringLiteral("agendaHeading"));
    m_agendaHeading->setWordWrap(true);
    QFont headingFont = m_agendaHeading->font();
    headingFont.setBold(true);
    m_agendaHeading->setFont(headingFont);

    m_agenda = new QTreeWidget(this);
    m_agenda->setObjectName(QStringLiteral("agendaList"));
    m_agenda->setRootIsDecorated(false);
    m_agenda->setAlternatingRowColors(true);
    m_agenda->setSelectionMode(QAbstractItemView::NoSelection);
    m_agenda->setFocusPolicy(Qt::NoFocus);
    m_agenda->setHeaderLabels({tr("Time"), tr("Item"), tr("Title"), tr("Length"), tr("Presenter")});
    m_agenda->setAccessibleName(tr("Agenda"));

    auto *agendaPane = new QWidget(this);
    auto *agendaLayout = new QVBoxLayout(agendaPane);
    agendaLayout->setContentsMargins(0, 4, 0, 0);
    agendaLayout->setSpacing(6);
    agendaLayout->addWidget(m_agendaHeading);
    agendaLayout->addWidget(m_agenda, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("meetingsSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_table);
    splitter->addWidget(agendaPane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *bar = new QHBoxLayout;
    bar->setSpacing(8);
    bar->addWidget(seriesLabel);
    bar->addWidget(m_series);
    bar->addSpacing(12);
    bar->addWidget(m_seriesSummary, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);

    setFocusProxy(m_table);
}

void MeetingsView::setDatabase(Database *db)
{
    m_db = db;
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
        m_seriesSummary->setText(m_db ? tr("No meeting series yet.") : QString());
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
    m_seriesSummary->setText(tr("%n meeting(s), %1 held", nullptr, m_model->rowCount()).arg(held));

    m_table->resizeColumnsToContents();
    // Start at the next meeting; when there is none, at the latest one.
    const int current = next >= 0 ? next : m_model->rowCount() - 1;
    if (current >= 0) {
        m_table->setCurrentIndex(m_model->index(current, 0));
        m_table->scrollTo(m_model->index(current, 0), QAbstractItemView::PositionAtCenter);
    }
    showAgenda();
}

void MeetingsView::showAgenda()
{
    m_agenda->clear();
    const Meeting *meeting = m_db ? m_model->meetingAt(m_table->currentIndex().row()) : nullptr;
    if (!meeting) {
        m_agendaHeading->setText(tr("Agenda"));
        return;
    }
    m_agendaHeading->setText(meeting->theme.isEmpty()
                                 ? tr("Agenda of %1").arg(meeting->numberLabel())
                                 : tr("Agenda of %1: %2").arg(meeting->numberLabel(), meeting->theme));

    auto items = MeetingRepository(*m_db).agenda(meeting->id);
    if (!items) {
        emit errorOccurred(items.error().toString());
        return;
    }
    if (items->isEmpty()) {
        auto *none = new QTreeWidgetItem(m_agenda, {QString(), tr("No agenda yet.")});
        none->setFlags(Qt::NoItemFlags);
        return;
    }

    const QLocale locale;
    MemberRepository members(*m_db);
    QTime at = meeting->start;
    for (const AgendaItem &item : *items) {
        QString presenter = item.presenterText;
        if (item.presenterMemberId != 0) {
            if (auto member = members.get(item.presenterMemberId); member.ok())
                presenter = member->fullName();
        }
        auto *row = new QTreeWidgetItem(m_agenda);
        row->setText(0, at.isValid() ? locale.toString(at, QLocale::ShortFormat) : QString());
        row->setText(1, agendaKindLabel(item.kind));
        row->setText(2, item.title);
        row->setText(3, item.minutes > 0 ? tr("%n min", nullptr, item.minutes) : QString());
        row->setTextAlignment(3, Qt::AlignRight | Qt::AlignVCenter);
        row->setText(4, presenter);
        if (at.isValid())
            at = at.addSecs(item.minutes * 60);
    }
    for (int column = 0; column < m_agenda->columnCount(); ++column)
        m_agenda->resizeColumnToContents(column);
}

} // namespace renkei
