#pragma once

#include <QString>

class QCoreApplication;

namespace renkei {

// The language the application speaks: the system locale's, Japanese when it is Japanese,
// English otherwise. Translations are loaded once at start-up.
class Language
{
public:
    // Loads Renkei's and Qt's catalogues for `localeName` ("ja_JP"; empty: the system locale).
    static void install(QCoreApplication &app, const QString &localeName = {});
    static bool isJapanese();
};

} // namespace renkei
