#pragma once

// A small network built for the attendance tests: a series, meetings and members with readings that
// sort predictably, made through the repositories.
#include "TestSupport.h"

#include "core/model/Attendance.h"
#include "core/storage/AreaRepository.h"
#include "core/storage/AttendanceRepository.h"
#include "core/storage/MeetingRepository.h"
#include "core/storage/MemberRepository.h"
#include "core/storage/OrganisationRepository.h"
#include "core/storage/ProfessionRepository.h"
#include "core/storage/SeriesRepository.h"

#include <catch2/catch.hpp>

#include <optional>
#include <utility>

namespace renkei::test {

class AttendanceTestNetwork
{
public:
    explicit AttendanceTestNetwork(Database &db) : m_db(db)
    {
        Series s;
        s.name = QStringLiteral("みなと坂医介連");
        s.defaultStart = QTime(19, 0);
        s.defaultEnd = QTime(20, 30);
        auto id = SeriesRepository(db).add(s);
        REQUIRE(id);
        seriesId = *id;
    }

    // A meeting after the fixed clock's today (2026-04-01) unless a date is given.
    qint64 meeting(std::optional<int> capacity = std::nullopt, QDate date = QDate(2026, 6, 9),
                   bool social = true)
    {
        Meeting m;
        m.seriesId = seriesId;
        m.date = date;
        m.start = QTime(19, 0);
        m.end = QTime(20, 30);
        m.venue = QStringLiteral("みなと坂区医師会館 3階ホール");
        m.theme = QStringLiteral("在宅での看取りを支える");
        m.capacity = capacity;
        m.hasSocial = social;
        if (date < QDate(2026, 4, 1))
            m.status = MeetingStatus::Held;
        auto id = MeetingRepository(m_db).add(m);
        REQUIRE(id);
        return *id;
    }

    // A ward, or a zone under `parentId`.
    qint64 area(const QString &name, qint64 parentId = 0, bool inArea = true, int displayOrder = 0)
    {
        Area a;
        a.name = name;
        a.parentId = parentId;
        a.inArea = inArea;
        a.displayOrder = displayOrder;
        auto id = AreaRepository(m_db).add(a);
        REQUIRE(id);
        return *id;
    }

    qint64 profession(const QString &name)
    {
        auto p = ProfessionRepository(m_db).findByName(name);
        REQUIRE(p);
        return p->id;
    }

    qint64 organisation(const QString &name)
    {
        if (auto found = OrganisationRepository(m_db).findByName(name))
            return found->id;
        Organisation o;
        o.name = name;
        auto id = OrganisationRepository(m_db).add(o);
        REQUIRE(id);
        return *id;
    }

    qint64 member(const QString &family, const QString &given, const QString &familyKana,
                  const QString &givenKana, const QString &profession = QStringLiteral("看護師"),
                  const QString &organisation = {}, qint64 areaId = 0)
    {
        Member m;
        m.familyName = family;
        m.givenName = given;
        m.familyKana = familyKana;
        m.givenKana = givenKana;
        m.professionId = this->profession(profession);
        m.organisationId = organisation.isEmpty() ? 0 : this->organisation(organisation);
        m.areaId = areaId;
        m.email = QStringLiteral("%1.%2@example.jp").arg(familyKana, givenKana);
        auto id = MemberRepository(m_db).add(m);
        REQUIRE(id);
        return *id;
    }

    // The n-th of up to 1,040 distinct people (26 family names × 40 given names), in 五十音 order of
    // their readings as n grows. (No 青 or 西: pdftotext gives those as CJK radicals that NFKC
    // does not fold.)
    static std::pair<QString, QString> nameOf(int n)
    {
        const auto &[family, familyKana] = families[n / 40 % 26];
        const auto &[given, givenKana] = givens[n % 40];
        return {QStringLiteral("%1 %2").arg(QString::fromUtf16(family), QString::fromUtf16(given)),
                QStringLiteral("%1 %2").arg(QString::fromUtf16(familyKana), QString::fromUtf16(givenKana))};
    }
    qint64 numberedMember(int n, const QString &profession = QStringLiteral("看護師"),
                          const QString &organisation = {})
    {
        const auto &[family, familyKana] = families[n / 40 % 26];
        const auto &[given, givenKana] = givens[n % 40];
        return member(QString::fromUtf16(family), QString::fromUtf16(given), QString::fromUtf16(familyKana),
                      QString::fromUtf16(givenKana), profession, organisation);
    }

    qint64 attend(qint64 meetingId, qint64 memberId, AttendanceStatus status = AttendanceStatus::Registered,
                  AttendanceRole role = AttendanceRole::Participant)
    {
        Attendance a;
        a.meetingId = meetingId;
        a.memberId = memberId;
        a.status = status;
        a.role = role;
        auto id = AttendanceRepository(m_db).add(a);
        REQUIRE(id);
        return *id;
    }

    qint64 seriesId = 0;

    static constexpr std::pair<const char16_t *, const char16_t *> families[26] = {
        {u"相原", u"あいはら"}, {u"石井", u"いしい"},   {u"上田", u"うえだ"},   {u"遠藤", u"えんどう"},
        {u"大野", u"おおの"},   {u"加藤", u"かとう"},   {u"木村", u"きむら"},   {u"工藤", u"くどう"},
        {u"小林", u"こばやし"}, {u"斎藤", u"さいとう"}, {u"清水", u"しみず"},   {u"須藤", u"すどう"},
        {u"関口", u"せきぐち"}, {u"高橋", u"たかはし"}, {u"千葉", u"ちば"},     {u"土屋", u"つちや"},
        {u"中村", u"なかむら"}, {u"新田", u"にった"},   {u"野口", u"のぐち"},   {u"橋本", u"はしもと"},
        {u"平野", u"ひらの"},   {u"藤田", u"ふじた"},   {u"堀内", u"ほりうち"}, {u"松本", u"まつもと"},
        {u"村上", u"むらかみ"}, {u"山崎", u"やまざき"}};
    static constexpr std::pair<const char16_t *, const char16_t *> givens[40] = {
        {u"愛", u"あい"},       {u"明美", u"あけみ"},   {u"彩", u"あや"},       {u"勇", u"いさむ"},
        {u"一郎", u"いちろう"}, {u"恵美", u"えみ"},     {u"香織", u"かおり"},   {u"和也", u"かずや"},
        {u"健一", u"けんいち"}, {u"浩二", u"こうじ"},   {u"幸子", u"さちこ"},   {u"聡", u"さとし"},
        {u"茂", u"しげる"},     {u"修", u"しゅう"},     {u"翔太", u"しょうた"}, {u"進", u"すすむ"},
        {u"大輔", u"だいすけ"}, {u"拓也", u"たくや"},   {u"智子", u"ともこ"},   {u"直樹", u"なおき"},
        {u"七海", u"ななみ"},   {u"信之", u"のぶゆき"}, {u"典子", u"のりこ"},   {u"花子", u"はなこ"},
        {u"寛", u"ひろし"},     {u"博美", u"ひろみ"},   {u"文子", u"ふみこ"},   {u"誠", u"まこと"},
        {u"真理", u"まり"},     {u"美穂", u"みほ"},     {u"萌", u"めぐみ"},     {u"桃子", u"ももこ"},
        {u"康弘", u"やすひろ"}, {u"裕子", u"ゆうこ"},   {u"洋子", u"ようこ"},   {u"隆", u"りゅう"},
        {u"亮", u"りょう"},     {u"玲奈", u"れいな"},   {u"和子", u"わこ"},     {u"渉", u"わたる"}};

private:
    Database &m_db;
};

} // namespace renkei::test
