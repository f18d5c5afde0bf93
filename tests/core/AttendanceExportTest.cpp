#include "core/io/AttendanceExport.h"
#include "core/demo/DemoNetwork.h"
#include "core/io/CsvReader.h"
#include "core/schedule/FiscalYear.h"
#include "core/storage/AttendanceRepository.h"
#include "core/storage/MeetingRepository.h"
#include "core/storage/MemberRepository.h"
#include "core/storage/SeriesRepository.h"

#include "TestSupport.h"

#include <QDir>
#include <QFile>

#include <catch2/catch.hpp>

using namespace renkei;
using renkei::test::TempDatabase;

namespace {

QList<QStringList> readCsv(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CsvReader reader(file);
    QList<QStringList> rows;
    CsvRecord record;
    while (reader.readRecord(record))
        rows << record.fields;
    return rows;
}

Meeting heldMeeting(Database &db)
{
    const Result<QList<Meeting>> meetings = MeetingRepository(db).list();
    REQUIRE(meetings.ok());
    for (const Meeting &m : *meetings)
        if (m.status == MeetingStatus::Held)
            return m;
    FAIL("the demo network has no held meeting");
    return {};
}

} // namespace

TEST_CASE("the attendance list of a meeting has a row per person, members before guests")
{
    TempDatabase db;
    REQUIRE(DemoNetwork::fill(db.db()).ok());
    const Meeting meeting = heldMeeting(db.db());
    const Result<QList<Attendance>> attendance = AttendanceRepository(db.db()).forMeeting(meeting.id);
    REQUIRE(attendance.ok());
    REQUIRE_FALSE(attendance->isEmpty());

    const Result<AttendanceExport::Table> table = AttendanceExport(db.db()).meetingList(meeting.id);
    REQUIRE(table.ok());
    CHECK(table->rows.size() == attendance->size());
    CHECK(table->header.size() == 11);
    bool guestSeen = false;
    for (qsizetype i = 0; i < table->rows.size(); ++i) {
        const bool guest = table->memberIds[i] == 0;
        CHECK_FALSE((guestSeen && !guest)); // no member after a guest
        guestSeen = guestSeen || guest;
        CHECK(table->rows[i][5] == attendanceStatusLabel((*attendance)[i].status));
    }

    const QString path = QDir(db.dir()).filePath(QStringLiteral("attendance.csv"));
    const Result<int> written = AttendanceExport::write(*table, path, {});
    REQUIRE(written.ok());
    const QList<QStringList> rows = readCsv(path);
    CHECK(rows.size() == attendance->size() + 1);
    CHECK(rows[0] == table->header);
}

TEST_CASE("the attendance matrix has a column per meeting of the fiscal year and counts who came")
{
    TempDatabase db;
    REQUIRE(DemoNetwork::fill(db.db()).ok());
    const Result<Series> series = SeriesRepository(db.db()).findByName(DemoNetwork::seriesName());
    REQUIRE(series.ok());
    const FiscalYear year(2025);
    const Result<QList<Meeting>> meetings =
        MeetingRepository(db.db()).list(series->id, year.first(), year.last());
    REQUIRE(meetings.ok());
    int shown = 0;
    for (const Meeting &m : *meetings)
        shown += m.status == MeetingStatus::Cancelled ? 0 : 1;
    REQUIRE(shown > 0);

    const Result<AttendanceExport::Table> table = AttendanceExport(db.db()).matrix(series->id, 2025);
    REQUIRE(table.ok());
    CHECK(table->header.size() == 4 + shown + 1);
    const qsizetype totalColumn = table->header.size() - 1;

    // Each member's count is the number of ○ on their row; the totals add the columns up.
    int attendedMarks = 0;
    const qsizetype memberRows = table->rows.size() - 3;
    for (qsizetype r = 0; r < memberRows; ++r) {
        const QStringList &row = table->rows[r];
        const int marks = int(std::count(row.begin() + 4, row.begin() + totalColumn, QStringLiteral("○")));
        CHECK(row[totalColumn].toInt() == marks);
        attendedMarks += marks;
    }
    const QStringList &membersRow = table->rows[memberRows];
    CHECK(membersRow[totalColumn].toInt() == attendedMarks);

    // The first meeting's column agrees with the attendance recorded for it.
    const Meeting &first = meetings->first();
    const Result<QList<Attendance>> attendance = AttendanceRepository(db.db()).forMeeting(first.id);
    REQUIRE(attendance.ok());
    int members = 0;
    int guests = 0;
    for (const Attendance &a : *attendance)
        if (a.status == AttendanceStatus::Attended)
            (a.isGuest() ? guests : members) += 1;
    CHECK(membersRow[4].toInt() == members);
    CHECK(table->rows[memberRows + 1][4].toInt() == guests);
    CHECK(table->rows[memberRows + 2][4].toInt() == members + guests);
}

TEST_CASE("attendance exported in Shift_JIS reports a name it cannot hold and replaces it only when agreed")
{
    TempDatabase db;
    AttendanceExport::Table table;
    table.header = {QStringLiteral("Name"), QStringLiteral("Status")};
    table.rows = {{QStringLiteral("𠮷田 一郎"), QStringLiteral("attended")}};
    table.memberIds = {7};
    const QList<UnrepresentableValue> found = AttendanceExport::check(table, TextEncoding::ShiftJis);
    REQUIRE(found.size() == 1);
    CHECK(found[0].memberId == 7);
    CHECK(found[0].column == QStringLiteral("Name"));
    const QString path = QDir(db.dir()).filePath(QStringLiteral("sjis.csv"));
    AttendanceExport::Options options;
    options.encoding = TextEncoding::ShiftJis;
    CHECK_FALSE(AttendanceExport::write(table, path, options).ok());
    CHECK_FALSE(QFile::exists(path));
    options.replaceUnrepresentable = true;
    REQUIRE(AttendanceExport::write(table, path, options).ok());
    CHECK(readCsv(path)[1][0] == QStringLiteral("吉田 一郎"));
}
