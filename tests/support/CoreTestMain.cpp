// Catch2 main for tests without widgets: a QGuiApplication (documents paint text) on the offscreen
// platform, in English, then the session.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "core/text/Language.h"

#include <QGuiApplication>

int main(int argc, char **argv)
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    renkei::Language::install(app, QStringLiteral("en_US"));
    return Catch::Session().run(argc, argv);
}
