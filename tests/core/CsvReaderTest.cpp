#include "core/io/CsvReader.h"

#include "../fuzz/CsvReaderFuzzCheck.h"
#include "TestSupport.h"

#include <QBuffer>
#include <QDir>
#include <QFile>

#include <catch2/catch.hpp>

using namespace renkei;

namespace {

// Hands out its bytes a few at a time, as a pipe does, so that records cross every buffer boundary.
class TrickleDevice : public QIODevice
{
public:
    TrickleDevice(QByteArray bytes, int step) : m_bytes(std::move(bytes)), m_step(step)
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = std::min<qint64>({maxSize, m_step, m_bytes.size() - m_pos});
        std::memcpy(data, m_bytes.constData() + m_pos, size_t(n));
        m_pos += n;
        m_step = m_step % 7 + 1; // 1 to 7 bytes, varying
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_bytes;
    qint64 m_pos = 0;
    qint64 m_step;
};

QList<CsvRecord> readAll(QIODevice &device, const CsvReader::Options &options = {})
{
    CsvReader reader(device, options);
    QList<CsvRecord> records;
    CsvRecord record;
    while (reader.readRecord(record))
        records.append(record);
    REQUIRE(reader.status().ok());
    return records;
}

QList<CsvRecord> readAll(const QByteArray &bytes, const CsvReader::Options &options = {})
{
    QBuffer buffer;
    buffer.setData(bytes);
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    return readAll(buffer, options);
}

QList<QStringList> fieldsOf(const QList<CsvRecord> &records)
{
    QList<QStringList> out;
    for (const CsvRecord &r : records)
        out.append(r.fields);
    return out;
}

QStringList row(std::initializer_list<const char16_t *> fields)
{
    QStringList out;
    for (const char16_t *f : fields)
        out << QString::fromUtf16(f);
    return out;
}

} // namespace

TEST_CASE("a header row and plain records read into their fields")
{
    const auto records = readAll("name,kana,email\n山田,やまだ,yamada@example.jp\n");
    REQUIRE(records.size() == 2);
    CHECK(records[0].fields == row({u"name", u"kana", u"email"}));
    CHECK(records[1].fields == row({u"山田", u"やまだ", u"yamada@example.jp"}));
    CHECK(records[0].line == 1);
    CHECK(records[1].line == 2);
    CHECK(records[1].problems.isEmpty());
}

TEST_CASE("a quoted field keeps the commas inside it")
{
    const auto records = readAll("\"みなと坂クリニック, 本院\",\"a,b,c\",x\r\n");
    REQUIRE(records.size() == 1);
    CHECK(records[0].fields == row({u"みなと坂クリニック, 本院", u"a,b,c", u"x"}));
}

TEST_CASE("a doubled quote inside a quoted field stands for one quote")
{
    const auto records = readAll("\"彼は\"\"はい\"\"と言った\",\"\"\"\"\n");
    REQUIRE(records.size() == 1);
    CHECK(records[0].fields == row({u"彼は\"はい\"と言った", u"\""}));
    CHECK(records[0].problems.isEmpty());
}

TEST_CASE("a line break inside a quoted field stays in the field and later lines keep their numbers")
{
    const auto records = readAll("a,\"一行目\r\n二行目\nthree\",b\r\nnext,line,here\r\n");
    REQUIRE(records.size() == 2);
    CHECK(records[0].fields == row({u"a", u"一行目\n二行目\nthree", u"b"}));
    CHECK(records[0].line == 1);
    CHECK(records[0].lastLine == 3);
    CHECK(records[1].line == 4);
    CHECK(records[1].fields == row({u"next", u"line", u"here"}));
}

TEST_CASE("CRLF, LF and CR line ends read the same")
{
    const QList<QStringList> expected = {row({u"a", u"b"}), row({u"c", u"d"}), row({u"e", u"f"})};
    CHECK(fieldsOf(readAll("a,b\r\nc,d\r\ne,f\r\n")) == expected);
    CHECK(fieldsOf(readAll("a,b\nc,d\ne,f\n")) == expected);
    CHECK(fieldsOf(readAll("a,b\rc,d\re,f\r")) == expected);
    CHECK(fieldsOf(readAll("a,b\r\nc,d\ne,f\r")) == expected);
}

TEST_CASE("the last line reads the same with or without a line break")
{
    const QList<QStringList> expected = {row({u"h1", u"h2"}), row({u"x", u"\"y\""})};
    CHECK(fieldsOf(readAll("h1,h2\r\nx,\"\"\"y\"\"\"\r\n")) == expected);
    CHECK(fieldsOf(readAll("h1,h2\r\nx,\"\"\"y\"\"\"")) == expected);
    CHECK(fieldsOf(readAll("h1,h2\nx,\"\"\"y\"\"\"\n")) == expected);
}

TEST_CASE("empty fields are kept, at the start, in the middle and at the end of a line")
{
    const auto records = readAll(",a,,b,\n\"\",,\"\"\n");
    REQUIRE(records.size() == 2);
    CHECK(records[0].fields == row({u"", u"a", u"", u"b", u""}));
    CHECK(records[1].fields == row({u"", u"", u""}));
    CHECK(records[1].isBlank());
}

TEST_CASE("blank lines are skipped but still counted in line numbers")
{
    const auto records = readAll("a,b\n\n\r\nc,d\n");
    REQUIRE(records.size() == 2);
    CHECK(records[1].line == 4);
}

