// The roster's commands end to end: members add, show, edit, archive, restore and find, and the lists
// of organisations, professions and areas, as a script would run them.
#include "TestSupport.h"

#include "core/demo/DemoNetwork.h"
#include "core/io/CsvReader.h"
#include "core/storage/MemberRepository.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

using renkei::test::CliRun;
using renkei::test::runCli;

namespace {

struct DemoFile
{
    QTemporaryDir dir;
    QString path;

    DemoFile()
    {
        REQUIRE(dir.isValid());
        path = dir.filePath(QStringLiteral("demo.renkei"));
        const CliRun run = runCli({QStringLiteral("--db"), path, QStringLiteral("demo")});
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
    }

    CliRun run(const QStringList &args, const QString &locale = QStringLiteral("en_US.UTF-8")) const
    {
        return runCli(QStringList{QStringLiteral("--db"), path} + args, locale);
    }
};

// One CSV record a line (the commands' values have no line breaks here).
QList<QStringList> csv(const QString &text)
{
    QList<QStringList> out;
    for (const QString &line : text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts))
        out << renkei::CsvReader::splitLine(line);
    return out;
}

// The value under `key` in a one-record CSV.
QString field(const QString &text, const QString &key)
{
    const QList<QStringList> records = csv(text);
    REQUIRE(records.size() == 2);
    const qsizetype column = records.at(0).indexOf(key);
    REQUIRE(column >= 0);
    return records.at(1).at(column);
}

QStringList strings(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *s : list)
        out << QString::fromUtf8(s);
    return out;
}

} // namespace

TEST_CASE("members add creates a member from options and members show prints every field")
{
    DemoFile demo;
    const CliRun added = demo.run(strings({"members",          "add",
                                           "--name",           "新井　さくら",
                                           "--kana",           "ｱﾗｲ ｻｸﾗ",
                                           "--profession",     "Pharmacist",
                                           "--email",          "sakura.arai@example.jp",
                                           "--phone",          "０３－５５５５－０１２３",
                                           "--joined",         "2026/4/1",
                                           "--consent-roster", "はい",
                                           "--consent-email",  "no",
                                           "--format",         "csv"}));
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    const QString id = field(added.out, QStringLiteral("id"));
    CHECK(field(added.out, QStringLiteral("family_name")) == QStringLiteral("新井"));
    CHECK(field(added.out, QStringLiteral("given_name")) == QStringLiteral("さくら"));
    CHECK(field(added.out, QStringLiteral("given_kana")) == QStringLiteral("ｻｸﾗ"));
    CHECK(field(added.out, QStringLiteral("profession")) == QStringLiteral("Pharmacist"));
    CHECK(field(added.out, QStringLiteral("joined_on")) == QStringLiteral("2026-04-01"));
    CHECK(field(added.out, QStringLiteral("consent_roster")) == QStringLiteral("yes"));
    CHECK(field(added.out, QStringLiteral("consent_email")) == QStringLiteral("no"));

    const CliRun shown = demo.run({QStringLiteral("members"), QStringLiteral("show"), id});
    REQUIRE(shown.exitCode == 0);
    CHECK(shown.out.contains(QStringLiteral("sakura.arai@example.jp")));
    CHECK(shown.out.contains(QStringLiteral("Family name reading")));
    const CliRun japanese =
        demo.run({QStringLiteral("members"), QStringLiteral("show"), id}, QStringLiteral("ja_JP.UTF-8"));
    CHECK(japanese.out.contains(QStringLiteral("薬剤師")));

    const CliRun missing = demo.run(strings({"members", "show", "99999"}));
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains(QStringLiteral("99999")));
    CHECK(demo.run(strings({"members", "show"})).exitCode == 2);
}

