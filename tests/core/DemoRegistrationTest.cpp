// The demo network's lists follow core's registration rules, and its names come from its data file.
#include "TestSupport.h"

#include "core/attendance/Registration.h"
#include "core/demo/DemoNetwork.h"
#include "core/demo/DemoSeed.h"
#include "core/model/Attendee.h"
#include "core/storage/AttendanceRepository.h"
#include "core/storage/MeetingRepository.h"
#include "core/storage/MemberRepository.h"
#include "core/storage/SeriesRepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace renkei;
using renkei::test::TempDatabase;

namespace {

QList<Meeting> meetings(Database &db)
{
    auto list = MeetingRepository(db).list();
    REQUIRE(list.ok());
    return *list;
}

QList<Attendance> rowsOf(Database &db, qint64 meetingId)
{
    auto rows = AttendanceRepository(db).forMeeting(meetingId);
    REQUIRE(rows.ok());
    return *rows;
}

QByteArray resource()
{
    QFile file(DemoSeed::resourcePath());
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

QString writeFile(const TempDatabase &db, const QByteArray &bytes)
{
    const QString path = db.dir() + QStringLiteral("/seed.json");
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return path;
}

int memberCount(Database &db)
{
    MemberFilter everyone;
    everyone.archived = MemberFilter::Archived::Include;
    auto count = MemberRepository(db).count(everyone);
    REQUIRE(count.ok());
    return *count;
}

} // namespace

TEST_CASE("after the demo no planned meeting has anyone waiting while it has free places")
{
    TempDatabase db;
    REQUIRE(DemoNetwork::fill(db.db()).ok());
    int plannedWithWaiting = 0;
    for (const Meeting &m : meetings(db.db())) {
        if (m.status != MeetingStatus::Planned)
            continue;
        INFO(m.numberLabel().toStdString());
        // Places counted as core counts them: participants registered or there; staff and presenters none.
        int taken = 0;
        int waiting = 0;
        for (const Attendance &a : rowsOf(db.db(), m.id)) {
            taken += holdsPlace(a) ? 1 : 0;
            waiting += a.status == AttendanceStatus::Waitlisted ? 1 : 0;
        }
        REQUIRE(m.capacity);
        if (waiting > 0) {
            ++plannedWithWaiting;
            CHECK(taken == *m.capacity);
        }
        CHECK(taken <= *m.capacity);
        const Result<Places> places = Registration(db.db(), m.id).places();
        REQUIRE(places.ok());
        CHECK(places->taken == taken);
        CHECK(places->waiting == waiting);
    }
    // The demo shows a full meeting with a waiting list (第47回, in the hospital's hall).
    CHECK(plannedWithWaiting >= 1);
}

TEST_CASE(
    "every waitlisted person in the demo waits in the order they registered, after those who got a place")
{
    TempDatabase db;
    REQUIRE(DemoNetwork::fill(db.db()).ok());
    int waitingSeen = 0;
    for (const Meeting &m : meetings(db.db())) {
        INFO(m.numberLabel().toStdString());
        Registration registration(db.db(), m.id);
        const Result<QList<Attendee>> waiting = registration.waitingList();
        REQUIRE(waiting.ok());
        // Places went in the order of registration: whoever waits registered after every participant
        // who holds a place through registering (walk-ins on the day aside).
        QDateTime lastPlaced;
        for (const Attendance &a : rowsOf(db.db(), m.id))
            if (holdsPlace(a) && !a.walkIn && (!lastPlaced.isValid() || a.registeredAt > lastPlaced))
                lastPlaced = a.registeredAt;
        for (int i = 0; i < waiting->size(); ++i) {
            const Attendance &a = waiting->at(i).attendance;
            CHECK(a.role == AttendanceRole::Participant);
            CHECK(a.registeredAt > lastPlaced);
            if (i > 0)
                CHECK(waiting->at(i - 1).attendance.registeredAt <= a.registeredAt);
            ++waitingSeen;
        }
        // The position core reports to someone asking again is their place in that line.
        if (m.status == MeetingStatus::Planned)
            for (int i = 0; i < waiting->size(); ++i) {
                if (waiting->at(i).isGuest())
                    continue;
                const Result<RegistrationChange> again =
                    registration.registerMember(waiting->at(i).memberId());
                REQUIRE(again.ok());
                CHECK(again->alreadyListed);
                CHECK(again->status == AttendanceStatus::Waitlisted);
                CHECK(again->waitingPosition == i + 1);
            }
    }
    CHECK(waitingSeen >= 3);
}

TEST_CASE("the demo's names and programmes are read from its data file")
{
    const Result<DemoSeed> seed = DemoSeed::load();
    REQUIRE(seed.ok());
    CHECK(seed->series.name == DemoNetwork::seriesName());
    CHECK(seed->series.firstNumber == DemoNetwork::firstMeetingNumber);
    CHECK(seed->meetings.size() == DemoNetwork::meetingCount);
    int members = 0;
    for (const DemoSeed::ProfessionSeed &p : seed->professions)
        members += p.members;
    CHECK(members == DemoNetwork::memberCount);

    // A copy of the file with another series name gives a demo with that name.
    TempDatabase db;
    QJsonObject root = QJsonDocument::fromJson(resource()).object();
    QJsonObject series = root.value(QStringLiteral("series")).toObject();
    series.insert(QStringLiteral("name"), QStringLiteral("かもめ多職種の会"));
    root.insert(QStringLiteral("series"), series);
    DemoNetwork::Options options;
    options.seedPath = writeFile(db, QJsonDocument(root).toJson());
    REQUIRE(DemoNetwork::fill(db.db(), options).ok());
    auto all = SeriesRepository(db.db()).all();
    REQUIRE(all.ok());
    REQUIRE(all->size() == 1);
    CHECK(all->first().name == QStringLiteral("かもめ多職種の会"));
}

TEST_CASE("a missing or broken demo data file is reported with its name and the demo writes nothing")
{
    TempDatabase db;
    DemoNetwork::Options options;

    SECTION("missing")
    {
        options.seedPath = db.dir() + QStringLiteral("/nowhere.json");
        const Status filled = DemoNetwork::fill(db.db(), options);
        REQUIRE_FALSE(filled.ok());
        CHECK(filled.error().file == options.seedPath);
        CHECK(filled.error().message.contains(QStringLiteral("could not be read")));
    }
    SECTION("not JSON")
    {
        options.seedPath = writeFile(db, "{\n  \"homeWard\": \"みなと坂区\",\n  \"wards\": [\n}");
        const Status filled = DemoNetwork::fill(db.db(), options);
        REQUIRE_FALSE(filled.ok());
        CHECK(filled.error().file == options.seedPath);
        CHECK(filled.error().message.contains(QStringLiteral("not valid JSON")));
        CHECK(filled.error().line == 4);
    }
    SECTION("a field missing")
    {
        QJsonObject root = QJsonDocument::fromJson(resource()).object();
        QJsonArray meetingSeeds = root.value(QStringLiteral("meetings")).toArray();
        QJsonObject third = meetingSeeds.at(2).toObject();
        third.remove(QStringLiteral("theme"));
        meetingSeeds.replace(2, third);
        root.insert(QStringLiteral("meetings"), meetingSeeds);
        options.seedPath = writeFile(db, QJsonDocument(root).toJson());
        const Status filled = DemoNetwork::fill(db.db(), options);
        REQUIRE_FALSE(filled.ok());
        CHECK(filled.error().field == QStringLiteral("meetings[2].theme"));
        CHECK(filled.error().toString().contains(QStringLiteral("meetings[2].theme")));
    }
    CHECK(memberCount(db.db()) == 0);
    CHECK(meetings(db.db()).isEmpty());
}
