#include "core/io/RosterImport.h"
#include "core/demo/DemoNetwork.h"
#include "core/storage/AreaRepository.h"
#include "core/storage/MemberRepository.h"
#include "core/storage/OrganisationRepository.h"
#include "core/storage/ProfessionRepository.h"

#include "TestSupport.h"

#include <QBuffer>

#include <catch2/catch.hpp>

using namespace renkei;
using renkei::test::TempDatabase;

namespace {

RosterImportReport importBytes(Database &db, const QByteArray &bytes,
                               const RosterImport::Options &options = {})
{
    QBuffer buffer;
    buffer.setData(bytes);
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    return RosterImport(db).run(buffer, options);
}

RosterImportReport importText(Database &db, const QString &text, const RosterImport::Options &options = {})
{
    return importBytes(db, text.toUtf8(), options);
}

int memberCount(Database &db)
{
    MemberFilter all;
    all.archived = MemberFilter::Archived::Include;
    const Result<int> n = MemberRepository(db).count(all);
    REQUIRE(n.ok());
    return *n;
}

Member memberNamed(Database &db, const QString &text)
{
    MemberFilter filter;
    filter.text = text;
    filter.archived = MemberFilter::Archived::Include;
    const Result<QList<Member>> found = MemberRepository(db).list(filter);
    REQUIRE(found.ok());
    REQUIRE(found->size() == 1);
    return found->first();
}

qint64 professionId(Database &db, const QString &name)
{
    const Result<Profession> p = ProfessionRepository(db).findByName(name);
    REQUIRE(p.ok());
    return p->id;
}

bool hasProblem(const RosterImportReport &report, int line, int column)
{
    for (const Error &e : report.problems)
        if (e.line == line && e.column == column)
            return true;
    return false;
}

const QString header = QStringLiteral("氏名,フリガナ,職種,メール,電話\n");

} // namespace

TEST_CASE("the Excel roster in Shift_JIS is read with every problem explained, and nothing is written")
{
    TempDatabase db;
    REQUIRE(DemoNetwork::fill(db.db()).ok());
    const int before = memberCount(db.db());

    const RosterImportReport report =
        RosterImport(db.db()).run(test::fixturePath(QStringLiteral("excel-roster-sjis.csv")), {});
    CHECK(report.encoding == TextEncoding::ShiftJis);
    CHECK(report.separator == QLatin1Char(','));
    CHECK(report.rows == 10); // the blank row is not one
    CHECK(report.rowsWithProblems == 5);
    REQUIRE(report.problemCount == 5);
    CHECK(hasProblem(report, 5, 7));  // sato@example
    CHECK(hasProblem(report, 6, 3));  // no reading
    CHECK(hasProblem(report, 7, 11)); // たぶん
    CHECK(hasProblem(report, 8, 4));  // 看護士
    CHECK(hasProblem(report, 9, 8));  // 123
    for (const Error &e : report.problems)
        CHECK_FALSE(e.message.isEmpty());
    CHECK(report.problems[0].toString().startsWith(QStringLiteral("line 5, column 7: ")));
    CHECK_FALSE(report.written);
    CHECK(memberCount(db.db()) == before);
}

