#include "core/io/RosterExport.h"
#include "core/demo/DemoNetwork.h"
#include "core/io/CsvReader.h"
#include "core/io/EncodingCheck.h"
#include "core/io/RosterImport.h"
#include "core/storage/MemberRepository.h"
#include "core/storage/ProfessionRepository.h"

#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QStringDecoder>

#include <catch2/catch.hpp>

using namespace renkei;
using renkei::test::TempDatabase;

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

QList<QStringList> readCsv(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CsvReader reader(file);
    QList<QStringList> rows;
    CsvRecord record;
    while (reader.readRecord(record)) {
        REQUIRE(record.problems.isEmpty());
        rows << record.fields;
    }
    return rows;
}

QList<Member> everyone(Database &db)
{
    MemberFilter all;
    all.archived = MemberFilter::Archived::Include;
    const Result<QList<Member>> members = MemberRepository(db).list(all);
    REQUIRE(members.ok());
    return *members;
}

bool sameMembers(const QList<Member> &a, const QList<Member> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        const Member &x = a[i];
        const Member &y = b[i];
        if (x.id != y.id || x.familyName != y.familyName || x.givenName != y.givenName ||
            x.familyKana != y.familyKana || x.givenKana != y.givenKana || x.professionId != y.professionId ||
            x.organisationId != y.organisationId || x.areaId != y.areaId || x.email != y.email ||
            x.phone != y.phone || x.fax != y.fax || x.medicalAssociation != y.medicalAssociation ||
            x.joinedOn != y.joinedOn || x.consentRoster != y.consentRoster ||
            x.consentEmail != y.consentEmail || x.notes != y.notes || x.archived != y.archived ||
            x.updatedAt != y.updatedAt)
            return false;
    }
    return true;
}

Member sampleMember(const QString &family, const QString &given, const QString &familyKana,
                    const QString &givenKana)
{
    Member m;
    m.familyName = family;
    m.givenName = given;
    m.familyKana = familyKana;
    m.givenKana = givenKana;
    m.consentRoster = true;
    return m;
}

} // namespace

TEST_CASE("a roster exported in UTF-8 with BOM starts with the BOM and has a header and one row per member")
{
    TempDatabase db;
    REQUIRE(DemoNetwork::fill(db.db()).ok());
    const QString path = QDir(db.dir()).filePath(QStringLiteral("roster.csv"));
    RosterExport::Options options;
    options.shared = false;
    const Result<RosterExport::Summary> summary = RosterExport(db.db()).write(path, options);
    REQUIRE(summary.ok());
    const QByteArray bytes = readFile(path);
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    CHECK(bytes.contains("\r\n"));
    const QList<QStringList> rows = readCsv(path);
    REQUIRE(rows.size() == summary->rows + 1);
    const Result<int> active = MemberRepository(db.db()).count();
    CHECK(summary->rows == *active);
    CHECK(rows[0][0] == QStringLiteral("Name"));
    CHECK(rows[0].size() == RosterExport::defaultColumns().size());
}

TEST_CASE("export followed by import of the same file changes nothing")
{
    TempDatabase db;
    REQUIRE(DemoNetwork::fill(db.db()).ok());
    const QList<Member> before = everyone(db.db());
    const QString path = QDir(db.dir()).filePath(QStringLiteral("roster.csv"));
    RosterExport::Options exportOptions;
    exportOptions.shared = false;
    exportOptions.columns = allRosterFields();
    exportOptions.columns.removeOne(RosterField::FamilyName);
    exportOptions.columns.removeOne(RosterField::GivenName);
    exportOptions.columns.removeOne(RosterField::FamilyKana);
    exportOptions.columns.removeOne(RosterField::GivenKana);
    exportOptions.filter.archived = MemberFilter::Archived::Include;

    for (TextEncoding encoding : {TextEncoding::Utf8Bom, TextEncoding::Utf8, TextEncoding::ShiftJis}) {
        exportOptions.encoding = encoding;
        exportOptions.replaceUnrepresentable = false;
        const Result<RosterExport::Summary> written = RosterExport(db.db()).write(path, exportOptions);
        REQUIRE(written.ok());
        CHECK(written->rows == before.size());

        RosterImport::Options importOptions;
        importOptions.onDuplicate = DuplicateAction::Update;
        const RosterImportReport report = RosterImport(db.db()).run(path, importOptions);
        INFO(textEncodingKey(encoding).toStdString());
        INFO((report.problems.isEmpty() ? QString() : report.problems.first().toString()).toStdString());
        REQUIRE(report.ok());
        CHECK(report.encoding == encoding);
        CHECK(report.imported == 0);
        CHECK(report.updated == 0);
        CHECK(report.skipped == before.size());
        CHECK(sameMembers(everyone(db.db()), before));
    }
}

