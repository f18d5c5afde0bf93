#include "core/io/CsvReader.h"
#include "core/io/EncodingDetector.h"
#include "core/io/TextEncoding.h"

#include "TestSupport.h"

#include <QBuffer>
#include <QStringEncoder>

#include <catch2/catch.hpp>

using namespace renkei;

namespace {

QByteArray shiftJis(const QString &text)
{
    QStringEncoder encoder("Shift_JIS");
    QByteArray bytes = encoder.encode(text);
    REQUIRE_FALSE(encoder.hasError());
    return bytes;
}

struct ReadResult
{
    QList<CsvRecord> records;
    TextEncoding encoding = TextEncoding::Utf8;
    bool certain = true;
    Status status;
};

ReadResult read(const QByteArray &bytes, std::optional<TextEncoding> encoding = std::nullopt)
{
    QBuffer buffer;
    buffer.setData(bytes);
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    CsvReader::Options options;
    options.encoding = encoding;
    CsvReader reader(buffer, options);
    ReadResult result;
    CsvRecord record;
    while (reader.readRecord(record))
        result.records.append(record);
    result.encoding = reader.encoding();
    result.certain = reader.encodingCertain();
    result.status = reader.status();
    return result;
}

const QString roster =
    QStringLiteral("氏名,フリガナ,所属\r\n髙橋　﨑子,ﾀｶﾊｼ ｻｷｺ,\"みなと坂クリニック, 本院\"\r\n"
                   "山田 太郎,ヤマダ タロウ,～ソレイユ～\r\n");

} // namespace

TEST_CASE("UTF-8 text is recognised and decoded")
{
    const ReadResult r = read(roster.toUtf8());
    REQUIRE(r.status.ok());
    CHECK(r.encoding == TextEncoding::Utf8);
    CHECK(r.certain);
    REQUIRE(r.records.size() == 3);
    CHECK(r.records[1].fields[0] == QStringLiteral("髙橋　﨑子"));
}

TEST_CASE("a UTF-8 byte-order mark is recognised and is not part of the first header")
{
    const ReadResult r = read("\xEF\xBB\xBF" + roster.toUtf8());
    CHECK(r.encoding == TextEncoding::Utf8Bom);
    REQUIRE(r.records.size() == 3);
    CHECK(r.records[0].fields[0] == QStringLiteral("氏名"));
    CHECK(r.records[0].fields[0].size() == 2);
}

TEST_CASE("Shift_JIS text as Windows writes it is recognised and decoded, 髙 and 﨑 included")
{
    const ReadResult r = read(shiftJis(roster));
    REQUIRE(r.status.ok());
    CHECK(r.encoding == TextEncoding::ShiftJis);
    CHECK(r.certain);
    REQUIRE(r.records.size() == 3);
    CHECK(r.records[1].fields == QStringList{QStringLiteral("髙橋　﨑子"), QStringLiteral("ﾀｶﾊｼ ｻｷｺ"),
                                             QStringLiteral("みなと坂クリニック, 本院")});
    CHECK(r.records[2].fields[2] == QStringLiteral("～ソレイユ～"));
    for (const CsvRecord &record : r.records)
        CHECK(record.problems.isEmpty());
}

TEST_CASE("plain ASCII text is taken as UTF-8")
{
    CHECK(EncodingDetector::detect("name,email\nTaro,taro@example.jp\n", true).encoding ==
          TextEncoding::Utf8);
    CHECK(EncodingDetector::detect("name,email\nTaro,taro@example.jp\n", true).certain);
}

TEST_CASE("a character cut off at the end of the sample does not count against UTF-8")
{
    const QByteArray bytes = QStringLiteral("山田太郎").toUtf8();
    const QByteArray cut = bytes.left(bytes.size() - 1);
    CHECK(EncodingDetector::detect(cut, false).encoding == TextEncoding::Utf8);
    CHECK(EncodingDetector::firstInvalid(cut, TextEncoding::Utf8, false) == -1);
    CHECK(EncodingDetector::firstInvalid(cut, TextEncoding::Utf8, true) == 9);
}