TEST_CASE("the corrected Excel roster goes in whole, names split at full-width spaces")
{
    TempDatabase db;
    REQUIRE(DemoNetwork::fill(db.db()).ok());
    const int before = memberCount(db.db());

    const RosterImportReport report =
        RosterImport(db.db()).run(test::fixturePath(QStringLiteral("excel-roster-sjis-fixed.csv")), {});
    INFO((report.problems.isEmpty() ? QString() : report.problems.first().toString()).toStdString());
    REQUIRE(report.ok());
    CHECK(report.written);
    CHECK(report.imported == 5);
    CHECK(memberCount(db.db()) == before + 5);

    const Member takahashi = memberNamed(db.db(), QStringLiteral("takahashi@example.jp"));
    CHECK(takahashi.familyName == QStringLiteral("髙橋"));
    CHECK(takahashi.givenName == QStringLiteral("﨑子"));
    CHECK(takahashi.familyKana == QStringLiteral("タカハシ"));
    CHECK(takahashi.givenKana == QStringLiteral("サキコ"));
    CHECK(takahashi.professionId == professionId(db.db(), QStringLiteral("看護師")));
    CHECK(takahashi.consentRoster);
    const Result<Organisation> hospital =
        OrganisationRepository(db.db()).findByName(QStringLiteral("みなと坂中央病院"));
    REQUIRE(hospital.ok());
    CHECK(takahashi.organisationId == hospital->id);
    const Result<Area> konan = AreaRepository(db.db()).findByName(QStringLiteral("港南圏域"));
    REQUIRE(konan.ok());
    CHECK(takahashi.areaId == konan->id);

    const Member yamada = memberNamed(db.db(), QStringLiteral("yamada@example.jp"));
    CHECK(yamada.medicalAssociation);
    CHECK(yamada.notes == QStringLiteral("院長, 在宅医療"));
    CHECK(yamada.fax == QStringLiteral("03-1234-5679"));
    const Member ito = memberNamed(db.db(), QStringLiteral("ito@example.jp"));
    CHECK(ito.notes == QStringLiteral("複数行の\n備考です"));
    const Member nakamura = memberNamed(db.db(), QStringLiteral("nakamura@example.jp"));
    CHECK(nakamura.notes == QStringLiteral("\"先生\"と呼ばれたい"));
    CHECK(nakamura.areaId == konan->id); // written as ward/zone
    CHECK_FALSE(nakamura.medicalAssociation);
    const Member kobayashi = memberNamed(db.db(), QStringLiteral("kobayashi@example.jp"));
    CHECK(kobayashi.familyName == QStringLiteral("小林")); // a half-width space splits too
    CHECK(kobayashi.givenName == QStringLiteral("由美"));
    CHECK_FALSE(kobayashi.consentRoster);
}

TEST_CASE("an import with one bad row writes nothing")
{
    TempDatabase db;
    const RosterImportReport report = importText(
        db.db(), header + QStringLiteral("山田 太郎,やまだ たろう,医師,yamada@example.jp,03-1234-5678\n"
                                         "佐藤 花子,さとう はなこ,看護師,not-an-address,03-1234-5678\n"
                                         "鈴木 一郎,すずき いちろう,薬剤師,suzuki@example.jp,\n"));
    CHECK_FALSE(report.ok());
    CHECK(report.problemCount == 1);
    CHECK(hasProblem(report, 3, 4));
    CHECK_FALSE(report.written);
    CHECK(memberCount(db.db()) == 0);
}

TEST_CASE("a dry run says what it would do and writes nothing")
{
    TempDatabase db;
    RosterImport::Options options;
    options.dryRun = true;
    const RosterImportReport report = importText(
        db.db(), header + QStringLiteral("山田 太郎,やまだ たろう,医師,yamada@example.jp,03-1234-5678\n"),
        options);
    CHECK(report.ok());
    CHECK(report.imported == 1);
    CHECK_FALSE(report.written);
    CHECK(memberCount(db.db()) == 0);
}

