// The document language: every printed document takes its words from the catalogue in the network's
// document language (a setting in the database, Japanese by default), whatever the screen speaks.
#include "TestSupport.h"

#include "core/demo/DemoNetwork.h"
#include "core/documents/ActivityReport.h"
#include "core/documents/AgendaDocument.h"
#include "core/documents/Announcement.h"
#include "core/documents/AttendanceCertificates.h"
#include "core/documents/AttendanceGrid.h"
#include "core/documents/NameBadges.h"
#include "core/documents/SignInSheet.h"
#include "core/io/ICalendar.h"
#include "core/storage/MeetingRepository.h"
#include "core/storage/SeriesRepository.h"
#include "core/storage/SettingsRepository.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QTranslator>

using namespace renkei;

namespace {

// The screen speaks Japanese while it lives: Renkei's Japanese catalogue installed in the application,
// as Language::install does for a Japanese desktop.
class JapaneseScreen
{
public:
    JapaneseScreen()
    {
        REQUIRE(Language::loadCatalogue(m_translator, QLocale(QLocale::Japanese)));
        REQUIRE(QCoreApplication::installTranslator(&m_translator));
        // The screen's own words are Japanese now.
        REQUIRE(QCoreApplication::translate("renkei::SignInSheet", "Signature") == QStringLiteral("署名"));
    }
    ~JapaneseScreen() { QCoreApplication::removeTranslator(&m_translator); }

private:
    QTranslator m_translator;
};

// The demo network, and a held meeting of fiscal year 2025 with people who came.
struct Network
{
    test::TempDatabase temp;
    qint64 seriesId = 0;
    qint64 meetingId = 0;

    Network()
    {
        REQUIRE(DemoNetwork::fill(temp.db()));
        Result<Series> series = SeriesRepository(temp.db()).findByName(DemoNetwork::seriesName());
        REQUIRE(series);
        seriesId = series->id;
        Result<QList<Meeting>> meetings =
            MeetingRepository(temp.db()).list(seriesId, FiscalYear(2025).first(), FiscalYear(2025).last());
        REQUIRE(meetings);
        for (const Meeting &m : *meetings)
            if (m.status == MeetingStatus::Held)
                meetingId = m.id;
        REQUIRE(meetingId != 0);
    }

    Database &db() { return temp.db(); }
    QString file(const QString &name) const { return temp.dir() + QLatin1Char('/') + name; }
    void setLanguage(DocumentLanguage language)
    {
        REQUIRE(SettingsRepository(temp.db()).setDocumentLanguage(language));
    }

    // The words of each kind of document, made with the network's setting (or `options`).
    QString sheet(const DocumentOptions &options = {})
    {
        Result<SignInSheet> sheet = SignInSheet::load(db(), meetingId, std::nullopt, options);
        REQUIRE(sheet);
        REQUIRE(sheet->writePdf(file(QStringLiteral("sheet.pdf"))));
        return test::pdfText(file(QStringLiteral("sheet.pdf")));
    }
    QString badges()
    {
        Result<NameBadges> badges = NameBadges::load(db(), meetingId);
        REQUIRE(badges);
        REQUIRE(badges->writePdf(file(QStringLiteral("badges.pdf"))));
        return test::pdfText(file(QStringLiteral("badges.pdf")));
    }
    QString certificates()
    {
        Result<AttendanceCertificates> certificates = AttendanceCertificates::load(db(), meetingId);
        REQUIRE(certificates);
        REQUIRE(certificates->writePdf(file(QStringLiteral("certificates.pdf"))));
        return test::pdfText(file(QStringLiteral("certificates.pdf")));
    }
    QString grid()
    {
        Result<AttendanceGrid> grid = AttendanceGrid::load(db(), seriesId, FiscalYear(2025));
        REQUIRE(grid);
        REQUIRE(grid->writePdf(file(QStringLiteral("grid.pdf"))));
        return test::pdfText(file(QStringLiteral("grid.pdf")));
    }
    QString agenda()
    {
        Result<MeetingDocument> doc = MeetingDocument::load(db(), meetingId);
        REQUIRE(doc);
        Result<DocumentText> text = DocumentText::stored(db());
        REQUIRE(text);
        return AgendaDocument(*doc, *text).plainText();
    }
    QString announcement()
    {
        Result<MeetingDocument> doc = MeetingDocument::load(db(), meetingId);
        REQUIRE(doc);
        Result<DocumentText> text = DocumentText::stored(db());
        REQUIRE(text);
        Announcement::Options options;
        options.document = *text;
        return Announcement::text(*doc, options);
    }
    QString report()
    {
        Result<ActivityReport> report =
            ActivityReport::load(db(), seriesId, ReportPeriod::of(FiscalYear(2025)));
        REQUIRE(report);
        REQUIRE(report->savePdf(file(QStringLiteral("report.pdf"))));
        return test::pdfText(file(QStringLiteral("report.pdf")));
    }
    QString calendar()
    {
        REQUIRE(ICalendar::exportTo(db(), file(QStringLiteral("meetings.ics")), seriesId, FiscalYear(2025)));
        QFile ics(file(QStringLiteral("meetings.ics")));
        REQUIRE(ics.open(QIODevice::ReadOnly));
        // Unfolded, so that a word split across two content lines is found.
        return QString::fromUtf8(ics.readAll()).remove(QStringLiteral("\r\n "));
    }
};

} // namespace

