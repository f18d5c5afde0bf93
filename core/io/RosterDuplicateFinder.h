#pragma once

#include "core/Result.h"
#include "core/io/RosterImport.h"
#include "core/model/Member.h"

#include <QString>

#include <optional>
#include <utility>
#include <vector>

namespace renkei {

class Database;
class MemberBulkWriter;

// Tells which rows of an import are, as far as can be told, members already there or earlier rows
// of the same file: by Renkei's own member ID, the same name and reading, the same e-mail address,
// or the same reading and phone number. A fixed-size Bloom filter over the readings and addresses
// seen so far answers most rows without asking the database: when it says a row's keys were never
// seen, the row cannot be a duplicate. Its size does not depend on the file; it only answers
// "maybe" more often as it fills.
class RosterDuplicateFinder
{
public:
    struct Match
    {
        Member member;
        RosterDuplicate::Reason reason = RosterDuplicate::Reason::SameNameAndReading;
    };

    // Candidates are read through `writer`, which also writes the rows, so that they see each other.
    RosterDuplicateFinder(Database &db, MemberBulkWriter &writer);

    // Remembers the members already there; how many there are is existingMembers() afterwards.
    Status seed();
    int existingMembers() const { return m_existingMembers; }

    // The member `row` is the same person as, if any. `idInFile` is the member ID the row gives (0 for
    // none); `reading` and `email` are readingKey() and emailKey() of the row.
    Result<std::optional<Match>> find(const Member &row, const QString &reading, const QString &email,
                                      qint64 idInFile);
    // A row written: later rows are compared with it.
    void remember(const QString &reading, const QString &email);
    // A member added from line `line` of the file, and the line a member was added from (0 when
    // they were there before).
    void added(qint64 id, int line);
    int lineAdded(qint64 id) const;

    // What rows are compared by: the reading as sorted, the e-mail address ignoring case.
    static QString readingKey(const Member &member);
    static QString emailKey(const Member &member);

private:
    void addKey(const QString &key);
    bool mayContain(const QString &key) const;
    static std::pair<quint64, quint64> hashes(const QString &key);

    static constexpr quint64 bitCount = quint64(1) << 23; // 1 MiB
    static constexpr quint64 probes = 3;

    Database &m_db;
    MemberBulkWriter &m_writer;
    std::vector<quint64> m_bits;
    int m_existingMembers = 0;
    qint64 m_firstAddedId = 0;
    std::vector<int> m_addedLines; // the line each added member came from, by id - m_firstAddedId
};

} // namespace renkei
