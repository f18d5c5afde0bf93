#pragma once

#include "core/Result.h"
#include "core/model/Profession.h"

#include <QHash>
#include <QString>

namespace renkei {

class Database;

// The names members and attendance refer to by id (professions, organisations, areas), read once
// for a list, an export or a printed roster: the one id → display name table. A zone is named with
// its ward, in the one spelling zoneInWard() writes and the roster import reads back.
class DisplayNames
{
public:
    enum Part
    {
        Professions = 1,
        Organisations = 2,
        Areas = 4,
        Everything = Professions | Organisations | Areas
    };

    // Reads the parts asked for (hidden entries too: old records may name them).
    static Result<DisplayNames> load(Database &db, int parts = Everything);

    // The profession's name in the screen language (Profession::displayName()); empty for none.
    QString profession(qint64 id) const;
    // Its Japanese name, for documents written in Japanese.
    QString professionInJapanese(qint64 id) const;
    // Its place in the organiser's display order; after every profession for none.
    int professionOrder(qint64 id) const;
    QString organisation(qint64 id) const { return m_organisations.value(id); }
    // 「みなと坂区 / 港南圏域」 for a zone, the ward's name for a ward; empty for none.
    QString area(qint64 id) const { return m_areas.value(id); }

    // 「みなと坂区 / 港南圏域」: a zone with its ward, the same in every language (files carry it).
    static QString zoneInWard(const QString &ward, const QString &zone);

private:
    QHash<qint64, Profession> m_professions;
    QHash<qint64, QString> m_organisations;
    QHash<qint64, QString> m_areas;
};

} // namespace renkei
