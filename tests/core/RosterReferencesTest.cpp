#include "core/io/RosterReferences.h"
#include "core/storage/AreaRepository.h"
#include "core/storage/OrganisationRepository.h"
#include "core/storage/ProfessionRepository.h"
#include "core/text/KanaText.h"

#include "TestSupport.h"

#include <catch2/catch.hpp>

using namespace renkei;
using renkei::test::TempDatabase;

namespace {

// A resolver over a test database, with the lines and problems of the rows it resolved.
struct Resolver
{
    explicit Resolver(Database &db, const RosterImport::Options &options = {})
        : options(options), refs(db, this->options, unknown)
    {
        REQUIRE(refs.load().ok());
    }

    std::optional<qint64> resolve(ReferenceKind kind, const QString &name, qint64 areaId = 0, int line = 2)
    {
        Status failure;
        const std::optional<qint64> id =
            refs.resolve(kind, name, KanaText::searchKey(name), areaId, line, 5, problems, failure);
        REQUIRE(failure.ok());
        return id;
    }

    RosterImport::Options options;
    QList<UnknownReference> unknown;
    QList<Error> problems;
    RosterReferences refs;
};

qint64 addArea(Database &db, const QString &name, qint64 parent = 0)
{
    Area a;
    a.name = name;
    a.parentId = parent;
    const Result<qint64> id = AreaRepository(db).add(a);
    REQUIRE(id.ok());
    return *id;
}

qint64 addOrganisation(Database &db, const QString &name, qint64 areaId)
{
    Organisation o;
    o.name = name;
    o.areaId = areaId;
    const Result<qint64> id = OrganisationRepository(db).add(o);
    REQUIRE(id.ok());
    return *id;
}

} // namespace

TEST_CASE("a profession is found by its name however wide or kana it is written, and an empty name is none")
{
    TempDatabase db;
    const qint64 nurse = ProfessionRepository(db.db()).findByName(QStringLiteral("看護師"))->id;
    Resolver r(db.db());
    CHECK(r.resolve(ReferenceKind::Profession, QStringLiteral("看護師")) == nurse);
    CHECK(r.resolve(ReferenceKind::Profession, QStringLiteral("Nurse")) == nurse);
    CHECK(r.resolve(ReferenceKind::Profession, QString()) == qint64(0));
    CHECK(r.problems.isEmpty());
    CHECK(r.unknown.isEmpty());
}

TEST_CASE("an unknown name is listed once with the rows that name it, and each row gets a problem")
{
    TempDatabase db;
    Resolver r(db.db());
    CHECK_FALSE(r.resolve(ReferenceKind::Profession, QStringLiteral("音楽療法士"), 0, 2).has_value());
    CHECK_FALSE(r.resolve(ReferenceKind::Profession, QStringLiteral("音楽療法士"), 0, 7).has_value());
    REQUIRE(r.unknown.size() == 1);
    CHECK(r.unknown.first().rows == 2);
    CHECK(r.unknown.first().firstLine == 2);
    CHECK(r.unknown.first().column == 5);
    CHECK_FALSE(r.unknown.first().created);
    REQUIRE(r.problems.size() == 2);
    CHECK(r.problems.at(1).line == 7);
    CHECK(r.problems.at(1).column == 5);
}

TEST_CASE("a name the user mapped resolves to the chosen entry, and one allowed is created once")
{
    TempDatabase db;
    const qint64 nurse = ProfessionRepository(db.db()).findByName(QStringLiteral("看護師"))->id;
    RosterImport::Options options;
    options.professions.mapTo.insert(QStringLiteral("ナース"), nurse);
    options.organisations.createUnknown = true;
    Resolver r(db.db(), options);
    CHECK(r.resolve(ReferenceKind::Profession, QStringLiteral("ナース")) == nurse);

    const std::optional<qint64> dental =
        r.resolve(ReferenceKind::Organisation, QStringLiteral("みどり歯科医院"));
    REQUIRE(dental.has_value());
    CHECK(r.resolve(ReferenceKind::Organisation, QStringLiteral("みどり歯科医院")) == dental);
    const Result<Organisation> created = OrganisationRepository(db.db()).get(*dental);
    REQUIRE(created.ok());
    CHECK(created->kind == OrganisationKind::DentalClinic);
    REQUIRE(r.unknown.size() == 1);
    CHECK(r.unknown.first().created);
    int named = 0;
    const Result<QList<Organisation>> organisations = OrganisationRepository(db.db()).all();
    REQUIRE(organisations.ok());
    for (const Organisation &o : *organisations)
        named += o.name == QStringLiteral("みどり歯科医院") ? 1 : 0;
    CHECK(named == 1);
    CHECK(r.refs.organisationKey(*dental) == KanaText::searchKey(QStringLiteral("みどり歯科医院")));
    CHECK(r.problems.isEmpty());
}

