#pragma once

#include <QString>

namespace renkei {

// Folding of Japanese readings and names, so that what people type matches what is stored
// and lists come out in 五十音 (gojūon, the kana syllabary's) order.
class KanaText
{
public:
    // NFKC (full-width Latin and half-width katakana folded), then katakana as hiragana.
    static QString toHiragana(const QString &text);

    // True when every character is kana, the prolonged-sound mark, a middle dot or a space.
    static bool isKana(const QString &text);

    // A key whose plain code-point order is 五十音 order: voiced and small kana sort with their
    // plain forms first (かき < がく < かけ), ー takes the vowel before it, and ties are broken
    // by the exact reading. Family name first, then given name.
    static QString sortKey(const QString &familyKana, const QString &givenKana);

    // What search compares: NFKC, lower case, katakana as hiragana, no spaces at all.
    static QString searchKey(const QString &text);
};

} // namespace renkei
