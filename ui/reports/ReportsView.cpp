#include "ReportsView.h"

#include "storage/AttendanceRepository.h"
#include "storage/Database.h"
#include "storage/MeetingRepository.h"
#include "storage/MemberRepository.h"
#include "storage/ProfessionRepository.h"
#include "widgets/BarDelegate.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace renkei {

namespace {
QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    label->setFont(font);
    return label;
}
} // namespace

ReportsView::ReportsView(QWidget *parent) : SectionView(parent)
{
    setObjectName(QStringLiteral("reportsView"));

    m_figureRow = new QWidget(this);
    auto *figures = new QHBoxLayout(m_figureRow);
    figures->setContentsMargins(0, 0, 0, 0);
    figures->setSpacing(12);
    m_activeMembers = addFigure(QStringLiteral("activeMembers"), tr("Active members"));
    m_archivedMembers = addFigure(QStringLiteral("archivedMembers"), tr("Archived members"));
    m_meetingsHeld = addFigure(QStringLiteral("meetingsHeld"), tr("Meetings held"));
    m_attendances = addFigure(QStringLiteral("totalAttendances"), tr("Attendances at meetings held"));

    m_professionTable = new QTableWidget(0, 2, this);
    m_professionTable->setObjectName(QStringLiteral("membersByProfession"));
    m_professionTable->setHorizontalHeaderLabels({tr("Profession"), tr("Active members")});
    m_professionTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_professionTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_professionTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_professionTable->setWordWrap(false);
    m_professionTable->verticalHeader()->hide();
    m_professionTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_professionTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_professionTable->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_professionTable->setAccessibleName(tr("Active members by profession"));
    m_bars = new BarDelegate(m_professionTable);
    m_professionTable->setItemDelegateForColumn(1, m_bars);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    layout->addWidget(m_figureRow);
    layout->addSpacing(6);
    layout->addWidget(heading(tr("Active members by profession"), this));
    layout->addWidget(m_professionTable, 1);

    setFocusProxy(m_professionTable);
    clear();
}

QLabel *ReportsView::addFigure(const QString &objectName, const QString &caption)
{
    auto *card = new QFrame(m_figureRow);
    card->setFrameShape(QFrame::StyledPanel);
    auto *value = new QLabel(card);
    value->setObjectName(objectName);
    QFont font = value->font();
    font.setPointSizeF(font.pointSizeF() * 2);
    font.setBold(true);
    value->setFont(font);
    auto *label = new QLabel(caption, card);
    label->setWordWrap(true);
    label->setBuddy(value);
    value->setAccessibleName(caption);

    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(14, 10, 14, 10);
    layout->setSpacing(2);
    layout->addWidget(value);
    layout->addWidget(label);
    layout->addStretch();
    m_figureRow->layout()->addWidget(card);
    m_figures << value;
    return value;
}

void ReportsView::clear()
{
    for (QLabel *figure : std::as_const(m_figures))
        figure->setText(QStringLiteral("–"));
    showProfessions({});
}

void ReportsView::setDatabase(Database *db)
{
    clear();
    if (!db)
        return;

    const QLocale locale;
    MemberRepository members(*db);
    MemberFilter active;
    MemberFilter archived;
    archived.archived = MemberFilter::Archived::Only;
    auto activeCount = members.count(active);
    auto archivedCount = members.count(archived);
    if (!activeCount || !archivedCount) {
        emit errorOccurred((activeCount ? archivedCount.error() : activeCount.error()).toString());
        return;
    }
    m_activeMembers->setText(locale.toString(*activeCount));
    m_archivedMembers->setText(locale.toString(*archivedCount));

    auto meetings = MeetingRepository(*db).list();
    if (!meetings) {
        emit errorOccurred(meetings.error().toString());
        return;
    }
    int held = 0;
    int attended = 0;
    AttendanceRepository attendance(*db);
    for (const Meeting &meeting : *meetings) {
        if (meeting.status != MeetingStatus::Held)
            continue;
        ++held;
        auto people = attendance.forMeeting(meeting.id);
        if (!people) {
            emit errorOccurred(people.error().toString());
            return;
        }
        attended += int(std::count_if(people->cbegin(), people->cend(), [](const Attendance &a) {
            return a.status == AttendanceStatus::Attended;
        }));
    }
    m_meetingsHeld->setText(locale.toString(held));
    m_attendances->setText(locale.toString(attended));

    auto professions = ProfessionRepository(*db).all();
    if (!professions) {
        emit errorOccurred(professions.error().toString());
        return;
    }
    QList<ProfessionCount> counts;
    int counted = 0;
    for (const Profession &profession : *professions) {
        MemberFilter filter;
        filter.professionIds = {profession.id};
        auto count = members.count(filter);
        if (!count) {
            emit errorOccurred(count.error().toString());
            return;
        }
        counted += *count;
        if (*count > 0)
            counts << ProfessionCount{profession.displayName(), *count};
    }
    if (*activeCount > counted)
        counts << ProfessionCount{tr("Not recorded"), *activeCount - counted};
    showProfessions(counts);
}

void ReportsView::showProfessions(const QList<ProfessionCount> &counts)
{
    int most = 0;
    m_professionTable->setRowCount(int(counts.size()));
    for (int row = 0; row < counts.size(); ++row) {
        m_professionTable->setItem(row, 0, new QTableWidgetItem(counts.at(row).name));
        auto *number = new QTableWidgetItem;
        number->setData(Qt::DisplayRole, counts.at(row).members);
        m_professionTable->setItem(row, 1, number);
        most = qMax(most, counts.at(row).members);
    }
    m_bars->setMaximum(most);
    m_professionTable->resizeColumnToContents(0);
    m_professionTable->setColumnWidth(0, m_professionTable->columnWidth(0) + 24);
}

} // namespace renkei
