#pragma once

#include "core/Result.h"
#include "core/model/AgendaItem.h"
#include "core/model/Organisation.h"
#include "core/model/Series.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace renkei {

// The demo network's invented names, places and programmes, read from its data file
// (resources/demo/demo-network.json, compiled in as ":/demo/demo-network.json"). Only data: what the
// story does with it lives in DemoRoster, DemoMeetings and DemoAttendance.
struct DemoSeed
{
    Q_DECLARE_TR_FUNCTIONS(renkei::DemoSeed)

public:
    enum class Office
    {
        None,
        Chair,
        ViceChair,
        Secretariat
    };

    struct Ward
    {
        QString name;
        bool inArea = true;
        QString town; // for addresses in a ward without zones
    };
    // 圏域 (a zone of a ward)
    struct Zone
    {
        QString ward;
        QString name;
        QString town;
    };
    struct OrganisationSeed
    {
        QString key; // also the e-mail domain
        OrganisationKind kind = OrganisationKind::Other;
        QString name;
        QString area; // a zone, or a ward for those that serve a whole ward
    };
    // How many members of a profession, and where they work (keys of organisations).
    struct ProfessionSeed
    {
        QString name;
        int members = 0;
        QStringList workplaces;
    };
    struct Name
    {
        QString kanji;
        QString kana;
        QString romaji;
    };
    // The people the story needs by name: officers, and names that test the edges (髙, 﨑, katakana).
    struct NamedMember
    {
        QString family;
        QString given;
        QString familyKana;
        QString givenKana;
        QString romaji; // "family given"
        QString profession;
        QString workplace;
        QDate joined;
        Office office = Office::None;
        QString notes;
    };
    struct Venue
    {
        QString name;
        QString organisation; // its address is the organisation's
        int capacity = 0;
    };
    struct Item
    {
        AgendaKind kind = AgendaKind::Other;
        QString title;
        int minutes = 0;
        // A profession (a member of it presents), "@chair", "@ward" (the ward office's officer),
        // "@secretariat", "=" (the previous item's presenter), or empty with `presenterText`.
        QString presenter;
        QString presenterText;
    };
    struct MeetingSeed
    {
        QString theme;
        QList<Item> items;      // between the information sharing and the announcements
        QString venue;          // "default" or a key of venues
        std::optional<int> fee; // yen; none: the series' default
        int socialFee = 0;      // 0: no 懇親会 (social gathering)
        int demand = 100;       // percent: how much more (or less) than usual people want to come
        QString summary;
    };
    struct GuestSeed
    {
        QString name;
        QString kana;
        QString profession;
        QString organisation;
    };
    // The items every meeting has, and the professions of the two secretariat roles.
    struct Programme
    {
        QString opening;
        QString information;
        QString announcement;
        QString closing;
        QString wardOfficer;
        QString secretariat;
    };

    QString homeWard;
    QList<Ward> wards;
    QList<Zone> zones;
    QList<OrganisationSeed> organisations;
    QList<ProfessionSeed> professions;
    QList<Name> familyNames;
    QList<Name> givenNames;
    QList<NamedMember> namedMembers;
    QStringList otherNotes;     // notes for members of the profession その他
    QStringList leavingReasons; // why members left
    Series series;              // with its first number: the network is older than its database
    QHash<QString, Venue> venues;
    QString decemberSocialVenue;
    QString socialVenue;
    Programme programme;
    QList<MeetingSeed> meetings;
    QList<GuestSeed> guests;

    static QString resourcePath() { return QStringLiteral(":/demo/demo-network.json"); }
    // Reads and checks the file; the error names the file and the field that is missing or wrong.
    static Result<DemoSeed> load(const QString &path = resourcePath());
    static Result<DemoSeed> parse(const QByteArray &json, const QString &path);
};

} // namespace renkei
