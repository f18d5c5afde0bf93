// The fast path of large roster imports: indexes set aside and rebuilt, rows read on a second
// thread, inserts through SQLite's C API; and the schema change that made member writes cheaper.
#include "core/io/RosterImport.h"
#include "core/storage/AreaRepository.h"
#include "core/storage/MemberBulkWriter.h"
#include "core/storage/MemberRepository.h"
#include "core/storage/SqlValues.h"
#include "core/storage/SqliteStatement.h"

#include "TestSupport.h"

#include <QBuffer>

#include <catch2/catch.hpp>

using namespace renkei;
using renkei::test::TempDatabase;

namespace {

// name → CREATE INDEX statement, of the members table.
QMap<QString, QString> memberIndexes(Database &db)
{
    QSqlQuery q = db.query();
    REQUIRE(q.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = "
                                  "'members' AND sql IS NOT NULL")));
    QMap<QString, QString> out;
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toString());
    return out;
}

int memberCount(Database &db)
{
    QSqlQuery q = db.query();
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM members")));
    REQUIRE(q.next());
    return q.value(0).toInt();
}

// Readings made of two kana from a list of 40, so that every row is another person.
QString kana(int i)
{
    static const QString letters =
        QStringLiteral("アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリ");
    return QString(letters[i % 40]) + letters[i / 40 % 40] + letters[i / 1600 % 40];
}

// A roster of `rows` different people; `repeatAt` rows (by index) repeat person `repeatOf` exactly.
QByteArray roster(int rows, const QList<int> &repeatAt = {}, int repeatOf = 0, const QString &lastRow = {},
                  int first = 0)
{
    QString text = QStringLiteral("氏名,フリガナ,職種,メール,電話,入会日\r\n");
    for (int i = 0; i < rows; ++i) {
        const int who = repeatAt.contains(i) ? repeatOf : first + i;
        text += QStringLiteral("山田　%1,ヤマダ　%2,看護師,p%3@example.jp,03-1234-%4,2024/4/1\r\n")
                    .arg(who)
                    .arg(kana(who))
                    .arg(who)
                    .arg(who % 10000, 4, 10, QLatin1Char('0'));
    }
    text += lastRow;
    return text.toUtf8();
}

RosterImportReport importBytes(Database &db, const QByteArray &bytes,
                               const RosterImport::Options &options = {})
{
    QBuffer buffer;
    buffer.setData(bytes);
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    return RosterImport(db).run(buffer, options);
}

} // namespace

TEST_CASE("a large import builds the indexes it set aside once, and they are the schema's own again")
{
    TempDatabase db;
    const QMap<QString, QString> before = memberIndexes(db.db());
    REQUIRE(before.contains(QStringLiteral("members_kana")));

    const RosterImportReport report = importBytes(db.db(), roster(6000));
    REQUIRE(report.ok());
    CHECK(report.imported == 6000);
    CHECK(report.written);
    // Those a duplicate is looked up through stay; the others were rebuilt at the end.
    CHECK_FALSE(report.indexesRebuilt.isEmpty());
    for (const QString &kept : MemberBulkWriter::lookupIndexes())
        CHECK_FALSE(report.indexesRebuilt.contains(kept));
    CHECK(report.indexesRebuilt.contains(QStringLiteral("members_profession")));
    CHECK(memberIndexes(db.db()) == before);
    QSqlQuery check = db->query();
    REQUIRE(check.exec(QStringLiteral("PRAGMA integrity_check")));
    REQUIRE(check.next());
    CHECK(check.value(0).toString() == QStringLiteral("ok"));
    CHECK(memberCount(db.db()) == 6000);
}

TEST_CASE("a small import, or one into a larger roster, updates every index row by row")
{
    TempDatabase db;
    const RosterImportReport small = importBytes(db.db(), roster(300));
    REQUIRE(small.ok());
    CHECK(small.imported == 300);
    CHECK(small.indexesRebuilt.isEmpty());

    // 5,700 more people into 300 would set indexes aside; 5,000 more into 6,000 would not.
    const RosterImportReport large = importBytes(db.db(), roster(5700, {}, 0, {}, 300));
    REQUIRE(large.ok());
    CHECK_FALSE(large.indexesRebuilt.isEmpty());
    const RosterImportReport more = importBytes(db.db(), roster(5000, {}, 0, {}, 6000));
    REQUIRE(more.ok());
    CHECK(more.imported == 5000);
    CHECK(more.indexesRebuilt.isEmpty());
    CHECK(memberCount(db.db()) == 11000);
}

