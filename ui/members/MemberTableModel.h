#pragma once

#include "core/model/Member.h"
#include "core/storage/MemberRepository.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace renkei {

class Database;

// The member list as a table, fetched from MemberRepository a page at a time (canFetchMore /
// fetchMore), so that a roster of 100,000 members opens as fast as one of 100. Sorting by a column
// asks the database for the first page in the new order; rows are never sorted here.
class MemberTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        KanaColumn,
        ProfessionColumn,
        OrganisationColumn,
        AreaColumn,
        EmailColumn,
        PhoneColumn,
        StatusColumn,
        ColumnCount
    };
    static constexpr int pageSize = 200;

    explicit MemberTableModel(QObject *parent = nullptr);

    // Shows the members of `db` (none for nullptr); the model never keeps an old database.
    void setDatabase(Database *db);
    // Shows the members matching `filter` (its limit and offset are the model's own business).
    void setFilter(const MemberFilter &filter);
    MemberFilter filter() const { return m_filter; }
    // Reads everything again: names of professions, organisations and areas, and the first page.
    void refresh();

    // The order of the list for a column (Kana for the name's reading, and so on).
    static MemberFilter::Order orderFor(int column);
    static int columnFor(MemberFilter::Order order);

    // How many members match the filter, fetched or not.
    int totalCount() const { return m_total; }
    // The member shown in `row`, or nullptr.
    const Member *memberAt(int row) const;
    // The row of the member with `id` among the rows fetched so far, or -1.
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void errorOccurred(const QString &message);
    void totalCountChanged(int count);

private:
    void loadNames();
    void reload();
    QList<Member> fetchPage(int offset);

    Database *m_db = nullptr;
    MemberFilter m_filter;
    QList<Member> m_rows;
    int m_total = 0;
    QHash<qint64, QString> m_professionNames;
    QHash<qint64, QString> m_organisationNames;
    QHash<qint64, QString> m_areaNames;
    QHash<qint64, QString> m_areaPaths;
};

} // namespace renkei
