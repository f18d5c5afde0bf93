#include "TestSupport.h"

#include "core/documents/Announcement.h"
#include "core/schedule/AgendaTimetable.h"

#include <QFile>

#include <catch2/catch.hpp>

using namespace renkei;
using renkei::test::TempDatabase;

namespace {

MeetingDocument meeting()
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
    m.fee = 0;
    m.capacity = 80;
    m.theme = QStringLiteral("看取りと多職種連携");
    AgendaItem opening;
    opening.kind = AgendaKind::Opening;
    opening.title = QStringLiteral("開会挨拶");
    opening.minutes = 5;
    AgendaItem lecture;
    lecture.kind = AgendaKind::Lecture;
    lecture.title = QStringLiteral("在宅での看取り");
    lecture.minutes = 45;
    d.timetable = AgendaTimetable(m.start, m.end, {opening, lecture});
    d.timetable.entries()[1].presenter = QStringLiteral("田中 一郎");
    d.timetable.entries()[1].presenterOrganisation = QStringLiteral("緑ヶ丘大学");
    return d;
}

} // namespace

TEST_CASE("the announcement says what, when, where, the fee, the programme and how to reply")
{
    const QString text = Announcement::text(meeting());
    CHECK(text.startsWith(QStringLiteral("【みなと坂医介連 第42回のご案内】\n")));
    CHECK(text.contains(QStringLiteral("■テーマ：看取りと多職種連携\n")));
    CHECK(text.contains(QStringLiteral("■日時：2026年1月13日（火）19:00〜20:30\n")));
    CHECK(text.contains(QStringLiteral("■会場：みなと坂区医師会館 3階ホール\n　（みなと坂区坂上1-5-8）\n")));
    CHECK(text.contains(QStringLiteral("■参加費：無料\n")));
    CHECK(text.contains(QStringLiteral("■定員：80名\n")));
    CHECK(text.contains(QStringLiteral(
        "■プログラム\n　19:00　開会挨拶\n　19:05　在宅での看取り（田中 一郎・緑ヶ丘大学）\n")));
    // A week before, by replying to the message.
    CHECK(text.contains(
        QStringLiteral("1月6日（火）までに、このメッセージへの返信で出欠をお知らせください。")));
    CHECK_FALSE(text.contains(QStringLiteral("懇親会")));
}

TEST_CASE("the announcement gives the social gathering, a chosen reply date and way, and a contact")
{
    MeetingDocument d = meeting();
    d.meeting.fee = 1000;
    d.meeting.hasSocial = true;
    d.meeting.socialStart = QTime(20, 45);
    d.meeting.socialVenue = QStringLiteral("和食処 さかみち");
    d.meeting.socialFee = 3500;
    Announcement::Options options;
    options.replyBy = QDate(2026, 1, 9);
    options.howToReply = QStringLiteral("申込フォーム（https://example.jp/f）");
    options.contact = QStringLiteral("事務局 鈴木（03-0000-0000）");
    options.document = DocumentText(DocumentLanguage::Japanese, true);
    const QString text = Announcement::text(d, options);
    CHECK(text.contains(QStringLiteral("■日時：令和8年1月13日（火）19:00〜20:30\n")));
    CHECK(text.contains(QStringLiteral("■参加費：1,000円\n")));
    CHECK(text.contains(QStringLiteral("■懇親会：20:45〜　和食処 さかみち　会費 3,500円\n")));
    CHECK(text.contains(QStringLiteral(
        "1月9日（金）までに、申込フォーム（https://example.jp/f）で出欠をお知らせください。")));
    CHECK(text.contains(QStringLiteral("懇親会への出欠もあわせてお知らせください。")));
    CHECK(text.contains(QStringLiteral("お問い合わせ：事務局 鈴木（03-0000-0000）")));
}

TEST_CASE("an English announcement reads in English")
{
    Announcement::Options options;
    options.document = DocumentText(DocumentLanguage::English);
    const QString text = Announcement::text(meeting(), options);
    CHECK(text.startsWith(QStringLiteral("みなと坂医介連 No. 42: invitation\n")));
    CHECK(text.contains(QStringLiteral("- Date: Tue 13 January 2026, 19:00–20:30\n")));
    CHECK(text.contains(QStringLiteral("- Fee: free\n")));
    CHECK(text.contains(QStringLiteral("by Tue 6 January, by replying to this message.")));
}

TEST_CASE("the announcement is saved as UTF-8 text, whole")
{
    TempDatabase temp;
    const QString path = temp.dir() + QStringLiteral("/announce.txt");
    REQUIRE(Announcement::save(path, meeting(), {}));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(QString::fromUtf8(file.readAll()) == Announcement::text(meeting()));
}
