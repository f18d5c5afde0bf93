// The document language through renkei-cli: the network's stored setting, and --document-language over
// it for one run, globally or on a document command.
#include "TestSupport.h"

#include "core/storage/SettingsRepository.h"

#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace renkei;
using renkei::test::runCli;

namespace {

// A demo database, and the id of its meeting No. 47.
struct DemoNetwork
{
    QTemporaryDir dir;
    QString db;

    DemoNetwork()
    {
        REQUIRE(dir.isValid());
        db = dir.filePath(QStringLiteral("demo.renkei"));
        const auto made = runCli({QStringLiteral("--db"), db, QStringLiteral("demo")});
        INFO(made.err.toStdString());
        REQUIRE(made.exitCode == 0);
    }

    test::CliRun run(const QStringList &args, const QString &locale = QStringLiteral("en_US.UTF-8")) const
    {
        return runCli(QStringList{QStringLiteral("--db"), db} + args, locale);
    }
    QString announce(const QStringList &extra = {},
                     const QString &locale = QStringLiteral("en_US.UTF-8")) const
    {
        const auto r =
            run(QStringList{QStringLiteral("announce"), QStringLiteral("--meeting"), QStringLiteral("17")} +
                    extra,
                locale);
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        return r.out;
    }
    Result<DocumentLanguage> stored() const
    {
        Result<std::unique_ptr<Database>> opened = Database::open(db, Database::OpenMode::OpenExisting);
        REQUIRE(opened);
        return SettingsRepository(**opened).documentLanguage();
    }
    void store(DocumentLanguage language) const
    {
        Result<std::unique_ptr<Database>> opened = Database::open(db, Database::OpenMode::OpenExisting);
        REQUIRE(opened);
        REQUIRE(SettingsRepository(**opened).setDocumentLanguage(language));
    }
};

} // namespace

TEST_CASE("the CLI prints in the stored document language, and --document-language overrides it for a run")
{
    const DemoNetwork demo;
    // Japanese by default, though the terminal speaks English.
    CHECK(demo.announce().contains(QStringLiteral("■参加申込")));

    demo.store(DocumentLanguage::English);
    const QString english = demo.announce({}, QStringLiteral("ja_JP.UTF-8"));
    CHECK(english.contains(QStringLiteral("- To attend:")));
    CHECK_FALSE(english.contains(QStringLiteral("参加申込")));

    // On the command, and as a global option before it.
    CHECK(demo.announce({QStringLiteral("--document-language"), QStringLiteral("ja")})
              .contains(QStringLiteral("■参加申込")));
    const auto global =
        demo.run({QStringLiteral("--document-language"), QStringLiteral("ja"), QStringLiteral("announce"),
                  QStringLiteral("--meeting"), QStringLiteral("17")});
    REQUIRE(global.exitCode == 0);
    CHECK(global.out.contains(QStringLiteral("■参加申込")));
    // The run's choice is not stored.
    CHECK(*demo.stored() == DocumentLanguage::English);
}

TEST_CASE("the sign-in sheet and the calendar follow --document-language, not the terminal's language")
{
    const DemoNetwork demo;
    const QString pdf = demo.dir.filePath(QStringLiteral("sheet.pdf"));
    const auto sheet =
        demo.run({QStringLiteral("sheet"), QStringLiteral("--meeting"), QStringLiteral("17"),
                  QStringLiteral("--out"), pdf, QStringLiteral("--document-language"), QStringLiteral("en")},
                 QStringLiteral("ja_JP.UTF-8"));
    INFO(sheet.err.toStdString());
    REQUIRE(sheet.exitCode == 0);
    const QString text = test::pdfText(pdf);
    CHECK(text.contains(QStringLiteral("sign-in sheet")));
    CHECK(text.contains(QStringLiteral("Signature")));
    CHECK_FALSE(text.contains(QStringLiteral("署名")));

    const QString ics = demo.dir.filePath(QStringLiteral("meetings.ics"));
    REQUIRE(demo.run({QStringLiteral("ical"), QStringLiteral("--out"), ics,
                      QStringLiteral("--document-language"), QStringLiteral("en")})
                .exitCode == 0);
    QFile file(ics);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString calendar = QString::fromUtf8(file.readAll());
    CHECK(calendar.contains(QStringLiteral("Fee: ")));
    CHECK_FALSE(calendar.contains(QStringLiteral("参加費")));
}

TEST_CASE("a document language other than ja or en is wrong usage")
{
    const DemoNetwork demo;
    const auto run = demo.run({QStringLiteral("agenda"), QStringLiteral("--meeting"), QStringLiteral("17"),
                               QStringLiteral("--out"), demo.dir.filePath(QStringLiteral("a.txt")),
                               QStringLiteral("--document-language"), QStringLiteral("fr")});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("'fr'")));
    CHECK_FALSE(QFile::exists(demo.dir.filePath(QStringLiteral("a.txt"))));
}
