#pragma once

#include "core/Result.h"

#include <QList>
#include <QString>
#include <QVariantList>

#include <optional>

namespace renkei {

class Database;

// Which members a list, an export or an invitation takes, and in what order.
struct MemberFilter
{
    enum class Archived
    {
        Exclude,
        Include,
        Only
    };
    // What the list is sorted by; ties are always broken by 五十音 order of the readings.
    enum class Order
    {
        Kana,         // 五十音 order of the readings (the default)
        Name,         // the names as written (kanji in code-point order, which groups the same family name)
        Profession,   // the professions' display order
        Organisation, // the organisations' names
        Area,         // the area tree's order: each ward, then its zones
        Email,
        Phone,
        Status, // active before archived
    };

    // Matches name, reading, e-mail and organisation name, folded as KanaText::searchKey (so kana
    // kind, width, case and spaces do not matter).
    QString text;
    QList<qint64> professionIds;            // any of these (empty: all)
    QList<qint64> areaIds;                  // any of these; a ward includes its zones (empty: all)
    QList<qint64> organisationIds;          // any of these (empty: all)
    std::optional<bool> inArea;             // in-area or out-of-area only
    std::optional<bool> medicalAssociation; // 医師会 (medical association) members, or the others, only
    Archived archived = Archived::Exclude;
    // > 0: only members who attended at least one of the last this many meetings of
    // `recentBefore`'s series before it (cancelled ones left out); none when there were none.
    int recentMeetings = 0;
    qint64 recentBefore = 0; // a meeting id
    Order order = Order::Kana;
    bool descending = false; // members without a value (no organisation, no e-mail) stay last
    int limit = -1;          // for paging: -1 is no limit
    int offset = 0;

    // The same filter without its page: every member it selects (exports, counts).
    MemberFilter unpaged() const;
};

// A MemberFilter as SQL over `members m`: the WHERE, ORDER BY and LIMIT clauses with `?` placeholders
// and their values in binding order. The one place that says which members a filter selects, for
// the members view, the CLI, invitations and every export. Plain SQL, values only ever bound.
class MemberQuery
{
public:
    // `areaOrder` is the area tree's order (each ward, then its zones), which only sorting by area
    // needs: areaOrder(db) when needsAreaOrder(filter).
    explicit MemberQuery(const MemberFilter &filter, const QList<qint64> &areaOrder = {});
    // The query for `filter`, with the area tree read from `db` when the order needs it.
    static Result<MemberQuery> make(Database &db, const MemberFilter &filter);
    static bool needsAreaOrder(const MemberFilter &filter)
    {
        return filter.order == MemberFilter::Order::Area;
    }
    static Result<QList<qint64>> areaOrder(Database &db);

    // " WHERE …", or empty when the filter takes everyone; its values.
    const QString &where() const { return m_where; }
    const QVariantList &whereValues() const { return m_whereValues; }
    // " ORDER BY …" (always ending with the reading and the id, so the order is total); its values.
    const QString &orderBy() const { return m_orderBy; }
    const QVariantList &orderValues() const { return m_orderValues; }
    // " LIMIT ? OFFSET ?" for a page, or empty.
    QString limit() const;
    // where(), orderBy() and limit() together, for a query that ends with "FROM members m", and
    // all their values in order.
    QString clauses() const { return m_where + m_orderBy + limit(); }
    QVariantList values() const;

private:
    void addWhere(const MemberFilter &filter);
    void addOrder(const MemberFilter &filter, const QList<qint64> &areaOrder);

    QString m_where;
    QVariantList m_whereValues;
    QString m_orderBy;
    QVariantList m_orderValues;
    int m_limit = -1;
    int m_offset = 0;
};

} // namespace renkei
