// DisplayNames: the one id → display name table, and the one spelling of a zone with its ward, as the
// roster export, the attendance export, the printed roster and the area lookups use them.
#include "AttendanceTestNetwork.h"

#include "core/io/AttendanceExport.h"
#include "core/io/RosterExport.h"
#include "core/roster/SharedRoster.h"
#include "core/storage/DisplayNames.h"

#include <QDir>
#include <QFile>

using namespace renkei;
using renkei::test::AttendanceTestNetwork;

TEST_CASE("a zone is named with its ward in one spelling, a ward and no area by themselves")
{
    CHECK(DisplayNames::zoneInWard(QStringLiteral("みなと坂区"), QStringLiteral("港南圏域")) ==
          QStringLiteral("みなと坂区 / 港南圏域"));
    CHECK(DisplayNames::zoneInWard(QString(), QStringLiteral("港南圏域")) == QStringLiteral("港南圏域"));

    test::TempDatabase temp;
    AttendanceTestNetwork net(temp.db());
    const qint64 ward = net.area(QStringLiteral("みなと坂区"));
    const qint64 zone = net.area(QStringLiteral("港南圏域"), ward);
    const Result<DisplayNames> names = DisplayNames::load(temp.db());
    REQUIRE(names);
    CHECK(names->area(zone) == QStringLiteral("みなと坂区 / 港南圏域"));
    CHECK(names->area(ward) == QStringLiteral("みなと坂区"));
    CHECK(names->area(0).isEmpty());
    // The area lookups say the same, and find the zone by it again.
    CHECK(*AreaRepository(temp.db()).pathName(zone) == names->area(zone));
    CHECK(AreaRepository(temp.db()).findByName(names->area(zone))->id == zone);
}

TEST_CASE("display names give each profession, organisation and area by id, and only the parts asked for")
{
    test::TempDatabase temp;
    AttendanceTestNetwork net(temp.db());
    const qint64 nurse = net.profession(QStringLiteral("看護師"));
    const qint64 doctor = net.profession(QStringLiteral("医師"));
    const qint64 hospital = net.organisation(QStringLiteral("みなと坂病院"));
    const Result<DisplayNames> names = DisplayNames::load(temp.db());
    REQUIRE(names);
    CHECK(names->professionInJapanese(nurse) == QStringLiteral("看護師"));
    CHECK(names->profession(nurse) == ProfessionRepository(temp.db()).get(nurse)->displayName());
    CHECK(names->professionOrder(doctor) < names->professionOrder(nurse));
    CHECK(names->professionOrder(0) > names->professionOrder(nurse)); // none comes last
    CHECK(names->profession(0).isEmpty());
    CHECK(names->organisation(hospital) == QStringLiteral("みなと坂病院"));

    const Result<DisplayNames> professionsOnly = DisplayNames::load(temp.db(), DisplayNames::Professions);
    REQUIRE(professionsOnly);
    CHECK(professionsOnly->professionInJapanese(nurse) == QStringLiteral("看護師"));
    CHECK(professionsOnly->organisation(hospital).isEmpty());
}

TEST_CASE("the roster export, the printed roster and the attendance list name a member's references alike")
{
    test::TempDatabase temp;
    Database &db = temp.db();
    AttendanceTestNetwork net(db);
    const qint64 ward = net.area(QStringLiteral("みなと坂区"));
    const qint64 zone = net.area(QStringLiteral("港南圏域"), ward);
    const qint64 member =
        net.member(QStringLiteral("上田"), QStringLiteral("恵美"), QStringLiteral("うえだ"),
                   QStringLiteral("えみ"), QStringLiteral("看護師"), QStringLiteral("みなと坂病院"), zone);
    Member agreed = *MemberRepository(db).get(member);
    agreed.consentRoster = true;
    REQUIRE(MemberRepository(db).update(agreed));
    const DisplayNames names = *DisplayNames::load(db);

    RosterExport::Options options;
    options.columns = {RosterField::Profession, RosterField::Organisation, RosterField::Area};
    const QString path = QDir(temp.dir()).filePath(QStringLiteral("roster.csv"));
    REQUIRE(RosterExport(db).write(path, options));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"));
    REQUIRE(lines.size() >= 2);
    CHECK(lines.at(1) == QStringList{names.profession(agreed.professionId),
                                     names.organisation(agreed.organisationId), names.area(zone)}
                             .join(QLatin1Char(',')));

    const Result<SharedRoster> roster = SharedRoster::load(db, {}, QDate(2026, 4, 1));
    REQUIRE(roster);
    CHECK(roster->html().contains(names.area(zone).toHtmlEscaped()));

    const qint64 meeting = net.meeting();
    net.attend(meeting, member);
    const Result<AttendanceExport::Table> list = AttendanceExport(db).meetingList(meeting);
    REQUIRE(list);
    REQUIRE(list->rows.size() == 1);
    CHECK(list->rows.first().at(3) == names.profession(agreed.professionId));
    CHECK(list->rows.first().at(4) == names.organisation(agreed.organisationId));
}
