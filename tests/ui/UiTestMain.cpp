// Catch2 main for the widget tests: an offscreen QApplication in English, and settings redirected
// to a temporary folder so that no test reads or writes the user's own.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "core/text/Language.h"

#include <QApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

int main(int argc, char **argv)
{
    // Also when CTest lists the tests, which runs this without the test's environment.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("RenkeiTests"));
    QApplication::setApplicationName(QStringLiteral("RenkeiUiTests"));
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir settingsDir;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());

    // RENKEI_TEST_LOCALE=ja_JP runs them (and takes the screenshots) in Japanese.
    renkei::Language::install(app, qEnvironmentVariable("RENKEI_TEST_LOCALE", QStringLiteral("en_US")));
    return Catch::Session().run(argc, argv);
}
