#include "core/io/TextTable.h"

#include <catch2/catch.hpp>

using namespace renkei;

TEST_CASE("display width counts CJK, kana and full-width forms as two columns")
{
    CHECK(TextTable::displayWidth(QStringLiteral("abc 123")) == 7);
    CHECK(TextTable::displayWidth(QStringLiteral("山田")) == 4);
    CHECK(TextTable::displayWidth(QStringLiteral("やまだ")) == 6);
    CHECK(TextTable::displayWidth(QStringLiteral("ヤマダ・ー")) == 10);
    CHECK(TextTable::displayWidth(QStringLiteral("髙﨑")) == 4);        // U+9AD9, U+FA11
    CHECK(TextTable::displayWidth(QStringLiteral("ＡＢ（）")) == 8);    // full-width forms
    CHECK(TextTable::displayWidth(QStringLiteral("、。「」　")) == 10); // CJK punctuation, ideographic space
    CHECK(TextTable::displayWidth(QStringLiteral("ｶﾅ")) == 2);          // half-width katakana
    CHECK(TextTable::displayWidth(QStringLiteral("한글")) == 4);
    CHECK(TextTable::displayWidth(QStringLiteral("𠮷野家")) == 6); // U+20BB7, outside the BMP
    CHECK(TextTable::displayWidth(QStringLiteral("😀")) == 2);
}

TEST_CASE("combining marks and controls take no columns and ambiguous ones take one")
{
    CHECK(TextTable::displayWidth(QStringLiteral("e\u0301")) == 1);
    CHECK(TextTable::displayWidth(QStringLiteral("か\u3099")) == 2); // combining voiced sound mark
    CHECK(TextTable::displayWidth(QStringLiteral("a\u200Bb")) == 2);
    CHECK(TextTable::displayWidth(QStringLiteral("\x1b")) == 0);
    CHECK(TextTable::displayWidth(QStringLiteral("○※α")) == 3);
    CHECK(TextTable::displayWidth(QStringLiteral("é")) == 1);
}

TEST_CASE("columns are as wide as their widest cell, two spaces apart, under a rule")
{
    TextTable table({QStringLiteral("Name"), QStringLiteral("Kana"), QStringLiteral("No")});
    table.addRow({QStringLiteral("髙田 健一"), QStringLiteral("たかだ"), QStringLiteral("1")});
    table.addRow({QStringLiteral("Smith"), QStringLiteral("スミス エミリー"), QStringLiteral("12")});
    const QStringList lines = table.lines();
    REQUIRE(lines.size() == 4);
    CHECK(lines.at(0) == QStringLiteral("Name       Kana             No"));
    CHECK(lines.at(1) == QStringLiteral("---------  ---------------  --"));
    CHECK(lines.at(2) == QStringLiteral("髙田 健一  たかだ           1"));
    CHECK(lines.at(3) == QStringLiteral("Smith      スミス エミリー  12"));
    CHECK(table.toString() == lines.join(QLatin1Char('\n')) + QLatin1Char('\n'));
}

TEST_CASE("a right-aligned column puts its numbers flush right")
{
    TextTable table({QStringLiteral("ID"), QStringLiteral("名前")});
    table.setAlignment(0, TextTable::Align::Right);
    table.addRow({QStringLiteral("7"), QStringLiteral("山田")});
    table.addRow({QStringLiteral("150"), QStringLiteral("李")});
    const QStringList lines = table.lines();
    REQUIRE(lines.size() == 4);
    CHECK(lines.at(0) == QStringLiteral(" ID  名前"));
    CHECK(lines.at(2) == QStringLiteral("  7  山田"));
    CHECK(lines.at(3) == QStringLiteral("150  李"));
}

TEST_CASE("lines carry no trailing spaces, short rows included")
{
    TextTable table({QStringLiteral("a"), QStringLiteral("long header")});
    table.addRow({QStringLiteral("x")});
    table.addRow({QStringLiteral("yy"), QString()});
    for (const QString &line : table.lines())
        CHECK_FALSE(line.endsWith(QLatin1Char(' ')));
    CHECK(table.lines().at(2) == QStringLiteral("x"));
}

TEST_CASE("line breaks and tabs inside a cell do not break the grid")
{
    TextTable table;
    table.addRow({QStringLiteral("one\ntwo"), QStringLiteral("b")});
    table.addRow({QStringLiteral("a\tb"), QStringLiteral("c")});
    const QStringList lines = table.lines();
    REQUIRE(lines.size() == 2); // no header, no rule
    CHECK(lines.at(0) == QStringLiteral("one two  b"));
    CHECK(lines.at(1) == QStringLiteral("a b      c"));
}

TEST_CASE("an empty table prints nothing")
{
    CHECK(TextTable().lines().isEmpty());
    CHECK(TextTable().toString().isEmpty());
}