TEST_CASE("a row that repeats an earlier row of the file is a duplicate of it")
{
    TempDatabase db;
    const QString text = header + QStringLiteral("山田 太郎,やまだ たろう,医師,yamada@example.jp,\n"
                                                 "佐藤 花子,さとう はなこ,看護師,,\n"
                                                 "山田　太郎,ヤマダ タロウ,医師,,03-1234-5678\n");
    SECTION("skipped")
    {
        const RosterImportReport report = importText(db.db(), text);
        REQUIRE(report.ok());
        CHECK(report.imported == 2);
        CHECK(report.skipped == 1);
        REQUIRE(report.duplicates.size() == 1);
        CHECK(report.duplicates[0].line == 4);
        CHECK(report.duplicates[0].earlierLine == 2);
        CHECK(report.duplicates[0].reason == RosterDuplicate::Reason::SameNameAndReading);
        CHECK(memberCount(db.db()) == 2);
    }
    SECTION("updated with what the later row says")
    {
        RosterImport::Options options;
        options.onDuplicate = DuplicateAction::Update;
        const RosterImportReport report = importText(db.db(), text, options);
        REQUIRE(report.ok());
        CHECK(report.imported == 2);
        CHECK(report.updated == 1);
        const Member yamada = memberNamed(db.db(), QStringLiteral("山田"));
        CHECK(yamada.phone == QStringLiteral("03-1234-5678"));
        CHECK(yamada.email.isEmpty()); // the file's columns are the truth, empty ones too
        CHECK(yamada.familyKana == QStringLiteral("ヤマダ"));
    }
    SECTION("added as another member")
    {
        RosterImport::Options options;
        options.onDuplicate = DuplicateAction::Add;
        const RosterImportReport report = importText(db.db(), text, options);
        REQUIRE(report.ok());
        CHECK(report.imported == 3);
        CHECK(report.duplicateCount == 1);
        CHECK(memberCount(db.db()) == 3);
    }
}

TEST_CASE("rows are compared with the members already there: skip, update or add")
{
    TempDatabase db;
    Member existing;
    existing.familyName = QStringLiteral("髙橋");
    existing.givenName = QStringLiteral("﨑子");
    existing.familyKana = QStringLiteral("たかはし");
    existing.givenKana = QStringLiteral("さきこ");
    existing.email = QStringLiteral("Takahashi@Example.jp");
    existing.phone = QStringLiteral("03-1111-2222");
    existing.notes = QStringLiteral("keep me");
    const Result<qint64> id = MemberRepository(db.db()).add(existing);
    REQUIRE(id.ok());

    const QString text = QStringLiteral("氏名,フリガナ,電話\n髙橋 﨑子,タカハシ サキコ,03-9999-9999\n");
    SECTION("skip keeps the member as they are")
    {
        const RosterImportReport report = importText(db.db(), text);
        REQUIRE(report.ok());
        CHECK(report.skipped == 1);
        REQUIRE(report.duplicates.size() == 1);
        CHECK(report.duplicates[0].memberId == *id);
        CHECK(report.duplicates[0].earlierLine == 0);
        CHECK(MemberRepository(db.db()).get(*id)->phone == QStringLiteral("03-1111-2222"));
    }
    SECTION("update changes only the columns the file has")
    {
        RosterImport::Options options;
        options.onDuplicate = DuplicateAction::Update;
        const RosterImportReport report = importText(db.db(), text, options);
        REQUIRE(report.ok());
        CHECK(report.updated == 1);
        const Member after = *MemberRepository(db.db()).get(*id);
        CHECK(after.phone == QStringLiteral("03-9999-9999"));
        CHECK(after.email == QStringLiteral("Takahashi@Example.jp"));
        CHECK(after.notes == QStringLiteral("keep me"));
        CHECK(memberCount(db.db()) == 1);
    }
    SECTION("add makes another member")
    {
        RosterImport::Options options;
        options.onDuplicate = DuplicateAction::Add;
        const RosterImportReport report = importText(db.db(), text, options);
        REQUIRE(report.ok());
        CHECK(report.imported == 1);
        CHECK(memberCount(db.db()) == 2);
    }
    SECTION("a decision for one line wins over the default")
    {
        RosterImport::Options options;
        options.onDuplicate = DuplicateAction::Skip;
        options.decisions.insert(2, DuplicateAction::Update);
        const RosterImportReport report = importText(db.db(), text, options);
        REQUIRE(report.ok());
        CHECK(report.updated == 1);
    }
    SECTION("the same e-mail address in other letter case finds the member when the name differs")
    {
        const RosterImportReport report = importText(
            db.db(),
            QStringLiteral("氏名,フリガナ,メール\n高橋 咲子,たかはし さきこ,takahashi@example.jp\n"));
        REQUIRE(report.ok());
        REQUIRE(report.duplicates.size() == 1);
        CHECK(report.duplicates[0].reason == RosterDuplicate::Reason::SameEmail);
    }
    SECTION("the same reading and phone number find the member when the kanji differ")
    {
        const RosterImportReport report =
            importText(db.db(), QStringLiteral("氏名,フリガナ,電話\n高橋 咲子,たかはし さきこ,0311112222\n"));
        REQUIRE(report.ok());
        REQUIRE(report.duplicates.size() == 1);
        CHECK(report.duplicates[0].reason == RosterDuplicate::Reason::SameReadingAndPhone);
    }
    SECTION("the same reading alone is not a duplicate")
    {
        const RosterImportReport report =
            importText(db.db(), QStringLiteral("氏名,フリガナ\n高橋 咲子,たかはし さきこ\n"));
        REQUIRE(report.ok());
        CHECK(report.duplicateCount == 0);
        CHECK(report.imported == 1);
    }
    SECTION("a row the member already matches in every column is counted as skipped, not updated")
    {
        RosterImport::Options options;
        options.onDuplicate = DuplicateAction::Update;
        const RosterImportReport report = importText(
            db.db(), QStringLiteral("氏名,フリガナ,電話\n髙橋 﨑子,たかはし さきこ,03-1111-2222\n"), options);
        REQUIRE(report.ok());
        CHECK(report.updated == 0);
        CHECK(report.skipped == 1);
        REQUIRE(report.duplicates.size() == 1);
        CHECK_FALSE(report.duplicates[0].changes);
    }
}

