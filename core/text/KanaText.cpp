#include "KanaText.h"

namespace renkei {

namespace {

constexpr char16_t firstKatakana = u'ァ'; // U+30A1
constexpr char16_t lastKatakana = u'ヶ';  // U+30F6
constexpr char16_t katakanaOffset = 0x60; // ア - あ
constexpr char16_t prolongedSound = u'ー';

// Plain (large, unvoiced) forms, in 五十音 order, and the vowel each ends with.
const char16_t *const plainKana =
    u"あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわゐゑをん";
const char16_t *const plainVowel =
    u"あいうえおあいうえおあいうえおあいうえおあいうえおあいうえおあいうえおあうおあいうえおあいえおん";

char16_t largeForm(char16_t c)
{
    switch (c) {
    case u'ぁ':
        return u'あ';
    case u'ぃ':
        return u'い';
    case u'ぅ':
        return u'う';
    case u'ぇ':
        return u'え';
    case u'ぉ':
        return u'お';
    case u'っ':
        return u'つ';
    case u'ゃ':
        return u'や';
    case u'ゅ':
        return u'ゆ';
    case u'ょ':
        return u'よ';
    case u'ゎ':
        return u'わ';
    case u'ゕ':
        return u'か';
    case u'ゖ':
        return u'け';
    default:
        return c;
    }
}

char16_t vowelOf(char16_t plain)
{
    for (int i = 0; plainKana[i]; ++i)
        if (plainKana[i] == plain)
            return plainVowel[i];
    return 0;
}

// The primary key of one reading: plain kana only, ー replaced by its vowel, spaces dropped.
QString primaryKey(const QString &hiragana)
{
    const QString decomposed = hiragana.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (QChar qc : decomposed) {
        const char16_t c = qc.unicode();
        if (c == 0x3099 || c == 0x309A) // combining (semi-)voiced sound marks
            continue;
        if (qc.isSpace() || c == u'・')
            continue;
        if (c == prolongedSound && !out.isEmpty()) {
            if (const char16_t v = vowelOf(out.back().unicode()))
                out.append(QChar(v));
            else
                out.append(qc);
            continue;
        }
        out.append(QChar(largeForm(c)));
    }
    return out;
}

QString withoutSpaces(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text)
        if (!c.isSpace())
            out.append(c);
    return out;
}

} // namespace

QString KanaText::toHiragana(const QString &text)
{
    QString out = text.normalized(QString::NormalizationForm_KC);
    for (QChar &c : out) {
        const char16_t u = c.unicode();
        if (u >= firstKatakana && u <= lastKatakana)
            c = QChar(char16_t(u - katakanaOffset));
    }
    return out;
}

bool KanaText::isKana(const QString &text)
{
    const QString folded = toHiragana(text);
    for (QChar c : folded) {
        const char16_t u = c.unicode();
        const bool hiragana = u >= 0x3041 && u <= 0x3096;
        const bool marks = u == 0x309B || u == 0x309C || u == 0x309D || u == 0x309E; // ゛゜ゝゞ
        if (!(hiragana || marks || u == prolongedSound || u == u'・' || u == u'ヽ' || u == u'ヾ' ||
              c.isSpace()))
            return false;
    }
    return true;
}

QString KanaText::sortKey(const QString &familyKana, const QString &givenKana)
{
    const QString family = toHiragana(familyKana);
    const QString given = toHiragana(givenKana);
    // U+0001 and U+0002 sort below every kana, so a shorter reading comes before its extensions.
    return primaryKey(family) + QChar(0x0001) + primaryKey(given) + QChar(0x0002) + withoutSpaces(family) +
           QChar(0x0001) + withoutSpaces(given);
}

QString KanaText::searchKey(const QString &text)
{
    return withoutSpaces(toHiragana(text).toLower());
}

} // namespace renkei