TEST_CASE("of two organisations of one name, the one in the member's area is chosen")
{
    TempDatabase db;
    const qint64 north = addArea(db.db(), QStringLiteral("北区"));
    const qint64 south = addArea(db.db(), QStringLiteral("南区"));
    addOrganisation(db.db(), QStringLiteral("中央薬局"), north);
    const qint64 inSouth = addOrganisation(db.db(), QStringLiteral("中央薬局"), south);
    Resolver r(db.db());
    CHECK(r.resolve(ReferenceKind::Organisation, QStringLiteral("中央薬局"), south) == inSouth);
}

TEST_CASE("an area is found as a plain name or as ward/zone, and a name two areas share is a problem")
{
    TempDatabase db;
    const qint64 north = addArea(db.db(), QStringLiteral("北区"));
    const qint64 south = addArea(db.db(), QStringLiteral("南区"));
    const qint64 northCentre = addArea(db.db(), QStringLiteral("中央"), north);
    const qint64 southCentre = addArea(db.db(), QStringLiteral("中央"), south);
    Resolver r(db.db());
    CHECK(r.resolve(ReferenceKind::Area, QStringLiteral("北区")) == north);
    CHECK(r.resolve(ReferenceKind::Area, QStringLiteral("南区/中央")) == southCentre);
    CHECK(r.resolve(ReferenceKind::Area, QStringLiteral("北区／中央")) == northCentre);
    CHECK(r.problems.isEmpty());
    CHECK(r.resolve(ReferenceKind::Area, QStringLiteral("中央")) == qint64(0));
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems.first().message.contains(QStringLiteral("ward/zone")));
}

TEST_CASE("an area created as ward/zone is made under its ward, and the ward too when it is new")
{
    TempDatabase db;
    RosterImport::Options options;
    options.areas.createUnknown = true;
    Resolver r(db.db(), options);
    const std::optional<qint64> zone = r.resolve(ReferenceKind::Area, QStringLiteral("東区/港"));
    REQUIRE(zone.has_value());
    const Result<Area> created = AreaRepository(db.db()).get(*zone);
    REQUIRE(created.ok());
    CHECK(created->name == QStringLiteral("港"));
    const Result<Area> ward = AreaRepository(db.db()).get(created->parentId);
    REQUIRE(ward.ok());
    CHECK(ward->name == QStringLiteral("東区"));
    CHECK(ward->parentId == 0);
    CHECK(r.resolve(ReferenceKind::Area, QStringLiteral("東区")) == created->parentId);
}

TEST_CASE("an organisation's kind is guessed from the words in its name")
{
    const auto kind = [](const char16_t *name) {
        return RosterReferences::guessKind(QString::fromUtf16(name));
    };
    CHECK(kind(u"さくら歯科クリニック") == OrganisationKind::DentalClinic);
    CHECK(kind(u"ひまわり薬局") == OrganisationKind::Pharmacy);
    CHECK(kind(u"訪問看護ステーションあおば") == OrganisationKind::VisitingNurseStation);
    CHECK(kind(u"ケアプランみどり") == OrganisationKind::CareManagementOffice);
    CHECK(kind(u"北地域包括支援センター") == OrganisationKind::SupportCentre);
    CHECK(kind(u"北区役所") == OrganisationKind::WardOffice);
    CHECK(kind(u"中央病院") == OrganisationKind::Hospital);
    CHECK(kind(u"山田内科医院") == OrganisationKind::Clinic);
    CHECK(kind(u"（株）ケアサービス") == OrganisationKind::Company);
    CHECK(kind(u"あおぞらの会") == OrganisationKind::Other);
}
