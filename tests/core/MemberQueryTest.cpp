// MemberQuery: each dimension of a member filter, its order, and the same members chosen by the list,
// invitations and every export for the same filter.
#include "AttendanceTestNetwork.h"

#include "core/attendance/Invitation.h"
#include "core/io/CsvReader.h"
#include "core/io/RosterExport.h"
#include "core/roster/ContactList.h"
#include "core/roster/SharedRoster.h"
#include "core/storage/MemberQuery.h"
#include "core/text/KanaText.h"

#include <QDir>
#include <QFile>

using namespace renkei;
using renkei::test::AttendanceTestNetwork;

namespace {

// Six members and two meetings, each telling one dimension of the filter from the others.
struct SmallNetwork
{
    explicit SmallNetwork(Database &db) : net(db)
    {
        // The second ward comes first in the tree's order.
        north = net.area(QStringLiteral("北山区"), 0, false, 2);
        ward = net.area(QStringLiteral("みなと坂区"), 0, true, 1);
        zone = net.area(QStringLiteral("港南圏域"), ward, true, 1);
        ueda = net.member(QStringLiteral("上田"), QStringLiteral("恵美"), QStringLiteral("うえだ"),
                          QStringLiteral("えみ"), QStringLiteral("看護師"), QStringLiteral("みなと坂病院"),
                          zone);
        aihara = net.member(QStringLiteral("相原"), QStringLiteral("愛"), QStringLiteral("あいはら"),
                            QStringLiteral("あい"), QStringLiteral("医師"), QStringLiteral("港南クリニック"),
                            ward);
        ishii = net.member(QStringLiteral("石井"), QStringLiteral("勇"), QStringLiteral("いしい"),
                           QStringLiteral("いさむ"), QStringLiteral("看護師"),
                           QStringLiteral("港南クリニック"), north);
        endo = net.member(QStringLiteral("遠藤"), QStringLiteral("聡"), QStringLiteral("えんどう"),
                          QStringLiteral("さとし"), QStringLiteral("医師"), QString(), 0);
        ono = net.member(QStringLiteral("大野"), QStringLiteral("茂"), QStringLiteral("おおの"),
                         QStringLiteral("しげる"), QStringLiteral("看護師"), QStringLiteral("みなと坂病院"),
                         zone);
        MemberRepository members(db);
        Member doctor = *members.get(aihara);
        doctor.medicalAssociation = true;
        doctor.consentRoster = true;
        doctor.consentEmail = true;
        REQUIRE(members.update(doctor));
        Member nurse = *members.get(ueda);
        nurse.consentRoster = true;
        nurse.consentEmail = true;
        REQUIRE(members.update(nurse));
        REQUIRE(members.setArchived(ono, true));
        earlier = net.meeting(std::nullopt, QDate(2026, 2, 10));
        next = net.meeting(std::nullopt, QDate(2026, 6, 9));
        net.attend(earlier, ishii, AttendanceStatus::Attended);
        net.attend(earlier, endo, AttendanceStatus::Absent);
    }

    AttendanceTestNetwork net;
    qint64 north = 0, ward = 0, zone = 0;
    qint64 ueda = 0, aihara = 0, ishii = 0, endo = 0, ono = 0;
    qint64 earlier = 0, next = 0;
};

QList<qint64> listed(Database &db, const MemberFilter &filter)
{
    const Result<QList<Member>> members = MemberRepository(db).list(filter);
    REQUIRE(members);
    QList<qint64> out;
    for (const Member &m : *members)
        out << m.id;
    return out;
}

} // namespace

TEST_CASE("each dimension of a member filter selects exactly the members it names")
{
    test::TempDatabase temp;
    SmallNetwork n(temp.db());
    Database &db = temp.db();
    MemberRepository members(db);
    using Ids = QList<qint64>;

    MemberFilter f;
    CHECK(listed(db, f) == Ids{n.aihara, n.ishii, n.ueda, n.endo}); // active ones, 五十音
    f.archived = MemberFilter::Archived::Only;
    CHECK(listed(db, f) == Ids{n.ono});
    f.archived = MemberFilter::Archived::Include;
    CHECK(listed(db, f) == Ids{n.aihara, n.ishii, n.ueda, n.endo, n.ono});

    MemberFilter text;
    text.text = QStringLiteral("ミナト"); // the organisation's name, in the other kana
    CHECK(listed(db, text) == Ids{n.ueda});
    text.text = QStringLiteral("ｴﾝﾄﾞｳ"); // the reading, in half-width katakana
    CHECK(listed(db, text) == Ids{n.endo});
    text.text = QStringLiteral("100%");
    CHECK(listed(db, text).isEmpty()); // a wildcard typed is a character

    MemberFilter profession;
    profession.professionIds = {n.net.profession(QStringLiteral("医師"))};
    CHECK(listed(db, profession) == Ids{n.aihara, n.endo});

    MemberFilter area;
    area.areaIds = {n.ward};
    CHECK(listed(db, area) == Ids{n.aihara, n.ueda}); // a ward takes its zones
    area.areaIds = {n.zone, n.north};
    CHECK(listed(db, area) == Ids{n.ishii, n.ueda});

    MemberFilter organisation;
    organisation.organisationIds = {n.net.organisation(QStringLiteral("港南クリニック"))};
    CHECK(listed(db, organisation) == Ids{n.aihara, n.ishii});

    MemberFilter inArea;
    inArea.inArea = true;
    CHECK(listed(db, inArea) == Ids{n.aihara, n.ueda});
    inArea.inArea = false;
    CHECK(listed(db, inArea) == Ids{n.ishii}); // no area recorded is neither

    MemberFilter medical;
    medical.medicalAssociation = true;
    CHECK(listed(db, medical) == Ids{n.aihara});
    medical.medicalAssociation = false;
    CHECK(listed(db, medical) == Ids{n.ishii, n.ueda, n.endo});

    MemberFilter recent;
    recent.recentMeetings = 1;
    recent.recentBefore = n.next;
    CHECK(listed(db, recent) == Ids{n.ishii}); // attended; 遠藤 was absent
    recent.recentBefore = n.earlier;
    CHECK(listed(db, recent).isEmpty()); // no meeting before the first

    MemberFilter together = profession;
    together.organisationIds = organisation.organisationIds;
    CHECK(listed(db, together) == Ids{n.aihara}); // every criterion must hold

    // count and countBy agree with the list.
    CHECK(*members.count(area) == 2);
    CHECK(members.countBy(MemberRepository::Grouping::Profession, area)
              ->value(n.net.profession(QStringLiteral("看護師"))) == 2);
    CHECK(*members.ids(organisation) == listed(db, organisation));
}

