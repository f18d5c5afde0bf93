#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace renkei {

// The encodings rosters come in and go out in: UTF-8, UTF-8 with the byte-order mark that tells
// Excel the file is UTF-8, and Shift_JIS as Windows writes it (CP932, Excel's default in Japan).
enum class TextEncoding
{
    Utf8,
    Utf8Bom,
    ShiftJis
};

// "utf-8", "utf-8-bom", "shift_jis": the keys the command line and settings use.
QString textEncodingKey(TextEncoding encoding);
// Also takes the usual other spellings (utf8, sjis, cp932, windows-31j), ignoring case.
std::optional<TextEncoding> textEncodingFromKey(const QString &key);
QStringList textEncodingKeys();
// The encodings an export offers, in the order offered: UTF-8 with BOM (the default, what Excel reads
// best), UTF-8, Shift_JIS.
QList<TextEncoding> exportEncodings();
// "UTF-8 with BOM (Excel)", for people.
QString textEncodingLabel(TextEncoding encoding);
// The name QStringDecoder and QStringEncoder know the encoding by.
const char *textEncodingCodecName(TextEncoding encoding);

} // namespace renkei
