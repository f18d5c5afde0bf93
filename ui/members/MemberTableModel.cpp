#include "MemberTableModel.h"

#include "core/storage/AreaRepository.h"
#include "core/storage/Database.h"
#include "core/storage/OrganisationRepository.h"
#include "core/storage/ProfessionRepository.h"

#include <QApplication>
#include <QPalette>

namespace renkei {

MemberTableModel::MemberTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void MemberTableModel::setDatabase(Database *db)
{
    m_db = db;
    loadNames();
    reload();
}

void MemberTableModel::setFilter(const MemberFilter &filter)
{
    m_filter = filter;
    reload();
}

void MemberTableModel::refresh()
{
    loadNames();
    reload();
}

const Member *MemberTableModel::memberAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int MemberTableModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).id == id)
            return row;
    return -1;
}

MemberFilter::Order MemberTableModel::orderFor(int column)
{
    switch (column) {
    case NameColumn:
        return MemberFilter::Order::Name;
    case ProfessionColumn:
        return MemberFilter::Order::Profession;
    case OrganisationColumn:
        return MemberFilter::Order::Organisation;
    case AreaColumn:
        return MemberFilter::Order::Area;
    case EmailColumn:
        return MemberFilter::Order::Email;
    case PhoneColumn:
        return MemberFilter::Order::Phone;
    case StatusColumn:
        return MemberFilter::Order::Status;
    default:
        return MemberFilter::Order::Kana;
    }
}

int MemberTableModel::columnFor(MemberFilter::Order order)
{
    for (int column = 0; column < ColumnCount; ++column)
        if (orderFor(column) == order)
            return column;
    return KanaColumn;
}

void MemberTableModel::sort(int column, Qt::SortOrder order)
{
    const MemberFilter::Order wanted = orderFor(column);
    const bool descending = order == Qt::DescendingOrder;
    if (wanted == m_filter.order && descending == m_filter.descending)
        return;
    m_filter.order = wanted;
    m_filter.descending = descending;
    reload();
}

void MemberTableModel::loadNames()
{
    m_professionNames.clear();
    m_organisationNames.clear();
    m_areaNames.clear();
    m_areaPaths.clear();
    if (!m_db)
        return;

    if (auto professions = ProfessionRepository(*m_db).all(); professions.ok()) {
        for (const Profession &profession : *professions)
            m_professionNames.insert(profession.id, profession.displayName());
    } else {
        emit errorOccurred(professions.error().toString());
    }
    if (auto organisations = OrganisationRepository(*m_db).all(); organisations.ok()) {
        for (const Organisation &organisation : *organisations)
            m_organisationNames.insert(organisation.id, organisation.name);
    } else {
        emit errorOccurred(organisations.error().toString());
    }
    AreaRepository areas(*m_db);
    if (auto all = areas.all(); all.ok()) {
        for (const Area &area : *all) {
            m_areaNames.insert(area.id, area.name);
            if (auto path = areas.pathName(area.id); path.ok())
                m_areaPaths.insert(area.id, *path);
        }
    } else {
        emit errorOccurred(all.error().toString());
    }
}

QList<Member> MemberTableModel::fetchPage(int offset)
{
    MemberFilter page = m_filter;
    page.limit = pageSize;
    page.offset = offset;
    auto members = MemberRepository(*m_db).list(page);
    if (!members) {
        emit errorOccurred(members.error().toString());
        m_total = int(m_rows.size()); // stop fetching after a failure
        return {};
    }
    return std::move(members).value();
}

void MemberTableModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    if (m_db) {
        // The first page first: when it is not full it is the whole list, and counting (which reads
        // every member the filter could match) is not needed. A rare search word costs one pass, not two.
        m_rows = fetchPage(0);
        if (m_rows.size() < pageSize) {
            m_total = int(m_rows.size());
        } else {
            if (auto count = MemberRepository(*m_db).count(m_filter.unpaged()); count.ok())
                m_total = qMax(*count, int(m_rows.size()));
            else
                emit errorOccurred(count.error().toString());
        }
    }
    endResetModel();
    emit totalCountChanged(m_total);
}

int MemberTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MemberTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool MemberTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_db && m_rows.size() < m_total;
}

void MemberTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const QList<Member> page = fetchPage(int(m_rows.size()));
    if (page.isEmpty()) {
        m_total = int(m_rows.size());
        return;
    }
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(page.size()) - 1);
    m_rows += page;
    endInsertRows();
}

QVariant MemberTableModel::data(const QModelIndex &index, int role) const
{
    const Member *member = index.isValid() ? memberAt(index.row()) : nullptr;
    if (!member)
        return {};

    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case NameColumn:
            return member->fullName();
        case KanaColumn:
            return member->fullKana();
        case ProfessionColumn:
            return m_professionNames.value(member->professionId);
        case OrganisationColumn:
            return m_organisationNames.value(member->organisationId);
        case AreaColumn:
            return m_areaNames.value(member->areaId);
        case EmailColumn:
            return member->email;
        case PhoneColumn:
            return member->phone;
        case StatusColumn:
            return member->archived ? tr("Archived") : tr("Active");
        }
    } else if (role == Qt::ToolTipRole && index.column() == AreaColumn) {
        return m_areaPaths.value(member->areaId);
    } else if (role == Qt::ForegroundRole && member->archived) {
        return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
    }
    return {};
}

QVariant MemberTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case KanaColumn:
        return tr("Reading");
    case ProfessionColumn:
        return tr("Profession");
    case OrganisationColumn:
        return tr("Organisation");
    case AreaColumn:
        return tr("Area");
    case EmailColumn:
        return tr("E-mail");
    case PhoneColumn:
        return tr("Phone");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

} // namespace renkei
