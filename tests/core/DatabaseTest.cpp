#include "TestSupport.h"

#include "core/storage/Database.h"
#include "core/storage/MemberRepository.h"
#include "core/storage/ProfessionRepository.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace renkei;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

int scalar(Database &db, const QString &sql)
{
    QSqlQuery q = db.query();
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toInt();
}

} // namespace

TEST_CASE("a new database is created at the current schema version with foreign keys and WAL on")
{
    test::TempDatabase temp;
    CHECK(temp->schemaVersion() == Database::currentSchemaVersion());
    CHECK(Database::currentSchemaVersion() >= 1);
    CHECK(scalar(temp.db(), QStringLiteral("PRAGMA foreign_keys")) == 1);
    CHECK(scalar(temp.db(), QStringLiteral("PRAGMA application_id")) == Database::applicationId);
    QSqlQuery q = temp->query();
    REQUIRE(q.exec(QStringLiteral("PRAGMA journal_mode")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("wal"));
}

TEST_CASE("a new database file is readable and writable by its owner only")
{
    test::TempDatabase temp;
    const QFileDevice::Permissions perms = QFile::permissions(temp.path());
    CHECK(perms.testFlag(QFileDevice::ReadOwner));
    CHECK(perms.testFlag(QFileDevice::WriteOwner));
    CHECK_FALSE(perms.testFlag(QFileDevice::ReadGroup));
    CHECK_FALSE(perms.testFlag(QFileDevice::ReadOther));
    CHECK_FALSE(perms.testFlag(QFileDevice::WriteOther));
}

TEST_CASE("a new database starts with the 22 professions of community care in Japanese and English")
{
    test::TempDatabase temp;
    ProfessionRepository professions(temp.db());
    auto all = professions.all();
    REQUIRE(all);
    REQUIRE(all->size() == 22);
    CHECK(all->first().nameJa == QStringLiteral("医師"));
    CHECK(all->first().nameEn == QStringLiteral("Physician"));
    CHECK(all->last().nameJa == QStringLiteral("その他"));
    for (const Profession &p : *all) {
        CHECK_FALSE(p.nameJa.isEmpty());
        CHECK_FALSE(p.nameEn.isEmpty());
    }
    auto care = professions.findByName(QStringLiteral("介護支援専門員"));
    REQUIRE(care);
    CHECK(care->category == ProfessionCategory::Care);
}

TEST_CASE("reopening a database keeps its data and does not migrate again")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.renkei"));
    {
        auto db = Database::open(path, Database::OpenMode::CreateNew);
        REQUIRE(db);
        ProfessionRepository professions(**db);
        REQUIRE(professions.add(Profession{0, QStringLiteral("鍼灸師"), QStringLiteral("Acupuncturist"),
                                           ProfessionCategory::Medical, 0, false}));
    }
    auto db = Database::open(path, Database::OpenMode::OpenExisting);
    REQUIRE(db);
    auto all = ProfessionRepository(**db).all();
    REQUIRE(all);
    CHECK(all->size() == 23);
}

TEST_CASE("open modes refuse a missing file or an existing one as asked")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing.renkei"));
    auto missing = Database::open(path, Database::OpenMode::OpenExisting);
    REQUIRE_FALSE(missing);
    CHECK(missing.error().message.contains(QStringLiteral("does not exist")));
    CHECK_FALSE(QFile::exists(path));

    REQUIRE(Database::open(path, Database::OpenMode::CreateNew));
    auto again = Database::open(path, Database::OpenMode::CreateNew);
    REQUIRE_FALSE(again);
    CHECK(again.error().message.contains(QStringLiteral("already exists")));
}

TEST_CASE("a file that is not an SQLite database is refused and left unchanged")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("roster.csv"));
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("氏名,ふりがな\n山田 太郎,やまだ たろう\n");
    }
    const QByteArray before = fileHash(path);
    auto db = Database::open(path);
    REQUIRE_FALSE(db);
    CHECK(db.error().message.contains(QStringLiteral("not a Renkei database")));
    CHECK(db.error().file.endsWith(QStringLiteral("roster.csv")));
    CHECK(fileHash(path) == before);
}

