#include "core/io/RosterHeaders.h"
#include "core/io/RosterImport.h"
#include "core/io/YesNo.h"

#include "TestSupport.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

#include <catch2/catch.hpp>

using namespace renkei;

TEST_CASE("yes and no are read in the forms Japanese and English rosters use")
{
    for (const char16_t *yes : {u"はい", u"○", u"〇", u"◯", u"有", u"あり", u"有り", u"可", u"yes", u"YES",
                                u"Ｙｅｓ", u"y", u"true", u"1", u"１", u"✓", u"レ", u"済"})
        CHECK(YesNo::parse(QString::fromUtf16(yes)) == true);
    for (const char16_t *no :
         {u"いいえ", u"×", u"無", u"なし", u"無し", u"不可", u"no", u"No", u"n", u"false", u"0", u"－", u"-"})
        CHECK(YesNo::parse(QString::fromUtf16(no)) == false);
    CHECK_FALSE(YesNo::parse(QString()).has_value());
    CHECK_FALSE(YesNo::parse(QStringLiteral("たぶん")).has_value());
    CHECK_FALSE(YesNo::parse(QStringLiteral("2")).has_value());
    CHECK(YesNo::parse(YesNo::text(true)) == true);
    CHECK(YesNo::parse(YesNo::text(false)) == false);
}

TEST_CASE("the usual Japanese and English headers are recognised")
{
    const auto field = [](const char16_t *header) {
        return RosterHeaders::recognise(QString::fromUtf16(header));
    };
    CHECK(field(u"氏名") == RosterField::Name);
    CHECK(field(u"名前") == RosterField::Name);
    CHECK(field(u"お名前") == RosterField::Name);
    CHECK(field(u"Name") == RosterField::Name);
    CHECK(field(u"姓") == RosterField::FamilyName);
    CHECK(field(u"名") == RosterField::GivenName);
    CHECK(field(u"Last name") == RosterField::FamilyName);
    CHECK(field(u"First Name") == RosterField::GivenName);
    CHECK(field(u"フリガナ") == RosterField::Kana);
    CHECK(field(u"ふりがな") == RosterField::Kana);
    CHECK(field(u"ﾌﾘｶﾞﾅ") == RosterField::Kana);
    CHECK(field(u"氏名（フリガナ）") == RosterField::Kana);
    CHECK(field(u"セイ") == RosterField::FamilyKana);
    CHECK(field(u"メイ") == RosterField::GivenKana);
    CHECK(field(u"姓（カナ）") == RosterField::FamilyKana);
    CHECK(field(u"名（ふりがな）") == RosterField::GivenKana);
    CHECK(field(u"職種") == RosterField::Profession);
    CHECK(field(u"所属") == RosterField::Organisation);
    CHECK(field(u"事業所") == RosterField::Organisation);
    CHECK(field(u"勤務先") == RosterField::Organisation);
    CHECK(field(u"所属事業所名") == RosterField::Organisation);
    CHECK(field(u"Organization") == RosterField::Organisation);
    CHECK(field(u"エリア") == RosterField::Area);
    CHECK(field(u"地区") == RosterField::Area);
    CHECK(field(u"圏域") == RosterField::Area);
    CHECK(field(u"メール") == RosterField::Email);
    CHECK(field(u"メールアドレス") == RosterField::Email);
    CHECK(field(u"E-mail") == RosterField::Email);
    CHECK(field(u"Ｅメール") == RosterField::Email);
    CHECK(field(u"電話") == RosterField::Phone);
    CHECK(field(u"電話番号") == RosterField::Phone);
    CHECK(field(u"TEL") == RosterField::Phone);
    CHECK(field(u"FAX") == RosterField::Fax);
    CHECK(field(u"ＦＡＸ番号") == RosterField::Fax);
    CHECK(field(u"医師会") == RosterField::MedicalAssociation);
    CHECK(field(u"名簿掲載") == RosterField::ConsentRoster);
    CHECK(field(u"メール配信") == RosterField::ConsentEmail);
    CHECK(field(u"入会日") == RosterField::JoinedOn);
    CHECK(field(u"備考") == RosterField::Notes);
    CHECK(field(u"※氏名") == RosterField::Name);
    CHECK_FALSE(field(u"No.").has_value());
    CHECK_FALSE(field(u"番号").has_value());
    CHECK_FALSE(field(u"").has_value());
    CHECK_FALSE(field(u"血液型").has_value());
}

TEST_CASE("the headers Renkei writes are recognised in either language, and by their keys")
{
    for (RosterField f : allRosterFields()) {
        CHECK(RosterHeaders::recognise(rosterFieldLabel(f)) == f);
        CHECK(RosterHeaders::recognise(rosterFieldEnglishLabel(f)) == f);
        CHECK(RosterHeaders::recognise(rosterFieldKey(f)) == f);
    }
}

TEST_CASE("the Japanese headers Renkei writes are recognised, and each as its own field")
{
    QTranslator japanese;
    REQUIRE(japanese.load(QLocale(QLocale::Japanese, QLocale::Japan), QStringLiteral("renkei"),
                          QStringLiteral("_"), QStringLiteral(":/i18n")));
    QCoreApplication::installTranslator(&japanese);
    CHECK(rosterFieldLabel(RosterField::Name) == QStringLiteral("氏名"));
    for (RosterField f : allRosterFields()) {
        INFO(rosterFieldLabel(f).toStdString());
        CHECK(RosterHeaders::recognise(rosterFieldLabel(f)) == f);
    }
    QCoreApplication::removeTranslator(&japanese);
}

TEST_CASE("a field two headers name goes to the first; a hand-made mapping wins")
{
    const RosterHeaders::Mapping auto1 =
        RosterHeaders::map({QStringLiteral("氏名"), QStringLiteral("名前"), QStringLiteral("電話")});
    CHECK(auto1[0] == RosterField::Name);
    CHECK_FALSE(auto1[1].has_value());
    CHECK(auto1[2] == RosterField::Phone);
    const RosterHeaders::Mapping byHand = RosterHeaders::map(
        {QStringLiteral("氏名"), QStringLiteral("名前"), QStringLiteral("電話")},
        {{QStringLiteral("名前"), QStringLiteral("name")}, {QStringLiteral("電話"), QStringLiteral("-")}});
    CHECK_FALSE(byHand[0].has_value());
    CHECK(byHand[1] == RosterField::Name);
    CHECK_FALSE(byHand[2].has_value());
}