TEST_CASE("the document language is Japanese until chosen, and the choice is kept in the database")
{
    test::TempDatabase temp;
    CHECK(*SettingsRepository(temp.db()).documentLanguage() == DocumentLanguage::Japanese);
    REQUIRE(SettingsRepository(temp.db()).setDocumentLanguage(DocumentLanguage::English));
    const QString path = temp.path();
    {
        Result<std::unique_ptr<Database>> reopened = Database::open(path, Database::OpenMode::OpenExisting);
        REQUIRE(reopened);
        CHECK(*SettingsRepository(**reopened).documentLanguage() == DocumentLanguage::English);
    }
    REQUIRE(
        SettingsRepository(temp.db()).setValue(QStringLiteral("document_language"), QStringLiteral("fr")));
    const Result<DocumentLanguage> unknown = SettingsRepository(temp.db()).documentLanguage();
    REQUIRE_FALSE(unknown);
    CHECK(unknown.error().message.contains(QStringLiteral("'fr'")));
}

TEST_CASE("under an English screen every printed document is in Japanese by default")
{
    Network net;
    // The test program's screen speaks English.
    REQUIRE(QCoreApplication::translate("renkei::SignInSheet", "Signature") == QStringLiteral("Signature"));

    const QString sheet = net.sheet();
    // pdfText folds full-width colons (NFKC): 日時： reads 日時:
    CHECK(sheet.contains(QStringLiteral("受付名簿")));
    CHECK(sheet.contains(QStringLiteral("署名")));
    CHECK(sheet.contains(QStringLiteral("日時:")));
    CHECK_FALSE(sheet.contains(QStringLiteral("Signature")));
    CHECK_FALSE(sheet.contains(QStringLiteral("Registered:")));

    const QString badges = net.badges();
    CHECK(badges.contains(QStringLiteral("スタッフ")));
    CHECK(badges.contains(QStringLiteral("第")));
    CHECK_FALSE(badges.contains(QStringLiteral("Staff")));

    const QString certificates = net.certificates();
    CHECK(certificates.contains(QStringLiteral("参加証明書")));
    CHECK_FALSE(certificates.contains(QStringLiteral("Certificate of Attendance")));

    const QString grid = net.grid();
    CHECK(grid.contains(QStringLiteral("2025年度")));
    CHECK(grid.contains(QStringLiteral("合計")));
    CHECK_FALSE(grid.contains(QStringLiteral("Total")));

    const QString agenda = net.agenda();
    CHECK(agenda.contains(QStringLiteral("次第")));
    CHECK(agenda.contains(QStringLiteral("日時：")));
    CHECK_FALSE(agenda.contains(QStringLiteral("Agenda")));

    const QString announcement = net.announcement();
    CHECK(announcement.contains(QStringLiteral("のご案内】")));
    CHECK(announcement.contains(QStringLiteral("■参加申込")));
    CHECK_FALSE(announcement.contains(QStringLiteral("invitation")));

    const QString report = net.report();
    CHECK(report.contains(QStringLiteral("年間活動実績報告")));
    CHECK(report.contains(QStringLiteral("実績の概要")));
    CHECK_FALSE(report.contains(QStringLiteral("Summary")));

    const QString calendar = net.calendar();
    CHECK(calendar.contains(QStringLiteral("参加費：")));
    CHECK(calendar.contains(QStringLiteral("PRODID:-//Renkei//Renkei ")));
    CHECK(calendar.contains(QStringLiteral("//JA")));
    CHECK_FALSE(calendar.contains(QStringLiteral("Fee: ")));
}