TEST_CASE("a member ID from an earlier export finds the member even after a change of name")
{
    TempDatabase db;
    Member m;
    m.familyName = QStringLiteral("山田");
    m.givenName = QStringLiteral("花子");
    m.familyKana = QStringLiteral("やまだ");
    m.givenKana = QStringLiteral("はなこ");
    m.email = QStringLiteral("hanako@example.jp");
    const Result<qint64> id = MemberRepository(db.db()).add(m);
    REQUIRE(id.ok());
    RosterImport::Options options;
    options.onDuplicate = DuplicateAction::Update;
    const RosterImportReport report = importText(
        db.db(),
        QStringLiteral("会員ID,氏名,フリガナ,メール\n%1,佐藤 花子,さとう はなこ,hanako@example.jp\n")
            .arg(*id),
        options);
    REQUIRE(report.ok());
    REQUIRE(report.duplicates.size() == 1);
    CHECK(report.duplicates[0].reason == RosterDuplicate::Reason::SameId);
    CHECK(MemberRepository(db.db()).get(*id)->familyName == QStringLiteral("佐藤"));
    CHECK(memberCount(db.db()) == 1);
}

TEST_CASE("unknown professions, areas and organisations are problems unless created or mapped")
{
    TempDatabase db;
    const QString text =
        QStringLiteral("氏名,フリガナ,職種,所属,エリア\n"
                       "山田 太郎,やまだ たろう,看護士,みなと坂クリニック,新川区/新川北圏域\n"
                       "佐藤 花子,さとう はなこ,看護士,みなと坂薬局,新川区/新川北圏域\n");
    SECTION("problems, one per row and list, and the unknown names listed once with their counts")
    {
        const RosterImportReport report = importText(db.db(), text);
        CHECK(report.problemCount == 6);
        CHECK(hasProblem(report, 2, 3));
        CHECK(hasProblem(report, 2, 4));
        CHECK(hasProblem(report, 2, 5));
        REQUIRE(report.unknown.size() == 4);
        CHECK(report.unknown[0].kind == ReferenceKind::Area);
        CHECK(report.unknown[0].rows == 2);
        CHECK(report.unknown[1].kind == ReferenceKind::Profession);
        CHECK(report.unknown[1].name == QStringLiteral("看護士"));
        CHECK(report.unknown[1].rows == 2);
        CHECK(report.unknown[1].firstLine == 2);
        CHECK(report.unknown[1].column == 3);
        CHECK(memberCount(db.db()) == 0);
    }
    SECTION("created when allowed: a zone under its new ward, an organisation of the kind its name says")
    {
        RosterImport::Options options;
        options.professions.createUnknown = true;
        options.organisations.createUnknown = true;
        options.areas.createUnknown = true;
        const RosterImportReport report = importText(db.db(), text, options);
        REQUIRE(report.ok());
        CHECK(report.imported == 2);
        const Result<Area> zone = AreaRepository(db.db()).findByName(QStringLiteral("新川区/新川北圏域"));
        REQUIRE(zone.ok());
        CHECK_FALSE(zone->isWard());
        const Result<Organisation> pharmacy =
            OrganisationRepository(db.db()).findByName(QStringLiteral("みなと坂薬局"));
        REQUIRE(pharmacy.ok());
        CHECK(pharmacy->kind == OrganisationKind::Pharmacy);
        CHECK(pharmacy->areaId == zone->id);
        const Member sato = memberNamed(db.db(), QStringLiteral("佐藤"));
        CHECK(sato.professionId == professionId(db.db(), QStringLiteral("看護士")));
        for (const UnknownReference &u : report.unknown)
            CHECK(u.created);
    }
    SECTION("mapped to existing entries")
    {
        Area ward;
        ward.name = QStringLiteral("みなと坂区");
        const Result<qint64> wardId = AreaRepository(db.db()).add(ward);
        REQUIRE(wardId.ok());
        RosterImport::Options options;
        options.professions.mapTo.insert(QStringLiteral("看護士"),
                                         professionId(db.db(), QStringLiteral("看護師")));
        options.areas.mapTo.insert(QStringLiteral("新川区/新川北圏域"), *wardId);
        options.organisations.createUnknown = true;
        const RosterImportReport report = importText(db.db(), text, options);
        REQUIRE(report.ok());
        const Member yamada = memberNamed(db.db(), QStringLiteral("山田"));
        CHECK(yamada.professionId == professionId(db.db(), QStringLiteral("看護師")));
        CHECK(yamada.areaId == *wardId);
        CHECK_FALSE(ProfessionRepository(db.db()).findByName(QStringLiteral("看護士")).ok());
    }
}

