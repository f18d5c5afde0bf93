// renkei-cli run as a real process, as a user or a script would run it.
#include "TestSupport.h"

#include "core/demo/DemoNetwork.h"
#include "core/io/TextTable.h"
#include "core/text/KanaText.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using renkei::test::runCli;

namespace {

const QStringList csvHeader{
    QStringLiteral("id"),         QStringLiteral("name"),         QStringLiteral("kana"),
    QStringLiteral("profession"), QStringLiteral("organisation"), QStringLiteral("area"),
    QStringLiteral("email"),      QStringLiteral("phone"),        QStringLiteral("status")};

// RFC 4180 records, written independently of CsvWriter.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            record << field;
            field.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            record << field;
            records << record;
            record.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !record.isEmpty())
        records << (record << field);
    return records;
}

// Terminal columns of a character, by a rule independent of TextTable's: everything the demo
// writes from U+2E80 up (CJK, kana, full-width forms) is wide; it writes no half-width katakana.
int columnsOf(QChar c)
{
    return c.unicode() >= 0x2E80 ? 2 : 1;
}

// A fresh demo database, made once per test through the CLI itself.
struct DemoFile
{
    QTemporaryDir dir;
    QString path;

    DemoFile()
    {
        REQUIRE(dir.isValid());
        path = dir.filePath(QStringLiteral("demo.renkei"));
        const auto run = runCli({QStringLiteral("--db"), path, QStringLiteral("demo")});
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
    }
};

QList<QStringList> membersCsv(const QString &path, const QStringList &extra = {},
                              const QString &locale = QStringLiteral("en_US.UTF-8"))
{
    const auto run =
        runCli(QStringList{QStringLiteral("--db"), path, QStringLiteral("members"), QStringLiteral("list"),
                           QStringLiteral("--format"), QStringLiteral("csv")} +
                   extra,
               locale);
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.err.isEmpty());
    return parseCsv(run.out);
}

// Restores an environment variable when the test ends.
class ScopedEnvironment
{
public:
    ScopedEnvironment(const char *name, const QString &value)
        : m_name(name), m_had(qEnvironmentVariableIsSet(name))
    {
        m_old = qgetenv(name);
        if (value.isNull())
            qunsetenv(name);
        else
            qputenv(name, value.toLocal8Bit());
    }
    ~ScopedEnvironment()
    {
        if (m_had)
            qputenv(m_name, m_old);
        else
            qunsetenv(m_name);
    }

private:
    const char *m_name;
    bool m_had;
    QByteArray m_old;
};

} // namespace

TEST_CASE("renkei-cli --version prints the program's name and version")
{
    const auto run = runCli({QStringLiteral("--version")});
    CHECK(run.exitCode == 0);
    CHECK(run.out == QStringLiteral("renkei-cli %1\n").arg(QStringLiteral(RENKEI_VERSION)));
    CHECK(run.err.isEmpty());
}

TEST_CASE("renkei-cli --help lists the global options and every command with its summary")
{
    const auto run = runCli({QStringLiteral("--help")});
    CHECK(run.exitCode == 0);
    CHECK(run.err.isEmpty());
    CHECK(run.out.startsWith(QStringLiteral("Usage: renkei-cli ")));
    for (const char *expected : {"--db", "--version", "  init ", "  demo ", "  members list ", "五十音"})
        CHECK(run.out.contains(QString::fromUtf8(expected)));
}

TEST_CASE("a command's --help shows its own usage and options")
{
    const auto run = runCli({QStringLiteral("members"), QStringLiteral("list"), QStringLiteral("--help")});
    CHECK(run.exitCode == 0);
    CHECK(run.out.startsWith(QStringLiteral("Usage: renkei-cli members list [options]")));
    CHECK(run.out.contains(QStringLiteral("--format")));
    CHECK(run.out.contains(QStringLiteral("--archived")));

    const auto group = runCli({QStringLiteral("members"), QStringLiteral("--help")});
    CHECK(group.exitCode == 0);
    CHECK(group.out.contains(QStringLiteral("members list")));
}

TEST_CASE("an unknown command exits with status 2 and names it on stderr")
{
    const auto run = runCli({QStringLiteral("frobnicate")});
    CHECK(run.exitCode == 2);
    CHECK(run.out.isEmpty());
    CHECK(run.err.contains(QStringLiteral("frobnicate")));
    CHECK(run.err.contains(QStringLiteral("--help")));
}

