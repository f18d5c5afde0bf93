#pragma once

#include "core/model/AgendaItem.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QTime>

namespace renkei {

// A meeting's programme being edited: ordered items with their start times computed from the meeting's
// start and the minutes of the items before them. Rows move by drag and drop and by keyboard.
class AgendaModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        StartColumn,
        KindColumn,
        TitleColumn,
        MinutesColumn,
        PresenterColumn,
        ColumnCount
    };
    // The presenter's member id (0 for free text) under this role in the presenter column.
    static constexpr int MemberIdRole = Qt::UserRole + 1;

    explicit AgendaModel(QObject *parent = nullptr);

    void setItems(const QList<AgendaItem> &items);
    QList<AgendaItem> items() const { return m_items; }
    void setMeetingTimes(const QTime &start, const QTime &end);
    QTime start() const { return m_start; }
    QTime end() const { return m_end; }
    // Members who can present, by id, with the names shown for them.
    void setMemberNames(const QHash<qint64, QString> &names);
    // The name shown for one more member (a presenter just chosen).
    void setMemberName(qint64 id, const QString &name);
    QString presenterName(const AgendaItem &item) const;

    void appendItem(const AgendaItem &item);
    // Moves one row up (-1) or down (+1); returns false at the ends.
    bool moveRow(int row, int delta);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    bool insertRows(int row, int count, const QModelIndex &parent = {}) override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;
    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                  const QModelIndex &destinationParent, int destinationChild) override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

signals:
    // Items, their order or minutes changed: the times and the total are new.
    void agendaChanged();

private:
    void timesChanged();
    QTime startOf(int row) const;

    QList<AgendaItem> m_items;
    QHash<qint64, QString> m_memberNames;
    QTime m_start;
    QTime m_end;
};

} // namespace renkei
