#include "DocumentLanguageOption.h"

namespace renkei::cli {

DocumentLanguageOption::DocumentLanguageOption()
    : m_option(QStringLiteral("document-language"),
               tr("The language of printed documents: ja (Japanese) or en (English); default: the "
                  "network's setting."),
               QStringLiteral("ja|en"))
{}

std::optional<int> DocumentLanguageOption::apply(const QCommandLineParser &parser, CliContext &context,
                                                 const QString &helpCommand) const
{
    if (!parser.isSet(m_option))
        return std::nullopt;
    const std::optional<DocumentLanguage> language = Language::fromCode(parser.value(m_option));
    if (!language)
        return context.usageError(
            tr("'%1' is not a document language; give ja or en.").arg(parser.value(m_option)), helpCommand);
    context.setDocumentLanguage(*language);
    return std::nullopt;
}

} // namespace renkei::cli