TEST_CASE("members add lists every invalid field by its option and adds nothing")
{
    DemoFile demo;
    const CliRun refused = demo.run(strings({"members", "add", "--family-name", "山田", "--family-kana",
                                             "山田", "--email", "yamada-at-example", "--phone", "12",
                                             "--profession", "占い師", "--consent-email", "maybe"}));
    CHECK(refused.exitCode == 1);
    CHECK(refused.out.isEmpty());
    CHECK(refused.err.contains(QStringLiteral("--profession: There is no profession named “占い師”.")));
    CHECK(refused.err.contains(QStringLiteral("--consent-email: “maybe” is neither yes nor no.")));

    const CliRun invalid = demo.run(strings({"members", "add", "--family-name", "山田", "--family-kana",
                                             "山田", "--email", "yamada-at-example", "--phone", "12"}));
    CHECK(invalid.exitCode == 1);
    CHECK(invalid.err.contains(QStringLiteral("--family-kana: ")));
    CHECK(invalid.err.contains(QStringLiteral("--email: ")));
    CHECK(invalid.err.contains(QStringLiteral("--phone: ")));
    const CliRun none = demo.run(strings({"members", "find", "山田", "--all", "--format", "csv"}));
    for (const QStringList &record : csv(none.out).mid(1))
        CHECK(record.at(1) != QStringLiteral("山田"));
}

TEST_CASE("members add refuses someone who looks like an existing member unless told to add them anyway")
{
    DemoFile demo;
    const CliRun first =
        demo.run(strings({"members", "add", "--name", "重複 太郎", "--kana", "ちょうふく たろう", "--email",
                          "dup@example.jp", "--format", "csv"}));
    REQUIRE(first.exitCode == 0);
    const QString id = field(first.out, QStringLiteral("id"));

    const CliRun again =
        demo.run(strings({"members", "add", "--name", "重複 太郎", "--kana", "チョウフク タロウ"}));
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(
        QStringLiteral("重複 太郎 (member %1) may be the same person: same name and reading").arg(id)));
    CHECK(again.err.contains(QStringLiteral("--allow-duplicate")));

    const CliRun sameEmail = demo.run(
        strings({"members", "add", "--name", "別人", "--kana", "べつじん", "--email", "DUP@example.jp"}));
    CHECK(sameEmail.exitCode == 1);
    CHECK(sameEmail.err.contains(QStringLiteral("same e-mail address")));

    const CliRun anyway = demo.run(strings(
        {"members", "add", "--name", "重複 太郎", "--kana", "ちょうふく たろう", "--allow-duplicate"}));
    CHECK(anyway.exitCode == 0);
    CHECK(anyway.out.startsWith(QStringLiteral("Added 重複 太郎 as member ")));
}

TEST_CASE("members edit changes only the fields given, and an empty value clears one")
{
    DemoFile demo;
    const CliRun added = demo.run(
        strings({"members", "add", "--name", "編集 花子", "--kana", "へんしゅう はなこ", "--email",
                 "old@example.jp", "--phone", "03-1111-1111", "--profession", "看護師", "--format", "csv"}));
    REQUIRE(added.exitCode == 0);
    const QString id = field(added.out, QStringLiteral("id"));

    const CliRun edited =
        demo.run(strings({"members", "edit"}) + QStringList{id} +
                 strings({"--email", "new@example.jp", "--phone", "", "--medical-association", "yes"}));
    INFO(edited.err.toStdString());
    REQUIRE(edited.exitCode == 0);
    CHECK(edited.out == QStringLiteral("Saved 編集 花子 (member %1).\n").arg(id));
    const CliRun shown = demo.run(QStringList{QStringLiteral("members"), QStringLiteral("show"), id,
                                              QStringLiteral("--format"), QStringLiteral("csv")});
    CHECK(field(shown.out, QStringLiteral("email")) == QStringLiteral("new@example.jp"));
    CHECK(field(shown.out, QStringLiteral("phone")).isEmpty());
    CHECK(field(shown.out, QStringLiteral("profession")) == QStringLiteral("Nurse"));
    CHECK(field(shown.out, QStringLiteral("medical_association")) == QStringLiteral("yes"));

    const CliRun bad =
        demo.run(strings({"members", "edit"}) + QStringList{id} + strings({"--given-kana", "花子"}));
    CHECK(bad.exitCode == 1);
    CHECK(bad.err.contains(QStringLiteral("--given-kana")));
    CHECK(demo.run(strings({"members", "edit"}) + QStringList{id}).exitCode == 2); // nothing to change
}

