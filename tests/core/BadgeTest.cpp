// Name badges: ten cards to an A4 page, for everyone registered or the people chosen.
#include "AttendanceTestNetwork.h"

#include "core/documents/NameBadges.h"
#include "core/storage/SettingsRepository.h"

using namespace renkei;
using renkei::test::AttendanceTestNetwork;

TEST_CASE("name badges are ten to a page, one for everyone registered, with their reading, profession and "
          "organisation")
{
    test::TempDatabase temp;
    // Printed in English, whose words these checks read (the network's default is Japanese).
    REQUIRE(SettingsRepository(temp.db()).setDocumentLanguage(DocumentLanguage::English));
    AttendanceTestNetwork net(temp.db());
    const qint64 meeting = net.meeting(std::nullopt);
    for (int n = 0; n < 11; ++n)
        net.attend(meeting,
                   net.numberedMember(n * 7, QStringLiteral("薬剤師"), QStringLiteral("ひまわり薬局")),
                   n == 0 ? AttendanceStatus::Attended : AttendanceStatus::Registered,
                   n == 1 ? AttendanceRole::Staff : AttendanceRole::Participant);
    net.attend(meeting, net.numberedMember(500), AttendanceStatus::Cancelled);
    Attendance guest;
    guest.meetingId = meeting;
    guest.guest = Guest{QStringLiteral("来栖 葵"), QStringLiteral("くるす あおい"), 0,
                        QStringLiteral("ケアプランさくら")};
    REQUIRE(AttendanceRepository(temp.db()).add(guest));

    auto badges = NameBadges::load(temp.db(), meeting);
    REQUIRE(badges);
    CHECK(badges->people().size() == 12);
    CHECK(badges->cardsPerPage() == 10);
    CHECK(badges->pageCount() == 2);
    const QString path = temp.dir() + QStringLiteral("/badges.pdf");
    auto pages = badges->writePdf(path);
    REQUIRE(pages);
    CHECK(*pages == 2);
    const QString text = test::pdfText(path);
    for (int n = 0; n < 11; ++n) {
        CHECK(text.count(AttendanceTestNetwork::nameOf(n * 7).first) == 1);
        CHECK(text.contains(AttendanceTestNetwork::nameOf(n * 7).second));
    }
    CHECK_FALSE(text.contains(AttendanceTestNetwork::nameOf(500).first));
    CHECK(text.contains(QStringLiteral("来栖 葵")));
    CHECK(text.contains(QStringLiteral("Guest")));
    CHECK(text.contains(QStringLiteral("Staff")));
    CHECK(text.count(QStringLiteral("ひまわり薬局")) == 11);
    CHECK(text.count(QStringLiteral("Pharmacist")) == 11);
    CHECK(text.count(QStringLiteral("みなと坂医介連 No. 1")) == 12);
}

TEST_CASE("badges can be made for chosen people only, with blank ones for walk-ins")
{
    test::TempDatabase temp;
    // Printed in English, whose words these checks read (the network's default is Japanese).
    REQUIRE(SettingsRepository(temp.db()).setDocumentLanguage(DocumentLanguage::English));
    AttendanceTestNetwork net(temp.db());
    const qint64 meeting = net.meeting(std::nullopt);
    QList<qint64> rows;
    for (int n = 0; n < 5; ++n)
        rows << net.attend(meeting, net.numberedMember(n * 3));
    BadgeLayout layout;
    layout.blankCards = 9;
    auto badges = NameBadges::load(temp.db(), meeting, {rows[3], rows[1]}, layout);
    REQUIRE(badges);
    REQUIRE(badges->people().size() == 2);
    CHECK(badges->people()[0].id() == rows[3]); // in the order chosen
    CHECK(badges->pageCount() == 2);            // 2 named + 9 blank
    auto pages = badges->writePdf(temp.dir() + QStringLiteral("/chosen.pdf"));
    REQUIRE(pages);
    const QString written = test::pdfText(temp.dir() + QStringLiteral("/chosen.pdf"));
    CHECK(written.contains(AttendanceTestNetwork::nameOf(9).first));
    CHECK(written.contains(AttendanceTestNetwork::nameOf(3).first));
    CHECK_FALSE(written.contains(AttendanceTestNetwork::nameOf(0).first));
    CHECK(written.count(QStringLiteral("みなと坂医介連 No. 1")) == 11);

    CHECK_FALSE(NameBadges::load(temp.db(), meeting, {rows[0] + 1000}));
}
