#pragma once

#include "Result.h"
#include "model/Member.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlQuery>

#include <functional>
#include <optional>

namespace renkei {

class Database;

// Which members a list shows.
struct MemberFilter
{
    enum class Archived
    {
        Exclude,
        Include,
        Only
    };

    QString text;                // matches name, kana and e-mail, folded as KanaText::searchKey
    QList<qint64> professionIds; // any of these (empty: all)
    QList<qint64> areaIds;       // any of these; a ward includes its zones (empty: all)
    std::optional<bool> inArea;  // in-area or out-of-area only
    Archived archived = Archived::Exclude;
    int limit = -1; // for paging: -1 is no limit
    int offset = 0;
};

// Members of the network, listed in 五十音 order of their readings.
class MemberRepository
{
    Q_DECLARE_TR_FUNCTIONS(renkei::MemberRepository)

public:
    explicit MemberRepository(Database &db) : m_db(db) {}

    Result<QList<Member>> list(const MemberFilter &filter = {}) const;
    Result<int> count(const MemberFilter &filter = {}) const;
    Result<Member> get(qint64 id) const;

    // Every problem with `member`, each naming its field; empty when it can be saved.
    QList<Error> validate(const Member &member) const;
    Result<qint64> add(const Member &member);
    Status update(const Member &member);
    Status setArchived(qint64 id, bool archived);
    // True when the member has attendance, presented, or referred someone.
    Result<bool> hasHistory(qint64 id) const;
    // Deletes a member with no history; refuses one with history (archive them instead).
    Status remove(qint64 id);

    // Calls `visit` for each member the filter selects, in list order, without holding them all
    // (exports); stops early when `visit` returns false.
    Status forEach(const MemberFilter &filter, const std::function<bool(const Member &)> &visit) const;

    // For imports of many rows in one transaction: add() and update() without validate(), which the
    // caller has run, reusing one prepared statement each.
    Result<qint64> addValidated(const Member &member);
    Status updateValidated(const Member &member);
    // Members (archived too) with the same reading as `member` or the same e-mail address (as written
    // or in lower case): the candidates an import compares a row with, found through indexes.
    Result<QList<Member>> sameReadingOrEmail(const Member &member) const;

private:
    Database &m_db;
    std::optional<QSqlQuery> m_insert;
    std::optional<QSqlQuery> m_update;
    mutable std::optional<QSqlQuery> m_candidates;
};

} // namespace renkei
