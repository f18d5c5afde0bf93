#include "LargeNetwork.h"

#include "core/storage/AreaRepository.h"
#include "core/storage/AttendanceRepository.h"
#include "core/storage/Database.h"
#include "core/storage/MeetingRepository.h"
#include "core/storage/MemberRepository.h"
#include "core/storage/OrganisationRepository.h"
#include "core/storage/ProfessionRepository.h"
#include "core/storage/SeriesRepository.h"

#include <QSqlQuery>

#include <random>

namespace renkei {

namespace {

const char16_t *const families[][2] = {
    {u"佐藤", u"さとう"},   {u"鈴木", u"すずき"},   {u"高橋", u"たかはし"}, {u"田中", u"たなか"},
    {u"伊藤", u"いとう"},   {u"渡辺", u"わたなべ"}, {u"山本", u"やまもと"}, {u"中村", u"なかむら"},
    {u"小林", u"こばやし"}, {u"加藤", u"かとう"},   {u"吉田", u"よしだ"},   {u"山田", u"やまだ"},
    {u"佐々木", u"ささき"}, {u"山口", u"やまぐち"}, {u"松本", u"まつもと"}, {u"井上", u"いのうえ"},
    {u"木村", u"きむら"},   {u"林", u"はやし"},     {u"斎藤", u"さいとう"}, {u"清水", u"しみず"},
    {u"後藤", u"ごとう"},   {u"阿部", u"あべ"},     {u"近藤", u"こんどう"}, {u"福田", u"ふくだ"},
};
const char16_t *const givens[][2] = {
    {u"太郎", u"たろう"}, {u"花子", u"はなこ"}, {u"健", u"けん"},       {u"愛", u"あい"},
    {u"誠", u"まこと"},   {u"恵", u"めぐみ"},   {u"大輔", u"だいすけ"}, {u"陽子", u"ようこ"},
    {u"翔", u"しょう"},   {u"美咲", u"みさき"}, {u"学", u"まなぶ"},     {u"由美", u"ゆみ"},
};

} // namespace

Status LargeNetwork::fill(Database &db) const
{
    std::mt19937 rng(seed);
    auto pick = [&rng](int n) { return int(rng() % quint32(n)); };
    return db.transaction([&]() -> Status {
        Result<QList<Profession>> professions = ProfessionRepository(db).all();
        if (!professions)
            return professions.error();

        AreaRepository areas(db);
        QList<qint64> zones;
        for (int w = 0; w < 4; ++w) {
            Area ward;
            ward.name = QStringLiteral("第%1区").arg(w + 1);
            ward.inArea = w == 0;
            Result<qint64> wardId = areas.add(ward);
            if (!wardId)
                return wardId.error();
            for (int z = 0; z < 8; ++z) {
                Area zone;
                zone.name = QStringLiteral("圏域%1-%2").arg(w + 1).arg(z + 1);
                zone.parentId = *wardId;
                zone.inArea = ward.inArea;
                Result<qint64> zoneId = areas.add(zone);
                if (!zoneId)
                    return zoneId.error();
                zones << *zoneId;
            }
        }

        OrganisationRepository organisationRepository(db);
        QList<qint64> organisations;
        for (int i = 0; i < this->organisations; ++i) {
            Organisation o;
            o.name = QStringLiteral("事業所%1").arg(i + 1, 5, 10, QLatin1Char('0'));
            o.kind = OrganisationKind(pick(10));
            o.areaId = zones[pick(int(zones.size()))];
            Result<qint64> id = organisationRepository.add(o);
            if (!id)
                return id.error();
            organisations << *id;
        }

        MemberRepository memberRepository(db);
        QList<qint64> memberIds;
        memberIds.reserve(members);
        for (int i = 0; i < members; ++i) {
            const auto &family = families[pick(std::size(families))];
            const auto &given = givens[pick(std::size(givens))];
            Member m;
            m.familyName = QString::fromUtf16(family[0]);
            m.familyKana = QString::fromUtf16(family[1]);
            m.givenName = QString::fromUtf16(given[0]);
            m.givenKana = QString::fromUtf16(given[1]);
            m.professionId = professions->at(pick(int(professions->size()))).id;
            m.organisationId = organisations[pick(int(organisations.size()))];
            m.areaId = zones[pick(int(zones.size()))];
            m.email = QStringLiteral("member%1@example.jp").arg(i + 1);
            m.phone = QStringLiteral("03-%1-%2")
                          .arg(pick(10000), 4, 10, QLatin1Char('0'))
                          .arg(i % 10000, 4, 10, QLatin1Char('0'));
            m.archived = pick(20) == 0;
            m.joinedOn = QDate(2015, 4, 1).addDays(pick(4000));
            Result<qint64> id = memberRepository.add(m);
            if (!id)
                return id.error();
            memberIds << *id;
        }

        if (meetings == 0)
            return {};
        Series series;
        series.name = QStringLiteral("ベンチマーク医介連");
        Result<qint64> seriesId = SeriesRepository(db).add(series);
        if (!seriesId)
            return seriesId.error();
        MeetingRepository meetingRepository(db);
        // Attendance goes in through one prepared statement rather than AttendanceRepository::add, whose
        // checks (one query each) would make a million rows take many minutes; the rows are valid by
        // construction: distinct members per meeting, known statuses.
        QSqlQuery insert = db.prepare(QStringLiteral(
            "INSERT INTO attendance (meeting_id, member_id, status, role, social, fee_paid, registered_at) "
            "VALUES (?, ?, ?, 'participant', ?, 0, ?)"));
        const QString registeredAt = QStringLiteral("2000-01-01T00:00:00.000Z");
        for (int i = 0; i < meetings; ++i) {
            Meeting meeting;
            meeting.seriesId = *seriesId;
            meeting.date = QDate(2000, 4, 11).addDays(i * 3);
            meeting.start = QTime(19, 0);
            meeting.end = QTime(20, 30);
            meeting.status = MeetingStatus::Held;
            Result<qint64> meetingId = meetingRepository.add(meeting);
            if (!meetingId)
                return meetingId.error();
            // A run of distinct members starting at a random place.
            const int start = pick(int(memberIds.size()));
            for (int k = 0; k < attendancePerMeeting; ++k) {
                insert.addBindValue(*meetingId);
                insert.addBindValue(memberIds[(start + k * 7) % memberIds.size()]);
                insert.addBindValue(attendanceStatusKey(pick(5) == 0 ? AttendanceStatus::Absent
                                                                     : AttendanceStatus::Attended));
                insert.addBindValue(pick(3) == 0 ? 1 : 0);
                insert.addBindValue(registeredAt);
                if (Status s = db.exec(insert, QStringLiteral("adding attendance")); !s)
                    return s;
            }
        }
        return {};
    });
}

} // namespace renkei
