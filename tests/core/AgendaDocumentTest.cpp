#include "TestSupport.h"

#include "core/demo/DemoNetwork.h"
#include "core/documents/AgendaDocument.h"
#include "core/schedule/AgendaTimetable.h"
#include "core/storage/MeetingRepository.h"
#include "core/storage/MemberRepository.h"
#include "core/storage/SeriesRepository.h"

#include <QFile>
#include <QRegularExpression>

#include <catch2/catch.hpp>

using namespace renkei;
using renkei::test::TempDatabase;

namespace {

AgendaItem item(AgendaKind kind, const QString &title, int minutes, const QString &presenter = {})
{
    AgendaItem a;
    a.kind = kind;
    a.title = title;
    a.minutes = minutes;
    a.presenterText = presenter;
    return a;
}

MeetingDocument sample()
{
    MeetingDocument d;
    d.series.name = QStringLiteral("みなと坂医介連");
    Meeting &m = d.meeting;
    m.number = 42;
    m.date = QDate(2026, 1, 13);
    m.start = QTime(19, 0);
    m.end = QTime(20, 30);
    m.venue = QStringLiteral("みなと坂区医師会館 3階ホール");
    m.address = QStringLiteral("みなと坂区坂上1-5-8");
    m.fee = 500;
    m.capacity = 80;
    m.theme = QStringLiteral("看取りと多職種連携");
    m.hasSocial = true;
    m.socialVenue = QStringLiteral("和食処 さかみち");
    m.socialStart = QTime(20, 45);
    m.socialFee = 3000;
    d.timetable = AgendaTimetable(
        m.start, m.end,
        {item(AgendaKind::Opening, QStringLiteral("開会・会長挨拶"), 5, QStringLiteral("会長")),
         item(AgendaKind::Lecture, QStringLiteral("在宅での看取り"), 40,
              QStringLiteral("緑ヶ丘大学 田中 一郎 先生")),
         item(AgendaKind::CaseReview, QStringLiteral("ある独居高齢者の事例"), 35),
         item(AgendaKind::Closing, QString(), 10)});
    d.timetable.entries()[2].presenter = QStringLiteral("佐藤 花子");
    d.timetable.entries()[2].presenterOrganisation = QStringLiteral("訪問看護ステーションしおみ");
    return d;
}

} // namespace

TEST_CASE("agenda times follow from the meeting's start and each item's minutes")
{
    const AgendaTimetable t(QTime(19, 0), QTime(20, 30),
                            {item(AgendaKind::Opening, {}, 5),
                             item(AgendaKind::Lecture, QStringLiteral("a"), 45),
                             item(AgendaKind::Discussion, QStringLiteral("b"), 30)});
    REQUIRE(t.entries().size() == 3);
    CHECK(t.entries()[0].start == QTime(19, 0));
    CHECK(t.entries()[0].end == QTime(19, 5));
    CHECK(t.entries()[1].start == QTime(19, 5));
    CHECK(t.entries()[2].start == QTime(19, 50));
    CHECK(t.entries()[2].offsetMinutes == 50);
    CHECK(t.finishes() == QTime(20, 20));
    CHECK(t.totalMinutes() == 80);
    CHECK(t.spareMinutes() == 10);
    CHECK(t.overrunMinutes() == 0);
    CHECK(t.overrunWarning().isEmpty());
}

TEST_CASE("an agenda that runs past the end time says by how much")
{
    const AgendaTimetable t(
        QTime(19, 0), QTime(20, 30),
        {item(AgendaKind::Lecture, QStringLiteral("a"), 60), item(AgendaKind::Discussion, {}, 45)});
    CHECK(t.overrunMinutes() == 15);
    CHECK(t.spareMinutes() == 0);
    CHECK(t.overrunWarning() == QStringLiteral("The programme runs 15 minutes past the end time (20:30)."));
    const AgendaTimetable noEnd(QTime(19, 0), QTime(), {item(AgendaKind::Lecture, QStringLiteral("a"), 600)});
    CHECK(noEnd.overrunMinutes() == 0);
    const AgendaTimetable noStart(QTime(), QTime(), {item(AgendaKind::Lecture, QStringLiteral("a"), 30)});
    CHECK_FALSE(noStart.entries()[0].start.isValid());
    CHECK(noStart.totalMinutes() == 30);
}

