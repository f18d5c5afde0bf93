#include "EncodingCheck.h"

namespace renkei {

namespace {

struct LookAlike
{
    char32_t from;
    const char16_t *to;
};

// Characters Unicode has twice, where Shift_JIS (CP932) has only the other one, and a few
// ideographs outside it with a usual plain form.
constexpr LookAlike lookAlikes[] =
    {
        {0x301C, u"～"}, // WAVE DASH, as Macs and Linux write 〜
        {0x2016, u"∥"},   {0x2212, u"－"}, {0x2014, u"―"},   {0x2013, u"－"},
        {0x00A2, u"￠"},  {0x00A3, u"￡"}, {0x00AC, u"￢"},  {0x00A5, u"￥"},
        {0x203E, u"￣"},  {0x00A0, u" "},  {0x20BB7, u"吉"}, // 𠮷 (tsuchi-yoshi)
        {0x2363A, u"橋"},                                    // 𣘺
};

// The substitute when there is no look-alike: the geta mark, JIS's sign for a missing character.
constexpr char16_t missingMark = u'〓';

bool isVariantMark(char32_t c)
{
    return (c >= 0xFE00 && c <= 0xFE0F) || (c >= 0xE0100 && c <= 0xE01EF) || c == 0x200D || c == 0x200B;
}

// The character at `i` (a surrogate pair read whole), moving `i` past it.
char32_t readCharacter(const QString &text, qsizetype &i)
{
    char32_t c = text.at(i).unicode();
    if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
        c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
        ++i;
    }
    ++i;
    return c;
}

template <typename F> void forEachCharacter(const QString &text, F f)
{
    for (qsizetype i = 0; i < text.size();) {
        const qsizetype start = i;
        const char32_t c = readCharacter(text, i);
        f(c, QStringView(text).mid(start, i - start));
    }
}

} // namespace

EncodingCheck::EncodingCheck(TextEncoding encoding) : m_encoding(encoding) {}

bool EncodingCheck::canHold(char32_t c)
{
    if (c < 0x80 || m_encoding != TextEncoding::ShiftJis)
        return true; // UTF-8 holds everything
    if (c <= 0xFFFF) {
        if (m_bmp.empty())
            m_bmp.resize(0x10000, 0);
        if (const quint8 known = m_bmp[c]; known != 0)
            return known == 1;
    } else if (auto it = m_known.constFind(c); it != m_known.cend()) {
        return *it;
    }
    // Qt 6.4's ICU converters keep an error once they have one, and must not be moved: made anew
    // in place for each character looked at (once per distinct character).
    m_encoder.emplace(textEncodingCodecName(m_encoding), QStringEncoder::Flag::Stateless);
    m_decoder.emplace(textEncodingCodecName(m_encoding), QStringDecoder::Flag::Stateless);
    const QString original = QString::fromUcs4(&c, 1);
    const QByteArray bytes = m_encoder->encode(original);
    bool ok = !m_encoder->hasError();
    if (ok) {
        // A fallback mapping that reads back as another character does not hold this one either.
        const QString back = m_decoder->decode(bytes);
        ok = !m_decoder->hasError() && back == original;
    }
    if (c <= 0xFFFF)
        m_bmp[c] = ok ? 1 : 2;
    else
        m_known.insert(c, ok);
    return ok;
}

bool EncodingCheck::canHold(const QString &text)
{
    if (m_encoding != TextEncoding::ShiftJis)
        return true;
    for (qsizetype i = 0; i < text.size();)
        if (!canHold(readCharacter(text, i)))
            return false;
    return true;
}

QStringList EncodingCheck::unrepresentable(const QString &text)
{
    QStringList out;
    if (m_encoding != TextEncoding::ShiftJis)
        return out;
    forEachCharacter(text, [&](char32_t c, QStringView character) {
        if (!canHold(c) && !out.contains(character))
            out << character.toString();
    });
    return out;
}

QString EncodingCheck::replacementFor(const QString &character)
{
    const QList<uint> ucs4 = character.toUcs4();
    if (ucs4.isEmpty())
        return {};
    const char32_t c = ucs4.first();
    if (isVariantMark(c))
        return {};
    for (const LookAlike &l : lookAlikes)
        if (l.from == c && canHold(QString::fromUtf16(l.to)))
            return QString::fromUtf16(l.to);
    const QString plain = character.normalized(QString::NormalizationForm_KC);
    if (plain != character && !plain.isEmpty() && canHold(plain))
        return plain;
    return QString(QChar(missingMark));
}

QString EncodingCheck::describe(const QString &character)
{
    QStringList codes;
    for (uint c : character.toUcs4())
        codes << QStringLiteral("U+") + QString::number(c, 16).rightJustified(4, QLatin1Char('0')).toUpper();
    return QStringLiteral("%1 (%2)").arg(character, codes.join(QLatin1Char(' ')));
}

QString EncodingCheck::describe(const QStringList &characters)
{
    QStringList out;
    for (const QString &c : characters)
        out << describe(c);
    return out.join(QStringLiteral(", "));
}

QString EncodingCheck::replaced(const QString &text)
{
    if (canHold(text))
        return text;
    QString out;
    out.reserve(text.size());
    forEachCharacter(text, [&](char32_t c, QStringView character) {
        if (canHold(c))
            out.append(character);
        else
            out.append(replacementFor(character.toString()));
    });
    return out;
}

} // namespace renkei
