#include "ExportEncoding.h"

namespace renkei::cli {

ExportEncodingOptions::ExportEncodingOptions()
    : m_encoding(QStringLiteral("encoding"),
                 tr("utf-8-bom (what Excel recognises), utf-8 or shift_jis (default: utf-8-bom)."),
                 tr("encoding"), QStringLiteral("utf-8-bom")),
      m_replace(
          QStringLiteral("replace-unrepresentable"),
          tr("Agree to replacing characters Shift_JIS cannot hold with look-alikes (〜 with ～, 𠮷 with "
             "吉) or 〓. Without it such an export is refused and the values listed."))
{}

void ExportEncodingOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({m_encoding, m_replace});
}

std::optional<TextEncoding> ExportEncodingOptions::encoding(const QCommandLineParser &parser) const
{
    return textEncodingFromKey(parser.value(m_encoding));
}

QString ExportEncodingOptions::unknownEncoding(const QCommandLineParser &parser) const
{
    return tr("Unknown encoding '%1'; use utf-8-bom, utf-8 or shift_jis.").arg(parser.value(m_encoding));
}

int reportUnrepresentable(CliContext &context, const QList<UnrepresentableValue> &values,
                          TextEncoding encoding)
{
    QTextStream &err = context.err();
    for (const UnrepresentableValue &v : values) {
        const QString who =
            v.memberId > 0 ? ExportEncodingOptions::tr("%1 (ID %2)").arg(v.who).arg(v.memberId) : v.who;
        //: %1 who, %2 the column, %3 the value, %4 the characters, %5 the value as it would be written
        err << ExportEncodingOptions::tr("%1, %2: “%3” has %4; it would be written “%5”.")
                   .arg(who, v.column, v.value, EncodingCheck::describe(v.characters), v.replacement)
            << '\n';
    }
    return context.fail(Error{ExportEncodingOptions::tr("%n value(s) cannot be written in %1. Add "
                                                        "--replace-unrepresentable to agree to the "
                                                        "replacements above, or choose --encoding utf-8-bom.",
                                                        "", int(values.size()))
                                  .arg(textEncodingLabel(encoding))});
}

QString rosterFieldKeysOf(const QList<RosterField> &fields)
{
    QStringList keys;
    for (RosterField f : fields)
        keys << rosterFieldKey(f);
    return keys.join(QLatin1Char(','));
}

} // namespace renkei::cli
