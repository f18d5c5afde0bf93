#pragma once

#include "core/Result.h"
#include "core/model/Member.h"
#include "core/storage/MemberQuery.h"
#include "core/storage/SqliteStatement.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlQuery>

#include <functional>
#include <memory>
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

    // For imports of many rows in one transaction: add() and update() without validate(), which the
    // caller has run, reusing one prepared statement each.
    Result<qint64> addValidated(const Member &member);
    Status updateValidated(const Member &member);
    // The keys stored beside a member's fields: what the list is sorted by, searched in and compared
    // by. An import computes them on its reading thread.
    struct StoredKeys
    {
        QString kana;   // KanaText::sortKey of the reading
        QString search; // searchKey()
        QString phone;  // ContactCheck::phoneKey
    };
    static StoredKeys storedKeys(const Member &member, const QString &organisationName);
    // The same with the keys computed by the caller (storedKeys(), or the same in parts).
    Result<qint64> addValidated(const Member &member, const StoredKeys &keys);
    // Members (archived too) with the same reading as `member` or the same e-mail address (compared
    // ignoring case): the candidates an import compares a row with, found through indexes.
    Result<QList<Member>> sameReadingOrEmail(const Member &member) const;
    // Calls `visit` for every member, archived too, in no particular order, with only the readings
    // and the e-mail address read: what an import remembers to tell new rows from possible duplicates.
    Status forEachReadingAndEmail(const std::function<void(const Member &)> &visit) const;
    // The indexes sameReadingOrEmail() needs: a bulk import keeps them while it writes and may
    // rebuild the others once at its end (BulkWrite::deferIndexes).
    static QStringList duplicateLookupIndexes();

    // Recomputes the search keys of an organisation's members, after it was renamed or merged.
    Status refreshSearchKeys(qint64 organisationId);
    // What search compares a member with: name, reading, e-mail and organisation name, folded; the
    // first three are personSearchKey(), to which the organisation's name is appended.
    static QString searchKey(const Member &member, const QString &organisationName);
    static QString personSearchKey(const Member &member);

private:
    QString organisationName(qint64 id) const;
    // The time stamp of a change, formatted once per distinct instant.
    const QVariant &nowValue();

    Database &m_db;
    std::optional<QSqlQuery> m_insert;
    std::unique_ptr<SqliteStatement> m_fastInsert; // the insert through SQLite's C API, when it is SQLite
    std::optional<QSqlQuery> m_update;
    mutable std::optional<QSqlQuery> m_candidates;
    mutable std::optional<QSqlQuery> m_organisationName;
    QDateTime m_lastNow;
    QVariant m_lastNowValue;
};

} // namespace renkei
