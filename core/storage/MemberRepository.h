#pragma once

#include "core/Result.h"
#include "core/model/Member.h"
#include "core/storage/MemberQuery.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <functional>
#include <optional>

namespace renkei {

class Database;

// An existing member who may be the person being added or edited, and why.
struct Lookalike
{
    Member member;
    bool sameNameAndKana = false;
    bool sameEmail = false; // ignoring case
    bool samePhone = false; // the same digits, however written

    // "same name and reading, same e-mail", translated, for showing next to the match.
    QString reasons() const;
};

// Members of the network, listed in 五十音 order of their readings.
class MemberRepository
{
    Q_DECLARE_TR_FUNCTIONS(renkei::MemberRepository)

public:
    explicit MemberRepository(Database &db) : m_db(db) {}

    // What members are grouped by for countBy().
    enum class Grouping
    {
        Profession,
        Organisation,
        Area
    };

    Result<QList<Member>> list(const MemberFilter &filter = {}) const;
    // The ids of the members the filter selects, in its order.
    Result<QList<qint64>> ids(const MemberFilter &filter = {}) const;
    Result<int> count(const MemberFilter &filter = {}) const;
    // How many members the filter selects for each profession, organisation or area (by id; 0 for
    // none), in one query: the numbers beside the choices of a filter, and the usage in editors.
    Result<QHash<qint64, int>> countBy(Grouping grouping, const MemberFilter &filter = {}) const;
    Result<Member> get(qint64 id) const;

    // Every problem with `member`, each naming its field; empty when it can be saved.
    QList<Error> validate(const Member &member) const;
    // The checks of validate() that need no database (names, readings, contacts): safe on any thread.
    static QList<Error> validateFields(const Member &member);
    Result<qint64> add(const Member &member);
    Status update(const Member &member);
    Status setArchived(qint64 id, bool archived);
    // True when the member has attendance, presented, or referred someone.
    Result<bool> hasHistory(qint64 id) const;
    // Deletes a member with no history; refuses one with history (archive them instead).
    Status remove(qint64 id);
    // Puts back a member that remove() deleted, with their id and times (undo).
    Status restore(const Member &member);

    // Members who look like `member` (same name and reading, same e-mail, or same phone), archived
    // ones too, never `member` itself: what the editor warns about before saving.
    Result<QList<Lookalike>> lookalikes(const Member &member) const;

    // Calls `visit` for each member the filter selects, in list order, without holding them all
    // (exports); stops early when `visit` returns false.
    Status forEach(const MemberFilter &filter, const std::function<bool(const Member &)> &visit) const;

    // Recomputes the search keys of an organisation's members, after it was renamed or merged.
    Status refreshSearchKeys(qint64 organisationId);
    // What search compares a member with: name, reading, e-mail and organisation name, folded; the
    // first three are personSearchKey(), to which the organisation's name is appended.
    static QString searchKey(const Member &member, const QString &organisationName);
    static QString personSearchKey(const Member &member);

private:
    QString organisationName(qint64 id) const;

    Database &m_db;
};

} // namespace renkei
