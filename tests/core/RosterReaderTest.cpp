#include "core/io/RosterReader.h"

#include <QBuffer>

#include <catch2/catch.hpp>

using namespace renkei;

namespace {

// A roster in a buffer that outlives the reader.
struct Roster
{
    explicit Roster(const QString &text)
    {
        buffer.setData(text.toUtf8());
        REQUIRE(buffer.open(QIODevice::ReadOnly));
    }
    QBuffer buffer;
    RosterImport::Options options;
    RosterImportReport report;
};

// Every row the reading thread hands over, in order.
std::vector<RosterRow> readAll(RosterReader &reader)
{
    std::vector<RosterRow> rows;
    reader.start();
    RosterReader::Batch batch;
    while (reader.next(batch))
        for (RosterRow &row : batch.rows)
            rows.push_back(row);
    reader.stop();
    return rows;
}

} // namespace

TEST_CASE("the roster reader maps the header's columns to fields and refuses columns that clash")
{
    Roster good(QStringLiteral("氏名,フリガナ,メール\r\n"));
    RosterReader reader(good.buffer, good.options);
    REQUIRE(reader.readHeader(good.report));
    CHECK(reader.columnOf(RosterField::Name) == 0);
    CHECK(reader.columnOf(RosterField::Kana) == 1);
    CHECK(reader.columnOf(RosterField::Email) == 2);
    CHECK_FALSE(reader.has(RosterField::Phone));
    CHECK(good.report.header ==
          QStringList{QStringLiteral("氏名"), QStringLiteral("フリガナ"), QStringLiteral("メール")});

    Roster both(QStringLiteral("氏名,姓,フリガナ\r\n"));
    RosterReader clash(both.buffer, both.options);
    CHECK_FALSE(clash.readHeader(both.report));
    REQUIRE(both.report.problemCount == 1);
    CHECK(both.report.problems.first().column == 1);

    Roster noKana(QStringLiteral("氏名,メール\r\n"));
    RosterReader missing(noKana.buffer, noKana.options);
    CHECK_FALSE(missing.readHeader(noKana.report));
    CHECK(noKana.report.problemCount == 1);

    Roster empty{QString()};
    RosterReader nothing(empty.buffer, empty.options);
    CHECK_FALSE(nothing.readHeader(empty.report));
    CHECK(empty.report.problemCount == 1);
}

TEST_CASE("the roster reader parses a row into a member, with its keys and each cell's problem in place")
{
    Roster roster(
        QStringLiteral("氏名,フリガナ,入会日,医師会,メール,職種\r\n"
                       "山田\u3000太郎,やまだ たろう,令和6年4月1日,はい,Taro@Example.jp, 看護師 \r\n"
                       "佐藤 花子,さとう はなこ,来月,たぶん,,,余り\r\n"));
    RosterReader reader(roster.buffer, roster.options);
    REQUIRE(reader.readHeader(roster.report));
    const std::vector<RosterRow> rows = readAll(reader);
    REQUIRE(rows.size() == 2);

    const RosterRow &taro = rows[0];
    CHECK(taro.line == 2);
    CHECK(taro.problems.isEmpty());
    CHECK(taro.fieldProblems.isEmpty());
    CHECK(taro.member.familyName == QStringLiteral("山田"));
    CHECK(taro.member.givenName == QStringLiteral("太郎"));
    CHECK(taro.member.givenKana == QStringLiteral("たろう"));
    CHECK(taro.member.joinedOn == QDate(2024, 4, 1));
    CHECK(taro.member.medicalAssociation);
    CHECK(taro.profession == QStringLiteral("看護師"));
    CHECK(taro.email == QStringLiteral("taro@example.jp"));
    CHECK_FALSE(taro.reading.isEmpty());
    CHECK(taro.stored.kana == taro.reading);

    // A date, a yes/no and a cell past the header, each a problem at its own column.
    const RosterRow &hanako = rows[1];
    CHECK(hanako.line == 3);
    REQUIRE(hanako.problems.size() == 3);
    QList<int> columns;
    for (const Error &e : hanako.problems) {
        CHECK(e.line == 3);
        columns << e.column;
    }
    std::sort(columns.begin(), columns.end());
    CHECK(columns == QList<int>{3, 4, 7});
}