TEST_CASE("a member filter sorts by its order, ties by reading, members without a value last, and pages")
{
    test::TempDatabase temp;
    SmallNetwork n(temp.db());
    Database &db = temp.db();
    using Ids = QList<qint64>;
    MemberFilter f;
    f.order = MemberFilter::Order::Area;
    // The tree's order: みなと坂区, its zone, then 北山区; no area last.
    CHECK(listed(db, f) == Ids{n.aihara, n.ueda, n.ishii, n.endo});
    f.descending = true;
    CHECK(listed(db, f) == Ids{n.ishii, n.ueda, n.aihara, n.endo});
    f = {};
    f.order = MemberFilter::Order::Organisation;
    CHECK(listed(db, f) == Ids{n.ueda, n.aihara, n.ishii, n.endo}); // みなと… before 港… in code points
    f.order = MemberFilter::Order::Profession;
    CHECK(listed(db, f) == Ids{n.aihara, n.endo, n.ishii, n.ueda}); // 医師 before 看護師
    f.order = MemberFilter::Order::Kana;
    f.descending = true;
    CHECK(listed(db, f) == Ids{n.endo, n.ueda, n.ishii, n.aihara});
    f = {};
    f.limit = 2;
    f.offset = 1;
    CHECK(listed(db, f) == Ids{n.ishii, n.ueda});
    CHECK(listed(db, f.unpaged()).size() == 4);
}

TEST_CASE("a member query binds every value the user gave and writes none of them into its SQL")
{
    MemberFilter f;
    f.text = QStringLiteral("o'hara");
    f.professionIds = {7, 8};
    f.areaIds = {31};
    f.organisationIds = {42};
    f.inArea = true;
    f.medicalAssociation = false;
    f.recentMeetings = 3;
    f.recentBefore = 99;
    f.order = MemberFilter::Order::Area;
    f.limit = 20;
    f.offset = 40;
    const MemberQuery query(f, {31, 55});
    const QString sql = query.clauses();
    for (const char *value : {"hara", "'o", "7", "8", "31", "42", "99", "20", "40", "55", "attended"})
        CHECK_FALSE(sql.contains(QLatin1String(value)));
    CHECK(sql.count(QLatin1Char('?')) == query.values().size());
    // text 1, professions 2, the area twice (itself, and as a ward of zones), organisation 1, in-area 1,
    // medical association 1, recent meetings 4 (with the statuses), the area order 2 × 2, the page 2.
    CHECK(query.values().size() == 18);
    CHECK(query.values().contains(QVariant(qint64(42))));
    CHECK(
        query.values().contains(QString(QLatin1Char('%') + KanaText::searchKey(f.text) + QLatin1Char('%'))));
}

TEST_CASE("invitations and exports select the same members as the list for the same filter")
{
    test::TempDatabase temp;
    SmallNetwork n(temp.db());
    Database &db = temp.db();
    MemberFilter f;
    f.areaIds = {n.ward, n.north};
    f.archived = MemberFilter::Archived::Include;
    const QList<qint64> list = listed(db, f);
    REQUIRE(list == QList<qint64>{n.aihara, n.ishii, n.ueda, n.ono});

    const Result<QList<qint64>> invited = Invitation(db, n.next).select(f);
    REQUIRE(invited);
    CHECK(*invited == list);

    RosterExport::Options options;
    options.filter = f;
    options.filter.limit = 1; // an export takes every member, whatever page the view shows
    options.columns = {RosterField::Id};
    options.shared = false;
    const QString path = QDir(temp.dir()).filePath(QStringLiteral("roster.csv"));
    REQUIRE(RosterExport(db).write(path, options));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CsvReader reader(file);
    CsvRecord record;
    QList<qint64> exported;
    REQUIRE(reader.readRecord(record)); // the header
    while (reader.readRecord(record))
        exported << record.fields.value(0).toLongLong();
    CHECK(exported == list);

    // The shared roster and the e-mail list hold those of them who agreed, in the list's order.
    const Result<SharedRoster> roster = SharedRoster::load(db, f, QDate(2026, 4, 1));
    REQUIRE(roster);
    CHECK(roster->summary().rows == 2);
    CHECK(roster->summary().rows + roster->summary().leftOutWithoutConsent == int(list.size()));
    const Result<ContactList::Emails> emails = ContactList::emails(db, f);
    REQUIRE(emails);
    CHECK(emails->addresses ==
          QStringList{QStringLiteral("あいはら.あい@example.jp"), QStringLiteral("うえだ.えみ@example.jp")});
}
