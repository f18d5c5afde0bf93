// Certificates of attendance: a page for each person who came.
#include "AttendanceTestNetwork.h"

#include "core/documents/AttendanceCertificates.h"
#include "core/storage/SettingsRepository.h"

using namespace renkei;
using renkei::test::AttendanceTestNetwork;

TEST_CASE("a certificate is printed for each person who attended, with the meeting, date, hours and network")
{
    test::TempDatabase temp;
    // Printed in English, whose words these checks read (the network's default is Japanese).
    REQUIRE(SettingsRepository(temp.db()).setDocumentLanguage(DocumentLanguage::English));
    AttendanceTestNetwork net(temp.db());
    const qint64 meeting = net.meeting(std::nullopt, QDate(2026, 2, 10));
    const qint64 came =
        net.numberedMember(1, QStringLiteral("看護師"), QStringLiteral("訪問看護ステーションしおみ"));
    const qint64 alsoCame = net.numberedMember(45);
    const qint64 absent = net.numberedMember(90);
    net.attend(meeting, came, AttendanceStatus::Attended);
    net.attend(meeting, alsoCame, AttendanceStatus::Attended);
    net.attend(meeting, absent, AttendanceStatus::Absent);

    CertificateOptions options;
    options.issuer = QStringLiteral("みなと坂医介連 代表世話人 髙田 健一");
    options.issuedOn = QDate(2026, 2, 20);
    auto certificates = AttendanceCertificates::load(temp.db(), meeting, {}, options);
    REQUIRE(certificates);
    CHECK(certificates->people().size() == 2);
    CHECK(certificates->hours() == QStringLiteral("1.5"));
    const QString path = temp.dir() + QStringLiteral("/certificates.pdf");
    auto pages = certificates->writePdf(path);
    REQUIRE(pages);
    CHECK(*pages == 2);
    const QString text = test::pdfText(path);
    const QStringList pageTexts = text.split(QLatin1Char('\f'), Qt::SkipEmptyParts);
    REQUIRE(pageTexts.size() == 2);
    CHECK(pageTexts[0].contains(AttendanceTestNetwork::nameOf(1).first));
    CHECK(pageTexts[1].contains(AttendanceTestNetwork::nameOf(45).first));
    CHECK_FALSE(text.contains(AttendanceTestNetwork::nameOf(90).first));
    for (const QString &page : pageTexts) {
        CHECK(page.contains(QStringLiteral("Certificate of Attendance")));
        CHECK(page.contains(QStringLiteral("みなと坂医介連 No. 1")));
        CHECK(page.contains(QStringLiteral("在宅での看取りを支える")));
        CHECK(page.contains(QStringLiteral("Tue 10 February 2026")));
        CHECK(page.contains(QStringLiteral("19:00–20:30 (1.5 hours)")));
        CHECK(page.contains(QStringLiteral("みなと坂区医師会館 3階ホール")));
        CHECK(page.contains(QStringLiteral("Fri 20 February 2026")));
        CHECK(page.contains(QStringLiteral("代表世話人")));
    }
    CHECK(pageTexts[0].contains(QStringLiteral("訪問看護ステーションしおみ")));

    // One member's certificate; one who did not attend has none.
    auto one = AttendanceCertificates::load(temp.db(), meeting, {alsoCame});
    REQUIRE(one);
    CHECK(one->people().size() == 1);
    CHECK(one->issuer() == QStringLiteral("みなと坂医介連"));
    auto refused = AttendanceCertificates::load(temp.db(), meeting, {absent});
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(QString::number(absent)));
}

TEST_CASE("a meeting nobody attended yet has no certificates to print")
{
    test::TempDatabase temp;
    // Printed in English, whose words these checks read (the network's default is Japanese).
    REQUIRE(SettingsRepository(temp.db()).setDocumentLanguage(DocumentLanguage::English));
    AttendanceTestNetwork net(temp.db());
    const qint64 meeting = net.meeting(std::nullopt);
    net.attend(meeting, net.numberedMember(1), AttendanceStatus::Registered);
    CHECK_FALSE(AttendanceCertificates::load(temp.db(), meeting));
}
