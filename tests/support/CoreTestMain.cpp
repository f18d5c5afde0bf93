// Catch2 main for tests without widgets: a QCoreApplication in English, then the session.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "text/Language.h"

#include <QCoreApplication>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    renkei::Language::install(app, QStringLiteral("en_US"));
    return Catch::Session().run(argc, argv);
}
