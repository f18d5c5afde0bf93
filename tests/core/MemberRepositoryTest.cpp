#include "TestSupport.h"

#include "core/storage/AreaRepository.h"
#include "core/storage/AttendanceRepository.h"
#include "core/storage/MeetingRepository.h"
#include "core/storage/MemberRepository.h"
#include "core/storage/ProfessionRepository.h"
#include "core/storage/SeriesRepository.h"

#include <catch2/catch.hpp>

using namespace renkei;

namespace {

Member person(const QString &family, const QString &given, const QString &familyKana,
              const QString &givenKana)
{
    Member m;
    m.familyName = family;
    m.givenName = given;
    m.familyKana = familyKana;
    m.givenKana = givenKana;
    return m;
}

QStringList names(const QList<Member> &list)
{
    QStringList out;
    for (const Member &m : list)
        out << m.fullName();
    return out;
}

bool hasErrorIn(const QList<Error> &errors, const QString &field)
{
    return std::any_of(errors.begin(), errors.end(), [&](const Error &e) { return e.field == field; });
}

} // namespace

TEST_CASE("a member needs a family name and its reading in kana")
{
    test::TempDatabase temp;
    MemberRepository members(temp.db());
    const QList<Error> errors = members.validate(Member{});
    CHECK(hasErrorIn(errors, QStringLiteral("family_name")));
    CHECK(hasErrorIn(errors, QStringLiteral("family_kana")));

    const QList<Error> kanji =
        members.validate(person(QStringLiteral("山田"), {}, QStringLiteral("山田"), {}));
    REQUIRE(kanji.size() == 1);
    CHECK(kanji.first().field == QStringLiteral("family_kana"));
    CHECK(kanji.first().message.contains(QStringLiteral("kana")));

    CHECK(members
              .validate(person(QStringLiteral("山田"), QStringLiteral("太郎"), QStringLiteral("ヤマダ"),
                               QStringLiteral("ﾀﾛｳ")))
              .isEmpty());
}

TEST_CASE("a member's e-mail, phone, fax and references are checked, each naming its field")
{
    test::TempDatabase temp;
    MemberRepository members(temp.db());
    Member m = person(QStringLiteral("山田"), {}, QStringLiteral("やまだ"), {});
    m.email = QStringLiteral("yamada-at-example.jp");
    m.phone = QStringLiteral("12");
    m.fax = QStringLiteral("03-0000-0000-0000");
    m.professionId = 999;
    m.organisationId = 999;
    m.areaId = 999;
    m.referredById = 999;
    const QList<Error> errors = members.validate(m);
    for (const char *field : {"email", "phone", "fax", "profession", "organisation", "area", "referred_by"})
        CHECK(hasErrorIn(errors, QString::fromLatin1(field)));
    auto refused = members.add(m);
    REQUIRE_FALSE(refused);
    CHECK(*members.count() == 0);
}

TEST_CASE("members are listed in 五十音 order of their readings, whatever the kana kind")
{
    test::TempDatabase temp;
    MemberRepository members(temp.db());
    REQUIRE(members.add(person(QStringLiteral("渡辺"), QStringLiteral("健"), QStringLiteral("わたなべ"),
                               QStringLiteral("けん"))));
    REQUIRE(members.add(person(QStringLiteral("山田"), QStringLiteral("花子"), QStringLiteral("ヤマダ"),
                               QStringLiteral("ハナコ"))));
    REQUIRE(members.add(person(QStringLiteral("阿部"), QStringLiteral("一郎"), QStringLiteral("あべ"),
                               QStringLiteral("いちろう"))));
    REQUIRE(members.add(person(QStringLiteral("山田"), QStringLiteral("太郎"), QStringLiteral("やまだ"),
                               QStringLiteral("たろう"))));
    REQUIRE(members.add(
        person(QStringLiteral("髙橋"), QStringLiteral("誠"), QStringLiteral("ﾀｶﾊｼ"), QStringLiteral("ﾏｺﾄ"))));
    REQUIRE(members.add(person(QStringLiteral("後藤"), QStringLiteral("愛"), QStringLiteral("ごとう"),
                               QStringLiteral("あい"))));
    auto list = members.list();
    REQUIRE(list);
    CHECK(names(*list) == QStringList{QStringLiteral("阿部 一郎"), QStringLiteral("後藤 愛"),
                                      QStringLiteral("髙橋 誠"), QStringLiteral("山田 太郎"),
                                      QStringLiteral("山田 花子"), QStringLiteral("渡辺 健")});
}

