#include "AgendaModel.h"

#include <QColor>
#include <QDataStream>
#include <QIODevice>
#include <QLocale>
#include <QMimeData>

#include <algorithm>

namespace renkei {

namespace {

const QString mimeType = QStringLiteral("application/x-renkei-agenda-items");

QDataStream &operator<<(QDataStream &out, const AgendaItem &item)
{
    return out << agendaKindKey(item.kind) << item.title << qint32(item.minutes) << item.presenterMemberId
               << item.presenterText;
}

QDataStream &operator>>(QDataStream &in, AgendaItem &item)
{
    QString kind;
    qint32 minutes = 0;
    in >> kind >> item.title >> minutes >> item.presenterMemberId >> item.presenterText;
    item.kind = agendaKindFromKey(kind).value_or(AgendaKind::Other);
    item.minutes = minutes;
    return in;
}

} // namespace

AgendaModel::AgendaModel(QObject *parent) : QAbstractTableModel(parent) {}

void AgendaModel::setItems(const QList<AgendaItem> &items)
{
    beginResetModel();
    m_items = items;
    endResetModel();
    emit agendaChanged();
}

void AgendaModel::setMeetingTimes(const QTime &start, const QTime &end)
{
    m_start = start;
    m_end = end;
    timesChanged();
}

void AgendaModel::setMemberNames(const QHash<qint64, QString> &names)
{
    m_memberNames = names;
    if (!m_items.isEmpty())
        emit dataChanged(index(0, PresenterColumn), index(rowCount() - 1, PresenterColumn));
}

void AgendaModel::setMemberName(qint64 id, const QString &name)
{
    m_memberNames.insert(id, name);
}

QString AgendaModel::presenterName(const AgendaItem &item) const
{
    if (item.presenterMemberId != 0)
        return m_memberNames.value(item.presenterMemberId, item.presenterText);
    return item.presenterText;
}

void AgendaModel::appendItem(const AgendaItem &item)
{
    const int row = rowCount();
    beginInsertRows({}, row, row);
    m_items << item;
    endInsertRows();
    timesChanged();
}

bool AgendaModel::moveRow(int row, int delta)
{
    const int target = row + delta;
    if (row < 0 || row >= rowCount() || target < 0 || target >= rowCount() || delta == 0)
        return false;
    // moveRows takes the destination as the row to insert before.
    return moveRows({}, row, 1, {}, delta > 0 ? target + 1 : target);
}

int AgendaModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int AgendaModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QTime AgendaModel::startOf(int row) const
{
    if (!m_start.isValid())
        return {};
    int minutes = 0;
    for (int i = 0; i < row && i < m_items.size(); ++i)
        minutes += std::max(0, m_items.at(i).minutes);
    return m_start.addSecs(minutes * 60);
}

QVariant AgendaModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const AgendaItem &item = m_items.at(index.row());
    switch (index.column()) {
    case StartColumn:
        if (role == Qt::DisplayRole) {
            const QTime start = startOf(index.row());
            return start.isValid() ? QLocale().toString(start, QLocale::ShortFormat) : QString();
        }
        if (role == Qt::ForegroundRole && m_end.isValid() && startOf(index.row()).isValid() &&
            startOf(index.row()).addSecs(item.minutes * 60) > m_end)
            return QColor(0xb0, 0x00, 0x20); // this item runs past the end
        break;
    case KindColumn:
        if (role == Qt::DisplayRole)
            return agendaKindLabel(item.kind);
        if (role == Qt::EditRole)
            return agendaKindKey(item.kind);
        break;
    case TitleColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return item.title;
        break;
    case MinutesColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return item.minutes;
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case PresenterColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return presenterName(item);
        if (role == MemberIdRole)
            return item.presenterMemberId;
        break;
    default:
        break;
    }
    return {};
}

