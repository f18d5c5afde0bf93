// renkei-roster-bench: imports a large generated roster and exports it again, each timed against the
// sqlite3 shell doing the same to a plain table (.import and .mode csv) in the same run. Each step
// runs as its own process, so that its wall time and peak memory are its own. Run on a Release
// build (see the top of bench/CMakeLists.txt); prints figures, never asserts.
#include "core/io/CsvSaveFile.h"
#include "core/io/RosterExport.h"
#include "core/io/RosterImport.h"
#include "core/storage/AreaRepository.h"
#include "core/storage/Database.h"
#include "core/storage/OrganisationRepository.h"
#include "core/storage/ProfessionRepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <chrono>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>

extern char **environ;

using namespace renkei;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

// Kanji with their readings, two of which make a family or a given name: 24 × 24 family names and
// 20 × 20 given names, enough for 230,000 different people.
struct Part
{
    const char16_t *kanji;
    const char16_t *kana;
};
constexpr Part familyParts[] = {
    {u"山", u"ヤマ"}, {u"田", u"タ"},   {u"川", u"カワ"}, {u"中", u"ナカ"}, {u"木", u"キ"},
    {u"本", u"モト"}, {u"石", u"イシ"}, {u"井", u"イ"},   {u"松", u"マツ"}, {u"林", u"ハヤシ"},
    {u"森", u"モリ"}, {u"村", u"ムラ"}, {u"大", u"オオ"}, {u"小", u"コ"},   {u"高", u"タカ"},
    {u"藤", u"フジ"}, {u"原", u"ハラ"}, {u"野", u"ノ"},   {u"西", u"ニシ"}, {u"東", u"ヒガシ"},
    {u"北", u"キタ"}, {u"岡", u"オカ"}, {u"島", u"シマ"}, {u"浜", u"ハマ"},
};
constexpr Part givenParts[] = {
    {u"太", u"タ"},   {u"一", u"イチ"}, {u"健", u"ケン"}, {u"美", u"ミ"},   {u"花", u"ハナ"},
    {u"陽", u"ヨウ"}, {u"直", u"ナオ"}, {u"和", u"カズ"}, {u"真", u"マ"},   {u"由", u"ユ"},
    {u"恵", u"ケイ"}, {u"雄", u"オ"},   {u"子", u"コ"},   {u"郎", u"ロウ"}, {u"介", u"スケ"},
    {u"樹", u"キ"},   {u"奈", u"ナ"},   {u"香", u"カ"},   {u"平", u"ヘイ"}, {u"司", u"ジ"},
};

QString part(const Part &p, bool kana)
{
    return QString::fromUtf16(kana ? p.kana : p.kanji);
}

const char16_t *const zones[] = {u"北圏域", u"南圏域",   u"東圏域",   u"西圏域",   u"中央圏域",
                                 u"港圏域", u"山手圏域", u"川辺圏域", u"駅前圏域", u"丘陵圏域"};
const char16_t *const kinds[] = {
    u"クリニック",           u"病院",    u"薬局", u"訪問看護ステーション", u"ケアプランセンター",
    u"地域包括支援センター", u"歯科医院"};

constexpr int organisationCount = 3000;

QString organisationName(int i)
{
    return QStringLiteral("みなと%1%2").arg(i).arg(QString::fromUtf16(kinds[i % int(std::size(kinds))]));
}

