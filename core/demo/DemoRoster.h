#pragma once

#include "core/Result.h"
#include "core/demo/DemoSeed.h"
#include "core/model/Member.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace renkei {

class Database;
class DemoDice;

// The demo network's people and places: areas, organisations and members, written through their
// repositories, and the members who left archived at the end of the story.
class DemoRoster
{
public:
    struct Organisation
    {
        qint64 id = 0;
        QString key;
        QString name;
        QString areaName;
        QString address;
        QString phone;
        QString fax;
        OrganisationKind kind = OrganisationKind::Other;
    };
    struct Person
    {
        Member member;
        QString romaji; // "family given"
        QString profession;
        QString workplace; // organisation key
        DemoSeed::Office office = DemoSeed::Office::None;
        QDate leftOn;       // archived after this date; invalid: still active
        int propensity = 0; // how likely (per mille) they come to a meeting
        bool inArea = true;

        bool activeOn(const QDate &date) const
        {
            return member.joinedOn <= date && (!leftOn.isValid() || leftOn > date);
        }
    };

    // `now` is the story's clock, which the database reads while the demo is written.
    DemoRoster(Database &db, DemoDice &dice, const DemoSeed &seed, const QDate &today, QDateTime &now)
        : m_db(db), m_dice(dice), m_seed(seed), m_today(today), m_now(now)
    {}

    Status addAreas();
    Status addOrganisations();
    Status addMembers();
    Status archiveLeavers();

    const QList<Person> &people() const { return m_people; } // in the order they joined
    Organisation organisation(const QString &key) const { return m_organisations.value(key); }
    qint64 professionId(const QString &name) const { return m_professions.value(name); }
    // The officer of `office` whose turn it is (turns go round).
    const Person *officer(DemoSeed::Office office, int turn) const;

private:
    struct AreaInfo
    {
        qint64 id = 0;
        QString ward;
        QString town;
        bool inArea = true;
    };

    QString address(const QString &areaName);
    QString email(const Person &person, const Organisation *workplace);
    QList<Person> invent();

    Database &m_db;
    DemoDice &m_dice;
    const DemoSeed &m_seed;
    QDate m_today;
    QDateTime &m_now;
    QHash<QString, AreaInfo> m_areas;
    QHash<QString, Organisation> m_organisations;
    QHash<QString, qint64> m_professions;
    QList<Person> m_people;
    QSet<QString> m_emails;
    int m_streetNumber = 0;
    int m_phoneNumber = 0;
};

} // namespace renkei