TEST_CASE("a roster exported and imported into an empty database exports the same again")
{
    TempDatabase source;
    REQUIRE(DemoNetwork::fill(source.db()).ok());
    const QString first = QDir(source.dir()).filePath(QStringLiteral("first.csv"));
    RosterExport::Options options;
    options.shared = false;
    REQUIRE(RosterExport(source.db()).write(first, options).ok());

    TempDatabase target;
    RosterImport::Options importOptions;
    importOptions.professions.createUnknown = true;
    importOptions.organisations.createUnknown = true;
    importOptions.areas.createUnknown = true;
    const RosterImportReport report = RosterImport(target.db()).run(first, importOptions);
    REQUIRE(report.ok());
    CHECK(report.imported == readCsv(first).size() - 1);

    const QString second = QDir(target.dir()).filePath(QStringLiteral("second.csv"));
    REQUIRE(RosterExport(target.db()).write(second, options).ok());
    CHECK(readFile(second) == readFile(first));
}

TEST_CASE("a shared roster holds only the members who agreed to appear on one, and says how many it left out")
{
    TempDatabase db;
    MemberRepository members(db.db());
    REQUIRE(members
                .add(sampleMember(QStringLiteral("山田"), QStringLiteral("太郎"), QStringLiteral("やまだ"),
                                  QStringLiteral("たろう")))
                .ok());
    Member private_ = sampleMember(QStringLiteral("佐藤"), QStringLiteral("花子"), QStringLiteral("さとう"),
                                   QStringLiteral("はなこ"));
    private_.consentRoster = false;
    REQUIRE(members.add(private_).ok());
    const QString path = QDir(db.dir()).filePath(QStringLiteral("shared.csv"));
    const Result<RosterExport::Summary> shared = RosterExport(db.db()).write(path, {});
    REQUIRE(shared.ok());
    CHECK(shared->rows == 1);
    CHECK(shared->leftOutWithoutConsent == 1);
    const QList<QStringList> rows = readCsv(path);
    REQUIRE(rows.size() == 2);
    CHECK(rows[1][0] == QStringLiteral("山田 太郎"));
    CHECK(shared->emailsWithheld == 0);

    RosterExport::Options own;
    own.shared = false;
    const Result<RosterExport::Summary> all = RosterExport(db.db()).write(path, own);
    REQUIRE(all.ok());
    CHECK(all->rows == 2);
    CHECK(all->leftOutWithoutConsent == 0);
}

