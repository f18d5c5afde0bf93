#include "TestSupport.h"

#include "core/storage/AreaRepository.h"
#include "core/storage/MemberRepository.h"
#include "core/storage/OrganisationRepository.h"
#include "core/storage/ProfessionRepository.h"

#include <catch2/catch.hpp>

using namespace renkei;

namespace {

qint64 addMember(Database &db, const QString &name, qint64 professionId = 0, qint64 organisationId = 0,
                 qint64 areaId = 0)
{
    Member m;
    m.familyName = name;
    m.familyKana = QStringLiteral("てすと");
    m.professionId = professionId;
    m.organisationId = organisationId;
    m.areaId = areaId;
    auto id = MemberRepository(db).add(m);
    REQUIRE(id);
    return *id;
}

qint64 addArea(AreaRepository &areas, const QString &name, qint64 parent = 0, bool inArea = true)
{
    Area a;
    a.name = name;
    a.parentId = parent;
    a.inArea = inArea;
    auto id = areas.add(a);
    REQUIRE(id);
    return *id;
}

} // namespace

TEST_CASE("a profession needs a Japanese name that no other profession has, ignoring width")
{
    test::TempDatabase temp;
    ProfessionRepository professions(temp.db());
    Profession empty;
    auto noName = professions.add(empty);
    REQUIRE_FALSE(noName);
    CHECK(noName.error().field == QStringLiteral("name_ja"));

    Profession twin;
    twin.nameJa = QStringLiteral("医師");
    auto duplicate = professions.add(twin);
    REQUIRE_FALSE(duplicate);
    CHECK(duplicate.error().message.contains(QStringLiteral("already")));

    Profession acupuncturist;
    acupuncturist.nameJa = QStringLiteral("鍼灸師");
    acupuncturist.nameEn = QStringLiteral("Acupuncturist");
    auto added = professions.add(acupuncturist);
    REQUIRE(added);
    auto found = professions.findByName(QStringLiteral("ACUPUNCTURIST"));
    REQUIRE(found);
    CHECK(found->id == *added);
    // Added at the end of the display order.
    CHECK(professions.all()->last().id == *added);
}

TEST_CASE("a profession in use cannot be deleted, only hidden or merged, and merging moves every member")
{
    test::TempDatabase temp;
    ProfessionRepository professions(temp.db());
    MemberRepository members(temp.db());
    const qint64 nurse = professions.findByName(QStringLiteral("看護師"))->id;
    const qint64 visitingNurse = professions.findByName(QStringLiteral("訪問看護師"))->id;
    const qint64 a = addMember(temp.db(), QStringLiteral("一"), visitingNurse);
    const qint64 b = addMember(temp.db(), QStringLiteral("二"), visitingNurse);
    addMember(temp.db(), QStringLiteral("三"), nurse);

    CHECK(*professions.usageCount(visitingNurse) == 2);
    Status removed = professions.remove(visitingNurse);
    REQUIRE_FALSE(removed);
    CHECK(removed.error().message.contains(QStringLiteral("2")));
    CHECK(professions.get(visitingNurse));

    REQUIRE(professions.setHidden(visitingNurse, true));
    CHECK(professions.all(false)->size() == 21);
    CHECK(professions.all(true)->size() == 22);

    REQUIRE(professions.merge(visitingNurse, nurse));
    CHECK_FALSE(professions.get(visitingNurse));
    CHECK(members.get(a)->professionId == nurse);
    CHECK(members.get(b)->professionId == nurse);
    CHECK(*professions.usageCount(nurse) == 3);

    const qint64 student = professions.findByName(QStringLiteral("学生"))->id;
    REQUIRE(professions.remove(student));
    CHECK_FALSE(professions.get(student));
}