TEST_CASE("wrong usage exits with status 2 and a pointer to the help")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("x.renkei"));
    const QList<QStringList> wrong{
        {},                                                  // no command
        {QStringLiteral("--bogus")},                         // unknown global option
        {QStringLiteral("members")},                         // missing subcommand
        {QStringLiteral("members"), QStringLiteral("frob")}, // unknown subcommand
        {QStringLiteral("members"), QStringLiteral("list"), QStringLiteral("--bogus")},
        {QStringLiteral("members"), QStringLiteral("list"), QStringLiteral("--format"),
         QStringLiteral("xml")},
        {QStringLiteral("members"), QStringLiteral("list"), QStringLiteral("--format")}, // missing value
        {QStringLiteral("members"), QStringLiteral("list"), QStringLiteral("--all"),
         QStringLiteral("--archived")},
        {QStringLiteral("init"), QStringLiteral("extra")},
        {QStringLiteral("demo"), QStringLiteral("--seed"), QStringLiteral("many")},
        {QStringLiteral("--db")}, // missing value
    };
    for (const QStringList &args : wrong) {
        const auto run = runCli(QStringList{QStringLiteral("--db"), db} + args);
        INFO(args.join(QLatin1Char(' ')).toStdString() << "\n" << run.err.toStdString());
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(QStringLiteral("--help")));
        CHECK(run.out.isEmpty());
    }
    CHECK_FALSE(QFileInfo::exists(db)); // nothing was created on the way
}

TEST_CASE("init creates a database and refuses to replace an existing file")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.renkei"));
    const auto first = runCli({QStringLiteral("--db"), path, QStringLiteral("init")});
    INFO(first.err.toStdString());
    CHECK(first.exitCode == 0);
    REQUIRE(QFileInfo::exists(path));
    CHECK(first.out.contains(QFileInfo(path).fileName()));
    {
        auto opened = renkei::Database::open(path, renkei::Database::OpenMode::OpenExisting);
        REQUIRE(opened.ok());
    }
    const auto run = runCli({QStringLiteral("--db"), path, QStringLiteral("members"), QStringLiteral("list"),
                             QStringLiteral("--format"), QStringLiteral("csv")});
    CHECK(run.exitCode == 0);
    CHECK(parseCsv(run.out) == QList<QStringList>{csvHeader}); // empty, header only

    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();
    const auto second = runCli({QStringLiteral("init"), QStringLiteral("--db"), path});
    CHECK(second.exitCode == 1);
    CHECK(second.err.contains(QFileInfo(path).fileName()));
    CHECK(second.out.isEmpty());
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == before);
}

TEST_CASE("demo fills about 150 members whom members list prints as CSV with a header")
{
    DemoFile demo;
    const QList<QStringList> active = membersCsv(demo.path);
    REQUIRE(active.size() > 1);
    CHECK(active.first() == csvHeader);
    const qsizetype activeCount = active.size() - 1;
    CHECK(activeCount >= 135);
    CHECK(activeCount < renkei::DemoNetwork::memberCount);
    for (qsizetype i = 1; i < active.size(); ++i) {
        REQUIRE(active.at(i).size() == csvHeader.size());
        CHECK(active.at(i).last() == QStringLiteral("active"));
    }

    const QList<QStringList> all = membersCsv(demo.path, {QStringLiteral("--all")});
    CHECK(all.size() - 1 == renkei::DemoNetwork::memberCount);
    const QList<QStringList> archived = membersCsv(demo.path, {QStringLiteral("--archived")});
    CHECK(archived.size() - 1 == renkei::DemoNetwork::memberCount - activeCount);
    for (qsizetype i = 1; i < archived.size(); ++i)
        CHECK(archived.at(i).last() == QStringLiteral("archived"));

    // The ids of the two partial lists make up the whole.
    QSet<QString> ids;
    for (const auto *list : {&active, &archived})
        for (qsizetype i = 1; i < list->size(); ++i)
            ids.insert(list->at(i).first());
    CHECK(ids.size() == renkei::DemoNetwork::memberCount);
}

