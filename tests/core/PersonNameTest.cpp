#include "core/text/PersonName.h"

#include <catch2/catch.hpp>

using namespace renkei;

namespace {
std::pair<QString, QString> parts(const char16_t *family, const char16_t *given)
{
    return {QString::fromUtf16(family), QString::fromUtf16(given)};
}
std::pair<QString, QString> split(const char16_t *text)
{
    return PersonName::split(QString::fromUtf16(text));
}
} // namespace

TEST_CASE("a full name is split into family and given name at its first space, of either width")
{
    CHECK(split(u"山田 太郎") == parts(u"山田", u"太郎"));
    CHECK(split(u"山田\u3000太郎") == parts(u"山田", u"太郎"));
    CHECK(split(u"やまだ　たろう") == parts(u"やまだ", u"たろう"));
}

TEST_CASE("a run of spaces, tabs or a no-break space between the names counts as one space")
{
    CHECK(split(u"山田\u3000\u3000太郎") == parts(u"山田", u"太郎"));
    CHECK(split(u"山田 \u3000 太郎") == parts(u"山田", u"太郎"));
    CHECK(split(u"山田\t太郎") == parts(u"山田", u"太郎"));
    CHECK(split(u"山田\u00A0太郎") == parts(u"山田", u"太郎"));
}

TEST_CASE("white space around a full name is not part of either name")
{
    CHECK(split(u" 山田 太郎 ") == parts(u"山田", u"太郎"));
    CHECK(split(u"\u3000山田\u3000太郎\u3000") == parts(u"山田", u"太郎"));
    CHECK(split(u"\t山田太郎\n") == parts(u"山田太郎", u""));
}

TEST_CASE("a name without a space is all family name, and an empty one gives two empty names")
{
    CHECK(split(u"山田太郎") == parts(u"山田太郎", u""));
    CHECK(split(u"") == parts(u"", u""));
    CHECK(split(u"\u3000 ") == parts(u"", u""));
    CHECK(PersonName::split(QStringLiteral("山田太郎")).second.isEmpty());
}

TEST_CASE("a given name of several words keeps them, each separated by one space")
{
    CHECK(split(u"Smith Mary Ann") == parts(u"Smith", u"Mary Ann"));
    CHECK(split(u"Smith Mary  Ann") == parts(u"Smith", u"Mary Ann"));
    CHECK(split(u"Smith Mary\u3000Ann") == parts(u"Smith", u"Mary Ann"));
}