TEST_CASE("a quote inside an unquoted field is kept as it is")
{
    const auto records = readAll("5'3\",x\nnext,y\n");
    REQUIRE(records.size() == 2);
    CHECK(records[0].fields == row({u"5'3\"", u"x"}));
    CHECK(records[0].problems.isEmpty());
    CHECK(records[1].fields == row({u"next", u"y"}));
}

TEST_CASE("text after a closing quote is reported with its line and column")
{
    const auto records = readAll("a,b,c\nx,\"quoted\"tail,z\n");
    REQUIRE(records.size() == 2);
    CHECK(records[1].fields == row({u"x", u"quotedtail", u"z"}));
    REQUIRE(records[1].problems.size() == 1);
    CHECK(records[1].problems[0].line == 2);
    CHECK(records[1].problems[0].column == 2);
}

TEST_CASE("a quoted field that is never closed is reported where it starts")
{
    const auto records = readAll("a,b\nc,\"open\nstill open\n");
    REQUIRE(records.size() == 2);
    REQUIRE(records[1].problems.size() == 1);
    CHECK(records[1].problems[0].line == 2);
    CHECK(records[1].problems[0].column == 2);
    CHECK(records[1].problems[0].message.contains(QStringLiteral("never closed")));
}

TEST_CASE("a record far longer than any roster row stops the reader with a message")
{
    QBuffer buffer;
    buffer.setData("a,b\nc,\"" + QByteArray(5000, 'x') + "\n");
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    CsvReader::Options options;
    options.maxRecordBytes = 1000;
    CsvReader reader(buffer, options);
    CsvRecord record;
    CHECK(reader.readRecord(record));
    CHECK_FALSE(reader.readRecord(record));
    REQUIRE_FALSE(reader.status().ok());
    CHECK(reader.status().error().line == 2);
}

TEST_CASE("tab-separated files are recognised from the first line")
{
    QBuffer buffer;
    buffer.setData("氏名\tフリガナ\t所属\n山田 太郎\tやまだ たろう\t\"A, B病院\"\n");
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    CsvReader reader(buffer);
    CsvRecord record;
    REQUIRE(reader.readRecord(record));
    CHECK(reader.separator() == QLatin1Char('\t'));
    REQUIRE(reader.readRecord(record));
    CHECK(record.fields == row({u"山田 太郎", u"やまだ たろう", u"A, B病院"}));
}

TEST_CASE("commas inside a quoted header do not make a comma file look tab separated")
{
    QBuffer buffer;
    buffer.setData("\"a\tb\",\"c\td\",e\n1,2,3\n");
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    CsvReader reader(buffer);
    CsvRecord record;
    REQUIRE(reader.readRecord(record));
    CHECK(reader.separator() == QLatin1Char(','));
    CHECK(record.fields.size() == 3);
}

TEST_CASE("a separator given in the options is used as given")
{
    CsvReader::Options options;
    options.separator = QLatin1Char(',');
    const auto records = readAll("a\tb,c\n", options);
    REQUIRE(records.size() == 1);
    CHECK(records[0].fields == row({u"a\tb", u"c"}));
}

TEST_CASE("records read the same when the device hands out a few bytes at a time")
{
    QByteArray bytes = "\xEF\xBB\xBF名前,備考\r\n";
    QList<QStringList> expected;
    for (int i = 0; i < 3000; ++i) {
        const QString name = QStringLiteral("会員%1").arg(i);
        const QString note = QStringLiteral("メモ, \"%1\"\r\n二行目").arg(i);
        bytes += name.toUtf8() + ",\"" +
                 QString(note).replace(QLatin1String("\""), QLatin1String("\"\"")).toUtf8() +
                 (i % 2 ? "\"\r\n" : "\"\r");
        expected.append({name, QString(note).replace(QLatin1String("\r\n"), QLatin1String("\n"))});
    }
    for (int step : {1, 3, 7}) {
        TrickleDevice device(bytes, step);
        auto records = readAll(device);
        REQUIRE(records.size() == 3001);
        records.removeFirst();
        CHECK(fieldsOf(records) == expected);
        CHECK(records.last().line == 1 + 2 * 3000 - 1);
    }
    // Larger than the reader's buffer, read straight from memory.
    const auto records = readAll(bytes);
    REQUIRE(records.size() == 3001);
    CHECK(records[3000].fields == expected[2999]);
}

TEST_CASE("splitting one typed line follows the same rules")
{
    CHECK(CsvReader::splitLine(QStringLiteral("a,\"b,c\",\"d\"\"e\",")) == row({u"a", u"b,c", u"d\"e", u""}));
    CHECK(CsvReader::splitLine(QStringLiteral("")) == row({u""}));
}

TEST_CASE("every input the fuzzer keeps as a regression reads without breaking the reader's promises")
{
    const QDir dir(test::fixturePath(QStringLiteral("fuzz-regressions")));
    const QStringList inputs = dir.entryList(QDir::Files);
    REQUIRE_FALSE(inputs.isEmpty());
    for (const QString &name : inputs) {
        QFile file(dir.filePath(name));
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        INFO(name.toStdString());
        CHECK(fuzz::readsSoundly(reinterpret_cast<const uint8_t *>(bytes.constData()), size_t(bytes.size())));
    }
}
