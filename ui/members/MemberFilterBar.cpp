#include "MemberFilterBar.h"

#include "core/storage/AreaRepository.h"
#include "core/storage/ProfessionRepository.h"
#include "ui/widgets/RosterChoices.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTimer>
#include <QVBoxLayout>
#include <QWidgetAction>

#include <algorithm>

namespace renkei {

namespace {

enum Location
{
    AnyLocation,
    InArea,
    OutOfArea
};

enum Status
{
    Active,
    Archived,
    Everyone
};

QLabel *buddyLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

} // namespace

MemberFilterBar::MemberFilterBar(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("memberFilters"));

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("memberSearch"));
    m_search->setPlaceholderText(tr("Search by name, reading, organisation or e-mail"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search members"));
    m_search->setMinimumWidth(160);

    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(0);
    connect(m_searchDelay, &QTimer::timeout, this, &MemberFilterBar::filterChanged);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    // Enter searches at once.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchDelay->stop();
        emit filterChanged();
    });

    // Several professions at once: a check list in a drop-down that stays open while ticking.
    m_professions = new QPushButton(this);
    m_professions->setObjectName(QStringLiteral("professionFilter"));
    m_professions->setMaximumWidth(320);
    auto *menu = new QMenu(m_professions);
    m_professionList = new QListWidget(menu);
    m_professionList->setObjectName(QStringLiteral("professionFilterList"));
    m_professionList->setAccessibleName(tr("Professions to show"));
    m_professionList->setFrameShape(QFrame::NoFrame);
    auto *listAction = new QWidgetAction(menu);
    listAction->setDefaultWidget(m_professionList);
    menu->addAction(listAction);
    menu->addSeparator();
    QAction *allProfessions = menu->addAction(tr("Show &All Professions"));
    connect(allProfessions, &QAction::triggered, this, [this] {
        {
            const QSignalBlocker blocker(m_professionList);
            for (int row = 0; row < m_professionList->count(); ++row)
                m_professionList->item(row)->setCheckState(Qt::Unchecked);
        }
        updateProfessionButton();
        emit filterChanged();
    });
    m_professions->setMenu(menu);
    connect(menu, &QMenu::aboutToShow, this, [this] {
        fillProfessionList(true);
        m_professionList->setFocus();
        if (m_professionList->currentRow() < 0)
            m_professionList->setCurrentRow(0);
    });
    connect(m_professionList, &QListWidget::itemChanged, this, [this] {
        updateProfessionButton();
        emit filterChanged();
    });
    // Space ticks (the list's own), Enter ticks too, as in a menu.
    connect(m_professionList, &QListWidget::itemActivated, this, [](QListWidgetItem *item) {
        item->setCheckState(item->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
    });

    m_area = new QComboBox(this);
    m_area->setObjectName(QStringLiteral("areaFilter"));
    m_area->setAccessibleName(tr("Area"));
    // Long ward and zone names shrink rather than widen the window; the list shows them whole.
    m_area->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_area->setMinimumWidth(90);
    connect(m_area, &QComboBox::currentIndexChanged, this, &MemberFilterBar::filterChanged);

    m_location = new QComboBox(this);
    m_location->setObjectName(QStringLiteral("locationFilter"));
    m_location->setAccessibleName(tr("In or out of the area"));
    m_location->addItem(tr("In and out of the area"), int(AnyLocation));
    m_location->addItem(tr("In the area"), int(InArea));
    m_location->addItem(tr("Out of the area"), int(OutOfArea));
    m_location->setMinimumWidth(90); // shrinks in a narrow window, shown whole otherwise
    connect(m_location, &QComboBox::currentIndexChanged, this, &MemberFilterBar::filterChanged);

    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->setAccessibleName(tr("Active or archived"));
    m_status->addItem(tr("Active members"), int(Active));
    m_status->addItem(tr("Archived members"), int(Archived));
    m_status->addItem(tr("All members"), int(Everyone));
    m_status->setMinimumWidth(90);
    connect(m_status, &QComboBox::currentIndexChanged, this, &MemberFilterBar::filterChanged);

    // Two rows, so that the section fits a narrow window: the search, then the filters.
    m_searchRow = new QHBoxLayout;
    m_searchRow->setSpacing(8);
    m_searchRow->addWidget(m_search, 1);
    auto *filters = new QHBoxLayout;
    filters->setSpacing(8);
    filters->addWidget(m_professions);
    filters->addSpacing(8);
    filters->addWidget(buddyLabel(tr("&Area:"), m_area, this));
    filters->addWidget(m_area);
    filters->addSpacing(8);
    filters->addWidget(buddyLabel(tr("L&ocation:"), m_location, this));
    filters->addWidget(m_location);
    filters->addSpacing(8);
    filters->addWidget(buddyLabel(tr("&Status:"), m_status, this));
    filters->addWidget(m_status);
    filters->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addLayout(m_searchRow);
    layout->addLayout(filters);

    setFocusProxy(m_search);
    updateProfessionButton();
}