TEST_CASE("a shared roster leaves out the e-mail of who may not be e-mailed and the organiser's notes")
{
    TempDatabase db;
    MemberRepository members(db.db());
    Member open = sampleMember(QStringLiteral("山田"), QStringLiteral("太郎"), QStringLiteral("やまだ"),
                               QStringLiteral("たろう"));
    open.email = QStringLiteral("yamada@example.jp");
    open.notes = QStringLiteral("理事");
    open.consentEmail = true;
    REQUIRE(members.add(open).ok());
    Member quiet = sampleMember(QStringLiteral("佐藤"), QStringLiteral("花子"), QStringLiteral("さとう"),
                                QStringLiteral("はなこ"));
    quiet.email = QStringLiteral("sato@example.jp");
    quiet.consentEmail = false;
    quiet.notes = QStringLiteral("連絡は電話で");
    REQUIRE(members.add(quiet).ok());

    RosterExport::Options options;
    options.columns = {RosterField::Name, RosterField::Email, RosterField::Notes};
    const QString path = QDir(db.dir()).filePath(QStringLiteral("shared.csv"));
    const Result<RosterExport::Summary> shared = RosterExport(db.db()).write(path, options);
    REQUIRE(shared.ok());
    CHECK(shared->rows == 2);
    CHECK(shared->emailsWithheld == 1);
    QList<QStringList> rows = readCsv(path);
    REQUIRE(rows.size() == 3);
    // 五十音: さとう before やまだ.
    CHECK(rows[1] == QStringList{QStringLiteral("佐藤 花子"), QString(), QString()});
    CHECK(rows[2] ==
          QStringList{QStringLiteral("山田 太郎"), QStringLiteral("yamada@example.jp"), QString()});

    options.shared = false;
    REQUIRE(RosterExport(db.db()).write(path, options).ok());
    rows = readCsv(path);
    REQUIRE(rows.size() == 3);
    CHECK(rows[1] == QStringList{QStringLiteral("佐藤 花子"), QStringLiteral("sato@example.jp"),
                                 QStringLiteral("連絡は電話で")});
}

TEST_CASE("the export takes the chosen columns in the chosen order and the current filter")
{
    TempDatabase db;
    REQUIRE(DemoNetwork::fill(db.db()).ok());
    const Result<Profession> nurse = ProfessionRepository(db.db()).findByName(QStringLiteral("看護師"));
    REQUIRE(nurse.ok());
    RosterExport::Options options;
    options.shared = false;
    options.columns = {RosterField::Email, RosterField::Name, RosterField::Profession};
    options.filter.professionIds = {nurse->id};
    const QString path = QDir(db.dir()).filePath(QStringLiteral("nurses.csv"));
    const Result<RosterExport::Summary> summary = RosterExport(db.db()).write(path, options);
    REQUIRE(summary.ok());
    const Result<int> nurses = MemberRepository(db.db()).count(options.filter);
    CHECK(summary->rows == *nurses);
    const QList<QStringList> rows = readCsv(path);
    CHECK(rows[0] ==
          QStringList{QStringLiteral("E-mail"), QStringLiteral("Name"), QStringLiteral("Profession")});
    for (qsizetype i = 1; i < rows.size(); ++i)
        CHECK(rows[i][2] == nurse->displayName());
}

TEST_CASE("an export never starts with the header ID, which Excel would take for a SYLK file")
{
    TempDatabase db;
    REQUIRE(MemberRepository(db.db())
                .add(sampleMember(QStringLiteral("山田"), {}, QStringLiteral("やまだ"), {}))
                .ok());
    RosterExport::Options options;
    options.columns = {RosterField::Id, RosterField::Name};
    const QString path = QDir(db.dir()).filePath(QStringLiteral("ids.csv"));
    REQUIRE(RosterExport(db.db()).write(path, options).ok());
    CHECK_FALSE(readFile(path).mid(3).startsWith("ID"));
}

