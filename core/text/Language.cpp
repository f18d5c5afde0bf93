#include "Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace renkei {

namespace {
bool g_japanese = false;
}

void Language::install(QCoreApplication &app, const QString &localeName)
{
    const QLocale locale = localeName.isEmpty() ? QLocale::system() : QLocale(localeName);
    QLocale::setDefault(locale);
    g_japanese = locale.language() == QLocale::Japanese;

    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    // Every language but Japanese reads English: a locale with no catalogue of its own (C, fr_FR)
    // gets the English one, whose plural forms say "1 meeting" and "6 meetings".
    auto *translator = new QTranslator(&app);
    if (loadCatalogue(*translator, locale))
        QCoreApplication::installTranslator(translator);
}

bool Language::isJapanese()
{
    return g_japanese;
}

bool Language::loadCatalogue(QTranslator &translator, const QLocale &locale)
{
    return translator.load(locale, QStringLiteral("renkei"), QStringLiteral("_"), QStringLiteral(":/i18n")) ||
           translator.load(QStringLiteral("renkei_en"), QStringLiteral(":/i18n"));
}

QString Language::code(DocumentLanguage language)
{
    return language == DocumentLanguage::English ? QStringLiteral("en") : QStringLiteral("ja");
}

std::optional<DocumentLanguage> Language::fromCode(const QString &code)
{
    const QString c = code.trimmed().toLower();
    if (c == QStringLiteral("ja"))
        return DocumentLanguage::Japanese;
    if (c == QStringLiteral("en"))
        return DocumentLanguage::English;
    return std::nullopt;
}

QString Language::nativeName(DocumentLanguage language)
{
    return language == DocumentLanguage::English ? QStringLiteral("English") : QStringLiteral("日本語");
}

} // namespace renkei