TEST_CASE("areas form a tree of wards and zones, two levels deep")
{
    test::TempDatabase temp;
    AreaRepository areas(temp.db());
    const qint64 ward = addArea(areas, QStringLiteral("みなと坂区"));
    const qint64 zone = addArea(areas, QStringLiteral("北圏域"), ward);
    addArea(areas, QStringLiteral("南圏域"), ward);
    const qint64 other = addArea(areas, QStringLiteral("となり区"), 0, false);
    addArea(areas, QStringLiteral("北圏域"), other, false);

    Area deeper;
    deeper.name = QStringLiteral("北一丁目");
    deeper.parentId = zone;
    auto refused = areas.add(deeper);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().field == QStringLiteral("parent"));

    Area sibling;
    sibling.name = QStringLiteral("北圏域");
    sibling.parentId = ward;
    CHECK_FALSE(areas.add(sibling));

    auto all = areas.all();
    REQUIRE(all);
    QStringList names;
    for (const Area &a : *all)
        names << a.name;
    CHECK(names == QStringList{QStringLiteral("みなと坂区"), QStringLiteral("北圏域"),
                               QStringLiteral("南圏域"), QStringLiteral("となり区"),
                               QStringLiteral("北圏域")});

    auto ambiguous = areas.findByName(QStringLiteral("北圏域"));
    REQUIRE_FALSE(ambiguous);
    CHECK(ambiguous.error().message.contains(QStringLiteral("ward/zone")));
    auto exact = areas.findByName(QStringLiteral("となり区/北圏域"));
    REQUIRE(exact);
    CHECK(exact->parentId == other);
    CHECK(*areas.pathName(zone) == QStringLiteral("みなと坂区 / 北圏域"));

    Area wardIntoZone = *areas.get(ward);
    wardIntoZone.parentId = other;
    CHECK_FALSE(areas.update(wardIntoZone)); // a ward with zones cannot become a zone
}

TEST_CASE("a ward's usage counts its zones' members and organisations, and merging moves them")
{
    test::TempDatabase temp;
    AreaRepository areas(temp.db());
    OrganisationRepository organisations(temp.db());
    const qint64 ward = addArea(areas, QStringLiteral("みなと坂区"));
    const qint64 north = addArea(areas, QStringLiteral("北圏域"), ward);
    const qint64 south = addArea(areas, QStringLiteral("南圏域"), ward);
    const qint64 member = addMember(temp.db(), QStringLiteral("一"), 0, 0, north);
    addMember(temp.db(), QStringLiteral("二"), 0, 0, ward);
    Organisation clinic;
    clinic.name = QStringLiteral("北クリニック");
    clinic.areaId = north;
    REQUIRE(organisations.add(clinic));

    CHECK(*areas.usageCount(north) == 2);
    CHECK(*areas.usageCount(ward) == 3);
    CHECK(*areas.usageCount(south) == 0);
    CHECK_FALSE(areas.remove(north));
    CHECK_FALSE(areas.remove(ward));

    REQUIRE(areas.merge(north, south));
    CHECK(MemberRepository(temp.db()).get(member)->areaId == south);
    CHECK(*areas.usageCount(south) == 2);
    CHECK_FALSE(areas.get(north));
    CHECK_FALSE(areas.merge(ward, south)); // a ward with zones cannot go into a zone
}

TEST_CASE("an organisation needs a name unique in its area, and plausible phone and fax")
{
    test::TempDatabase temp;
    OrganisationRepository organisations(temp.db());
    AreaRepository areas(temp.db());
    const qint64 ward = addArea(areas, QStringLiteral("みなと坂区"));
    const qint64 other = addArea(areas, QStringLiteral("となり区"));

    Organisation pharmacy;
    pharmacy.name = QStringLiteral("さくら薬局");
    pharmacy.kind = OrganisationKind::Pharmacy;
    pharmacy.areaId = ward;
    pharmacy.phone = QStringLiteral("03-0000-1111");
    auto first = organisations.add(pharmacy);
    REQUIRE(first);

    auto same = organisations.add(pharmacy);
    REQUIRE_FALSE(same);
    CHECK(same.error().field == QStringLiteral("name"));

    pharmacy.areaId = other; // another branch of the chain, in another ward
    auto branch = organisations.add(pharmacy);
    REQUIRE(branch);

    pharmacy.name = QStringLiteral("あおば薬局");
    pharmacy.fax = QStringLiteral("fax");
    auto badFax = organisations.add(pharmacy);
    REQUIRE_FALSE(badFax);
    CHECK(badFax.error().field == QStringLiteral("fax"));

    auto got = organisations.get(*first);
    REQUIRE(got);
    CHECK(got->kind == OrganisationKind::Pharmacy);
    CHECK(got->phone == QStringLiteral("03-0000-1111"));

    const qint64 member = addMember(temp.db(), QStringLiteral("一"), 0, *branch);
    CHECK(*organisations.usageCount(*branch) == 1);
    CHECK_FALSE(organisations.remove(*branch));
    REQUIRE(organisations.merge(*branch, *first));
    CHECK(MemberRepository(temp.db()).get(member)->organisationId == *first);
}
