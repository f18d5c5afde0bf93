// The series' attendance grid for a fiscal year.
#include "AttendanceTestNetwork.h"

#include "core/demo/DemoNetwork.h"
#include "core/documents/AttendanceGrid.h"
#include "core/storage/SeriesRepository.h"
#include "core/storage/SettingsRepository.h"

#include <QPdfWriter>
#include <QRegularExpression>

using namespace renkei;
using renkei::test::AttendanceTestNetwork;

TEST_CASE("the attendance grid has a column per meeting of the fiscal year and a row per person who came")
{
    test::TempDatabase temp;
    // Printed in English, whose words these checks read (the network's default is Japanese).
    REQUIRE(SettingsRepository(temp.db()).setDocumentLanguage(DocumentLanguage::English));
    AttendanceTestNetwork net(temp.db());
    const qint64 april = net.meeting(std::nullopt, QDate(2025, 4, 8));
    const qint64 june = net.meeting(std::nullopt, QDate(2025, 6, 10));
    const qint64 cancelled = net.meeting(std::nullopt, QDate(2025, 8, 12));
    const qint64 nextYear = net.meeting(std::nullopt, QDate(2026, 4, 14));
    auto m = MeetingRepository(temp.db()).get(cancelled);
    REQUIRE(m);
    m->status = MeetingStatus::Cancelled;
    REQUIRE(MeetingRepository(temp.db()).update(*m));
    const qint64 regular = net.numberedMember(10);
    const qint64 once = net.numberedMember(8 * 40 + 5); // こばやし: after くるす
    const qint64 absentOnly = net.numberedMember(30);
    const qint64 laterOnly = net.numberedMember(40);
    net.attend(april, regular, AttendanceStatus::Attended);
    net.attend(june, regular, AttendanceStatus::Attended);
    net.attend(june, once, AttendanceStatus::Attended);
    net.attend(april, absentOnly, AttendanceStatus::Absent);
    net.attend(nextYear, laterOnly, AttendanceStatus::Attended);
    Attendance guest;
    guest.meetingId = april;
    guest.guest = Guest{QStringLiteral("来栖 葵"), QStringLiteral("くるす あおい"), 0, {}};
    guest.status = AttendanceStatus::Attended;
    REQUIRE(AttendanceRepository(temp.db()).add(guest));

    auto grid = AttendanceGrid::load(temp.db(), net.seriesId, FiscalYear(2025), 5);
    REQUIRE(grid);
    REQUIRE(grid->meetings().size() == 2);
    CHECK(grid->meetings()[0].id == april);
    CHECK(grid->meetings()[1].id == june);
    REQUIRE(grid->people().size() == 3);
    CHECK(grid->people()[0].who.memberId() == regular);
    CHECK(grid->people()[0].attended.size() == 2);
    CHECK(grid->people()[1].who.isGuest()); // くるす
    CHECK(grid->people()[2].who.memberId() == once);
    CHECK(grid->totals() == QList<int>{2, 2});

    const QString path = temp.dir() + QStringLiteral("/grid.pdf");
    auto pages = grid->writePdf(path);
    REQUIRE(pages);
    CHECK(*pages == 1);
    const QString text = test::pdfText(path);
    CHECK(text.contains(QStringLiteral("みなと坂医介連 — attendance in FY2025")));
    CHECK(text.contains(QStringLiteral("No. 1")));
    CHECK(text.contains(QStringLiteral("No. 2")));
    CHECK_FALSE(text.contains(QStringLiteral("No. 3"))); // cancelled
    CHECK(text.contains(AttendanceTestNetwork::nameOf(10).first));
    CHECK(text.contains(QStringLiteral("来栖 葵 (guest)")));
    CHECK_FALSE(text.contains(AttendanceTestNetwork::nameOf(30).first));
    CHECK_FALSE(text.contains(AttendanceTestNetwork::nameOf(40).first));
    CHECK(text.contains(QRegularExpression(QStringLiteral("1\\s*/\\s*1"))));
}

TEST_CASE("the demo network's grid for a fiscal year spans pages with its headings on each")
{
    test::TempDatabase temp;
    // Printed in English, whose words these checks read (the network's default is Japanese).
    REQUIRE(SettingsRepository(temp.db()).setDocumentLanguage(DocumentLanguage::English));
    REQUIRE(DemoNetwork::fill(temp.db()));
    auto series = SeriesRepository(temp.db()).findByName(DemoNetwork::seriesName());
    REQUIRE(series);
    auto grid = AttendanceGrid::load(temp.db(), series->id, FiscalYear(2025), 10);
    REQUIRE(grid);
    CHECK(grid->meetings().size() == 6);
    CHECK(grid->people().size() > 40);
    const QString path = temp.dir() + QStringLiteral("/demo-grid.pdf");
    auto pages = grid->writePdf(path);
    REQUIRE(pages);
    QPdfWriter probe(QStringLiteral("/dev/null"));
    probe.setResolution(300);
    probe.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF()));
    CHECK(*pages == grid->pageCount(probe));
    CHECK(*pages >= 2);
    const QString text = test::pdfText(path);
    const QStringList pageTexts = text.split(QLatin1Char('\f'), Qt::SkipEmptyParts);
    CHECK(pageTexts.size() == *pages);
    for (const QString &page : pageTexts)
        CHECK(page.contains(QStringLiteral("attendance in FY2025")));
    int ticks = 0;
    for (int t : grid->totals())
        ticks += t;
    int attendedSum = 0;
    for (const AttendanceGrid::Person &p : grid->people())
        attendedSum += int(p.attended.size());
    CHECK(ticks == attendedSum);
    CHECK(text.contains(QString::number(ticks)));
}