TEST_CASE("an SQLite file of another application is refused and left unchanged")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.sqlite"));
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        other.setDatabaseName(path);
        REQUIRE(other.open());
        QSqlQuery q(other);
        REQUIRE(q.exec(QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")));
        q.finish();
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    const QByteArray before = fileHash(path);
    auto db = Database::open(path);
    REQUIRE_FALSE(db);
    CHECK(db.error().message.contains(QStringLiteral("not made by Renkei")));
    CHECK(fileHash(path) == before);
}

TEST_CASE("a database written by a newer Renkei is refused with a clear message and left untouched")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("newer.renkei"));
    {
        auto db = Database::open(path, Database::OpenMode::CreateNew);
        REQUIRE(db);
        REQUIRE(
            (*db)->exec(QStringLiteral("PRAGMA user_version = %1").arg(Database::currentSchemaVersion() + 5),
                        QStringLiteral("test")));
        REQUIRE((*db)->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"), QStringLiteral("test")));
    }
    const QByteArray before = fileHash(path);
    auto db = Database::open(path);
    REQUIRE_FALSE(db);
    CHECK(db.error().message.contains(QStringLiteral("newer version of Renkei")));
    CHECK(db.error().message.contains(QString::number(Database::currentSchemaVersion() + 5)));
    CHECK(fileHash(path) == before);
}

TEST_CASE("a damaged database is refused and never overwritten")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("damaged.renkei"));
    {
        auto db = Database::open(path, Database::OpenMode::CreateNew);
        REQUIRE(db);
        MemberRepository members(**db);
        for (int i = 0; i < 200; ++i) {
            Member m;
            m.familyName = QStringLiteral("山田%1").arg(i);
            m.familyKana = QStringLiteral("やまだ");
            REQUIRE(members.add(m));
        }
        REQUIRE((*db)->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"), QStringLiteral("test")));
    }
    {
        // Scribble over the pages after the first, keeping the header intact.
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadWrite));
        REQUIRE(f.size() > 8192);
        f.seek(4096);
        f.write(QByteArray(f.size() - 4096, '\x5a'));
    }
    const QByteArray before = fileHash(path);
    auto db = Database::open(path);
    REQUIRE_FALSE(db);
    CHECK(db.error().message.contains(QStringLiteral("damaged")));
    CHECK(fileHash(path) == before);
}

TEST_CASE("a failing migration rolls back whole and leaves the schema version where it was")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("m.renkei"));
    std::vector<Migration> steps = schemaMigrations();
    {
        auto db = Database::open(path, Database::OpenMode::CreateNew, steps);
        REQUIRE(db);
    }
    const int version = steps.back().version;
    steps.push_back(
        {version + 1, QStringLiteral("a step that fails half-way"), [](Database &db) -> Status {
             if (Status s =
                     db.exec(QStringLiteral("CREATE TABLE half_done (id INTEGER)"), QStringLiteral("test"));
                 !s)
                 return s;
             return db.exec(QStringLiteral("INSERT INTO no_such_table VALUES (1)"), QStringLiteral("test"));
         }});
    auto failed = Database::open(path, Database::OpenMode::OpenExisting, steps);
    REQUIRE_FALSE(failed);
    CHECK(failed.error().message.contains(QStringLiteral("nothing was changed")));

    auto db = Database::open(path, Database::OpenMode::OpenExisting);
    REQUIRE(db);
    CHECK((*db)->schemaVersion() == version);
    CHECK(scalar(**db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'")) == 0);
}

TEST_CASE("a transaction that fails writes nothing, and a nested failure rolls back only its part")
{
    test::TempDatabase temp;
    MemberRepository members(temp.db());
    auto addMember = [&](const QString &name) {
        Member m;
        m.familyName = name;
        m.familyKana = QStringLiteral("てすと");
        return members.add(m);
    };

    Status failed = temp->transaction([&]() -> Status {
        REQUIRE(addMember(QStringLiteral("一")));
        REQUIRE(addMember(QStringLiteral("二")));
        return Error(QStringLiteral("stop"));
    });
    REQUIRE_FALSE(failed);
    CHECK(failed.error().message == QStringLiteral("stop"));
    CHECK(*members.count() == 0);

    Status outer = temp->transaction([&]() -> Status {
        REQUIRE(addMember(QStringLiteral("三")));
        Status inner = temp->transaction([&]() -> Status {
            REQUIRE(addMember(QStringLiteral("四")));
            return Error(QStringLiteral("inner"));
        });
        CHECK_FALSE(inner);
        return {};
    });
    REQUIRE(outer);
    auto list = members.list();
    REQUIRE(list);
    REQUIRE(list->size() == 1);
    CHECK(list->first().familyName == QStringLiteral("三"));
}