TEST_CASE("the Japanese agenda text has the series, 第N回, the Japanese date, venue and timed programme")
{
    const QString text = AgendaDocument(sample()).plainText();
    CHECK(text.startsWith(QStringLiteral("みなと坂医介連 第42回 次第\n「看取りと多職種連携」\n")));
    CHECK(text.contains(QStringLiteral("日時：2026年1月13日（火）19:00〜20:30\n")));
    CHECK(text.contains(QStringLiteral("会場：みなと坂区医師会館 3階ホール（みなと坂区坂上1-5-8）\n")));
    CHECK(text.contains(QStringLiteral("参加費：500円\n定員：80名\n")));
    CHECK(text.contains(QStringLiteral("19:00〜19:05　開会・会長挨拶　会長\n")));
    CHECK(text.contains(QStringLiteral("19:05〜19:45　【講演】在宅での看取り　緑ヶ丘大学 田中 一郎 先生\n")));
    CHECK(text.contains(QStringLiteral(
        "19:45〜20:20　【事例検討】ある独居高齢者の事例　佐藤 花子（訪問看護ステーションしおみ）\n")));
    CHECK(text.contains(QStringLiteral("20:20〜20:30　閉会\n")));
    CHECK(text.contains(QStringLiteral("懇親会：20:45〜　和食処 さかみち（会費 3,000円）\n")));
}

TEST_CASE("the agenda can give the date in the Japanese era")
{
    const QString text = AgendaDocument(sample(), {DocumentLanguage::Japanese, true}).plainText();
    CHECK(text.contains(QStringLiteral("日時：令和8年1月13日（火）19:00〜20:30")));
}

TEST_CASE("an English agenda uses English words and dates")
{
    const QString text = AgendaDocument(sample(), {DocumentLanguage::English, true}).plainText();
    CHECK(text.startsWith(QStringLiteral("みなと坂医介連 Agenda — No. 42\n")));
    CHECK(text.contains(QStringLiteral("Date: Tue 13 January 2026, 19:00–20:30")));
    CHECK(text.contains(QStringLiteral("Fee: ¥500")));
    CHECK(text.contains(QStringLiteral("19:05–19:45  [Lecture] 在宅での看取り")));
}

TEST_CASE("the agenda HTML is a complete page with the programme as a table and the text escaped")
{
    MeetingDocument d = sample();
    d.meeting.theme = QStringLiteral("<script> & 連携");
    const QString html = AgendaDocument(d).html();
    CHECK(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
    CHECK(html.contains(QStringLiteral("<meta charset=\"utf-8\">")));
    CHECK(html.contains(QStringLiteral("<h1 align=\"center\">第42回 次第</h1>")));
    CHECK(html.contains(QStringLiteral("「&lt;script&gt; &amp; 連携」")));
    CHECK_FALSE(html.contains(QStringLiteral("<script>")));
    CHECK(html.contains(QStringLiteral("2026年1月13日（火）19:00〜20:30")));
    CHECK(html.count(QStringLiteral("<tr><td class=\"time\"")) == 4);
    CHECK(html.contains(QStringLiteral("<span class=\"organisation\">訪問看護ステーションしおみ</span>")));
    CHECK(html.trimmed().endsWith(QStringLiteral("</html>")));
}

TEST_CASE("the agenda is saved by extension, and an unknown extension is refused")
{
    TempDatabase temp;
    const AgendaDocument agenda(sample());
    const QString html = temp.dir() + QStringLiteral("/agenda.html");
    REQUIRE(agenda.save(html));
    QFile file(html);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(QString::fromUtf8(file.readAll()) == agenda.html());
    const QString text = temp.dir() + QStringLiteral("/agenda.TXT");
    REQUIRE(agenda.save(text));
    CHECK(QFile(text).size() == agenda.plainText().toUtf8().size());
    const Status doc = agenda.save(temp.dir() + QStringLiteral("/agenda.docx"));
    REQUIRE_FALSE(doc);
    CHECK(doc.error().message.contains(QStringLiteral(".pdf, .html or .txt")));
}

TEST_CASE(
    "the agenda PDF is one A4 page whose text has the series, the Japanese date and the timed programme")
{
    TempDatabase temp;
    REQUIRE(AgendaDocument::canRenderPdf());
    const QString path = temp.dir() + QStringLiteral("/agenda.pdf");
    REQUIRE(AgendaDocument(sample()).save(path));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(5) == "%PDF-");
    const QString text = renkei::test::pdfText(path);
    CHECK(text.contains(QStringLiteral("みなと坂医介連")));
    CHECK(text.contains(QStringLiteral("第42回 次第")));
    CHECK(text.contains(QStringLiteral("「看取りと多職種連携」")));
    CHECK(text.contains(QStringLiteral("2026年1月13日(火)19:00〜20:30")));
    CHECK(text.contains(QStringLiteral("みなと坂区医師会館 3階ホール")));
    CHECK(text.contains(QStringLiteral("19:05〜19:45")));
    CHECK(text.contains(QStringLiteral("【講演】在宅での看取り")));
    CHECK(text.contains(QStringLiteral("訪問看護ステーションしおみ")));
    CHECK(text.contains(QStringLiteral("和食処 さかみち")));
    CHECK(text.count(QLatin1Char('\f')) <= 1); // one page
}

