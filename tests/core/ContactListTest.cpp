// Reaching the shown members: the BCC line, the fax list and the printed shared roster respect consent.
#include "TestSupport.h"

#include "core/roster/ContactList.h"
#include "core/roster/SharedRoster.h"
#include "core/storage/MemberRepository.h"
#include "core/storage/OrganisationRepository.h"

#include <QFile>

#include <catch2/catch.hpp>

using namespace renkei;

namespace {

struct Network
{
    test::TempDatabase temp;
    qint64 clinic = 0;

    Network()
    {
        Organisation o;
        o.name = QStringLiteral("みなと坂クリニック");
        o.fax = QStringLiteral("03-1111-2222");
        clinic = *OrganisationRepository(temp.db()).add(o);
        add(QStringLiteral("青木"), QStringLiteral("あおき"), QStringLiteral("aoki@example.jp"), true, true,
            clinic, QString());
        add(QStringLiteral("井上"), QStringLiteral("いのうえ"), QStringLiteral("inoue@example.jp"), false,
            false, clinic, QString());
        add(QStringLiteral("上野"), QStringLiteral("うえの"), QString(), true, true, 0,
            QStringLiteral("03-9999-8888"));
        add(QStringLiteral("遠藤"), QStringLiteral("えんどう"), QStringLiteral("AOKI@example.jp"), true,
            false, 0, QString());
    }

    void add(const QString &name, const QString &kana, const QString &email, bool consentEmail,
             bool consentRoster, qint64 organisation, const QString &fax)
    {
        Member m;
        m.familyName = name;
        m.familyKana = kana;
        m.email = email;
        m.consentEmail = consentEmail;
        m.consentRoster = consentRoster;
        m.organisationId = organisation;
        m.fax = fax;
        REQUIRE(MemberRepository(temp.db()).add(m));
    }
};

} // namespace

TEST_CASE("the BCC line holds each address once, of the members who agreed to e-mail only")
{
    Network network;
    auto emails = ContactList::emails(network.temp.db(), {});
    REQUIRE(emails);
    CHECK(emails->bccLine() == QStringLiteral("aoki@example.jp"));
    CHECK(emails->withoutConsent == 1); // 井上
    CHECK(emails->withoutAddress == 1); // 上野

    MemberFilter onlyInoue;
    onlyInoue.text = QStringLiteral("いのうえ");
    CHECK(ContactList::emails(network.temp.db(), onlyInoue)->addresses.isEmpty());
}

TEST_CASE("the fax list has one line a number, the organisation's fax standing in for its members'")
{
    Network network;
    auto faxes = ContactList::faxes(network.temp.db(), {});
    REQUIRE(faxes);
    REQUIRE(faxes->numbers.size() == 2);
    CHECK(faxes->numbers.at(0).number == QStringLiteral("03-1111-2222"));
    CHECK(faxes->numbers.at(0).organisation == QStringLiteral("みなと坂クリニック"));
    CHECK(faxes->numbers.at(0).names == QStringList{QStringLiteral("青木"), QStringLiteral("井上")});
    CHECK(faxes->numbers.at(1).names == QStringList{QStringLiteral("上野")});
    CHECK(faxes->withoutFax == 1);
    CHECK(faxes->members() == 3);

    const QString path = network.temp.dir() + QStringLiteral("/fax.csv");
    REQUIRE(ContactList::writeFaxList(network.temp.db(), {}, path));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF")); // UTF-8 with BOM, as Excel wants
    const QString text = QString::fromUtf8(bytes);
    CHECK(text.contains(QStringLiteral("FAX番号,所属,氏名,人数\r\n")));
    CHECK(text.contains(QStringLiteral("03-1111-2222,みなと坂クリニック,青木、井上,2")));
}

TEST_CASE("the printed shared roster leaves out members who did not agree, and hides e-mail without consent")
{
    Network network;
    auto roster = SharedRoster::load(network.temp.db(), {}, QDate(2026, 11, 15));
    REQUIRE(roster);
    CHECK(roster->summary().rows == 2);
    CHECK(roster->summary().leftOutWithoutConsent == 2);
    const QString html = roster->html();
    CHECK(html.contains(QStringLiteral("青木")));
    CHECK(html.contains(QStringLiteral("aoki@example.jp")));
    CHECK(html.contains(QStringLiteral("上野")));
    CHECK_FALSE(html.contains(QStringLiteral("井上")));
    CHECK_FALSE(html.contains(QStringLiteral("遠藤")));
    CHECK(html.contains(QStringLiteral("2026年11月15日現在")));

    const QString pdf = network.temp.dir() + QStringLiteral("/roster.pdf");
    REQUIRE(roster->writePdf(pdf));
    const QString text = test::pdfText(pdf);
    INFO(text.toStdString());
    // Readings rather than kanji: the PDF's text gives some kanji back as CJK radicals (青 as ⻘).
    CHECK(text.contains(QStringLiteral("会員名簿")));
    CHECK(text.contains(QStringLiteral("あおき")));
    CHECK(text.contains(QStringLiteral("aoki@example.jp")));
    CHECK_FALSE(text.contains(QStringLiteral("いのうえ")));
}