// An Excel-like roster: Japanese headers, full-width spaces between names, quoted notes with commas,
// quotes and line breaks, ○/× and はい/いいえ, dates as Excel writes them.
int generate(const QString &path, int rows, TextEncoding encoding)
{
    CsvSaveFile file(path, encoding);
    if (Status s = file.open(); !s) {
        out() << s.error().toString() << Qt::endl;
        return 1;
    }
    file.writeRow({QStringLiteral("氏名"), QStringLiteral("フリガナ"), QStringLiteral("職種"),
                   QStringLiteral("所属"), QStringLiteral("エリア"), QStringLiteral("メール"),
                   QStringLiteral("電話"), QStringLiteral("FAX"), QStringLiteral("医師会"),
                   QStringLiteral("入会日"), QStringLiteral("名簿掲載"), QStringLiteral("メール配信"),
                   QStringLiteral("備考")});
    const QStringList professions = {QStringLiteral("医師"),           QStringLiteral("看護師"),
                                     QStringLiteral("訪問看護師"),     QStringLiteral("薬剤師"),
                                     QStringLiteral("介護支援専門員"), QStringLiteral("理学療法士"),
                                     QStringLiteral("社会福祉士"),     QStringLiteral("歯科医師")};
    QRandomGenerator random(42);
    constexpr int families = int(std::size(familyParts)) * int(std::size(familyParts));
    constexpr int givens = int(std::size(givenParts)) * int(std::size(givenParts));
    for (int i = 0; i < rows; ++i) {
        // Every row a different person: the i-th of the family × given combinations, spread out.
        const int person = int((qint64(i) * 7919) % (qint64(families) * givens));
        const int f = person % families;
        const int g = person / families;
        const Part &f1 = familyParts[f / int(std::size(familyParts))];
        const Part &f2 = familyParts[f % int(std::size(familyParts))];
        const Part &g1 = givenParts[g / int(std::size(givenParts))];
        const Part &g2 = givenParts[g % int(std::size(givenParts))];
        const QString name =
            part(f1, false) + part(f2, false) + QChar(0x3000) + part(g1, false) + part(g2, false);
        const QString kana =
            part(f1, true) + part(f2, true) + QChar(0x3000) + part(g1, true) + part(g2, true);
        const int organisation = int(random.bounded(organisationCount));
        const QString zone = QString::fromUtf16(zones[organisation % int(std::size(zones))]);
        QString notes;
        switch (i % 10) {
        case 0:
            notes = QStringLiteral("在宅医療, 訪問診療あり");
            break;
        case 1:
            notes = QStringLiteral("「\"連携\"担当」");
            break;
        case 2:
            notes = QStringLiteral("月・木は不在\n午後のみ");
            break;
        default:
            break;
        }
        file.writeRow(
            {name, kana, professions[i % professions.size()],
             QStringLiteral("みなと%1%2").arg(organisation).arg(QString::fromUtf16(kinds[organisation % 7])),
             QStringLiteral("みなと坂区/") + zone, QStringLiteral("member%1@example.jp").arg(i),
             QStringLiteral("03-%1-%2").arg(1000 + i % 9000).arg(i % 10000, 4, 10, QLatin1Char('0')),
             i % 4 == 0 ? QStringLiteral("03-5555-%1").arg(i % 10000, 4, 10, QLatin1Char('0')) : QString(),
             i % 5 == 0 ? QStringLiteral("○") : QString(),
             QStringLiteral("%1/%2/%3").arg(2015 + i % 10).arg(1 + i % 12).arg(1 + i % 28),
             i % 7 == 0 ? QStringLiteral("×") : QStringLiteral("○"),
             i % 3 == 0 ? QStringLiteral("いいえ") : QStringLiteral("はい"), notes});
    }
    if (Status s = file.commit(); !s) {
        out() << s.error().toString() << Qt::endl;
        return 1;
    }
    return 0;
}

long peakRssKb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

// A new database with the ward, its zones and the organisations, so that the import measures the
// members: reading, validation, duplicate detection and writing.
int prepare(const QString &dbPath)
{
    QFile::remove(dbPath);
    auto db = Database::open(dbPath, Database::OpenMode::CreateNew);
    if (!db) {
        out() << db.error().toString() << Qt::endl;
        return 1;
    }
    AreaRepository areas(**db);
    Area ward;
    ward.name = QStringLiteral("みなと坂区");
    const Result<qint64> wardId = areas.add(ward);
    if (!wardId)
        return 1;
    QList<qint64> zoneIds;
    for (const char16_t *zone : zones) {
        Area a;
        a.parentId = *wardId;
        a.name = QString::fromUtf16(zone);
        const Result<qint64> id = areas.add(a);
        if (!id)
            return 1;
        zoneIds << *id;
    }
    // The organisations the roster names, in their zones, as a network that already uses Renkei has.
    const Status filled = (*db)->transaction([&]() -> Status {
        OrganisationRepository organisations(**db);
        for (int i = 0; i < organisationCount; ++i) {
            Organisation o;
            o.name = organisationName(i);
            o.areaId = zoneIds[i % zoneIds.size()];
            if (Result<qint64> id = organisations.add(o); !id)
                return id.error();
        }
        return {};
    });
    if (!filled) {
        out() << filled.error().toString() << Qt::endl;
        return 1;
    }
    return 0;
}

