#include "core/io/CsvWriter.h"

#include <QBuffer>
#include <QStringDecoder>

#include <catch2/catch.hpp>

using namespace renkei;

namespace {

QByteArray written(const QList<QStringList> &rows, const CsvWriter::Options &options = {})
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(buffer, options);
    for (const QStringList &row : rows)
        REQUIRE(writer.writeRow(row));
    REQUIRE(writer.status().ok());
    return buffer.data();
}

} // namespace

TEST_CASE("plain fields are written as they are, each record ending with CRLF")
{
    CHECK(written({{QStringLiteral("a"), QStringLiteral("b c")},
                   {QStringLiteral("1"), QStringLiteral("2")}}) == QByteArrayLiteral("a,b c\r\n1,2\r\n"));
}

TEST_CASE("fields with commas, quotes or line breaks are quoted, and quotes doubled")
{
    const QByteArray csv =
        written({{QStringLiteral("a,b"), QStringLiteral("say \"hi\""), QStringLiteral("one\ntwo"),
                  QStringLiteral("cr\rhere"), QStringLiteral("plain")}});
    CHECK(csv == QByteArrayLiteral("\"a,b\",\"say \"\"hi\"\"\",\"one\ntwo\",\"cr\rhere\",plain\r\n"));
}

TEST_CASE("empty fields keep their place and an empty record is an empty line")
{
    CHECK(written({{QString(), QString(), QStringLiteral("x")}, {}}) == QByteArrayLiteral(",,x\r\n\r\n"));
}

TEST_CASE("Japanese text is written as UTF-8, with a byte-order mark only when asked, once")
{
    const QList<QStringList> rows{{QStringLiteral("髙田 健一"), QStringLiteral("たかだ けんいち")},
                                  {QStringLiteral("宮﨑")}};
    const QByteArray plain = written(rows);
    CHECK(plain == QStringLiteral("髙田 健一,たかだ けんいち\r\n宮﨑\r\n").toUtf8());

    CsvWriter::Options withBom;
    withBom.encoding = TextEncoding::Utf8Bom;
    const QByteArray bom = written(rows, withBom);
    CHECK(bom == QByteArrayLiteral("\xEF\xBB\xBF") + plain);
}

TEST_CASE("a separator other than the comma is used and quoted for")
{
    CsvWriter::Options tabs;
    tabs.separator = QLatin1Char('\t');
    CHECK(written({{QStringLiteral("a,b"), QStringLiteral("c\td")}}, tabs) ==
          QByteArrayLiteral("a,b\t\"c\td\"\r\n"));
}

TEST_CASE("Shift_JIS output keeps 髙 and 﨑 as Windows writes them")
{
    CsvWriter::Options sjis;
    sjis.encoding = TextEncoding::ShiftJis;
    const QByteArray bytes =
        written({{QStringLiteral("髙田"), QStringLiteral("宮﨑"), QStringLiteral("ｶﾅ")}}, sjis);
    CHECK_FALSE(bytes.startsWith("\xEF\xBB\xBF"));
    QStringDecoder decoder("Shift_JIS");
    REQUIRE(decoder.isValid());
    const QString back = decoder.decode(bytes);
    CHECK_FALSE(decoder.hasError());
    CHECK(back == QStringLiteral("髙田,宮﨑,ｶﾅ\r\n"));
    CHECK(bytes.size() == 4 * 2 + 6); // two bytes a kanji; one a comma, CR, LF and half-width kana
}

TEST_CASE("a character the encoding cannot hold stops the writer and names the row")
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter::Options sjis;
    sjis.encoding = TextEncoding::ShiftJis;
    CsvWriter writer(buffer, sjis);
    CHECK(writer.writeRow({QStringLiteral("ok")}));
    CHECK_FALSE(writer.writeRow({QStringLiteral("寿司 🍣")}));
    CHECK_FALSE(writer.writeRow({QStringLiteral("later")}));
    REQUIRE_FALSE(writer.status().ok());
    CHECK(writer.status().error().line == 2);
    CHECK(writer.rowsWritten() == 1);
    CHECK(buffer.data() == QByteArrayLiteral("ok\r\n"));
}

TEST_CASE("a device that refuses the bytes is reported")
{
    QBuffer buffer; // never opened
    CsvWriter writer(buffer);
    CHECK_FALSE(writer.writeRow({QStringLiteral("a")}));
    CHECK_FALSE(writer.status().ok());
    CHECK(writer.rowsWritten() == 0);
}

TEST_CASE("quoted() quotes a field only when it must, or always when asked")
{
    CHECK(CsvWriter::quoted(QStringLiteral("plain")) == QStringLiteral("plain"));
    CHECK(CsvWriter::quoted(QStringLiteral("a;b"), QLatin1Char(';')) == QStringLiteral("\"a;b\""));
    CHECK(CsvWriter::quoted(QStringLiteral("a;b")) == QStringLiteral("a;b"));
    CHECK(CsvWriter::quoted(QStringLiteral("x"), QLatin1Char(','), true) == QStringLiteral("\"x\""));
}
