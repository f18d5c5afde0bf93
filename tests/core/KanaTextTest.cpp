#include "core/text/KanaText.h"

#include <QCollator>
#include <QLocale>
#include <QStringList>

#include <algorithm>

#include <catch2/catch.hpp>

using namespace renkei;

TEST_CASE("katakana, half-width katakana and hiragana fold to the same hiragana")
{
    CHECK(KanaText::toHiragana(QStringLiteral("ヤマダ")) == QStringLiteral("やまだ"));
    CHECK(KanaText::toHiragana(QStringLiteral("ﾔﾏﾀﾞ")) == QStringLiteral("やまだ"));
    CHECK(KanaText::toHiragana(QStringLiteral("ヴァイオリン")) == QStringLiteral("ゔぁいおりん"));
    CHECK(KanaText::toHiragana(QStringLiteral("ＡＢＣ")) == QStringLiteral("ABC"));
}

TEST_CASE("a reading is kana only when every character is kana, a long-vowel mark, a dot or a space")
{
    CHECK(KanaText::isKana(QStringLiteral("やまだ たろう")));
    CHECK(KanaText::isKana(QStringLiteral("ヤマダ　タロウ")));
    CHECK(KanaText::isKana(QStringLiteral("ｽｽﾞｷ")));
    CHECK(KanaText::isKana(QStringLiteral("ルーシー・ブラウン")));
    CHECK(KanaText::isKana(QString()));
    CHECK_FALSE(KanaText::isKana(QStringLiteral("山田")));
    CHECK_FALSE(KanaText::isKana(QStringLiteral("yamada")));
    CHECK_FALSE(KanaText::isKana(QStringLiteral("やまだ1")));
}

TEST_CASE("search keys ignore kana kind, width, case and spaces")
{
    const QString stored = KanaText::searchKey(QStringLiteral("ヤマダ タロウ"));
    CHECK(stored.contains(KanaText::searchKey(QStringLiteral("やまだ"))));
    CHECK(stored.contains(KanaText::searchKey(QStringLiteral("ﾔﾏﾀﾞ"))));
    CHECK(stored.contains(KanaText::searchKey(QStringLiteral("やまだたろう"))));
    CHECK(KanaText::searchKey(QStringLiteral("ＹＡＭＡＤＡ Taro")) == QStringLiteral("yamadataro"));
}

TEST_CASE("sort keys put readings in the same 五十音 order as the Japanese collation")
{
    // Family readings only, without ー, where the ICU Japanese collation is the reference.
    QStringList readings = {
        QStringLiteral("わたなべ"), QStringLiteral("あべ"),     QStringLiteral("いとう"),
        QStringLiteral("かとう"),   QStringLiteral("がとう"),   QStringLiteral("かき"),
        QStringLiteral("かけ"),     QStringLiteral("がく"),     QStringLiteral("きむら"),
        QStringLiteral("さとう"),   QStringLiteral("すずき"),   QStringLiteral("たなか"),
        QStringLiteral("なかむら"), QStringLiteral("はやし"),   QStringLiteral("ばば"),
        QStringLiteral("ぱく"),     QStringLiteral("まつもと"), QStringLiteral("やまだ"),
        QStringLiteral("やまもと"), QStringLiteral("よしだ"),   QStringLiteral("ヤマ"),
        QStringLiteral("おおの"),   QStringLiteral("おの"),     QStringLiteral("んじ"),
    };
    QStringList byKey = readings;
    std::sort(byKey.begin(), byKey.end(), [](const QString &a, const QString &b) {
        return KanaText::sortKey(a, {}) < KanaText::sortKey(b, {});
    });
    QCollator collator{QLocale(QLocale::Japanese, QLocale::Japan)};
    QStringList byCollator = readings;
    std::stable_sort(byCollator.begin(), byCollator.end(),
                     [&](const QString &a, const QString &b) { return collator.compare(a, b) < 0; });
    CHECK(byKey == byCollator);
    CHECK(byKey.indexOf(QStringLiteral("かき")) < byKey.indexOf(QStringLiteral("がく")));
    CHECK(byKey.indexOf(QStringLiteral("がく")) < byKey.indexOf(QStringLiteral("かけ")));
}

TEST_CASE("sort keys order by family reading first, then given reading, shorter before longer")
{
    const QString yamadaTaro = KanaText::sortKey(QStringLiteral("やまだ"), QStringLiteral("たろう"));
    const QString yamadaHanako = KanaText::sortKey(QStringLiteral("ヤマダ"), QStringLiteral("ハナコ"));
    const QString yamadaOnly = KanaText::sortKey(QStringLiteral("やまだ"), {});
    const QString yamamoto = KanaText::sortKey(QStringLiteral("やまもと"), QStringLiteral("あい"));
    const QString yama = KanaText::sortKey(QStringLiteral("やま"), QStringLiteral("ん"));
    CHECK(yama < yamadaOnly);
    CHECK(yamadaOnly < yamadaTaro);
    CHECK(yamadaTaro < yamadaHanako); // た before は
    CHECK(yamadaHanako < yamamoto);
}

TEST_CASE("the long-vowel mark sorts as the vowel it lengthens")
{
    // コーノ reads こおの: after こうの, before こさか.
    CHECK(KanaText::sortKey(QStringLiteral("こうの"), {}) < KanaText::sortKey(QStringLiteral("コーノ"), {}));
    CHECK(KanaText::sortKey(QStringLiteral("コーノ"), {}) < KanaText::sortKey(QStringLiteral("こさか"), {}));
}
