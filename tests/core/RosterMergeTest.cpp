// Merging list entries, and undoing merges and deletions, as the roster's undo relies on.
#include "TestSupport.h"

#include "core/storage/AreaRepository.h"
#include "core/storage/AttendanceRepository.h"
#include "core/storage/MeetingRepository.h"
#include "core/storage/MemberRepository.h"
#include "core/storage/OrganisationRepository.h"
#include "core/storage/ProfessionRepository.h"
#include "core/storage/SeriesRepository.h"

#include <catch2/catch.hpp>

using namespace renkei;

namespace {

qint64 addMember(Database &db, const QString &name, const QString &kana, qint64 profession = 0,
                 qint64 organisation = 0, qint64 area = 0)
{
    Member m;
    m.familyName = name;
    m.familyKana = kana;
    m.professionId = profession;
    m.organisationId = organisation;
    m.areaId = area;
    auto id = MemberRepository(db).add(m);
    REQUIRE(id);
    return *id;
}

} // namespace

TEST_CASE("merging a profession moves members and guests in one transaction, and unmerging puts them back")
{
    test::TempDatabase temp;
    ProfessionRepository professions(temp.db());
    MemberRepository members(temp.db());
    Profession typo;
    typo.nameJa = QStringLiteral("看護士");
    const qint64 typoId = *professions.add(typo);
    const qint64 nurse = professions.findByName(QStringLiteral("看護師"))->id;
    const qint64 moved1 = addMember(temp.db(), QStringLiteral("一"), QStringLiteral("いち"), typoId);
    const qint64 moved2 = addMember(temp.db(), QStringLiteral("二"), QStringLiteral("に"), typoId);
    const qint64 already = addMember(temp.db(), QStringLiteral("三"), QStringLiteral("さん"), nurse);

    Series series;
    series.name = QStringLiteral("定例会");
    Meeting meeting;
    meeting.seriesId = *SeriesRepository(temp.db()).add(series);
    meeting.date = QDate(2026, 5, 12);
    Attendance guest;
    guest.meetingId = *MeetingRepository(temp.db()).add(meeting);
    guest.guest.name = QStringLiteral("来賓");
    guest.guest.professionId = typoId;
    guest.status = AttendanceStatus::Attended;
    REQUIRE(AttendanceRepository(temp.db()).add(guest));
    CHECK(*professions.usageCount(typoId) == 3);

    const Profession removed = *professions.get(typoId);
    MergeRecord record;
    REQUIRE(professions.merge(typoId, nurse, &record));
    CHECK_FALSE(professions.get(typoId));
    CHECK(record.movedCount() == 3);
    CHECK(*professions.usageCount(nurse) == 4);
    CHECK(members.get(moved1)->professionId == nurse);

    // A later change to one of the moved members is kept by the undo.
    Member changed = *members.get(moved2);
    changed.professionId = professions.findByName(QStringLiteral("医師"))->id;
    REQUIRE(members.update(changed));

    REQUIRE(professions.unmerge(removed, record));
    CHECK(professions.get(typoId)->nameJa == QStringLiteral("看護士"));
    CHECK(professions.get(typoId)->displayOrder == removed.displayOrder);
    CHECK(members.get(moved1)->professionId == typoId);
    CHECK(members.get(moved2)->professionId == changed.professionId);
    CHECK(members.get(already)->professionId == nurse);
    CHECK(*professions.usageCount(typoId) == 2); // 一 and the guest
}

TEST_CASE("a merge that fails half-way changes nothing")
{
    test::TempDatabase temp;
    OrganisationRepository organisations(temp.db());
    Organisation a;
    a.name = QStringLiteral("甲医院");
    const qint64 aId = *organisations.add(a);
    const qint64 member = addMember(temp.db(), QStringLiteral("甲"), QStringLiteral("こう"), 0, aId);
    CHECK_FALSE(organisations.merge(aId, 9999)); // no such organisation
    CHECK(organisations.get(aId));
    CHECK(MemberRepository(temp.db()).get(member)->organisationId == aId);

    // The whole merge is one transaction: a failure inside it leaves the members where they were.
    Organisation b;
    b.name = QStringLiteral("乙医院");
    const qint64 bId = *organisations.add(b);
    Status failed = temp->transaction([&]() -> Status {
        if (Status s = organisations.merge(aId, bId); !s)
            return s;
        return Error{QStringLiteral("something after the merge failed")};
    });
    CHECK_FALSE(failed);
    CHECK(organisations.get(aId));
    CHECK(MemberRepository(temp.db()).get(member)->organisationId == aId);
}

