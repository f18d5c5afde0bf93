// The printed sign-in sheet: read back from the PDF with pdftotext.
#include "AttendanceTestNetwork.h"

#include "core/documents/PrintedPage.h"
#include "core/documents/SignInSheet.h"
#include "core/documents/TextFit.h"
#include "core/storage/SettingsRepository.h"

#include <QDir>
#include <QFile>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>

using namespace renkei;
using renkei::test::AttendanceTestNetwork;

namespace {

int pdfPages(const QString &path)
{
    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {path});
    REQUIRE(info.waitForFinished(60000));
    const QString out = QString::fromUtf8(info.readAllStandardOutput());
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(out);
    REQUIRE(m.hasMatch());
    return m.captured(1).toInt();
}

// A meeting with `count` registered people (the numbered test people, so every name differs).
struct SheetMeeting
{
    test::TempDatabase temp;
    AttendanceTestNetwork net{temp.db()};
    qint64 meeting = net.meeting(std::nullopt);
    QStringList names; // in registration order

    explicit SheetMeeting(int count)
    {
        // Printed in English, whose words these checks read (the network's default is Japanese).
        REQUIRE(SettingsRepository(temp.db()).setDocumentLanguage(DocumentLanguage::English));
        const QStringList professions{QStringLiteral("医師"), QStringLiteral("看護師"),
                                      QStringLiteral("薬剤師"), QStringLiteral("介護支援専門員")};
        const QStringList organisations{QStringLiteral("みなと坂中央病院"),
                                        QStringLiteral("青葉台クリニック"), QStringLiteral("ひまわり薬局"),
                                        QString()};
        QList<Attendance> rows;
        for (int n = 0; n < count; ++n) {
            // Registered in an order that is not 五十音 order.
            const int person = (n * 389) % 1040;
            const qint64 id = net.numberedMember(person, professions[person % 4], organisations[person % 4]);
            Attendance a;
            a.meetingId = meeting;
            a.memberId = id;
            a.status = n % 7 == 3 ? AttendanceStatus::Attended : AttendanceStatus::Registered;
            rows << a;
            names << AttendanceTestNetwork::nameOf(person).first;
        }
        REQUIRE(AttendanceRepository(temp.db()).addAll(rows));
    }

    SignInSheet sheet(AttendeeSort sort = AttendeeSort::Kana, int blankRows = 0)
    {
        SignInSheetLayout layout;
        layout.sort = sort;
        layout.blankRows = blankRows;
        auto loaded = SignInSheet::load(temp.db(), meeting, layout);
        REQUIRE(loaded);
        return *loaded;
    }

    QString write(const SignInSheet &sheet, int *pages = nullptr)
    {
        const QString path = temp.dir() + QStringLiteral("/sheet.pdf");
        auto written = sheet.writePdf(path);
        REQUIRE(written);
        if (pages)
            *pages = *written;
        return path;
    }
};

// Where each name first appears in the text; -1 when it is missing.
QList<qsizetype> positions(const QString &text, const QStringList &names)
{
    QList<qsizetype> out;
    for (const QString &name : names)
        out << text.indexOf(name);
    return out;
}

} // namespace

TEST_CASE(
    "the sign-in sheet lists every registered person once, in 五十音 order, with the header on each page")
{
    SheetMeeting m(40);
    const SignInSheet sheet = m.sheet();
    int pages = 0;
    const QString path = m.write(sheet, &pages);
    const QString text = test::pdfText(path);
    for (const QString &name : std::as_const(m.names))
        CHECK(text.count(name) == 1);
    QStringList sorted;
    for (const Attendee &a : sheet.people())
        sorted << a.name;
    CHECK(sorted.size() == 40);
    const QList<qsizetype> at = positions(text, sorted);
    CHECK(std::is_sorted(at.begin(), at.end()));
    CHECK_FALSE(at.contains(-1));
    // The kana order is the readings' order.
    QStringList expected = m.names;
    std::sort(expected.begin(), expected.end(), [](const QString &a, const QString &b) {
        auto index = [](const QString &name) {
            for (int n = 0; n < 1040; ++n)
                if (AttendanceTestNetwork::nameOf(n).first == name)
                    return n;
            return -1;
        };
        return index(a) < index(b);
    });
    CHECK(sorted == expected);

    CHECK(pages == 2);
    CHECK(pdfPages(path) == 2);
    CHECK(text.count(QStringLiteral("みなと坂医介連 No. 1 — sign-in sheet")) == 2);
    CHECK(text.count(QStringLiteral("Tue 9 June 2026, 19:00–20:30")) == 2);
    CHECK(text.count(QStringLiteral("みなと坂区医師会館 3階ホール")) == 2);
    CHECK(text.count(QStringLiteral("Signature")) == 2);
    CHECK(text.contains(QRegularExpression(QStringLiteral("1\\s*/\\s*2"))));
    CHECK(text.contains(QRegularExpression(QStringLiteral("2\\s*/\\s*2"))));
    CHECK(text.contains(QStringLiteral("Registered: 40")));
}