TEST_CASE("an encoding chosen by hand overrides the detection")
{
    const QByteArray bytes = shiftJis(roster);
    const ReadResult forced = read(bytes, TextEncoding::Utf8);
    CHECK(forced.encoding == TextEncoding::Utf8);
    REQUIRE(forced.records.size() == 3);
    CHECK_FALSE(forced.records[0].problems.isEmpty()); // the Shift_JIS bytes are reported, not decoded
    const ReadResult right = read(roster.toUtf8(), TextEncoding::Utf8);
    CHECK(right.records[1].problems.isEmpty());
}

TEST_CASE("bytes that are not valid UTF-8 are reported with their line and column, not replaced silently")
{
    const QByteArray bytes = "name,kana\n山田,やまだ\nbad,\"x\n\xFF\xFE y\"\n佐藤,さとう\n";
    const ReadResult r = read(bytes, TextEncoding::Utf8);
    REQUIRE(r.records.size() == 4);
    CHECK(r.records[1].problems.isEmpty());
    REQUIRE(r.records[2].problems.size() == 1);
    const Error &e = r.records[2].problems[0];
    CHECK(e.line == 4); // the record starts on line 3; the bad bytes are on the next line
    CHECK(e.column == 2);
    CHECK(e.message.contains(QStringLiteral("FF")));
    CHECK(r.records[3].problems.isEmpty());
    CHECK(r.records[3].fields[0] == QStringLiteral("佐藤"));
}

TEST_CASE("bytes that are not valid Shift_JIS are reported with their line")
{
    QByteArray bytes = shiftJis(QStringLiteral("氏名,所属\r\n山田,みなと坂\r\n"));
    bytes += shiftJis(QStringLiteral("佐藤,")) + "\x81\xFF" + shiftJis(QStringLiteral("病院\r\n"));
    bytes += shiftJis(QStringLiteral("鈴木,本院\r\n")) + shiftJis(QStringLiteral("田中,診療所\r\n"));
    const ReadResult r = read(bytes);
    CHECK(r.encoding == TextEncoding::ShiftJis);
    REQUIRE(r.records.size() == 5);
    REQUIRE(r.records[2].problems.size() == 1);
    CHECK(r.records[2].problems[0].line == 3);
    CHECK(r.records[2].problems[0].column == 2);
    CHECK(r.records[2].problems[0].message.contains(QStringLiteral("81 FF")));
    CHECK(r.records[3].problems.isEmpty());
    CHECK(r.records[4].fields == QStringList{QStringLiteral("田中"), QStringLiteral("診療所")});
}

TEST_CASE("a file valid in neither encoding is read as the likelier one and its bad bytes reported")
{
    QByteArray bytes = shiftJis(QStringLiteral("氏名,所属\r\n山田,みなと坂\r\n")) + "x,\xFF\r\n";
    const ReadResult r = read(bytes);
    CHECK(r.encoding == TextEncoding::ShiftJis);
    CHECK_FALSE(r.certain);
    REQUIRE(r.records.size() == 3);
    CHECK_FALSE(r.records[2].problems.isEmpty());
}

TEST_CASE("a UTF-16 file is refused with a message saying how to save it")
{
    const QString text = QStringLiteral("氏名\t所属\r\n");
    QByteArray bytes("\xFF\xFE");
    bytes.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    const ReadResult r = read(bytes);
    CHECK(r.records.isEmpty());
    REQUIRE_FALSE(r.status.ok());
    CHECK(r.status.error().message.contains(QStringLiteral("UTF-16")));
}

TEST_CASE("encoding keys take their usual spellings")
{
    CHECK(textEncodingFromKey(QStringLiteral("utf-8-bom")) == TextEncoding::Utf8Bom);
    CHECK(textEncodingFromKey(QStringLiteral("UTF8")) == TextEncoding::Utf8);
    CHECK(textEncodingFromKey(QStringLiteral("sjis")) == TextEncoding::ShiftJis);
    CHECK(textEncodingFromKey(QStringLiteral("CP932")) == TextEncoding::ShiftJis);
    CHECK(textEncodingFromKey(QStringLiteral("Shift_JIS")) == TextEncoding::ShiftJis);
    CHECK_FALSE(textEncodingFromKey(QStringLiteral("latin1")).has_value());
    for (const QString &key : textEncodingKeys())
        CHECK(textEncodingKey(*textEncodingFromKey(key)) == key);
}
