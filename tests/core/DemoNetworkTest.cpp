// The demo network: deterministic, plausible, and consistent with itself.
#include "TestSupport.h"

#include "core/demo/DemoNetwork.h"
#include "core/model/Attendee.h"
#include "core/schedule/JapaneseHolidays.h"
#include "core/storage/AttendanceRepository.h"
#include "core/storage/MeetingRepository.h"
#include "core/storage/MemberRepository.h"
#include "core/storage/OrganisationRepository.h"
#include "core/storage/ProfessionRepository.h"
#include "core/text/KanaText.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>

#include <catch2/catch.hpp>

using namespace renkei;
using renkei::test::TempDatabase;

namespace {

// Every row of every table, as text, in the order of the first column (the id, or the key).
QString dump(Database &db)
{
    QString out;
    QSqlQuery tables = db.query();
    REQUIRE(tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")));
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    REQUIRE(names.size() >= 8);
    for (const QString &table : names) {
        QSqlQuery rows = db.query();
        REQUIRE(rows.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1").arg(table)));
        while (rows.next()) {
            // The file's own identity (a UUID made with it) is not part of the story.
            if (table == QLatin1String("settings") &&
                rows.value(0).toString() == QLatin1String("database_id"))
                continue;
            out += table;
            for (int i = 0; i < rows.record().count(); ++i)
                out += QLatin1Char('|') + rows.value(i).toString();
            out += QLatin1Char('\n');
        }
    }
    return out;
}

Member member(Database &db, qint64 id)
{
    auto found = MemberRepository(db).get(id);
    REQUIRE(found.ok());
    return *found;
}

QList<Member> everyone(Database &db)
{
    MemberFilter filter;
    filter.archived = MemberFilter::Archived::Include;
    auto members = MemberRepository(db).list(filter);
    REQUIRE(members.ok());
    return *members;
}

QList<Meeting> meetings(Database &db)
{
    auto list = MeetingRepository(db).list();
    REQUIRE(list.ok());
    return *list;
}

} // namespace

TEST_CASE("the same seed gives the same rows in every table, and another seed another story")
{
    TempDatabase first;
    TempDatabase second;
    TempDatabase other;
    REQUIRE(DemoNetwork::fill(first.db()).ok());
    REQUIRE(DemoNetwork::fill(second.db(), 1).ok());
    REQUIRE(DemoNetwork::fill(other.db(), 2).ok());
    const QString a = dump(first.db());
    CHECK(a.count(QLatin1Char('\n')) > 1000);
    CHECK(a == dump(second.db()));
    CHECK(a != dump(other.db()));
}

TEST_CASE("the demo has 150 members with readings, in most of the default professions")
{
    TempDatabase db;
    REQUIRE(DemoNetwork::fill(db.db()).ok());
    const QList<Member> members = everyone(db.db());
    CHECK(members.size() == DemoNetwork::memberCount);

    QSet<qint64> professions;
    QSet<QChar> initials;
    int archived = 0;
    int katakanaReadings = 0;
    for (const Member &m : members) {
        INFO(m.fullName().toStdString());
        CHECK_FALSE(m.familyName.isEmpty());
        CHECK(KanaText::isKana(m.familyKana));
        CHECK_FALSE(m.familyKana.isEmpty());
        CHECK(m.joinedOn.isValid());
        CHECK(m.joinedOn < DemoNetwork::referenceDate());
        professions.insert(m.professionId);
        initials.insert(KanaText::toHiragana(m.familyKana).at(0));
        archived += m.archived ? 1 : 0;
        katakanaReadings += m.familyKana.at(0).unicode() >= 0x30A1 ? 1 : 0;
        if (!m.email.isEmpty()) // fictitious domains only
            CHECK((m.email.endsWith(QLatin1String(".example.jp")) ||
                   m.email.endsWith(QLatin1String("example.com"))));
        if (!m.phone.isEmpty()) // numbers no telephone has
            CHECK(m.phone.contains(QLatin1String("-0000-")));
    }
    auto all = ProfessionRepository(db.db()).all();
    REQUIRE(all.ok());
    CHECK(all->size() == 22);
    CHECK(professions.size() >= 20);
    CHECK(initials.size() >= 35); // a good spread over the 五十音
    CHECK(archived >= 3);
    CHECK(archived <= 10);
    CHECK(katakanaReadings >= 3);

    // The names that test the edges are there.
    auto named = [&](const QString &part) {
        return std::any_of(members.begin(), members.end(),
                           [&](const Member &m) { return m.fullName().contains(part); });
    };
    CHECK(named(QStringLiteral("髙")));
    CHECK(named(QStringLiteral("﨑")));
    CHECK(named(QStringLiteral("勅使河原")));
}

TEST_CASE("referrals point to members who joined earlier")
{
    TempDatabase db;
    REQUIRE(DemoNetwork::fill(db.db()).ok());
    int referred = 0;
    for (const Member &m : everyone(db.db())) {
        if (m.referredById == 0)
            continue;
        ++referred;
        CHECK(member(db.db(), m.referredById).joinedOn < m.joinedOn);
    }
    CHECK(referred >= 20);
}

TEST_CASE("organisations of every kind have fictitious phone numbers and an area")
{
    TempDatabase db;
    REQUIRE(DemoNetwork::fill(db.db()).ok());
    auto organisations = OrganisationRepository(db.db()).all();
    REQUIRE(organisations.ok());
    CHECK(organisations->size() >= 35);
    QSet<OrganisationKind> kinds;
    for (const Organisation &o : *organisations) {
        kinds.insert(o.kind);
        CHECK(o.areaId != 0);
        CHECK(o.phone.startsWith(QLatin1String("03-0000-")));
        CHECK_FALSE(o.address.isEmpty());
    }
    CHECK(kinds.size() == 10);
}

TEST_CASE("18 meetings every second month from No. 31, each with a 90-minute agenda")
{
    TempDatabase db;
    REQUIRE(DemoNetwork::fill(db.db()).ok());
    const QList<Meeting> list = meetings(db.db());
    REQUIRE(list.size() == DemoNetwork::meetingCount);
    for (int i = 0; i < list.size(); ++i) {
        const Meeting &m = list.at(i);
        INFO(m.date.toString(Qt::ISODate).toStdString());
        CHECK(m.number == DemoNetwork::firstMeetingNumber + i);
        CHECK(m.date.dayOfWeek() == Qt::Tuesday);
        CHECK(m.date >= QDate(2024, 4, 1));  // fiscal year 2024 ...
        CHECK(m.date <= QDate(2027, 3, 31)); // ... to 2026
        CHECK(m.date.month() % 2 == 0);
        CHECK_FALSE(JapaneseHolidays::isHoliday(m.date));
        CHECK(m.date != QDate(2025, 2, 11)); // 建国記念の日, the 2nd Tuesday of February 2025
        CHECK(m.date != QDate(2026, 8, 11)); // 山の日, the 2nd Tuesday of August 2026
        CHECK_FALSE(m.theme.isEmpty());
        if (i > 0)
            CHECK(list.at(i - 1).date.daysTo(m.date) >= 49);

        auto agenda = MeetingRepository(db.db()).agenda(m.id);
        REQUIRE(agenda.ok());
        REQUIRE(agenda->size() >= 5);
        CHECK(agenda->first().kind == AgendaKind::Opening);
        CHECK(agenda->last().kind == AgendaKind::Closing);
        int minutes = 0;
        bool presented = false;
        for (const AgendaItem &item : *agenda) {
            minutes += item.minutes;
            presented = presented || item.kind == AgendaKind::Lecture ||
                        item.kind == AgendaKind::CaseReview || item.kind == AgendaKind::HandsOn ||
                        item.kind == AgendaKind::Discussion;
        }
        CHECK(minutes == m.start.secsTo(m.end) / 60);
        CHECK(presented);
    }
}

TEST_CASE("meetings before the reference date were held with attendance and later ones have registrations")
{
    TempDatabase db;
    REQUIRE(DemoNetwork::fill(db.db()).ok());
    AttendanceRepository attendance(db.db());
    int held = 0;
    int planned = 0;
    for (const Meeting &m : meetings(db.db())) {
        INFO(m.numberLabel().toStdString());
        auto rows = attendance.forMeeting(m.id);
        REQUIRE(rows.ok());
        REQUIRE_FALSE(rows->isEmpty());
        QHash<AttendanceStatus, int> byStatus;
        int guests = 0;
        for (const Attendance &a : *rows) {
            byStatus[a.status] += 1;
            guests += a.isGuest() ? 1 : 0;
            CHECK(a.registeredAt.isValid());
            if (a.isGuest())
                continue;
            // Only people who were members by then.
            CHECK(member(db.db(), a.memberId).joinedOn <= m.date);
        }
        if (m.date < DemoNetwork::referenceDate()) {
            ++held;
            CHECK(m.status == MeetingStatus::Held);
            CHECK(byStatus.value(AttendanceStatus::Attended) >= 20);
            CHECK(byStatus.value(AttendanceStatus::Registered) == 0);
            for (const Attendance &a : *rows)
                if (a.status == AttendanceStatus::Attended) {
                    CHECK(a.checkedInAt.isValid());
                    CHECK(a.checkedInAt.date() == m.date);
                }
            // Places as core counts them: staff and presenters hold none.
            if (m.capacity)
                CHECK(std::count_if(rows->begin(), rows->end(), holdsPlace) <= *m.capacity);
        } else {
            ++planned;
            CHECK(m.status == MeetingStatus::Planned);
            CHECK(byStatus.value(AttendanceStatus::Attended) == 0);
            CHECK(byStatus.value(AttendanceStatus::Registered) >= 5);
            for (const Attendance &a : *rows)
                CHECK(a.registeredAt.date() < DemoNetwork::referenceDate());
        }
    }
    CHECK(held == 16);
    CHECK(planned == 2);
}

TEST_CASE("held meetings show the variety an organiser meets: walk-ins, guests, presenters, the 懇親会")
{
    TempDatabase db;
    REQUIRE(DemoNetwork::fill(db.db()).ok());
    QSqlQuery q = db->query();
    REQUIRE(q.exec(QStringLiteral("SELECT sum(walk_in), sum(member_id IS NULL), sum(role = 'presenter'),"
                                  " sum(role = 'staff'), sum(social), sum(fee_paid), sum(status = 'absent'),"
                                  " sum(status = 'cancelled'), sum(status = 'waitlisted') FROM attendance")));
    REQUIRE(q.next());
    for (int i = 0; i < 9; ++i) {
        INFO("column " << i);
        CHECK(q.value(i).toInt() > 0);
    }
}

TEST_CASE("the demo goes only into a new database and leaves a used one as it was")
{
    TempDatabase db;
    REQUIRE(DemoNetwork::fill(db.db()).ok());
    const QString before = dump(db.db());
    const Status again = DemoNetwork::fill(db.db());
    CHECK_FALSE(again.ok());
    CHECK(again.error().message.contains(QStringLiteral("members")));
    CHECK(dump(db.db()) == before);
}

TEST_CASE("the reference date decides which meetings are held")
{
    TempDatabase db;
    DemoNetwork::Options options;
    options.referenceDate = QDate(2025, 1, 1);
    REQUIRE(DemoNetwork::fill(db.db(), options).ok());
    int planned = 0;
    for (const Meeting &m : meetings(db.db()))
        planned += m.status == MeetingStatus::Planned ? 1 : 0;
    CHECK(planned == 13); // from February 2025 on
}
