// Telling the organiser that someone being added may already be a member.
#include "TestSupport.h"

#include "core/model/ContactCheck.h"
#include "core/storage/MemberRepository.h"

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

} // namespace

TEST_CASE("phone numbers written differently have the same key")
{
    const QString key = QStringLiteral("0312345678");
    CHECK(ContactCheck::phoneKey(QStringLiteral("03-1234-5678")) == key);
    CHECK(ContactCheck::phoneKey(QStringLiteral("０３（１２３４）５６７８")) == key);
    CHECK(ContactCheck::phoneKey(QStringLiteral("+81 3 1234 5678")) == key);
    CHECK(ContactCheck::phoneKey(QStringLiteral("03 1234 5678")) == key);
    CHECK(ContactCheck::phoneKey(QString()).isEmpty());
    CHECK(ContactCheck::phoneKey(QStringLiteral("なし")).isEmpty());
}

TEST_CASE("a new member with the same name and reading, e-mail or phone as an existing one is a lookalike")
{
    test::TempDatabase temp;
    MemberRepository members(temp.db());
    Member yamada = person(QStringLiteral("山田"), QStringLiteral("太郎"), QStringLiteral("やまだ"),
                           QStringLiteral("たろう"));
    yamada.email = QStringLiteral("Yamada@Example.jp");
    yamada.phone = QStringLiteral("03-1234-5678");
    yamada.archived = true; // archived members count too: they may be coming back
    const qint64 yamadaId = *members.add(yamada);
    const qint64 otherYamada = *members.add(person(QStringLiteral("山田"), QStringLiteral("太朗"),
                                                   QStringLiteral("やまだ"), QStringLiteral("たろう")));

    SECTION("same name and reading, in the other kana and with a space")
    {
        Member newcomer = person(QStringLiteral("山田"), QStringLiteral("太郎"), QStringLiteral("ヤマダ"),
                                 QStringLiteral("タロウ"));
        auto found = members.lookalikes(newcomer);
        REQUIRE(found);
        REQUIRE(found->size() == 1); // 山田 太朗 reads the same but is written otherwise
        CHECK(found->first().member.id == yamadaId);
        CHECK(found->first().sameNameAndKana);
        CHECK_FALSE(found->first().sameEmail);
        CHECK(found->first().reasons() == QStringLiteral("same name and reading"));
    }
    SECTION("same e-mail in another case")
    {
        Member newcomer = person(QStringLiteral("佐藤"), {}, QStringLiteral("さとう"), {});
        newcomer.email = QStringLiteral("yamada@example.JP");
        auto found = members.lookalikes(newcomer);
        REQUIRE(found->size() == 1);
        CHECK(found->first().sameEmail);
    }
    SECTION("same phone written with full-width digits and parentheses")
    {
        Member newcomer = person(QStringLiteral("佐藤"), {}, QStringLiteral("さとう"), {});
        newcomer.phone = QStringLiteral("０３（１２３４）５６７８");
        newcomer.email = QStringLiteral("yamada@example.jp");
        auto found = members.lookalikes(newcomer);
        REQUIRE(found->size() == 1);
        CHECK(found->first().samePhone);
        CHECK(found->first().sameEmail);
        CHECK(found->first().reasons() == QStringLiteral("same e-mail address, same phone number"));
    }
    SECTION("a member is never their own lookalike")
    {
        Member self = *members.get(yamadaId);
        CHECK(members.lookalikes(self)->isEmpty());
        Member other = *members.get(otherYamada);
        CHECK(members.lookalikes(other)->isEmpty());
    }
    SECTION("someone with nothing in common is not")
    {
        Member stranger = person(QStringLiteral("鈴木"), {}, QStringLiteral("すずき"), {});
        stranger.phone = QStringLiteral("090-0000-0000");
        CHECK(members.lookalikes(stranger)->isEmpty());
    }
}