TEST_CASE("Shift_JIS export writes 髙 and 﨑, and refuses 𠮷 until replacing it is agreed")
{
    TempDatabase db;
    MemberRepository members(db.db());
    REQUIRE(members
                .add(sampleMember(QStringLiteral("髙橋"), QStringLiteral("﨑子"), QStringLiteral("たかはし"),
                                  QStringLiteral("さきこ")))
                .ok());
    Member yoshida = sampleMember(QStringLiteral("𠮷田"), QStringLiteral("一郎"), QStringLiteral("よしだ"),
                                  QStringLiteral("いちろう"));
    yoshida.notes = QStringLiteral("9:00〜17:00");
    const Result<qint64> yoshidaId = members.add(yoshida);
    REQUIRE(yoshidaId.ok());

    RosterExport::Options options;
    options.encoding = TextEncoding::ShiftJis;
    options.shared = false; // the organiser's own copy, notes included
    const Result<QList<UnrepresentableValue>> found = RosterExport(db.db()).check(options);
    REQUIRE(found.ok());
    REQUIRE(found->size() == 2);
    CHECK((*found)[0].memberId == *yoshidaId);
    CHECK((*found)[0].who == QStringLiteral("𠮷田 一郎"));
    CHECK((*found)[0].column == QStringLiteral("Name"));
    CHECK((*found)[0].characters == QStringList{QStringLiteral("𠮷")});
    CHECK((*found)[0].replacement == QStringLiteral("吉田 一郎"));
    CHECK((*found)[1].column == QStringLiteral("Notes"));
    CHECK((*found)[1].replacement == QStringLiteral("9:00～17:00"));

    // Refused: the file that was there stays whole.
    const QString path = QDir(db.dir()).filePath(QStringLiteral("sjis.csv"));
    {
        QFile old(path);
        REQUIRE(old.open(QIODevice::WriteOnly));
        old.write("old roster\r\n");
    }
    const Result<RosterExport::Summary> refused = RosterExport(db.db()).write(path, options);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.startsWith(QStringLiteral("2 value")));
    CHECK(readFile(path) == "old roster\r\n");

    options.replaceUnrepresentable = true;
    const Result<RosterExport::Summary> replaced = RosterExport(db.db()).write(path, options);
    REQUIRE(replaced.ok());
    CHECK(replaced->replacedValues == 2);
    QStringDecoder decoder("Shift_JIS");
    const QString text = decoder.decode(readFile(path));
    CHECK_FALSE(decoder.hasError());
    CHECK(text.contains(QStringLiteral("髙橋 﨑子")));
    CHECK(text.contains(QStringLiteral("吉田 一郎")));
    CHECK(text.contains(QStringLiteral("9:00～17:00")));
}

TEST_CASE("the UTF-8 exports hold every character and report none")
{
    TempDatabase db;
    REQUIRE(MemberRepository(db.db())
                .add(sampleMember(QStringLiteral("𠮷田"), QStringLiteral("一郎"), QStringLiteral("よしだ"),
                                  QStringLiteral("いちろう")))
                .ok());
    RosterExport::Options options;
    options.encoding = TextEncoding::Utf8;
    CHECK(RosterExport(db.db()).check(options)->isEmpty());
    const QString path = QDir(db.dir()).filePath(QStringLiteral("utf8.csv"));
    REQUIRE(RosterExport(db.db()).write(path, options).ok());
    const QByteArray bytes = readFile(path);
    CHECK_FALSE(bytes.startsWith("\xEF\xBB\xBF"));
    CHECK(QString::fromUtf8(bytes).contains(QStringLiteral("𠮷田 一郎")));
}

TEST_CASE("an export to a place that cannot be written says so")
{
    TempDatabase db;
    const Result<RosterExport::Summary> result =
        RosterExport(db.db()).write(QDir(db.dir()).filePath(QStringLiteral("missing/dir/roster.csv")), {});
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().message.contains(QStringLiteral("roster.csv")));
}

TEST_CASE("look-alikes replace what Shift_JIS cannot hold; characters it holds stay")
{
    EncodingCheck check(TextEncoding::ShiftJis);
    CHECK(check.canHold(QStringLiteral("髙橋﨑子①㈱～ｱ")));
    CHECK(check.unrepresentable(QStringLiteral("𠮷野〜−😀𠮷")) ==
          QStringList{QStringLiteral("𠮷"), QStringLiteral("〜"), QStringLiteral("−"), QStringLiteral("😀")});
    CHECK(check.replaced(QStringLiteral("𠮷野 〜 −1 😀")) == QStringLiteral("吉野 ～ －1 〓"));
    CHECK(check.replaced(QStringLiteral("葛\U000E0100城")) == QStringLiteral("葛城")); // a variation selector
    CHECK(check.replaced(QStringLiteral("¥100")) == QStringLiteral("￥100"));
    CHECK(EncodingCheck::describe(QStringList{QStringLiteral("𠮷"), QStringLiteral("〜")}) ==
          QStringLiteral("𠮷 (U+20BB7), 〜 (U+301C)"));
    EncodingCheck utf8(TextEncoding::Utf8);
    CHECK(utf8.canHold(QStringLiteral("𠮷😀")));
}