TEST_CASE("the member filter matches folded text, professions, wards with their zones, and archive state")
{
    test::TempDatabase temp;
    MemberRepository members(temp.db());
    AreaRepository areas(temp.db());
    ProfessionRepository professions(temp.db());
    const qint64 ward = *areas.add(Area{0, 0, QStringLiteral("みなと坂区"), true, 0, false});
    const qint64 zone = *areas.add(Area{0, ward, QStringLiteral("北圏域"), true, 0, false});
    const qint64 outside = *areas.add(Area{0, 0, QStringLiteral("となり区"), false, 0, false});
    const qint64 doctor = professions.findByName(QStringLiteral("医師"))->id;
    const qint64 pharmacist = professions.findByName(QStringLiteral("薬剤師"))->id;

    Member yamada = person(QStringLiteral("山田"), QStringLiteral("太郎"), QStringLiteral("やまだ"),
                           QStringLiteral("たろう"));
    yamada.email = QStringLiteral("Taro.Yamada@example.jp");
    yamada.professionId = doctor;
    yamada.areaId = zone;
    const qint64 yamadaId = *members.add(yamada);
    Member suzuki = person(QStringLiteral("鈴木"), {}, QStringLiteral("すずき"), {});
    suzuki.professionId = pharmacist;
    suzuki.areaId = outside;
    const qint64 suzukiId = *members.add(suzuki);
    Member archived = person(QStringLiteral("山本"), {}, QStringLiteral("やまもと"), {});
    archived.archived = true;
    archived.professionId = doctor;
    const qint64 archivedId = *members.add(archived);

    auto ids = [&](const MemberFilter &f) {
        QList<qint64> out;
        const Result<QList<Member>> listed = members.list(f);
        REQUIRE(listed);
        for (const Member &m : *listed)
            out << m.id;
        return out;
    };
    MemberFilter f;
    f.text = QStringLiteral("ﾔﾏﾀﾞ");
    CHECK(ids(f) == QList<qint64>{yamadaId});
    f.text = QStringLiteral("ヤマダ タロウ");
    CHECK(ids(f) == QList<qint64>{yamadaId});
    f.text = QStringLiteral("TARO.YAMADA");
    CHECK(ids(f) == QList<qint64>{yamadaId});
    f.text = QStringLiteral("100%");
    CHECK(ids(f).isEmpty());

    MemberFilter byProfession;
    byProfession.professionIds = {doctor, pharmacist};
    CHECK(ids(byProfession) == QList<qint64>{suzukiId, yamadaId});
    byProfession.archived = MemberFilter::Archived::Include;
    CHECK(ids(byProfession).size() == 3);
    byProfession.archived = MemberFilter::Archived::Only;
    CHECK(ids(byProfession) == QList<qint64>{archivedId});

    MemberFilter byWard;
    byWard.areaIds = {ward};
    CHECK(ids(byWard) == QList<qint64>{yamadaId});
    MemberFilter outOfArea;
    outOfArea.inArea = false;
    CHECK(ids(outOfArea) == QList<qint64>{suzukiId});
    CHECK(*members.count(outOfArea) == 1);

    MemberFilter page;
    page.archived = MemberFilter::Archived::Include;
    page.limit = 1;
    page.offset = 1;
    CHECK(ids(page) == QList<qint64>{yamadaId}); // すずき, [やまだ], やまもと
}

TEST_CASE("a member keeps created and updated times, and an edit keeps the id")
{
    test::TempDatabase temp;
    MemberRepository members(temp.db());
    const qint64 id = *members.add(person(QStringLiteral("山田"), {}, QStringLiteral("やまだ"), {}));
    Member m = *members.get(id);
    CHECK(m.createdAt == test::fixedNow());
    CHECK(m.updatedAt == test::fixedNow());
    const QDateTime later = test::fixedNow().addDays(3);
    temp->setClock([later] { return later; });
    m.email = QStringLiteral("yamada@example.jp");
    m.joinedOn = QDate(2024, 6, 11);
    m.consentRoster = true;
    REQUIRE(members.update(m));
    const Member saved = *members.get(id);
    CHECK(saved.createdAt == test::fixedNow());
    CHECK(saved.updatedAt == later);
    CHECK(saved.email == QStringLiteral("yamada@example.jp"));
    CHECK(saved.joinedOn == QDate(2024, 6, 11));
    CHECK(saved.consentRoster);
    CHECK_FALSE(saved.consentEmail);
}

TEST_CASE("a member with history is archived, not deleted, and keeps that history")
{
    test::TempDatabase temp;
    MemberRepository members(temp.db());
    const qint64 id = *members.add(person(QStringLiteral("山田"), QStringLiteral("太郎"),
                                          QStringLiteral("やまだ"), QStringLiteral("たろう")));
    const qint64 newcomer = *members.add(person(QStringLiteral("新井"), {}, QStringLiteral("あらい"), {}));
    Series demoSeries;
    demoSeries.name = QStringLiteral("みなと坂医介連");
    const qint64 series = *SeriesRepository(temp.db()).add(demoSeries);
    Meeting meeting;
    meeting.seriesId = series;
    meeting.date = QDate(2026, 6, 9);
    const qint64 meetingId = *MeetingRepository(temp.db()).add(meeting);
    Attendance a;
    a.meetingId = meetingId;
    a.memberId = id;
    a.status = AttendanceStatus::Attended;
    REQUIRE(AttendanceRepository(temp.db()).add(a));

    CHECK(*members.hasHistory(id));
    Status refused = members.remove(id);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(QStringLiteral("山田 太郎")));
    CHECK(refused.error().message.contains(QStringLiteral("archive")));

    REQUIRE(members.setArchived(id, true));
    CHECK(members.get(id)->archived);
    CHECK(*members.count() == 1);
    CHECK(AttendanceRepository(temp.db()).forMember(id)->size() == 1);
    REQUIRE(members.setArchived(id, false));
    CHECK(*members.count() == 2);

    CHECK_FALSE(*members.hasHistory(newcomer));
    REQUIRE(members.remove(newcomer));
    CHECK_FALSE(members.get(newcomer));
}

TEST_CASE("a member cannot have referred themselves, and a referral must name an existing member")
{
    test::TempDatabase temp;
    MemberRepository members(temp.db());
    const qint64 sato = *members.add(person(QStringLiteral("佐藤"), {}, QStringLiteral("さとう"), {}));
    Member kato = person(QStringLiteral("加藤"), {}, QStringLiteral("かとう"), {});
    kato.referredById = sato;
    const qint64 katoId = *members.add(kato);
    CHECK(members.get(katoId)->referredById == sato);
    CHECK(*members.hasHistory(sato)); // referring someone is history

    Member self = *members.get(katoId);
    self.referredById = katoId;
    Status refused = members.update(self);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().field == QStringLiteral("referred_by"));
}