TEST_CASE("the roster reader's field checks point at the column that holds the field")
{
    Roster roster(QStringLiteral("姓,名,セイ,メイ,電話\r\n山田,太郎,ヤマダ,Taro,03-1234-5678\r\n"));
    RosterReader reader(roster.buffer, roster.options);
    REQUIRE(reader.readHeader(roster.report));
    const std::vector<RosterRow> rows = readAll(reader);
    REQUIRE(rows.size() == 1);
    REQUIRE(rows[0].fieldProblems.size() == 1);
    CHECK(rows[0].fieldProblems.first().column == 4); // the given reading is not kana
}

TEST_CASE("the roster reader hands over every row in file order across batches, blank lines marked")
{
    QString text = QStringLiteral("氏名,フリガナ\r\n");
    for (int i = 0; i < 1000; ++i)
        text += i == 500 ? QStringLiteral(",\r\n") : QStringLiteral("山田 %1,やまだ\r\n").arg(i);
    Roster roster(text);
    RosterReader reader(roster.buffer, roster.options);
    REQUIRE(reader.readHeader(roster.report));
    const std::vector<RosterRow> rows = readAll(reader);
    REQUIRE(rows.size() == 1000);
    for (int i = 0; i < 1000; ++i) {
        CHECK(rows[size_t(i)].line == i + 2);
        CHECK(rows[size_t(i)].blank == (i == 500));
    }
    CHECK(rows[999].member.givenName == QStringLiteral("999"));
    CHECK(reader.status().ok());
}

TEST_CASE("a roster reader stopped early ends its thread without reading the rest")
{
    QString text = QStringLiteral("氏名,フリガナ\r\n");
    for (int i = 0; i < 20000; ++i)
        text += QStringLiteral("山田 %1,やまだ\r\n").arg(i);
    Roster roster(text);
    RosterReader reader(roster.buffer, roster.options);
    REQUIRE(reader.readHeader(roster.report));
    reader.start();
    RosterReader::Batch batch;
    REQUIRE(reader.next(batch));
    CHECK(batch.rows.front().line == 2);
    CHECK(batch.bytesRead < roster.buffer.size());
    reader.stop(); // returns: the thread does not wait for room in the queue
}

TEST_CASE("dates are read in the usual Western and Japanese forms")
{
    const QDate april(2024, 4, 1);
    for (const char16_t *text :
         {u"2024-04-01", u"2024/4/1", u"2024.4.1", u"2024年4月1日", u"20240401", u"令和6年4月1日", u"R6.4.1",
          u"R6/4/1", u"２０２４／４／１", u"2024/4/1 0:00", u"2024/04/01 09:30:00"})
        CHECK(RosterReader::parseDate(QString::fromUtf16(text)) == april);
    CHECK(RosterReader::parseDate(QStringLiteral("平成31年4月30日")) == QDate(2019, 4, 30));
    CHECK(RosterReader::parseDate(QStringLiteral("令和元年5月1日")) == QDate(2019, 5, 1));
    CHECK(RosterReader::parseDate(QStringLiteral("H1.1.8")) == QDate(1989, 1, 8));
    CHECK(RosterReader::parseDate(QStringLiteral("S50.4.1")) == QDate(1975, 4, 1));
    CHECK(RosterReader::parseDate(QString()) == QDate());
    CHECK_FALSE(RosterReader::parseDate(QStringLiteral("2024/2/30")).has_value());
    CHECK_FALSE(RosterReader::parseDate(QStringLiteral("来月")).has_value());
}

TEST_CASE("an era date is read only in a year its era had")
{
    CHECK(RosterReader::parseDate(QStringLiteral("明治45年7月29日")) == QDate(1912, 7, 29));
    CHECK(RosterReader::parseDate(QStringLiteral("T15.12.24")) == QDate(1926, 12, 24));
    CHECK(RosterReader::parseDate(QStringLiteral("Ｈ３１．４．３０")) == QDate(2019, 4, 30));
    CHECK_FALSE(RosterReader::parseDate(QStringLiteral("平成32年1月1日")).has_value());
    CHECK_FALSE(RosterReader::parseDate(QStringLiteral("R0.4.1")).has_value());
    CHECK_FALSE(RosterReader::parseDate(QStringLiteral("天保3年1月1日")).has_value());
}