TEST_CASE("merging an area moves its members, organisations and zones, and unmerging restores the tree")
{
    test::TempDatabase temp;
    AreaRepository areas(temp.db());
    OrganisationRepository organisations(temp.db());
    const qint64 oldWard = *areas.add(Area{0, 0, QStringLiteral("旧区"), true, 0, false});
    const qint64 zone = *areas.add(Area{0, oldWard, QStringLiteral("駅前圏域"), true, 0, false});
    const qint64 newWard = *areas.add(Area{0, 0, QStringLiteral("新区"), true, 0, false});
    Organisation o;
    o.name = QStringLiteral("駅前薬局");
    o.areaId = oldWard;
    const qint64 orgId = *organisations.add(o);
    const qint64 member = addMember(temp.db(), QStringLiteral("丙"), QStringLiteral("へい"), 0, 0, oldWard);
    const qint64 zoneMember = addMember(temp.db(), QStringLiteral("丁"), QStringLiteral("てい"), 0, 0, zone);

    const Area removed = *areas.get(oldWard);
    MergeRecord record;
    REQUIRE(areas.merge(oldWard, newWard, &record));
    CHECK(areas.get(zone)->parentId == newWard);
    CHECK(organisations.get(orgId)->areaId == newWard);
    CHECK(MemberRepository(temp.db()).get(member)->areaId == newWard);
    CHECK(*areas.usageCount(newWard) == 3); // two members (one through the zone) and the organisation

    REQUIRE(areas.unmerge(removed, record));
    CHECK(areas.get(zone)->parentId == oldWard);
    CHECK(organisations.get(orgId)->areaId == oldWard);
    CHECK(MemberRepository(temp.db()).get(member)->areaId == oldWard);
    CHECK(MemberRepository(temp.db()).get(zoneMember)->areaId == zone);
    CHECK(*areas.usageCount(newWard) == 0);
    CHECK(areas.organisationCounts()->value(oldWard) == 1);
}

TEST_CASE("a deleted member, organisation, profession or area comes back with its id")
{
    test::TempDatabase temp;
    MemberRepository members(temp.db());
    const qint64 id = addMember(temp.db(), QStringLiteral("戊"), QStringLiteral("ぼ"));
    const Member before = *members.get(id);
    REQUIRE(members.remove(id));
    REQUIRE(members.restore(before));
    const Member after = *members.get(id);
    CHECK(after.fullName() == before.fullName());
    CHECK(after.createdAt == before.createdAt);
    MemberFilter f;
    f.text = QStringLiteral("ボ");
    CHECK(*members.count(f) == 1); // searchable again

    ProfessionRepository professions(temp.db());
    Profession p;
    p.nameJa = QStringLiteral("鍼灸師");
    const Profession profession = *professions.get(*professions.add(p));
    REQUIRE(professions.remove(profession.id));
    REQUIRE(professions.restore(profession));
    CHECK(professions.get(profession.id)->nameJa == QStringLiteral("鍼灸師"));

    OrganisationRepository organisations(temp.db());
    Organisation o;
    o.name = QStringLiteral("己商店");
    const Organisation organisation = *organisations.get(*organisations.add(o));
    REQUIRE(organisations.remove(organisation.id));
    REQUIRE(organisations.restore(organisation));
    CHECK(organisations.get(organisation.id)->name == QStringLiteral("己商店"));

    AreaRepository areas(temp.db());
    const Area area = *areas.get(*areas.add(Area{0, 0, QStringLiteral("庚区"), false, 5, false}));
    REQUIRE(areas.remove(area.id));
    REQUIRE(areas.restore(area));
    CHECK_FALSE(areas.get(area.id)->inArea);
}

TEST_CASE("professions move up and down the list by swapping their display order")
{
    test::TempDatabase temp;
    ProfessionRepository professions(temp.db());
    const QList<Profession> before = *professions.all();
    REQUIRE(professions.swapOrder(before.at(1).id, before.at(0).id));
    const QList<Profession> after = *professions.all();
    CHECK(after.at(0).id == before.at(1).id);
    CHECK(after.at(1).id == before.at(0).id);
    CHECK(after.at(2).id == before.at(2).id);
}