bool AgendaModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.row() >= m_items.size())
        return false;
    AgendaItem &item = m_items[index.row()];
    switch (index.column()) {
    case KindColumn:
        if (role != Qt::EditRole)
            return false;
        item.kind = agendaKindFromKey(value.toString()).value_or(item.kind);
        break;
    case TitleColumn:
        if (role != Qt::EditRole)
            return false;
        item.title = value.toString();
        break;
    case MinutesColumn:
        if (role != Qt::EditRole)
            return false;
        item.minutes = std::clamp(value.toInt(), 0, 24 * 60);
        emit dataChanged(index, index);
        timesChanged();
        return true;
    case PresenterColumn:
        if (role == MemberIdRole) {
            item.presenterMemberId = value.toLongLong();
            if (item.presenterMemberId != 0)
                item.presenterText.clear();
        } else if (role == Qt::EditRole) {
            item.presenterMemberId = 0;
            item.presenterText = value.toString().trimmed();
        } else {
            return false;
        }
        break;
    default:
        return false;
    }
    emit dataChanged(index, index);
    emit agendaChanged();
    return true;
}

QVariant AgendaModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StartColumn:
        return tr("Start");
    case KindColumn:
        return tr("Kind");
    case TitleColumn:
        return tr("Title");
    case MinutesColumn:
        return tr("Minutes");
    case PresenterColumn:
        return tr("Presenter");
    default:
        return {};
    }
}

Qt::ItemFlags AgendaModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled; // dropping between rows
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
    if (index.column() != StartColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

bool AgendaModel::insertRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || row > rowCount() || count < 1)
        return false;
    beginInsertRows({}, row, row + count - 1);
    for (int i = 0; i < count; ++i)
        m_items.insert(row, AgendaItem{});
    endInsertRows();
    timesChanged();
    return true;
}

bool AgendaModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count < 1 || row + count > rowCount())
        return false;
    beginRemoveRows({}, row, row + count - 1);
    m_items.remove(row, count);
    endRemoveRows();
    timesChanged();
    return true;
}

bool AgendaModel::moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                           const QModelIndex &destinationParent, int destinationChild)
{
    if (sourceParent.isValid() || destinationParent.isValid() || count < 1 || sourceRow < 0 ||
        sourceRow + count > rowCount() || destinationChild < 0 || destinationChild > rowCount() ||
        (destinationChild >= sourceRow && destinationChild <= sourceRow + count))
        return false;
    if (!beginMoveRows({}, sourceRow, sourceRow + count - 1, {}, destinationChild))
        return false;
    const QList<AgendaItem> moving = m_items.mid(sourceRow, count);
    m_items.remove(sourceRow, count);
    const int insertAt = destinationChild > sourceRow ? destinationChild - count : destinationChild;
    for (int i = 0; i < count; ++i)
        m_items.insert(insertAt + i, moving.at(i));
    endMoveRows();
    timesChanged();
    return true;
}

Qt::DropActions AgendaModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList AgendaModel::mimeTypes() const
{
    return {mimeType};
}

QMimeData *AgendaModel::mimeData(const QModelIndexList &indexes) const
{
    QList<int> rows;
    for (const QModelIndex &index : indexes)
        if (index.isValid() && !rows.contains(index.row()))
            rows << index.row();
    std::sort(rows.begin(), rows.end());
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out << qint32(rows.size());
    for (int row : rows)
        out << m_items.at(row);
    auto *data = new QMimeData;
    data->setData(mimeType, bytes);
    return data;
}

bool AgendaModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                               const QModelIndex &parent)
{
    Q_UNUSED(column)
    if (action == Qt::IgnoreAction)
        return true;
    if (!data || !data->hasFormat(mimeType) || action != Qt::MoveAction)
        return false;
    // Dropped on an item: before it; dropped below the last: at the end.
    int at = row >= 0 ? row : (parent.isValid() ? parent.row() : rowCount());
    QDataStream in(data->data(mimeType));
    qint32 count = 0;
    in >> count;
    if (count < 1 || count > 1000)
        return false;
    QList<AgendaItem> dropped;
    for (qint32 i = 0; i < count && !in.atEnd(); ++i) {
        AgendaItem item;
        in >> item;
        dropped << item;
    }
    // The copies go in here; the view then removes the rows they were dragged from.
    beginInsertRows({}, at, at + int(dropped.size()) - 1);
    for (const AgendaItem &item : dropped)
        m_items.insert(at++, item);
    endInsertRows();
    timesChanged();
    return true;
}

void AgendaModel::timesChanged()
{
    if (!m_items.isEmpty())
        emit dataChanged(index(0, StartColumn), index(rowCount() - 1, StartColumn));
    emit agendaChanged();
}

} // namespace renkei
