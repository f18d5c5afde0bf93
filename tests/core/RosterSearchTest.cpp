// The members view's search, filters and orders, as core runs them.
#include "TestSupport.h"

#include "core/storage/AreaRepository.h"
#include "core/storage/MemberRepository.h"
#include "core/storage/OrganisationRepository.h"
#include "core/storage/ProfessionRepository.h"

#include <QSqlQuery>

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

QStringList found(MemberRepository &members, const QString &text)
{
    MemberFilter f;
    f.text = text;
    f.archived = MemberFilter::Archived::Include;
    const Result<QList<Member>> list = members.list(f);
    REQUIRE(list);
    QStringList out;
    for (const Member &m : *list)
        out << m.fullName();
    return out;
}

QStringList strings(std::initializer_list<const char16_t *> list)
{
    QStringList out;
    for (const char16_t *s : list)
        out << QString::fromUtf16(s);
    return out;
}

QStringList names(const QList<Member> &list)
{
    QStringList out;
    for (const Member &m : list)
        out << m.fullName();
    return out;
}

} // namespace

TEST_CASE("search ignores kana kind, width, spaces and case, and finds members by organisation name")
{
    test::TempDatabase temp;
    MemberRepository members(temp.db());
    Organisation clinic;
    clinic.name = QStringLiteral("みなと坂クリニック");
    const qint64 clinicId = *OrganisationRepository(temp.db()).add(clinic);

    Member yamada = person(QStringLiteral("山田"), QStringLiteral("太郎"), QStringLiteral("ヤマダ"),
                           QStringLiteral("タロウ"));
    yamada.email = QStringLiteral("Taro.Yamada@Example.jp");
    yamada.organisationId = clinicId;
    REQUIRE(members.add(yamada));
    REQUIRE(members.add(person(QStringLiteral("山本"), QStringLiteral("花子"), QStringLiteral("やまもと"),
                               QStringLiteral("はなこ"))));

    const QStringList justYamada{QStringLiteral("山田 太郎")};
    CHECK(found(members, QStringLiteral("やまだ")) == justYamada);        // hiragana finds katakana
    CHECK(found(members, QStringLiteral("ﾔﾏﾀﾞ")) == justYamada);          // half-width katakana
    CHECK(found(members, QStringLiteral("ＹＡＭＡＤＡ")) == justYamada);  // full-width Latin, any case
    CHECK(found(members, QStringLiteral("山田　太郎")) == justYamada);    // a full-width space
    CHECK(found(members, QStringLiteral("やまだ たろう")) == justYamada); // a space in the reading
    CHECK(found(members, QStringLiteral("taro.yamada@example")) == justYamada);
    CHECK(found(members, QStringLiteral("クリニック")) == justYamada); // the organisation's name
    CHECK(found(members, QStringLiteral("ﾐﾅﾄｻﾞｶ")).isEmpty());         // 坂 is not a reading
    CHECK(found(members, QStringLiteral("みなと坂")) == justYamada);
    CHECK(found(members, QStringLiteral("やま")).size() == 2);
    CHECK(found(members, QStringLiteral("_")).isEmpty()); // LIKE's wildcards are literal
}

TEST_CASE("renaming or merging an organisation makes its members findable by the new name at once")
{
    test::TempDatabase temp;
    MemberRepository members(temp.db());
    OrganisationRepository organisations(temp.db());
    Organisation a;
    a.name = QStringLiteral("旧名薬局");
    const qint64 aId = *organisations.add(a);
    Organisation b;
    b.name = QStringLiteral("さくら訪問看護ステーション");
    const qint64 bId = *organisations.add(b);
    Member sato = person(QStringLiteral("佐藤"), {}, QStringLiteral("さとう"), {});
    sato.organisationId = aId;
    REQUIRE(members.add(sato));

    a = *organisations.get(aId);
    a.name = QStringLiteral("みどり薬局");
    REQUIRE(organisations.update(a));
    CHECK(found(members, QStringLiteral("旧名")).isEmpty());
    CHECK(found(members, QStringLiteral("みどり")) == QStringList{QStringLiteral("佐藤")});

    REQUIRE(organisations.merge(aId, bId));
    CHECK(found(members, QStringLiteral("みどり")).isEmpty());
    CHECK(found(members, QStringLiteral("サクラ")) == QStringList{QStringLiteral("佐藤")});
}