TEST_CASE("under a Japanese screen the document language English prints every document in English")
{
    Network net;
    net.setLanguage(DocumentLanguage::English);
    const JapaneseScreen screen;

    const QString sheet = net.sheet();
    CHECK(sheet.contains(QStringLiteral("sign-in sheet")));
    CHECK(sheet.contains(QStringLiteral("Signature")));
    CHECK(sheet.contains(QStringLiteral("Registered:")));
    CHECK_FALSE(sheet.contains(QStringLiteral("署名")));
    CHECK_FALSE(sheet.contains(QStringLiteral("受付名簿")));

    const QString badges = net.badges();
    CHECK(badges.contains(QStringLiteral("Staff")));
    CHECK(badges.contains(QStringLiteral("No. ")));
    CHECK_FALSE(badges.contains(QStringLiteral("スタッフ")));

    const QString certificates = net.certificates();
    CHECK(certificates.contains(QStringLiteral("Certificate of Attendance")));
    CHECK_FALSE(certificates.contains(QStringLiteral("参加証明書")));

    const QString grid = net.grid();
    CHECK(grid.contains(QStringLiteral("attendance in FY2025")));
    CHECK(grid.contains(QStringLiteral("Total")));
    CHECK_FALSE(grid.contains(QStringLiteral("年度")));

    const QString agenda = net.agenda();
    CHECK(agenda.contains(QStringLiteral("Agenda — No. ")));
    CHECK(agenda.contains(QStringLiteral("Date: ")));
    CHECK_FALSE(agenda.contains(QStringLiteral("次第")));

    const QString announcement = net.announcement();
    CHECK(announcement.contains(QStringLiteral(": invitation")));
    CHECK(announcement.contains(QStringLiteral("- To attend:")));
    CHECK_FALSE(announcement.contains(QStringLiteral("ご案内")));

    const QString report = net.report();
    // Qt 6.4 leaves the digits of Latin text in Noto CJK out of a PDF's text layer (they are printed).
    CHECK(report.contains(QStringLiteral("annual activity report, FY")));
    CHECK(report.contains(QStringLiteral("Summary")));
    CHECK_FALSE(report.contains(QStringLiteral("実績の概要")));

    const QString calendar = net.calendar();
    CHECK(calendar.contains(QStringLiteral("Fee: ")));
    CHECK(calendar.contains(QStringLiteral("//EN")));
    CHECK_FALSE(calendar.contains(QStringLiteral("参加費")));
}

TEST_CASE("a document asked for in a language is made in it over the network's setting")
{
    Network net;
    net.setLanguage(DocumentLanguage::English);
    const QString japanese = net.sheet(DocumentOptions{DocumentLanguage::Japanese});
    CHECK(japanese.contains(QStringLiteral("署名")));
    CHECK_FALSE(japanese.contains(QStringLiteral("Signature")));
    CHECK(net.sheet().contains(QStringLiteral("Signature")));
}

TEST_CASE("English documents count people in English plural forms")
{
    const DocumentText english(DocumentLanguage::English);
    CHECK(english.people(80) == QStringLiteral("80 people"));
    const DocumentText japanese(DocumentLanguage::Japanese);
    CHECK(japanese.people(1) == QStringLiteral("1名"));
    CHECK(japanese.people(80) == QStringLiteral("80名"));
    CHECK(japanese.date(QDate(2026, 12, 8)) == QStringLiteral("2026年12月8日（火）"));
    CHECK(DocumentText(DocumentLanguage::Japanese, true).date(QDate(2026, 12, 8)) ==
          QStringLiteral("令和8年12月8日（火）"));
    CHECK(english.date(QDate(2026, 12, 8)) == QStringLiteral("Tue 8 December 2026"));
}
