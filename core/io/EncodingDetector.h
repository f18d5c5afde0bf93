#pragma once

#include "core/io/TextEncoding.h"

#include <QByteArrayView>

namespace renkei {

// Guesses how a file's bytes are encoded, and finds the bytes that are not valid text in an
// encoding, so that a reader can say where they are instead of silently replacing them.
class EncodingDetector
{
public:
    struct Guess
    {
        TextEncoding encoding = TextEncoding::Utf8;
        // False when the bytes are valid in neither encoding: the guess is the one with fewer bad bytes.
        bool certain = true;
        // A UTF-16 byte-order mark ("Unicode text" from Excel): none of our encodings.
        bool utf16 = false;
    };

    // A UTF-8 byte-order mark, else valid UTF-8 (plain ASCII included), else valid Shift_JIS.
    // `complete` says that `bytes` is the whole file; when it is only the beginning, a character
    // cut off at the end is not held against an encoding.
    static Guess detect(QByteArrayView bytes, bool complete);

    // The offset of the first byte that does not start a valid character, or -1 when all are valid.
    static qsizetype firstInvalid(QByteArrayView bytes, TextEncoding encoding, bool complete = true);
    // How many bad sequences the bytes hold (a bad sequence is skipped one byte at a time).
    static int invalidCount(QByteArrayView bytes, TextEncoding encoding, bool complete = true);
    // The length of the character starting at `offset`, or 0 when none starts there.
    static int characterLength(QByteArrayView bytes, qsizetype offset, TextEncoding encoding);
};

} // namespace renkei