int importRoster(const QString &dbPath, const QString &csv)
{
    auto db = Database::open(dbPath, Database::OpenMode::OpenExisting);
    if (!db) {
        out() << db.error().toString() << Qt::endl;
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    RosterImport::Options options;
    options.organisations.createUnknown = true;
    const RosterImportReport report = RosterImport(**db).run(csv, options);
    if (!report.ok()) {
        for (const Error &e : report.problems.mid(0, 5))
            out() << e.toString() << Qt::endl;
        return 1;
    }
    out() << QStringLiteral("  (in process: imported %1 rows in %2 s, peak %3 MiB)\n")
                 .arg(report.imported)
                 .arg(timer.elapsed() / 1000.0, 0, 'f', 2)
                 .arg(peakRssKb() / 1024.0, 0, 'f', 1);
    return 0;
}

int exportRoster(const QString &dbPath, const QString &csv, TextEncoding encoding)
{
    auto db = Database::open(dbPath, Database::OpenMode::OpenExisting);
    if (!db) {
        out() << db.error().toString() << Qt::endl;
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    RosterExport::Options options;
    options.shared = false;
    options.encoding = encoding;
    const Result<RosterExport::Summary> summary = RosterExport(**db).write(csv, options);
    if (!summary) {
        out() << summary.error().toString() << Qt::endl;
        return 1;
    }
    out() << QStringLiteral("  (in process: exported %1 rows in %2 s, peak %3 MiB)\n")
                 .arg(summary->rows)
                 .arg(timer.elapsed() / 1000.0, 0, 'f', 2)
                 .arg(peakRssKb() / 1024.0, 0, 'f', 1);
    return 0;
}

// A script for the sqlite3 shell: .import of the file, then the rows into a table with the members
// table's schema and indexes (read from `renkeiDb`), names split at the full-width space in SQL, in
// write-ahead-log mode as Renkei's databases are: what SQLite alone needs to store the same rows.
bool writeShapedImport(const QString &renkeiDb, const QString &csv, TextEncoding encoding,
                       const QString &scriptPath)
{
    auto db = Database::open(renkeiDb, Database::OpenMode::OpenExisting);
    if (!db)
        return false;
    QSqlQuery q = (*db)->query();
    if (!q.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE tbl_name = 'members' AND sql IS NOT NULL"
                               " ORDER BY type DESC")))
        return false;
    QStringList schema;
    while (q.next())
        schema << q.value(0).toString() + QLatin1Char(';');
    QFile script(scriptPath);
    if (!script.open(QIODevice::WriteOnly))
        return false;
    // The file's bytes are imported as they are, so the space between names is in the file's encoding.
    const QString space = encoding == TextEncoding::ShiftJis ? QStringLiteral("CAST(X'8140' AS TEXT)")
                                                             : QStringLiteral("CAST(X'E38080' AS TEXT)");
    const QString sql =
        QStringLiteral("CREATE TABLE roster (name, kana, profession, organisation, area, email, phone, fax,"
                       " association, joined, consent_roster, consent_email, notes);\n"
                       ".output /dev/null\nPRAGMA journal_mode = WAL;\n.output stdout\n"
                       ".import --csv --skip 1 %1 roster\n%2\nBEGIN;\n"
                       "INSERT INTO members (family_name, given_name, family_kana, given_kana, kana_key,"
                       " search_key, email, phone, fax, notes, created_at, updated_at)"
                       " SELECT substr(name, 1, instr(name, %3) - 1), substr(name, instr(name, %3) + 1),"
                       " substr(kana, 1, instr(kana, %3) - 1), substr(kana, instr(kana, %3) + 1),"
                       " kana, name || kana || email, email, phone, fax, notes,"
                       " '2026-04-01T00:00:00.000Z', '2026-04-01T00:00:00.000Z' FROM roster;\nCOMMIT;\n")
            .arg(csv, schema.join(QLatin1Char('\n')), space);
    return script.write(sql.toUtf8()) > 0;
}