TEST_CASE("a header that cannot be imported is reported before any row is read")
{
    TempDatabase db;
    SECTION("no name column")
    {
        const RosterImportReport report =
            importText(db.db(), QStringLiteral("フリガナ,メール\nやまだ,a@b.jp\n"));
        CHECK(report.problemCount == 1);
        CHECK(report.problems[0].line == 1);
        CHECK(report.rows == 0);
    }
    SECTION("no reading column")
    {
        const RosterImportReport report = importText(db.db(), QStringLiteral("氏名,メール\n山田,a@b.jp\n"));
        CHECK(report.problemCount == 1);
    }
    SECTION("a full name and a family name both")
    {
        const RosterImportReport report =
            importText(db.db(), QStringLiteral("氏名,姓,フリガナ\n山田 太郎,山田,やまだ\n"));
        CHECK(report.problemCount == 1);
        CHECK(report.problems[0].column == 1);
    }
    SECTION("two columns mapped to one field by hand")
    {
        RosterImport::Options options;
        options.headerOverrides.insert(QStringLiteral("携帯"), QStringLiteral("phone"));
        options.headerOverrides.insert(QStringLiteral("自宅"), QStringLiteral("phone"));
        const RosterImportReport report =
            importText(db.db(), QStringLiteral("氏名,フリガナ,携帯,自宅\n山田,やまだ,,\n"), options);
        CHECK(report.problemCount == 1);
        CHECK(report.problems[0].column == 4);
    }
    SECTION("a mapping for a header the file does not have")
    {
        RosterImport::Options options;
        options.headerOverrides.insert(QStringLiteral("勤務先名"), QStringLiteral("organisation"));
        const RosterImportReport report =
            importText(db.db(), QStringLiteral("氏名,フリガナ\n山田,やまだ\n"), options);
        CHECK(report.problemCount == 1);
        CHECK(report.problems[0].message.contains(QStringLiteral("勤務先名")));
    }
    SECTION("an empty file")
    {
        const RosterImportReport report = importBytes(db.db(), QByteArray());
        CHECK(report.problemCount == 1);
    }
    CHECK(memberCount(db.db()) == 0);
}