TEST_CASE("the sheet follows the chosen order: by profession, or by organisation")
{
    SheetMeeting m(24);
    for (AttendeeSort sort : {AttendeeSort::Profession, AttendeeSort::Organisation}) {
        const SignInSheet sheet = m.sheet(sort);
        const QString text = test::pdfText(m.write(sheet));
        QStringList order;
        for (const Attendee &a : sheet.people())
            order << a.name;
        const QList<qsizetype> at = positions(text, order);
        CHECK_FALSE(at.contains(-1));
        CHECK(std::is_sorted(at.begin(), at.end()));
        // Grouped: each profession (organisation) comes in one run.
        QStringList groups;
        for (const Attendee &a : sheet.people()) {
            const QString group = sort == AttendeeSort::Profession ? a.profession : a.organisation;
            if (groups.isEmpty() || groups.last() != group)
                groups << group;
        }
        QStringList unique = groups;
        unique.removeDuplicates();
        CHECK(groups == unique);
    }
    const SignInSheet byProfession = m.sheet(AttendeeSort::Profession);
    CHECK(byProfession.people().first().profession == QStringLiteral("Physician"));
    const SignInSheet byOrganisation = m.sheet(AttendeeSort::Organisation);
    CHECK(byOrganisation.people().last().organisation.isEmpty());
}

TEST_CASE("the sheet's page count follows the number of people: 0, 1, 40 and 1,000")
{
    for (const auto &[people, expected] : {std::pair{0, 1}, {1, 1}, {25, 1}, {26, 2}, {40, 2}, {1000, 40}}) {
        SheetMeeting m(people);
        int pages = 0;
        const QString path = m.write(m.sheet(), &pages);
        INFO(people << " people");
        CHECK(pages == expected);
        CHECK(pdfPages(path) == expected);
        if (people == 1000) {
            const QString text = test::pdfText(path);
            for (const QString &name : std::as_const(m.names))
                CHECK(text.count(name) == 1);
            CHECK(text.contains(QRegularExpression(QStringLiteral("40\\s*/\\s*40"))));
        }
        if (people == 0)
            CHECK(test::pdfText(path).contains(QStringLiteral("No one has registered yet.")));
    }
}

TEST_CASE("blank rows for walk-ins follow the names, numbered on, and can take another page")
{
    SheetMeeting m(20);
    int pages = 0;
    const QString path = m.write(m.sheet(AttendeeSort::Kana, 8), &pages);
    CHECK(pages == 2); // 28 rows: 25 on the first page
    const QString text = test::pdfText(path);
    CHECK(text.contains(QRegularExpression(QStringLiteral("\\b28\\b"))));
    CHECK_FALSE(text.contains(QRegularExpression(QStringLiteral("\\b29\\b"))));
    CHECK(text.contains(QRegularExpression(QStringLiteral("2\\s*/\\s*2"))));
}

TEST_CASE("only registered people and those already there are on the sheet")
{
    SheetMeeting m(3);
    for (AttendanceStatus status : {AttendanceStatus::Invited, AttendanceStatus::Waitlisted,
                                    AttendanceStatus::Cancelled, AttendanceStatus::Absent}) {
        const qint64 id = m.net.numberedMember(900 + int(status));
        m.net.attend(m.meeting, id, status);
    }
    const SignInSheet sheet = m.sheet();
    CHECK(sheet.people().size() == 3);
    const QString text = test::pdfText(m.write(sheet));
    for (AttendanceStatus status : {AttendanceStatus::Invited, AttendanceStatus::Waitlisted,
                                    AttendanceStatus::Cancelled, AttendanceStatus::Absent})
        CHECK_FALSE(text.contains(AttendanceTestNetwork::nameOf(900 + int(status)).first));
}

TEST_CASE("the columns chosen are kept per series and printed in their order")
{
    SheetMeeting m(5);
    SignInSheetLayout layout;
    layout.columns = {SheetColumn::Email, SheetColumn::Signature};
    layout.sort = AttendeeSort::Profession;
    layout.blankRows = 3;
    REQUIRE(layout.saveForSeries(m.temp.db(), m.net.seriesId));
    auto saved = SignInSheetLayout::forSeries(m.temp.db(), m.net.seriesId);
    REQUIRE(saved);
    CHECK(*saved == layout);
    // Another series keeps the default.
    auto other = SignInSheetLayout::forSeries(m.temp.db(), m.net.seriesId + 1);
    REQUIRE(other);
    CHECK(*other == SignInSheetLayout{});

    auto sheet = SignInSheet::load(m.temp.db(), m.meeting); // the series' layout
    REQUIRE(sheet);
    CHECK(sheet->layout() == layout);
    const QString text = test::pdfText(m.write(*sheet));
    CHECK(text.contains(QStringLiteral("E-mail")));
    CHECK_FALSE(text.contains(QStringLiteral("Organisation")));
    CHECK_FALSE(text.contains(QStringLiteral("Reading")));
    CHECK_FALSE(text.contains(QStringLiteral("みなと坂中央病院")));
    CHECK(text.contains(QStringLiteral("@example.jp")));
    CHECK(text.indexOf(QStringLiteral("E-mail")) < text.indexOf(QStringLiteral("Signature")));

    auto parsed = SignInSheetLayout::parseColumns(QStringLiteral("Kana, social,kana"));
    REQUIRE(parsed);
    CHECK(*parsed == QList<SheetColumn>{SheetColumn::Kana, SheetColumn::Social});
    CHECK_FALSE(SignInSheetLayout::parseColumns(QStringLiteral("kana,fax")));
}

