#include "EncodingDetector.h"

#include <algorithm>

namespace renkei {

namespace {

// 0: not valid here; -1: cut off by the end of the bytes; else the length of the character.
int utf8Length(QByteArrayView bytes, qsizetype i)
{
    const auto byte = [&](qsizetype k) { return static_cast<unsigned char>(bytes[k]); };
    const unsigned char b = byte(i);
    if (b < 0x80)
        return 1;
    int length = 0;
    unsigned char low = 0x80;
    unsigned char high = 0xBF;
    if (b >= 0xC2 && b <= 0xDF) {
        length = 2;
    } else if (b >= 0xE0 && b <= 0xEF) {
        length = 3;
        if (b == 0xE0)
            low = 0xA0; // no overlong forms
        else if (b == 0xED)
            high = 0x9F; // no surrogates
    } else if (b >= 0xF0 && b <= 0xF4) {
        length = 4;
        if (b == 0xF0)
            low = 0x90;
        else if (b == 0xF4)
            high = 0x8F; // nothing above U+10FFFF
    } else {
        return 0;
    }
    for (int k = 1; k < length; ++k) {
        if (i + k >= bytes.size())
            return -1;
        const unsigned char c = byte(i + k);
        if (k == 1 ? (c < low || c > high) : (c < 0x80 || c > 0xBF))
            return 0;
    }
    return length;
}

// Shift_JIS as CP932 lays it out: ASCII, half-width katakana, and two-byte characters whose lead
// byte is 81–9F or E0–FC and whose trail byte is 40–7E or 80–FC.
int shiftJisLength(QByteArrayView bytes, qsizetype i)
{
    const auto b = static_cast<unsigned char>(bytes[i]);
    if (b < 0x80 || (b >= 0xA1 && b <= 0xDF))
        return 1;
    if ((b >= 0x81 && b <= 0x9F) || (b >= 0xE0 && b <= 0xFC)) {
        if (i + 1 >= bytes.size())
            return -1;
        const auto t = static_cast<unsigned char>(bytes[i + 1]);
        return ((t >= 0x40 && t <= 0x7E) || (t >= 0x80 && t <= 0xFC)) ? 2 : 0;
    }
    return 0;
}

int lengthAt(QByteArrayView bytes, qsizetype i, TextEncoding encoding)
{
    return encoding == TextEncoding::ShiftJis ? shiftJisLength(bytes, i) : utf8Length(bytes, i);
}

} // namespace

int EncodingDetector::characterLength(QByteArrayView bytes, qsizetype offset, TextEncoding encoding)
{
    if (offset < 0 || offset >= bytes.size())
        return 0;
    return std::max(0, lengthAt(bytes, offset, encoding));
}

qsizetype EncodingDetector::firstInvalid(QByteArrayView bytes, TextEncoding encoding, bool complete)
{
    qsizetype i = 0;
    while (i < bytes.size()) {
        if (static_cast<unsigned char>(bytes[i]) < 0x80) {
            ++i;
            continue;
        }
        const int length = lengthAt(bytes, i, encoding);
        if (length > 0)
            i += length;
        else if (length < 0 && !complete)
            return -1;
        else
            return i;
    }
    return -1;
}

int EncodingDetector::invalidCount(QByteArrayView bytes, TextEncoding encoding, bool complete)
{
    int count = 0;
    qsizetype i = 0;
    while (i < bytes.size()) {
        if (static_cast<unsigned char>(bytes[i]) < 0x80) {
            ++i;
            continue;
        }
        const int length = lengthAt(bytes, i, encoding);
        if (length > 0) {
            i += length;
        } else if (length < 0 && !complete) {
            break;
        } else {
            ++count;
            ++i;
        }
    }
    return count;
}

EncodingDetector::Guess EncodingDetector::detect(QByteArrayView bytes, bool complete)
{
    Guess guess;
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        guess.encoding = TextEncoding::Utf8Bom;
        return guess;
    }
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        guess.utf16 = true;
        guess.certain = false;
        return guess;
    }
    bool ascii = true;
    for (char c : bytes) {
        if (static_cast<unsigned char>(c) >= 0x80) {
            ascii = false;
            break;
        }
    }
    if (ascii)
        return guess; // reads the same in all of them
    const int utf8Bad = invalidCount(bytes, TextEncoding::Utf8, complete);
    if (utf8Bad == 0)
        return guess;
    const int shiftJisBad = invalidCount(bytes, TextEncoding::ShiftJis, complete);
    guess.encoding = shiftJisBad <= utf8Bad ? TextEncoding::ShiftJis : TextEncoding::Utf8;
    guess.certain = shiftJisBad == 0;
    return guess;
}

} // namespace renkei
