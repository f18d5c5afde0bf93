#include "core/io/RosterDuplicateFinder.h"
#include "core/storage/MemberBulkWriter.h"
#include "core/storage/MemberRepository.h"

#include "TestSupport.h"

#include <catch2/catch.hpp>

using namespace renkei;
using renkei::test::TempDatabase;

namespace {

Member person(const char16_t *family, const char16_t *given, const char16_t *familyKana,
              const char16_t *givenKana, const QString &email = {}, const QString &phone = {})
{
    Member m;
    m.familyName = QString::fromUtf16(family);
    m.givenName = QString::fromUtf16(given);
    m.familyKana = QString::fromUtf16(familyKana);
    m.givenKana = QString::fromUtf16(givenKana);
    m.email = email;
    m.phone = phone;
    return m;
}

qint64 add(Database &db, const Member &m)
{
    const Result<qint64> id = MemberRepository(db).add(m);
    REQUIRE(id.ok());
    return *id;
}

std::optional<RosterDuplicateFinder::Match> find(RosterDuplicateFinder &finder, const Member &row,
                                                 qint64 idInFile = 0)
{
    const Result<std::optional<RosterDuplicateFinder::Match>> found = finder.find(
        row, RosterDuplicateFinder::readingKey(row), RosterDuplicateFinder::emailKey(row), idInFile);
    REQUIRE(found.ok());
    return *found;
}

} // namespace

TEST_CASE("the duplicate finder matches a row by name and reading, e-mail, or reading and phone")
{
    TempDatabase db;
    const qint64 hanako =
        add(db.db(), person(u"山田", u"花子", u"やまだ", u"はなこ", QStringLiteral("Hanako@Example.jp"),
                            QStringLiteral("03-1111-2222")));
    MemberBulkWriter writer(db.db());
    RosterDuplicateFinder finder(db.db(), writer);
    REQUIRE(finder.seed().ok());
    CHECK(finder.existingMembers() == 1);

    std::optional<RosterDuplicateFinder::Match> m =
        find(finder, person(u"山田", u"花子", u"ヤマダ", u"ハナコ"));
    REQUIRE(m.has_value());
    CHECK(m->member.id == hanako);
    CHECK(m->reason == RosterDuplicate::Reason::SameNameAndReading);

    m = find(finder, person(u"佐藤", u"花子", u"さとう", u"はなこ", QStringLiteral("hanako@example.JP")));
    REQUIRE(m.has_value());
    CHECK(m->reason == RosterDuplicate::Reason::SameEmail);

    m = find(finder,
             person(u"山田", u"華子", u"やまだ", u"はなこ", {}, QStringLiteral("０３（１１１１）２２２２")));
    REQUIRE(m.has_value());
    CHECK(m->reason == RosterDuplicate::Reason::SameReadingAndPhone);

    // The same reading under another name and no shared contact is another person.
    CHECK_FALSE(find(finder, person(u"山田", u"華子", u"やまだ", u"はなこ")).has_value());
}

TEST_CASE("a member ID from an earlier export is trusted only when the person looks the same")
{
    TempDatabase db;
    const qint64 hanako = add(db.db(), person(u"山田", u"花子", u"やまだ", u"はなこ"));
    MemberBulkWriter writer(db.db());
    RosterDuplicateFinder finder(db.db(), writer);
    REQUIRE(finder.seed().ok());
    std::optional<RosterDuplicateFinder::Match> m =
        find(finder, person(u"山田", u"花子", u"やまだ", u"はな"), hanako);
    REQUIRE(m.has_value());
    CHECK(m->reason == RosterDuplicate::Reason::SameId);
    CHECK_FALSE(find(finder, person(u"鈴木", u"一郎", u"すずき", u"いちろう"), hanako).has_value());
}

TEST_CASE("the duplicate finder asks the database only about keys it was told of")
{
    TempDatabase db;
    MemberBulkWriter writer(db.db());
    RosterDuplicateFinder finder(db.db(), writer);
    REQUIRE(finder.seed().ok());
    CHECK(finder.existingMembers() == 0);
    // Added behind the finder's back: its filter has never seen the reading, so it is not looked up.
    const Member hanako = person(u"山田", u"花子", u"やまだ", u"はなこ");
    add(db.db(), hanako);
    CHECK_FALSE(find(finder, hanako).has_value());
    finder.remember(RosterDuplicateFinder::readingKey(hanako), RosterDuplicateFinder::emailKey(hanako));
    CHECK(find(finder, hanako).has_value());
}

TEST_CASE("the duplicate finder tells which line of the file a member was added from")
{
    TempDatabase db;
    MemberBulkWriter writer(db.db());
    RosterDuplicateFinder finder(db.db(), writer);
    finder.added(41, 2);
    finder.added(42, 3);
    finder.added(44, 9);
    CHECK(finder.lineAdded(41) == 2);
    CHECK(finder.lineAdded(42) == 3);
    CHECK(finder.lineAdded(43) == 0);
    CHECK(finder.lineAdded(44) == 9);
    CHECK(finder.lineAdded(40) == 0);
    CHECK(finder.lineAdded(45) == 0);
}