TEST_CASE("members are listed in 五十音 order of their readings")
{
    DemoFile demo;
    const QList<QStringList> rows = membersCsv(demo.path, {QStringLiteral("--all")});
    REQUIRE(rows.size() > 100);
    const int kana = int(csvHeader.indexOf(QStringLiteral("kana")));
    QString previous;
    for (qsizetype i = 1; i < rows.size(); ++i) {
        const QString reading = rows.at(i).at(kana);
        const QString family = reading.section(QLatin1Char(' '), 0, 0);
        const QString given = reading.section(QLatin1Char(' '), 1);
        const QString key = renkei::KanaText::sortKey(family, given);
        INFO(rows.at(i - 1).at(kana).toStdString() << " before " << reading.toStdString());
        CHECK(previous <= key);
        previous = key;
    }
    // From あ to わ, whatever the script of the reading.
    CHECK(renkei::KanaText::toHiragana(rows.at(1).at(kana)).startsWith(QChar(u'あ')));
    CHECK(renkei::KanaText::toHiragana(rows.last().at(kana)).startsWith(QChar(u'わ')));
}

TEST_CASE("the table's columns line up whatever the width of the characters, in both languages")
{
    DemoFile demo;
    for (const QString &locale : {QStringLiteral("en_US.UTF-8"), QStringLiteral("ja_JP.UTF-8")}) {
        INFO(locale.toStdString());
        const QList<QStringList> csv = membersCsv(demo.path, {}, locale);
        const auto run = runCli(
            {QStringLiteral("--db"), demo.path, QStringLiteral("members"), QStringLiteral("list")}, locale);
        REQUIRE(run.exitCode == 0);
        const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        REQUIRE(lines.size() == csv.size() + 1); // header, rule, one line a member

        // The rule under the header gives each column's first and last terminal column.
        const QString rule = lines.at(1);
        QList<std::pair<int, int>> columns;
        for (int i = 0; i < rule.size(); ++i) {
            if (rule.at(i) != QLatin1Char('-'))
                continue;
            int end = i;
            while (end < rule.size() && rule.at(end) == QLatin1Char('-'))
                ++end;
            columns.append({i, end});
            i = end;
        }
        REQUIRE(columns.size() == csvHeader.size());

        for (qsizetype row = 1; row < csv.size(); ++row) {
            const QString line = lines.at(row + 1);
            // Where each terminal column starts in the line's characters.
            QHash<int, int> charAt;
            int width = 0;
            for (int i = 0; i < line.size(); ++i) {
                charAt.insert(width, i);
                width += columnsOf(line.at(i));
            }
            charAt.insert(width, int(line.size()));
            CHECK(width <= columns.last().second);
            for (int c = 0; c < columns.size(); ++c) {
                const int start = columns.at(c).first;
                const int end = std::min(columns.at(c).second, width);
                INFO("row " << row << " column " << c << ": " << line.toStdString());
                if (start >= width) { // an empty last cell
                    CHECK(csv.at(row).at(c).isEmpty());
                    continue;
                }
                REQUIRE(charAt.contains(start));
                REQUIRE(charAt.contains(end));
                const QString cell = line.mid(charAt.value(start), charAt.value(end) - charAt.value(start));
                if (c == 8) // the status is translated in the table, a key in the CSV
                    CHECK_FALSE(cell.trimmed().isEmpty());
                else
                    CHECK(cell.trimmed() == csv.at(row).at(c));
                if (c > 0) // two spaces before every column
                    CHECK(line.mid(charAt.value(start) - 2, 2) == QStringLiteral("  "));
            }
        }
        CHECK(renkei::TextTable::displayWidth(lines.at(0)) <= columns.last().second);
    }
}

TEST_CASE("professions are shown in Japanese in the Japanese locale and in English otherwise")
{
    DemoFile demo;
    const int profession = int(csvHeader.indexOf(QStringLiteral("profession")));
    QSet<QString> english;
    for (const QStringList &row : membersCsv(demo.path).mid(1))
        english.insert(row.at(profession));
    QSet<QString> japanese;
    for (const QStringList &row : membersCsv(demo.path, {}, QStringLiteral("ja_JP.UTF-8")).mid(1))
        japanese.insert(row.at(profession));
    CHECK(english.contains(QStringLiteral("Physician")));
    CHECK_FALSE(english.contains(QStringLiteral("医師")));
    CHECK(japanese.contains(QStringLiteral("医師")));
    CHECK(japanese.contains(QStringLiteral("介護支援専門員")));
    CHECK_FALSE(japanese.contains(QStringLiteral("Physician")));
}

