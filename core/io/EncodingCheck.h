#pragma once

#include "core/io/TextEncoding.h"

#include <QHash>
#include <QString>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QStringList>

#include <optional>
#include <vector>

namespace renkei {

// A value an export cannot write as it is in the chosen encoding: whose, in which column, and what
// it would become with the user's consent.
struct UnrepresentableValue
{
    qint64 memberId = 0; // 0 for a guest or a row that is not a member
    QString who;         // the member's (or guest's) name
    QString column;      // the column's header
    QString value;
    QStringList characters; // the characters the encoding has no form for
    QString replacement;    // the value as it would be written after replacing them
};

// Which characters an encoding cannot hold (Shift_JIS has no 𠮷, no 〜 WAVE DASH, no emoji), and a
// look-alike it can hold for each, so that an export can say what it would change before it does.
// Remembers each character it has looked at; one instance serves a whole export.
class EncodingCheck
{
public:
    explicit EncodingCheck(TextEncoding encoding);
    EncodingCheck(const EncodingCheck &) = delete;
    EncodingCheck &operator=(const EncodingCheck &) = delete;

    bool canHold(const QString &text);
    // The characters of `text` that the encoding cannot hold, each once, in order.
    QStringList unrepresentable(const QString &text);
    // `text` with each of those replaced: by a look-alike (〜 → ～, − → －, 𠮷 → 吉, a compatibility
    // form by its plain form), dropped when it only marks a variant (variation selectors), or 〓.
    QString replaced(const QString &text);
    // What replaced() puts in place of one character (possibly nothing).
    QString replacementFor(const QString &character);
    // "𠮷 (U+20BB7)": look-alikes are told apart by their code points.
    static QString describe(const QString &character);
    static QString describe(const QStringList &characters);

private:
    bool canHold(char32_t c);

    TextEncoding m_encoding;
    std::optional<QStringEncoder> m_encoder;
    std::optional<QStringDecoder> m_decoder;
    QHash<char32_t, bool> m_known; // beyond the Basic Multilingual Plane
    // For each character of the BMP: 0 not looked at yet, 1 held, 2 not: an export asks for every
    // character of every value.
    std::vector<quint8> m_bmp;
};

} // namespace renkei