TEST_CASE("a mapping given by hand wins over the recognised headers")
{
    TempDatabase db;
    RosterImport::Options options;
    options.headerOverrides.insert(QStringLiteral("連絡先"), QStringLiteral("email"));
    options.headerOverrides.insert(QStringLiteral("メモ"), QString());
    const RosterImportReport report = importText(
        db.db(),
        QStringLiteral("氏名,フリガナ,連絡先,メモ\n山田 太郎,やまだ たろう,yamada@example.jp,ignored\n"),
        options);
    REQUIRE(report.ok());
    const Member yamada = memberNamed(db.db(), QStringLiteral("山田"));
    CHECK(yamada.email == QStringLiteral("yamada@example.jp"));
    CHECK(yamada.notes.isEmpty());
    CHECK_FALSE(report.columns[3].has_value());
}

TEST_CASE("columns mapped one by one, as the wizard does, replace the header's")
{
    TempDatabase db;
    RosterImport::Options options;
    options.columns = {RosterField::FamilyName, RosterField::FamilyKana, std::nullopt};
    const RosterImportReport report = importText(db.db(), QStringLiteral("A,B,C\n山田,やまだ,x\n"), options);
    REQUIRE(report.ok());
    CHECK(memberNamed(db.db(), QStringLiteral("山田")).familyKana == QStringLiteral("やまだ"));
}

TEST_CASE("a row with more cells than the header is reported; trailing empty cells are not")
{
    TempDatabase db;
    const RosterImportReport report = importText(
        db.db(), QStringLiteral("氏名,フリガナ\n山田 太郎,やまだ たろう,,\n佐藤 花子,さとう はなこ,extra\n"));
    CHECK(report.problemCount == 1);
    CHECK(hasProblem(report, 3, 3));
}

TEST_CASE("an import cancelled from its progress callback writes nothing")
{
    TempDatabase db;
    QString text = header;
    for (int i = 0; i < 600; ++i)
        text += QStringLiteral("会員 %1号,かいいん,,m%1@example.jp,\n").arg(i);
    RosterImport::Options options;
    int calls = 0;
    options.progress = [&](qint64 bytes) {
        CHECK(bytes > 0);
        return ++calls < 2;
    };
    const RosterImportReport report = importText(db.db(), text, options);
    CHECK(report.cancelled);
    CHECK_FALSE(report.written);
    CHECK(memberCount(db.db()) == 0);
}

TEST_CASE("only the first problems are listed one by one; all are counted")
{
    TempDatabase db;
    QString text = header;
    for (int i = 0; i < 30; ++i)
        text += QStringLiteral("会員 %1,kaiin,,,\n").arg(i);
    RosterImport::Options options;
    options.maxListed = 10;
    const RosterImportReport report = importText(db.db(), text, options);
    CHECK(report.problemCount == 30);
    CHECK(report.problems.size() == 10);
}

TEST_CASE("the preview shows the first rows decoded, the encoding found and the columns recognised")
{
    const Result<RosterPreview> preview = RosterImport::preview(
        test::fixturePath(QStringLiteral("excel-roster-sjis.csv")), std::nullopt, std::nullopt, 3);
    REQUIRE(preview.ok());
    CHECK(preview->encoding == TextEncoding::ShiftJis);
    CHECK(preview->header.size() == 12);
    REQUIRE(preview->rows.size() == 3);
    CHECK(preview->rows[0][1] == QStringLiteral("髙橋　﨑子"));
    CHECK(preview->lines[2] == 5);
    CHECK_FALSE(preview->mapping[0].has_value()); // "No." is a row number, not an ID
    CHECK(preview->mapping[1] == RosterField::Name);
    CHECK(preview->mapping[5] == RosterField::Area);
    CHECK(preview->mapping[10] == RosterField::ConsentRoster);
}