TEST_CASE("a long agenda runs onto a second page, numbered")
{
    TempDatabase temp;
    MeetingDocument d = sample();
    QList<AgendaItem> items;
    for (int i = 1; i <= 40; ++i)
        items << item(AgendaKind::CaseReview, QStringLiteral("事例 %1").arg(i), 5,
                      QStringLiteral("担当 %1").arg(i));
    d.timetable = AgendaTimetable(QTime(13, 0), QTime(17, 0), items);
    const QString path = temp.dir() + QStringLiteral("/long.pdf");
    REQUIRE(AgendaDocument(d).save(path));
    const QString text = renkei::test::pdfText(path);
    CHECK(text.contains(QStringLiteral("事例 1")));
    CHECK(text.contains(QStringLiteral("事例 40")));
    CHECK(text.contains(QRegularExpression(QStringLiteral("\\b1\\s*/\\s*2\\b"))));
    CHECK(text.contains(QRegularExpression(QStringLiteral("\\b2\\s*/\\s*2\\b"))));
    CHECK(text.count(QStringLiteral("時間")) == 2); // the header row again on the second page
}

TEST_CASE("a PDF into a folder that does not exist fails with the file named")
{
    TempDatabase temp;
    const QString path = temp.dir() + QStringLiteral("/missing/agenda.pdf");
    const Status s = AgendaDocument(sample()).save(path);
    REQUIRE_FALSE(s);
    CHECK(s.error().file.endsWith(QStringLiteral("agenda.pdf")));
    CHECK_FALSE(QFile::exists(path));
}

TEST_CASE("a demo meeting's agenda names its member presenters with their organisations")
{
    TempDatabase temp;
    REQUIRE(DemoNetwork::fill(temp.db()));
    const qint64 series = SeriesRepository(temp.db()).findByName(DemoNetwork::seriesName())->id;
    const Meeting meeting = *MeetingRepository(temp.db()).findByNumber(series, 40);
    Result<MeetingDocument> doc = MeetingDocument::load(temp.db(), meeting.id);
    REQUIRE(doc);
    REQUIRE_FALSE(doc->timetable.entries().isEmpty());
    const AgendaTimetable::Entry &opening = doc->timetable.entries().first();
    const Member chair = *MemberRepository(temp.db()).get(opening.item.presenterMemberId);
    CHECK(opening.presenter == chair.fullName());
    CHECK_FALSE(opening.presenterOrganisation.isEmpty());
    CHECK(opening.start == meeting.start);
    const QString text = AgendaDocument(*doc).plainText();
    CHECK(text.contains(QStringLiteral("%1 第40回 次第").arg(DemoNetwork::seriesName())));
    CHECK(text.contains(chair.fullName()));
    CHECK_FALSE(MeetingDocument::load(temp.db(), 999999).ok());
}
