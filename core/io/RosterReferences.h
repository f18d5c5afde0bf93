#pragma once

#include "core/Result.h"
#include "core/io/RosterImport.h"
#include "core/model/Organisation.h"

#include <QHash>
#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace renkei {

class Database;

// Resolves the professions, organisations and areas a roster names to the entries of their lists:
// as the user mapped them, found by name (folded, so width and kana kind do not matter; an area also
// as 「ward/zone」), or created when the user allows it. Names it cannot resolve are listed once each
// in `unknown`, with how many rows name them, and each such row gets a problem.
class RosterReferences
{
public:
    RosterReferences(Database &db, const RosterImport::Options &options, QList<UnknownReference> &unknown);

    // Reads the three lists; before any resolve().
    Status load();

    // The id `name` (folded as `key`, KanaText::searchKey) stands for in the list `kind`, 0 for an
    // empty name. An organisation of a name two share is the one in `areaId`. Nothing, and a problem
    // in `rowProblems` at `line` and `column`, when it is unknown and may not be created; nothing, and
    // `failure` set, when creating it failed.
    std::optional<qint64> resolve(ReferenceKind kind, const QString &name, const QString &key, qint64 areaId,
                                  int line, int column, QList<Error> &rowProblems, Status &failure);

    // An organisation's name folded (KanaText::searchKey): the last part of its members' search keys.
    QString organisationKey(qint64 id) const { return m_organisationKey.value(id); }

    // The kind of an organisation created from its name alone: 〇〇歯科 a dental clinic, 〇〇薬局 a
    // pharmacy, and so on; Other when nothing in the name tells.
    static OrganisationKind guessKind(const QString &name);

private:
    struct Lookup
    {
        QHash<QString, QList<qint64>> byName; // folded name → ids
        QHash<QString, int> unknownIndex;     // folded name → index in m_unknown
        QHash<QString, qint64> mappedTo;      // folded name → the entry the user chose for it
        QHash<QString, qint64> foundArea;     // an area as written → the one it names
    };

    Result<qint64> create(ReferenceKind kind, const QString &name, qint64 areaId);
    std::optional<qint64> findArea(const QString &name, int line, int column, QList<Error> &rowProblems);
    Lookup &lookup(ReferenceKind kind) { return m_lookups[size_t(kind)]; }
    const RosterImport::Choices &choices(ReferenceKind kind) const;

    Database &m_db;
    const RosterImport::Options &m_options;
    QList<UnknownReference> &m_unknown;
    std::array<Lookup, 3> m_lookups;
    QHash<qint64, qint64> m_areaParent; // area id → its ward (0 for a ward)
    QHash<qint64, QString> m_areaName;
    QHash<qint64, qint64> m_organisationArea;
    QHash<qint64, QString> m_organisationKey;
};

} // namespace renkei