TEST_CASE("duplicates within a large file are found while indexes are set aside")
{
    TempDatabase db;
    // Rows 5,800 and 5,900 are person 7 again: long after the indexes were set aside.
    const RosterImportReport report = importBytes(db.db(), roster(6000, {5800, 5900}, 7));
    REQUIRE(report.ok());
    CHECK_FALSE(report.indexesRebuilt.isEmpty());
    CHECK(report.imported == 5998);
    CHECK(report.skipped == 2);
    REQUIRE(report.duplicateCount == 2);
    CHECK(report.duplicates.first().line == 5802); // the header is line 1
    CHECK(report.duplicates.first().earlierLine == 9);
    CHECK(memberCount(db.db()) == 5998);
}

TEST_CASE("a large import with a bad last row writes nothing and leaves every index as it was")
{
    TempDatabase db;
    const QMap<QString, QString> before = memberIndexes(db.db());
    const RosterImportReport report =
        importBytes(db.db(), roster(6000, {}, 0,
                                    QStringLiteral("山田　花子,やまだ　はなこ,看護師,not-an-address,,\r\n")));
    CHECK_FALSE(report.ok());
    CHECK_FALSE(report.written);
    CHECK(report.problemCount == 1);
    REQUIRE_FALSE(report.problems.isEmpty());
    CHECK(report.problems.first().line == 6002);
    CHECK(report.problems.first().column == 4);
    CHECK(memberCount(db.db()) == 0);
    CHECK(memberIndexes(db.db()) == before);
}

TEST_CASE("cancelling a large import stops the reading thread and writes nothing")
{
    TempDatabase db;
    const QMap<QString, QString> before = memberIndexes(db.db());
    RosterImport::Options options;
    int calls = 0;
    options.progress = [&](qint64 bytes) {
        CHECK(bytes > 0);
        return ++calls < 3;
    };
    const RosterImportReport report = importBytes(db.db(), roster(6000), options);
    CHECK(report.cancelled);
    CHECK(calls == 3);
    CHECK_FALSE(report.written);
    CHECK(memberCount(db.db()) == 0);
    CHECK(memberIndexes(db.db()) == before);
}

TEST_CASE("a dry run of a large import checks every row and leaves the database as it was")
{
    TempDatabase db;
    const QMap<QString, QString> before = memberIndexes(db.db());
    RosterImport::Options options;
    options.dryRun = true;
    const RosterImportReport report = importBytes(db.db(), roster(6000), options);
    CHECK(report.ok());
    CHECK(report.imported == 6000);
    CHECK_FALSE(report.written);
    CHECK(memberCount(db.db()) == 0);
    CHECK(memberIndexes(db.db()) == before);
}

TEST_CASE("the bulk writer sets indexes aside only inside a transaction, and a rollback brings them back")
{
    TempDatabase db;
    const QMap<QString, QString> before = memberIndexes(db.db());
    {
        MemberBulkWriter bulk(db.db());
        CHECK_FALSE(bulk.deferIndexes().ok());
        CHECK(memberIndexes(db.db()) == before);
    }
    MemberBulkWriter bulk(db.db());
    const Status failed = db->transaction([&]() -> Status {
        if (Status s = bulk.deferIndexes(); !s)
            return s;
        const QMap<QString, QString> during = memberIndexes(db.db());
        CHECK(during.keys() ==
              QStringList{QStringLiteral("members_email_nocase"), QStringLiteral("members_kana")});
        CHECK(bulk.indexesDeferred());
        return Error{QStringLiteral("on purpose")};
    });
    CHECK_FALSE(failed.ok());
    CHECK(memberIndexes(db.db()) == before);

    MemberBulkWriter again(db.db());
    const Status done = db->transaction([&]() -> Status {
        if (Status s = again.deferIndexes(); !s)
            return s;
        CHECK(memberIndexes(db.db()).size() == 2);
        return again.restoreIndexes();
    });
    CHECK(done.ok());
    CHECK_FALSE(again.indexesDeferred());
    CHECK(memberIndexes(db.db()) == before);
}

