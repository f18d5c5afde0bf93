#include "core/model/ContactCheck.h"

#include <catch2/catch.hpp>

using namespace renkei;

TEST_CASE("Japanese phone numbers are plausible with or without hyphens")
{
    CHECK(ContactCheck::isPlausiblePhone(QStringLiteral("03-1234-5678")));
    CHECK(ContactCheck::isPlausiblePhone(QStringLiteral("0312345678")));
    CHECK(ContactCheck::isPlausiblePhone(QStringLiteral("090-1234-5678")));
    CHECK(ContactCheck::isPlausiblePhone(QStringLiteral("(03)1234-5678")));
    CHECK(ContactCheck::isPlausiblePhone(QStringLiteral("０３－１２３４－５６７８")));
    CHECK(ContactCheck::isPlausiblePhone(QStringLiteral("+81 3 1234 5678")));
    CHECK(ContactCheck::isPlausiblePhone(QString()));
    CHECK_FALSE(ContactCheck::isPlausiblePhone(QStringLiteral("1234")));
    CHECK_FALSE(ContactCheck::isPlausiblePhone(QStringLiteral("03-1234-56789-0")));
    CHECK_FALSE(ContactCheck::isPlausiblePhone(QStringLiteral("電話なし")));
    CHECK_FALSE(ContactCheck::isPlausiblePhone(QStringLiteral("+1 212 555 0100")));
}

TEST_CASE("e-mail addresses need a local part, an at sign and a dotted domain")
{
    CHECK(ContactCheck::isPlausibleEmail(QStringLiteral("taro.yamada@example.jp")));
    CHECK(ContactCheck::isPlausibleEmail(QString()));
    CHECK_FALSE(ContactCheck::isPlausibleEmail(QStringLiteral("taro@example")));
    CHECK_FALSE(ContactCheck::isPlausibleEmail(QStringLiteral("taro example.jp")));
    CHECK_FALSE(ContactCheck::isPlausibleEmail(QStringLiteral("a@b@example.jp")));
}