struct Measured
{
    bool ok = false;
    double seconds = 0;    // wall clock
    double cpuSeconds = 0; // user and system: what a busy machine changes least
    double peakMiB = 0;
};

// Runs a program to its end; its wall time and peak resident memory (from wait4).
Measured runMeasured(const QString &program, const QStringList &args)
{
    QList<QByteArray> storage{QFile::encodeName(program)};
    for (const QString &a : args)
        storage << a.toUtf8();
    std::vector<char *> argv;
    for (QByteArray &s : storage)
        argv.push_back(s.data());
    argv.push_back(nullptr);
    out().flush();
    const auto start = std::chrono::steady_clock::now();
    pid_t pid = 0;
    if (posix_spawnp(&pid, argv[0], nullptr, nullptr, argv.data(), environ) != 0)
        return {};
    int status = 0;
    rusage usage{};
    if (wait4(pid, &status, 0, &usage) != pid)
        return {};
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    const double cpu = double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
                       double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
    return {WIFEXITED(status) && WEXITSTATUS(status) == 0, seconds, cpu, usage.ru_maxrss / 1024.0};
}

QString figure(const Measured &m)
{
    return m.ok ? QStringLiteral("%1 s wall, %2 s CPU, peak %3 MiB")
                      .arg(m.seconds, 6, 'f', 2)
                      .arg(m.cpuSeconds, 6, 'f', 2)
                      .arg(m.peakMiB, 6, 'f', 1)
                : QStringLiteral("FAILED");
}

QString ratio(const Measured &ours, const Measured &theirs)
{
    return QStringLiteral("%1× wall, %2× CPU")
        .arg(ours.seconds / theirs.seconds, 0, 'f', 2)
        .arg(ours.cpuSeconds / std::max(theirs.cpuSeconds, 0.001), 0, 'f', 2);
}

