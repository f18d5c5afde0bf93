#pragma once

#include "Result.h"
#include "model/Member.h"

#include <QCoreApplication>
#include <QList>

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

private:
    Database &m_db;
};

} // namespace renkei