TEST_CASE("the social gathering's box is printed only when the meeting has one")
{
    test::TempDatabase temp;
    // Printed in English, whose words these checks read (the network's default is Japanese).
    REQUIRE(SettingsRepository(temp.db()).setDocumentLanguage(DocumentLanguage::English));
    AttendanceTestNetwork net(temp.db());
    const qint64 withSocial = net.meeting(std::nullopt, QDate(2026, 6, 9), true);
    const qint64 without = net.meeting(std::nullopt, QDate(2026, 8, 18), false);
    net.attend(withSocial, net.numberedMember(1));
    net.attend(without, net.numberedMember(1));
    auto a = SignInSheet::load(temp.db(), withSocial);
    auto b = SignInSheet::load(temp.db(), without);
    REQUIRE(a);
    REQUIRE(b);
    CHECK(a->printedColumns().contains(SheetColumn::Social));
    CHECK_FALSE(b->printedColumns().contains(SheetColumn::Social));
}

TEST_CASE("long names and organisations shrink or wrap to fit their column, never wider")
{
    QPdfWriter writer(QStringLiteral("/dev/null"));
    writer.setResolution(300);
    const TextFit fit(writer);
    const qreal width = 300; // device pixels: 25 mm
    const TextFit::Rule rule{10.5, 8, 7, 2, true};
    const TextFit::Fitted short_ = fit.fit(QStringLiteral("山田 太郎"), width, rule);
    CHECK(short_.lines.size() == 1);
    CHECK(short_.font.pointSizeF() == Approx(10.5));
    const TextFit::Fitted longer = fit.fit(QStringLiteral("勅使河原 左右衛門之助"), width, rule);
    CHECK(longer.lines.join(QString()).remove(QLatin1Char(' ')) == QStringLiteral("勅使河原左右衛門之助"));
    CHECK(longer.font.pointSizeF() < 10.5); // shrunk, on one or two lines
    CHECK(longer.lines.size() <= 2);
    const TextFit::Fitted organisation = fit.fit(
        QStringLiteral("社会福祉法人みなと坂福祉会 特別養護老人ホーム みなと坂の里 居宅介護支援事業所"),
        width, TextFit::Rule{8, 7, 6.5, 2, false});
    CHECK(organisation.lines.size() >= 2);
    for (const TextFit::Fitted &f : {short_, longer, organisation})
        for (qreal w : f.widths)
            CHECK(w <= width);
    // Nothing is dropped: the lines hold every character.
    CHECK(organisation.lines.join(QString()).remove(QLatin1Char(' ')) ==
          QStringLiteral("社会福祉法人みなと坂福祉会特別養護老人ホームみなと坂の里居宅介護支援事業所"));
}

TEST_CASE("a sheet is written whole or not at all")
{
    SheetMeeting m(3);
    const QString path = m.temp.dir() + QStringLiteral("/kept.pdf");
    {
        QFile old(path);
        REQUIRE(old.open(QIODevice::WriteOnly));
        old.write("old");
    }
    const auto kept = [&] {
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        return file.readAll();
    };
    const auto files = [&] { return QDir(m.temp.dir()).entryList(QDir::Files | QDir::Hidden); };
    const QStringList before = files();

    // A folder cannot be written: the error names it and the kept file is as it was.
    auto refused = m.sheet().writePdf(m.temp.dir());
    REQUIRE_FALSE(refused);
    CHECK(refused.error().file == m.temp.dir());
    CHECK(kept().left(16).toStdString() == "old");

    // Pages painted, then a failure: the kept file is still the old one, with no part-written file
    // beside it.
    const Status failed = PrintedPage::writePdf(path, QStringLiteral("sheet"), QPageLayout::Portrait,
                                                [&](QPagedPaintDevice &device) -> Status {
                                                    REQUIRE(m.sheet().print(device));
                                                    return Error(QStringLiteral("the disk is full"));
                                                });
    REQUIRE_FALSE(failed);
    CHECK(failed.error().file == path);
    CHECK(kept().left(16).toStdString() == "old");
    CHECK(files() == before);

    // Written: one whole PDF in the old one's place, every name in it.
    REQUIRE(m.sheet().writePdf(path));
    const QByteArray pdf = kept();
    CHECK(pdf.startsWith("%PDF-"));
    CHECK(pdf.trimmed().endsWith("%%EOF"));
    CHECK(pdfPages(path) == 1);
    const QString text = test::pdfText(path);
    for (const QString &name : std::as_const(m.names))
        CHECK(text.contains(name));
    CHECK(files() == before);
}