int runAll(const QList<int> &sizes, TextEncoding encoding, const QString &sqlite3, const QString &workDir)
{
    const QString self = QCoreApplication::applicationFilePath();
    const QString encodingKey = textEncodingKey(encoding);
    out() << QStringLiteral("Roster import/export against the sqlite3 shell (%1), files in %2, encoding %3\n")
                 .arg(sqlite3, workDir, encodingKey);
    for (int rows : sizes) {
        const QString csv = QDir(workDir).filePath(QStringLiteral("roster-%1.csv").arg(rows));
        const QString db = QDir(workDir).filePath(QStringLiteral("roster-%1.renkei").arg(rows));
        const QString exported = QDir(workDir).filePath(QStringLiteral("roster-%1-export.csv").arg(rows));
        const QString plain = QDir(workDir).filePath(QStringLiteral("plain-%1.db").arg(rows));
        const QString plainExport = QDir(workDir).filePath(QStringLiteral("plain-%1-export.csv").arg(rows));
        if (generate(csv, rows, encoding) != 0 || prepare(db) != 0)
            return 1;
        QFile::remove(plain);
        out() << QStringLiteral("\n%1 rows, %2 MiB of CSV\n")
                     .arg(rows)
                     .arg(QFileInfo(csv).size() / 1048576.0, 0, 'f', 1);

        const Measured ours = runMeasured(self, {QStringLiteral("import"), db, csv});
        const Measured theirs = runMeasured(
            sqlite3, {plain, QStringLiteral(".mode csv"), QStringLiteral(".import %1 roster").arg(csv)});
        out() << QStringLiteral("  import  renkei  %1\n").arg(figure(ours));
        out() << QStringLiteral("          sqlite3 %1\n").arg(figure(theirs));
        if (ours.ok && theirs.ok)
            out() << QStringLiteral("          ratio   %1\n").arg(ratio(ours, theirs));
        // For scale, not the baseline: the sqlite3 shell writing the same rows into a table shaped and
        // indexed like Renkei's members (its schema copied from the database), in one transaction, in
        // WAL mode: the floor under any import into that table, without validation or duplicates.
        const QString shaped = QDir(workDir).filePath(QStringLiteral("shaped-%1.db").arg(rows));
        const QString script = QDir(workDir).filePath(QStringLiteral("shaped-%1.sql").arg(rows));
        QFile::remove(shaped);
        if (writeShapedImport(db, csv, encoding, script)) {
            const Measured same = runMeasured(sqlite3, {shaped, QStringLiteral(".read %1").arg(script)});
            out()
                << QStringLiteral("          sqlite3 into an indexed members table: %1\n").arg(figure(same));
            if (ours.ok && same.ok)
                out() << QStringLiteral("          ratio to that: %1\n").arg(ratio(ours, same));
        }

        const Measured ourExport = runMeasured(self, {QStringLiteral("export"), db, exported, encodingKey});
        const Measured theirExport = runMeasured(
            sqlite3, {plain, QStringLiteral(".headers on"), QStringLiteral(".mode csv"),
                      QStringLiteral(".once %1").arg(plainExport), QStringLiteral("SELECT * FROM roster;")});
        out() << QStringLiteral("  export  renkei  %1\n").arg(figure(ourExport));
        out() << QStringLiteral("          sqlite3 %1\n").arg(figure(theirExport));
        if (ourExport.ok && theirExport.ok)
            out() << QStringLiteral("          ratio   %1\n").arg(ratio(ourExport, theirExport));
        out().flush();
    }
    return 0;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

// The import as the user runs it: the whole `renkei-cli --db DB members import FILE` process, start-up,
// opening checks and commit included, against the sqlite3 shell putting the same rows into the same
// schema and indexes in WAL mode (the shaped script of runAll). Each CLI (a baseline build may be
// given beside this one) and the shell run in turn, on a fresh copy of the prepared database, `runs`
// times; the medians are compared.
int runCli(int rows, TextEncoding encoding, const QString &sqlite3, const QString &workDir,
           const QStringList &clis, int runs)
{
    const QString csv = QDir(workDir).filePath(QStringLiteral("cli-%1.csv").arg(rows));
    const QString prepared = QDir(workDir).filePath(QStringLiteral("cli-%1-prepared.renkei").arg(rows));
    const QString db = QDir(workDir).filePath(QStringLiteral("cli-%1.renkei").arg(rows));
    const QString shaped = QDir(workDir).filePath(QStringLiteral("cli-shaped-%1.db").arg(rows));
    const QString script = QDir(workDir).filePath(QStringLiteral("cli-shaped-%1.sql").arg(rows));
    if (generate(csv, rows, encoding) != 0 || prepare(prepared) != 0 ||
        !writeShapedImport(prepared, csv, encoding, script))
        return 1;
    out() << QStringLiteral("Whole import processes, %1 rows (%2 MiB of %3 CSV), median of %4, in turn\n")
                 .arg(rows)
                 .arg(QFileInfo(csv).size() / 1048576.0, 0, 'f', 1)
                 .arg(textEncodingKey(encoding))
                 .arg(runs);
    const auto fresh = [](const QString &from, const QString &to) {
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(to + suffix);
        return from.isEmpty() || QFile::copy(from, to);
    };
    QList<QList<double>> wall(clis.size() + 1), cpu(clis.size() + 1);
    for (int run = 0; run < runs; ++run) {
        for (qsizetype c = 0; c < clis.size(); ++c) {
            if (!fresh(prepared, db))
                return 1;
            const Measured m = runMeasured(clis[c], {QStringLiteral("--db"), db, QStringLiteral("members"),
                                                     QStringLiteral("import"), csv});
            if (!m.ok) {
                out() << clis[c] << " FAILED" << Qt::endl;
                return 1;
            }
            wall[c] << m.seconds;
            cpu[c] << m.cpuSeconds;
        }
        if (!fresh(QString(), shaped))
            return 1;
        const Measured same = runMeasured(sqlite3, {shaped, QStringLiteral(".read %1").arg(script)});
        if (!same.ok) {
            out() << "sqlite3 FAILED" << Qt::endl;
            return 1;
        }
        wall[clis.size()] << same.seconds;
        cpu[clis.size()] << same.cpuSeconds;
    }
    const double theirs = median(wall[clis.size()]);
    const double theirsCpu = median(cpu[clis.size()]);
    for (qsizetype c = 0; c <= clis.size(); ++c) {
        const QString who =
            c < clis.size() ? clis[c] : QStringLiteral("sqlite3 into an indexed members table");
        out() << QStringLiteral("  %1\n    %2 s wall, %3 s CPU")
                     .arg(who)
                     .arg(median(wall[c]), 0, 'f', 2)
                     .arg(median(cpu[c]), 0, 'f', 2);
        if (c < clis.size())
            out() << QStringLiteral(": %1× wall, %2× CPU of sqlite3")
                         .arg(median(wall[c]) / theirs, 0, 'f', 2)
                         .arg(median(cpu[c]) / std::max(theirsCpu, 0.001), 0, 'f', 2);
        out() << '\n';
    }
    out().flush();
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Times roster import and export against the sqlite3 shell.\n"
                       "  renkei-roster-bench run [--rows 100000,200000] [--encoding shift_jis] [--dir DIR]\n"
                       "  renkei-roster-bench cli --cli renkei-cli [--cli another/renkei-cli] [--rows N] "
                       "[--runs 5]: whole `members import` processes against sqlite3\n"
                       "  renkei-roster-bench generate FILE [--rows N] [--encoding E]\n"
                       "  renkei-roster-bench prepare DB | import DB FILE | export DB FILE ENCODING (the "
                       "steps run measures)"));
    parser.addHelpOption();
    const QCommandLineOption rows(QStringLiteral("rows"),
                                  QStringLiteral("Rows, or sizes separated by commas."), QStringLiteral("n"),
                                  QStringLiteral("100000,200000"));
    const QCommandLineOption encoding(QStringLiteral("encoding"),
                                      QStringLiteral("utf-8-bom, utf-8 or shift_jis."),
                                      QStringLiteral("encoding"), QStringLiteral("shift_jis"));
    const QCommandLineOption dir(QStringLiteral("dir"),
                                 QStringLiteral("Where the files go (default: a temporary folder)."),
                                 QStringLiteral("dir"));
    const QCommandLineOption sqlite(QStringLiteral("sqlite3"), QStringLiteral("The sqlite3 shell."),
                                    QStringLiteral("path"), QStringLiteral("sqlite3"));
    const QCommandLineOption cli(QStringLiteral("cli"), QStringLiteral("A renkei-cli to time (cli)."),
                                 QStringLiteral("path"));
    const QCommandLineOption runs(QStringLiteral("runs"), QStringLiteral("Runs of each (cli)."),
                                  QStringLiteral("n"), QStringLiteral("5"));
    parser.addOptions({rows, encoding, dir, sqlite, cli, runs});
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QStringLiteral("run, generate, import or export"));
    parser.process(app);
    const QStringList args = parser.positionalArguments();
    const QString command = args.value(0, QStringLiteral("run"));
    const std::optional<TextEncoding> chosen = textEncodingFromKey(parser.value(encoding));
    if (!chosen) {
        out() << "unknown encoding" << Qt::endl;
        return 2;
    }
    QList<int> sizes;
    for (const QString &n : parser.value(rows).split(QLatin1Char(','), Qt::SkipEmptyParts))
        sizes << n.toInt();

    if (command == QLatin1String("generate") && args.size() == 2)
        return generate(args[1], sizes.value(0, 100000), *chosen);
    if (command == QLatin1String("prepare") && args.size() == 2)
        return prepare(args[1]);
    if (command == QLatin1String("import") && args.size() == 3)
        return importRoster(args[1], args[2]);
    if (command == QLatin1String("export") && args.size() == 4)
        return exportRoster(args[1], args[2], textEncodingFromKey(args[3]).value_or(TextEncoding::Utf8Bom));
    if (command != QLatin1String("run") && command != QLatin1String("cli")) {
        out() << parser.helpText();
        return 2;
    }
    const QString sqlite3 = QStandardPaths::findExecutable(parser.value(sqlite));
    if (sqlite3.isEmpty()) {
        out() << "sqlite3 not found; install the sqlite3 package" << Qt::endl;
        return 1;
    }
    QTemporaryDir temporary;
    const QString workDir = parser.isSet(dir) ? parser.value(dir) : temporary.path();
    QDir().mkpath(workDir);
    if (command == QLatin1String("cli"))
        return runCli(sizes.value(0, 100000), *chosen, sqlite3, workDir, parser.values(cli),
                      std::max(1, parser.value(runs).toInt()));
    return runAll(sizes, *chosen, sqlite3, workDir);
}