TEST_CASE("demo refuses a database that already has members and leaves it as it was")
{
    DemoFile demo;
    const auto again = runCli({QStringLiteral("--db"), demo.path, QStringLiteral("demo")});
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QStringLiteral("members")));
    CHECK(again.err.contains(QFileInfo(demo.path).fileName()));
    CHECK(membersCsv(demo.path, {QStringLiteral("--all")}).size() - 1 == renkei::DemoNetwork::memberCount);
}

TEST_CASE("demo fills a database made by init")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("inited.renkei"));
    REQUIRE(runCli({QStringLiteral("--db"), path, QStringLiteral("init")}).exitCode == 0);
    const auto run = runCli({QStringLiteral("--db"), path, QStringLiteral("demo"), QStringLiteral("--seed"),
                             QStringLiteral("7")});
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("150")));
    CHECK(membersCsv(path, {QStringLiteral("--all")}).size() - 1 == renkei::DemoNetwork::memberCount);
}

TEST_CASE("a file that is not a Renkei database is refused with status 1 and left unchanged")
{
    QTemporaryDir dir;
    const QString text = dir.filePath(QStringLiteral("notes.txt"));
    {
        QFile file(text);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("id,name\n1,山田\n");
    }
    // An SQLite file of some other program.
    const QString other = dir.filePath(QStringLiteral("other.sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        db.setDatabaseName(other);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT)")));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));

    for (const QString &path : {text, other}) {
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QByteArray before = file.readAll();
        file.close();
        for (const QStringList &command : {QStringList{QStringLiteral("members"), QStringLiteral("list")},
                                           QStringList{QStringLiteral("demo")}}) {
            const auto run = runCli(QStringList{QStringLiteral("--db"), path} + command);
            INFO(run.err.toStdString());
            CHECK(run.exitCode == 1);
            CHECK(run.out.isEmpty());
            CHECK(run.err.contains(QFileInfo(path).fileName()));
            CHECK(run.err.contains(
                QStringLiteral("not"))); // "is not a Renkei database", "was not made by Renkei"
            CHECK(run.err.count(QLatin1Char('\n')) == 1); // one clear line, no noise from Qt
        }
        REQUIRE(file.open(QIODevice::ReadOnly));
        CHECK(file.readAll() == before);
    }
}

TEST_CASE("a database that does not exist is refused with status 1 and not created")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing.renkei"));
    const auto run =
        runCli({QStringLiteral("--db"), path, QStringLiteral("members"), QStringLiteral("list")});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QFileInfo(path).fileName()));
    CHECK_FALSE(QFileInfo::exists(path));
}

TEST_CASE("the database comes from RENKEI_DB when --db is not given")
{
    QTemporaryDir dir;
    const QString fromEnvironment = dir.filePath(QStringLiteral("env.renkei"));
    const ScopedEnvironment env("RENKEI_DB", fromEnvironment);
    CHECK(runCli({QStringLiteral("init")}).exitCode == 0);
    CHECK(QFileInfo::exists(fromEnvironment));

    // --db still wins.
    const QString explicitPath = dir.filePath(QStringLiteral("explicit.renkei"));
    CHECK(runCli({QStringLiteral("init"), QStringLiteral("--db"), explicitPath}).exitCode == 0);
    CHECK(QFileInfo::exists(explicitPath));
}

TEST_CASE("without --db or RENKEI_DB the database is the GUI's, in the application data folder")
{
    QTemporaryDir dir;
    const ScopedEnvironment noDb("RENKEI_DB", QString());
    const ScopedEnvironment data("XDG_DATA_HOME", dir.path());
    const auto run = runCli({QStringLiteral("init")});
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 0);
    CHECK(QFileInfo::exists(dir.filePath(QStringLiteral("Renkei/Renkei/renkei.renkei"))));
}

TEST_CASE("the Japanese locale keeps the exit statuses and command names")
{
    const QString ja = QStringLiteral("ja_JP.UTF-8");
    const auto help = runCli({QStringLiteral("--help")}, ja);
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(QStringLiteral("members list")));
    const auto wrong = runCli({QStringLiteral("frobnicate")}, ja);
    CHECK(wrong.exitCode == 2);
    CHECK(wrong.err.contains(QStringLiteral("frobnicate")));
}
