#include "TextEncoding.h"

#include "core/model/EnumText.h"

#include <QCoreApplication>

namespace renkei {

namespace {
constexpr EnumKeys<TextEncoding, 3> encodingKeys{{
    {TextEncoding::Utf8, "utf-8"},
    {TextEncoding::Utf8Bom, "utf-8-bom"},
    {TextEncoding::ShiftJis, "shift_jis"},
}};
} // namespace

QString textEncodingKey(TextEncoding encoding)
{
    return enumKey(encodingKeys, encoding);
}

std::optional<TextEncoding> textEncodingFromKey(const QString &key)
{
    if (auto found = enumFromKey(encodingKeys, key.trimmed()))
        return found;
    QString folded = key.trimmed().toLower();
    folded.remove(QLatin1Char('-'));
    folded.remove(QLatin1Char('_'));
    if (folded == QLatin1String("utf8"))
        return TextEncoding::Utf8;
    if (folded == QLatin1String("utf8bom") || folded == QLatin1String("utf8sig"))
        return TextEncoding::Utf8Bom;
    if (folded == QLatin1String("shiftjis") || folded == QLatin1String("sjis") ||
        folded == QLatin1String("cp932") || folded == QLatin1String("windows31j") ||
        folded == QLatin1String("ms932"))
        return TextEncoding::ShiftJis;
    return std::nullopt;
}

QStringList textEncodingKeys()
{
    return allEnumKeys(encodingKeys);
}

QList<TextEncoding> exportEncodings()
{
    return {TextEncoding::Utf8Bom, TextEncoding::Utf8, TextEncoding::ShiftJis};
}

QString textEncodingLabel(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        return QCoreApplication::translate("renkei::TextEncoding", "UTF-8");
    case TextEncoding::Utf8Bom:
        return QCoreApplication::translate("renkei::TextEncoding", "UTF-8 with BOM (Excel)");
    case TextEncoding::ShiftJis:
        break;
    }
    return QCoreApplication::translate("renkei::TextEncoding", "Shift_JIS (Windows, CP932)");
}

const char *textEncodingCodecName(TextEncoding encoding)
{
    return encoding == TextEncoding::ShiftJis ? "Shift_JIS" : "UTF-8";
}

} // namespace renkei
