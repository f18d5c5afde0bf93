#pragma once

#include <QString>

#include <optional>

class QCoreApplication;
class QLocale;
class QTranslator;

namespace renkei {

// The language printed documents are written in. It belongs to the network, not to the screen: an
// English-speaking organiser in Japan still hands out Japanese sheets, and a Japanese desktop may print
// English ones. Stored in the database (SettingsRepository::documentLanguage); Japanese by default.
enum class DocumentLanguage
{
    Japanese,
    English,
};

// The language the application speaks: the system locale's, Japanese when it is Japanese,
// English otherwise. Translations are loaded once at start-up.
class Language
{
public:
    // Loads Renkei's and Qt's catalogues for `localeName` ("ja_JP"; empty: the system locale).
    static void install(QCoreApplication &app, const QString &localeName = {});
    static bool isJapanese();

    // Loads Renkei's catalogue for `locale` (the compiled :/i18n/renkei_*.qm) into `translator`; what
    // the screen and the printed documents both read.
    static bool loadCatalogue(QTranslator &translator, const QLocale &locale);

    // "ja" / "en", as stored and as the CLI's --document-language takes it.
    static QString code(DocumentLanguage language);
    // The language of a code ("ja", "en", case-insensitive); none for anything else.
    static std::optional<DocumentLanguage> fromCode(const QString &code);
    // 日本語 / English: each language's name in itself, as language menus write them.
    static QString nativeName(DocumentLanguage language);
};

} // namespace renkei
