#include "ui/AppSettings.h"
#include "UiTestSupport.h"

#include <catch2/catch.hpp>

using namespace renkei;
using namespace renkei::test;

TEST_CASE("settings stamp their version and carry renamed keys over", "[settings]")
{
    TestSettings test;
    QSettings &settings = test.settings();
    settings.setValue(QStringLiteral("lastDatabase"), QStringLiteral("/home/sato/network.renkei"));
    settings.setValue(QStringLiteral("window/size"), QStringLiteral("kept"));
    const QList<AppSettings::RenamedKey> renames{
        {2, QStringLiteral("lastDatabase"), QStringLiteral("files/last")},
        {3, QStringLiteral("window/size"), QStringLiteral("mainWindow/size")},
    };

    AppSettings::upgrade(settings, renames, 2);

    CHECK(settings.value(QStringLiteral("settingsVersion")).toInt() == 2);
    CHECK(settings.value(QStringLiteral("files/last")).toString() ==
          QStringLiteral("/home/sato/network.renkei"));
    CHECK_FALSE(settings.contains(QStringLiteral("lastDatabase")));
    // A rename of a later version waits for that version.
    CHECK(settings.value(QStringLiteral("window/size")).toString() == QStringLiteral("kept"));

    AppSettings::upgrade(settings, renames, 3);
    CHECK(settings.value(QStringLiteral("mainWindow/size")).toString() == QStringLiteral("kept"));
    CHECK(settings.value(QStringLiteral("settingsVersion")).toInt() == 3);
}

TEST_CASE("settings written by a newer Renkei are left alone", "[settings]")
{
    TestSettings test;
    QSettings &settings = test.settings();
    settings.setValue(QStringLiteral("settingsVersion"), AppSettings::currentVersion + 1);
    settings.setValue(QStringLiteral("files/last"), QStringLiteral("/tmp/a.renkei"));

    AppSettings app(settings);

    CHECK(settings.value(QStringLiteral("settingsVersion")).toInt() == AppSettings::currentVersion + 1);
    CHECK(app.lastFile() == QStringLiteral("/tmp/a.renkei"));
}

TEST_CASE("new settings start at the current version", "[settings]")
{
    TestSettings test;
    AppSettings app(test.settings());
    CHECK(test.settings().value(QStringLiteral("settingsVersion")).toInt() == AppSettings::currentVersion);
    CHECK(app.recentFiles().isEmpty());
    CHECK(app.lastFile().isEmpty());
}