void MemberFilterBar::setDatabase(Database *db)
{
    m_searchDelay->stop();
    m_db = db;
    const qint64 area = RosterChoices::currentId(m_area);
    const QList<qint64> checked = checkedProfessions();
    QList<Area> areas;
    if (db)
        if (Result<QList<Area>> all = AreaRepository(*db).all())
            areas = *all;
    {
        const QSignalBlocker blocker(m_area);
        RosterChoices::setAreas(m_area, areas, area, tr("All areas"));
    }
    fillProfessionList(false);
    // Professions that no longer exist drop out of the filter.
    if (checkedProfessions().size() != checked.size())
        updateProfessionButton();
}

void MemberFilterBar::setLastSearchTime(qint64 ms)
{
    // Searches answered within a frame or two are not worth waiting for.
    m_searchDelay->setInterval(ms < 20 ? 0 : int(std::min<qint64>(2 * ms, searchDelayMs)));
}

int MemberFilterBar::searchDelay() const
{
    return m_searchDelay->interval();
}

void MemberFilterBar::addToSearchRow(QWidget *widget)
{
    m_searchRow->addWidget(widget);
}

void MemberFilterBar::fillProfessionList(bool withCounts)
{
    const QList<qint64> checked = checkedProfessions();
    const QSignalBlocker blocker(m_professionList);
    m_professionList->clear();
    if (!m_db)
        return;
    Result<QList<Profession>> professions = ProfessionRepository(*m_db).all();
    if (!professions)
        return;
    // Beside each profession, how many members it adds under the other filters; counted only when the
    // list is opened, as it reads every member.
    Result<QHash<qint64, int>> counts = QHash<qint64, int>();
    if (withCounts) {
        MemberFilter others = filter();
        others.professionIds.clear();
        counts = MemberRepository(*m_db).countBy(MemberRepository::Grouping::Profession, others);
    }
    for (const Profession &p : *professions) {
        if (p.hidden && !checked.contains(p.id))
            continue;
        //: A profession in the filter list with how many members it shows: "Nurse (12)"
        auto *item = new QListWidgetItem(
            tr("%1 (%2)").arg(p.displayName()).arg(counts ? counts->value(p.id) : 0), m_professionList);
        item->setData(Qt::UserRole, p.id);
        item->setData(Qt::UserRole + 1, p.displayName());
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.contains(p.id) ? Qt::Checked : Qt::Unchecked);
    }
    const int rows = qMin(m_professionList->count(), 16);
    m_professionList->setFixedHeight(qMax(1, rows) * m_professionList->sizeHintForRow(0) + 4);
    m_professionList->setMinimumWidth(m_professionList->sizeHintForColumn(0) + 24);
}

QList<qint64> MemberFilterBar::checkedProfessions() const
{
    QList<qint64> ids;
    for (int row = 0; row < m_professionList->count(); ++row)
        if (m_professionList->item(row)->checkState() == Qt::Checked)
            ids << m_professionList->item(row)->data(Qt::UserRole).toLongLong();
    return ids;
}

void MemberFilterBar::updateProfessionButton()
{
    QStringList names;
    for (int row = 0; row < m_professionList->count(); ++row) {
        const QListWidgetItem *item = m_professionList->item(row);
        if (item->checkState() == Qt::Checked)
            names << item->data(Qt::UserRole + 1).toString();
    }
    if (names.isEmpty())
        m_professions->setText(tr("&Professions: all"));
    else if (names.size() <= 2)
        //: %1 the professions chosen, "Nurse, Pharmacist"
        m_professions->setText(tr("&Professions: %1").arg(names.join(tr(", "))));
    else
        m_professions->setText(tr("&Professions: %n chosen", nullptr, int(names.size())));
    m_professions->setToolTip(names.join(QLatin1Char('\n')));
}

MemberFilter MemberFilterBar::filter() const
{
    MemberFilter f;
    f.text = m_search->text().trimmed();
    f.professionIds = checkedProfessions();
    if (const qint64 area = RosterChoices::currentId(m_area); area != 0)
        f.areaIds = {area};
    switch (m_location->currentData().toInt()) {
    case InArea:
        f.inArea = true;
        break;
    case OutOfArea:
        f.inArea = false;
        break;
    default:
        break;
    }
    switch (m_status->currentData().toInt()) {
    case Archived:
        f.archived = MemberFilter::Archived::Only;
        break;
    case Everyone:
        f.archived = MemberFilter::Archived::Include;
        break;
    default:
        f.archived = MemberFilter::Archived::Exclude;
        break;
    }
    return f;
}

bool MemberFilterBar::isFiltered() const
{
    const MemberFilter f = filter();
    return !f.text.isEmpty() || !f.professionIds.isEmpty() || !f.areaIds.isEmpty() || f.inArea.has_value() ||
           f.archived != MemberFilter::Archived::Exclude;
}

void MemberFilterBar::clear()
{
    {
        const QSignalBlocker search(m_search);
        const QSignalBlocker list(m_professionList);
        const QSignalBlocker area(m_area);
        const QSignalBlocker location(m_location);
        const QSignalBlocker status(m_status);
        m_search->clear();
        for (int row = 0; row < m_professionList->count(); ++row)
            m_professionList->item(row)->setCheckState(Qt::Unchecked);
        m_area->setCurrentIndex(0);
        m_location->setCurrentIndex(0);
        m_status->setCurrentIndex(0);
    }
    m_searchDelay->stop();
    updateProfessionButton();
    emit filterChanged();
}

} // namespace renkei