TEST_CASE("members' e-mail is indexed once, case-blind, and referrers only where there is one")
{
    TempDatabase db;
    const QMap<QString, QString> indexes = memberIndexes(db.db());
    CHECK_FALSE(indexes.contains(QStringLiteral("members_email")));
    CHECK(indexes.value(QStringLiteral("members_email_nocase")).contains(QStringLiteral("COLLATE NOCASE")));
    CHECK(indexes.value(QStringLiteral("members_referred_by"))
              .contains(QStringLiteral("WHERE referred_by IS NOT NULL")));

    // The lookups still go through an index, not a scan of every member.
    const auto plan = [&](const QString &sql) {
        QSqlQuery q = db->query();
        REQUIRE(q.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + sql));
        QString text;
        while (q.next())
            text += q.value(3).toString() + QLatin1Char('\n');
        return text;
    };
    CHECK(plan(QStringLiteral("SELECT id FROM members WHERE email = 'A@b.jp' COLLATE NOCASE"))
              .contains(QStringLiteral("members_email_nocase")));
    CHECK(plan(QStringLiteral("SELECT id FROM members WHERE referred_by = 3"))
              .contains(QStringLiteral("members_referred_by")));

    Member m;
    m.familyName = QStringLiteral("山田");
    m.familyKana = QStringLiteral("やまだ");
    m.email = QStringLiteral("Hanako.Yamada@Example.jp");
    MemberRepository members(db.db());
    REQUIRE(members.add(m).ok());
    Member other;
    other.familyName = QStringLiteral("佐藤");
    other.familyKana = QStringLiteral("さとう");
    other.email = QStringLiteral("hanako.yamada@example.JP");
    const Result<QList<Member>> same = MemberBulkWriter(db.db()).sameReadingOrEmail(other);
    REQUIRE(same.ok());
    REQUIRE(same->size() == 1);
    CHECK(same->first().email == m.email);
}

TEST_CASE("SQLite's own statements bind text, ids and nulls, and say what failed")
{
    TempDatabase db;
    SqliteStatement insert(
        db.db(), QStringLiteral("INSERT INTO professions (name_ja, name_en, category, display_order)"
                                " VALUES (?, ?, ?, ?)"));
    REQUIRE(insert.isValid());
    insert.bindText(0, QStringLiteral("音楽療法士"));
    insert.bindText(1, QStringView());
    insert.bindText(2, QStringLiteral("other"));
    insert.bindInt(3, 999);
    REQUIRE(insert.exec(QStringLiteral("adding a profession")).ok());
    const qint64 id = insert.lastInsertId();
    QSqlQuery q = db->query();
    REQUIRE(q.exec(
        QStringLiteral("SELECT name_ja, name_en, display_order FROM professions WHERE id = %1").arg(id)));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("音楽療法士"));
    CHECK(q.value(1).toString().isEmpty());
    CHECK(q.value(2).toInt() == 999);

    // A NOT NULL column given NULL: refused, with what was being done and SQLite's reason.
    insert.bindNull(0);
    insert.bindText(1, QStringLiteral("x"));
    insert.bindText(2, QStringLiteral("other"));
    insert.bindId(3, 0);
    const Status refused = insert.exec(QStringLiteral("adding a profession"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("adding a profession")));
    CHECK(refused.error().message.contains(QStringLiteral("NOT NULL")));

    SqliteStatement broken(db.db(), QStringLiteral("INSERT INTO no_such_table VALUES (?)"));
    CHECK_FALSE(broken.isValid());
    CHECK(broken.error().contains(QStringLiteral("no_such_table")));
    CHECK_FALSE(broken.exec(QStringLiteral("adding nothing")).ok());
}

TEST_CASE("dates are stored as QDate writes them in ISO form")
{
    for (const QDate &d : {QDate(2024, 4, 1), QDate(1, 1, 1), QDate(9999, 12, 31), QDate(2000, 2, 29),
                           QDate(1989, 1, 8), QDate(12, 10, 5)})
        CHECK(sql::isoDate(d) == d.toString(Qt::ISODate));
    CHECK(sql::isoDate(QDate()) == QDate().toString(Qt::ISODate));
}

TEST_CASE("an area name found once is looked up again after the import creates another of that name")
{
    TempDatabase db;
    Area ward;
    ward.name = QStringLiteral("みなと坂区");
    const Result<qint64> wardId = AreaRepository(db.db()).add(ward);
    REQUIRE(wardId.ok());
    Area zone;
    zone.name = QStringLiteral("北圏域");
    zone.parentId = *wardId;
    const Result<qint64> zoneId = AreaRepository(db.db()).add(zone);
    REQUIRE(zoneId.ok());

    // Line 2 finds the one 北圏域; line 3 creates a second under a new ward; line 4 can no longer tell
    // which is meant, and says so, as it would have without line 2.
    const QString text = QStringLiteral("氏名,フリガナ,エリア\n"
                                        "山田　花子,ヤマダ　ハナコ,北圏域\n"
                                        "佐藤　一郎,サトウ　イチロウ,新川区/北圏域\n"
                                        "鈴木　次郎,スズキ　ジロウ,北圏域\n");
    RosterImport::Options options;
    options.areas.createUnknown = true;
    const RosterImportReport report = importBytes(db.db(), text.toUtf8(), options);
    CHECK_FALSE(report.ok());
    REQUIRE(report.problemCount == 1);
    CHECK(report.problems.first().line == 4);
    CHECK(report.problems.first().column == 3);
    CHECK(report.problems.first().message.contains(QStringLiteral("北圏域")));
}