TEST_CASE("the member list sorts by any column in pages, with 五十音 order breaking ties")
{
    test::TempDatabase temp;
    MemberRepository members(temp.db());
    ProfessionRepository professions(temp.db());
    AreaRepository areas(temp.db());
    OrganisationRepository organisations(temp.db());
    const qint64 doctor = professions.findByName(QStringLiteral("医師"))->id;  // listed first
    const qint64 nurse = professions.findByName(QStringLiteral("看護師"))->id; // after the pharmacist
    const qint64 pharmacist = professions.findByName(QStringLiteral("薬剤師"))->id;
    // Wards in display order 2 then 1: the tree's order, not the ids', decides.
    const qint64 east = *areas.add(Area{0, 0, QStringLiteral("東区"), true, 20, false});
    const qint64 west = *areas.add(Area{0, 0, QStringLiteral("西区"), true, 10, false});
    const qint64 westZone = *areas.add(Area{0, west, QStringLiteral("西北圏域"), true, 0, false});
    Organisation alpha;
    alpha.name = QStringLiteral("A医院");
    const qint64 alphaId = *organisations.add(alpha);
    Organisation beta;
    beta.name = QStringLiteral("B薬局");
    const qint64 betaId = *organisations.add(beta);

    auto add = [&](const QString &name, const QString &kana, qint64 profession, qint64 organisation,
                   qint64 area, const QString &email) {
        Member m = person(name, {}, kana, {});
        m.professionId = profession;
        m.organisationId = organisation;
        m.areaId = area;
        m.email = email;
        REQUIRE(members.add(m));
    };
    add(QStringLiteral("伊藤"), QStringLiteral("いとう"), nurse, betaId, east,
        QStringLiteral("c@example.jp"));
    add(QStringLiteral("上田"), QStringLiteral("うえだ"), doctor, 0, westZone, QString());
    add(QStringLiteral("阿部"), QStringLiteral("あべ"), pharmacist, alphaId, west,
        QStringLiteral("b@example.jp"));
    add(QStringLiteral("江藤"), QStringLiteral("えとう"), 0, alphaId, 0, QStringLiteral("a@example.jp"));

    auto ordered = [&](MemberFilter::Order order, bool descending = false) {
        MemberFilter f;
        f.order = order;
        f.descending = descending;
        return names(*members.list(f));
    };
    using O = MemberFilter::Order;
    CHECK(ordered(O::Kana) == strings({u"阿部", u"伊藤", u"上田", u"江藤"}));
    CHECK(ordered(O::Kana, true) == strings({u"江藤", u"上田", u"伊藤", u"阿部"}));
    CHECK(ordered(O::Profession) == strings({u"上田", u"阿部", u"伊藤", u"江藤"})); // none last
    CHECK(ordered(O::Profession, true) == strings({u"伊藤", u"阿部", u"上田", u"江藤"}));
    CHECK(ordered(O::Organisation) == strings({u"阿部", u"江藤", u"伊藤", u"上田"}));
    CHECK(ordered(O::Area) == strings({u"阿部", u"上田", u"伊藤", u"江藤"})); // 西区, its zone, 東区, none
    CHECK(ordered(O::Email) == strings({u"江藤", u"阿部", u"伊藤", u"上田"}));
    CHECK(ordered(O::Email, true) == strings({u"伊藤", u"阿部", u"江藤", u"上田"})); // empty stays last

    // Pages of a sorted list join without gaps or repeats.
    MemberFilter page;
    page.order = O::Organisation;
    page.limit = 3;
    QStringList paged = names(*members.list(page));
    page.offset = 3;
    paged += names(*members.list(page));
    CHECK(paged == ordered(O::Organisation));
}

TEST_CASE("members are counted by profession, organisation and area in one go, under a filter")
{
    test::TempDatabase temp;
    MemberRepository members(temp.db());
    ProfessionRepository professions(temp.db());
    const qint64 doctor = professions.findByName(QStringLiteral("医師"))->id;
    const qint64 nurse = professions.findByName(QStringLiteral("看護師"))->id;
    for (int i = 0; i < 3; ++i) {
        Member m = person(QStringLiteral("医師%1").arg(i), {}, QStringLiteral("いし"), {});
        m.professionId = doctor;
        m.archived = i == 2;
        REQUIRE(members.add(m));
    }
    Member n = person(QStringLiteral("看護"), {}, QStringLiteral("かんご"), {});
    n.professionId = nurse;
    REQUIRE(members.add(n));
    REQUIRE(members.add(person(QStringLiteral("無職"), {}, QStringLiteral("むしょく"), {})));

    auto active = members.countBy(MemberRepository::Grouping::Profession);
    REQUIRE(active);
    CHECK(active->value(doctor) == 2);
    CHECK(active->value(nurse) == 1);
    CHECK(active->value(0) == 1);
    MemberFilter everyone;
    everyone.archived = MemberFilter::Archived::Include;
    CHECK(members.countBy(MemberRepository::Grouping::Profession, everyone)->value(doctor) == 3);
    CHECK(professions.usageCounts()->value(doctor) == 3);
    MemberFilter text;
    text.text = QStringLiteral("かんご");
    CHECK(members.countBy(MemberRepository::Grouping::Profession, text)->size() == 1);
}

TEST_CASE("a database of schema 2 gets organisation names and phone keys for its members on opening")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.renkei"));
    {
        const std::vector<Migration> upTo2(schemaMigrations().begin(), schemaMigrations().begin() + 2);
        auto old = Database::open(path, Database::OpenMode::CreateNew, upTo2);
        REQUIRE(old);
        REQUIRE((*old)->schemaVersion() == 2);
        QSqlQuery q = (*old)->query();
        REQUIRE(q.exec(QStringLiteral("INSERT INTO organisations (id, name) VALUES (1, 'ひまわり薬局')")));
        REQUIRE(q.exec(QStringLiteral(
            "INSERT INTO members (family_name, family_kana, kana_key, search_key, organisation_id, phone,"
            " created_at, updated_at) VALUES ('田中', 'たなか', 'たなか', 'たなか', 1, "
            "'０３－１２３４－５６７８',"
            " '2024-01-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z')")));
    }
    auto db = Database::open(path, Database::OpenMode::OpenExisting);
    REQUIRE(db);
    CHECK((*db)->schemaVersion() == Database::currentSchemaVersion());
    MemberRepository members(**db);
    CHECK(found(members, QStringLiteral("ﾋﾏﾜﾘ")) == QStringList{QStringLiteral("田中")});
    Member caller = person(QStringLiteral("別人"), {}, QStringLiteral("べつじん"), {});
    caller.phone = QStringLiteral("03-1234-5678");
    auto same = members.lookalikes(caller);
    REQUIRE(same);
    REQUIRE(same->size() == 1);
    CHECK(same->first().samePhone);
}