TEST_CASE("members archive and restore move a member off and back onto the active roster")
{
    DemoFile demo;
    const CliRun added = demo.run(
        strings({"members", "add", "--name", "退会 一郎", "--kana", "たいかい いちろう", "--format", "csv"}));
    REQUIRE(added.exitCode == 0);
    const QString id = field(added.out, QStringLiteral("id"));
    auto findsHim = [&](const char *extra) {
        QStringList args = strings({"members", "find", "たいかい", "--format", "csv"});
        if (extra)
            args << QString::fromLatin1(extra);
        return csv(demo.run(args).out).size() == 2;
    };
    CHECK(findsHim(nullptr));

    const CliRun archived = demo.run(QStringList{QStringLiteral("members"), QStringLiteral("archive"), id});
    CHECK(archived.exitCode == 0);
    CHECK(archived.out == QStringLiteral("Archived 退会 一郎 (member %1).\n").arg(id));
    CHECK_FALSE(findsHim(nullptr));
    CHECK(findsHim("--archived"));
    CHECK(demo.run(QStringList{QStringLiteral("members"), QStringLiteral("archive"), id})
              .out.contains(QStringLiteral("already archived")));

    const CliRun restored = demo.run(QStringList{QStringLiteral("members"), QStringLiteral("restore"), id,
                                                 QStringLiteral("--format"), QStringLiteral("csv")});
    CHECK(restored.exitCode == 0);
    CHECK(csv(restored.out) ==
          QList<QStringList>{strings({"id", "status"}), QStringList{id, QStringLiteral("active")}});
    CHECK(findsHim(nullptr));
}

TEST_CASE("members find searches as the members view does, with its filters")
{
    DemoFile demo;
    REQUIRE(demo.run(strings({"members", "add", "--name", "検索 次郎", "--kana", "ケンサク ジロウ",
                              "--profession", "医師"}))
                .exitCode == 0);
    for (const char *typed : {"けんさく", "ｹﾝｻｸ", "けんさく じろう", "検索次郎"}) {
        INFO(typed);
        const CliRun found = demo.run(strings({"members", "find", typed, "--format", "csv"}));
        REQUIRE(found.exitCode == 0);
        const QList<QStringList> records = csv(found.out);
        REQUIRE(records.size() == 2);
        CHECK(records.at(1).at(1) == QStringLiteral("検索 次郎"));
    }
    const CliRun byProfession =
        demo.run(strings({"members", "find", "けんさく", "--profession", "看護師", "--format", "csv"}));
    CHECK(csv(byProfession.out).size() == 1); // the header only
    const CliRun table = demo.run(strings({"members", "find", "けんさく"}));
    CHECK(table.out.contains(QStringLiteral("検索 次郎")));
    CHECK(table.out.section(QLatin1Char('\n'), 0, 0).trimmed().startsWith(QStringLiteral("ID")));
}

TEST_CASE("the lists of professions, organisations and areas show how many members use each entry")
{
    DemoFile demo;
    const CliRun professions = demo.run(strings({"professions", "list", "--format", "csv"}));
    REQUIRE(professions.exitCode == 0);
    const QList<QStringList> rows = csv(professions.out);
    CHECK(rows.first() == strings({"id", "name_ja", "name_en", "category", "members", "status"}));
    int total = 0;
    for (const QStringList &row : rows.mid(1))
        total += row.at(4).toInt();
    CHECK(total > 0);
    CHECK(total <= renkei::DemoNetwork::memberCount);
    CHECK(demo.run(strings({"professions", "list"})).out.contains(QStringLiteral("Physician")));

    const CliRun organisations = demo.run(strings({"organisations", "list", "--format", "csv"}));
    REQUIRE(organisations.exitCode == 0);
    const QList<QStringList> orgs = csv(organisations.out);
    CHECK(orgs.first() == strings({"id", "name", "kind", "area", "phone", "fax", "members", "status"}));
    CHECK(orgs.size() > 10);

    const CliRun areas = demo.run(strings({"areas", "list", "--format", "csv"}));
    REQUIRE(areas.exitCode == 0);
    const QList<QStringList> tree = csv(areas.out);
    CHECK(tree.first() == strings({"id", "name", "ward", "in_area", "members", "organisations", "status"}));
    // A ward's count includes its zones'.
    for (const QStringList &ward : tree.mid(1)) {
        if (!ward.at(2).isEmpty())
            continue;
        int zones = 0;
        for (const QStringList &zone : tree.mid(1))
            if (zone.at(2) == ward.at(1))
                zones += zone.at(4).toInt();
        CHECK(ward.at(4).toInt() >= zones);
    }
    const CliRun table = demo.run(strings({"areas", "list"}), QStringLiteral("ja_JP.UTF-8"));
    CHECK(table.exitCode == 0);
    CHECK(demo.run(strings({"areas", "list", "--format", "xml"})).exitCode == 2);
}
