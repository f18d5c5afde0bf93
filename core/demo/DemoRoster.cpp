#include "DemoRoster.h"

#include "core/demo/DemoDice.h"
#include "core/demo/DemoNetwork.h"
#include "core/model/Area.h"
#include "core/model/Profession.h"
#include "core/storage/AreaRepository.h"
#include "core/storage/Database.h"
#include "core/storage/MemberRepository.h"
#include "core/storage/OrganisationRepository.h"
#include "core/storage/ProfessionRepository.h"

#include <algorithm>

namespace renkei {

namespace {

QString katakana(const QString &hiragana)
{
    QString out = hiragana;
    for (QChar &c : out)
        if (c.unicode() >= 0x3041 && c.unicode() <= 0x3096)
            c = QChar(char16_t(c.unicode() + 0x60));
    return out;
}

} // namespace

Status DemoRoster::addAreas()
{
    AreaRepository areas(m_db);
    int order = 0;
    for (const DemoSeed::Ward &seed : m_seed.wards) {
        Area ward;
        ward.name = seed.name;
        ward.inArea = seed.inArea;
        ward.displayOrder = order += 10;
        Result<qint64> id = areas.add(ward);
        if (!id)
            return id.error();
        m_areas.insert(ward.name, {*id, ward.name, seed.town, seed.inArea});
        int zoneOrder = 0;
        for (const DemoSeed::Zone &zoneSeed : m_seed.zones) {
            if (zoneSeed.ward != ward.name)
                continue;
            Area zone;
            zone.parentId = *id;
            zone.name = zoneSeed.name;
            zone.inArea = seed.inArea;
            zone.displayOrder = zoneOrder += 10;
            Result<qint64> zoneId = areas.add(zone);
            if (!zoneId)
                return zoneId.error();
            m_areas.insert(zone.name, {*zoneId, ward.name, zoneSeed.town, seed.inArea});
        }
    }
    return {};
}

QString DemoRoster::address(const QString &areaName)
{
    const AreaInfo &area = m_areas[areaName];
    ++m_streetNumber;
    return QStringLiteral("%1%2%3-%4-%5")
        .arg(area.ward, area.town)
        .arg(1 + m_dice.below(4))
        .arg(1 + (m_streetNumber * 7) % 23)
        .arg(1 + m_dice.below(18));
}

Status DemoRoster::addOrganisations()
{
    OrganisationRepository organisations(m_db);
    for (const DemoSeed::OrganisationSeed &seed : m_seed.organisations) {
        if (!m_areas.contains(seed.area))
            return Error::inField(QCoreApplication::translate(
                                      "renkei::DemoSeed", "The demo network's data names an unknown area: %1")
                                      .arg(seed.area),
                                  QStringLiteral("organisations.area"));
        Organisation info;
        info.key = seed.key;
        info.name = seed.name;
        info.kind = seed.kind;
        info.areaName = seed.area;
        info.address = address(info.areaName);
        // 03-0000-xxxx: a number no telephone in Japan has.
        m_phoneNumber += 20;
        info.phone = QStringLiteral("03-0000-%1").arg(1000 + m_phoneNumber);
        info.fax = QStringLiteral("03-0000-%1").arg(1001 + m_phoneNumber);

        renkei::Organisation organisation;
        organisation.name = info.name;
        organisation.kind = info.kind;
        organisation.areaId = m_areas.value(info.areaName).id;
        organisation.address = info.address;
        organisation.phone = info.phone;
        if (info.kind != OrganisationKind::Company || m_dice.percent(50))
            organisation.fax = info.fax;
        Result<qint64> id = organisations.add(organisation);
        if (!id)
            return id.error();
        info.id = *id;
        m_organisations.insert(info.key, info);
    }
    return {};
}

QString DemoRoster::email(const Person &person, const Organisation *workplace)
{
    const QStringList romaji = person.romaji.split(QLatin1Char(' '));
    const QString family = romaji.value(0);
    const QString given = romaji.value(1);
    QString local;
    QString domain;
    if (workplace) {
        local = m_dice.percent(70) ? given.left(1) + QLatin1Char('.') + family : family;
        domain =
            workplace->key + (workplace->kind == OrganisationKind::Company ? QLatin1String(".example.com")
                                                                           : QLatin1String(".example.jp"));
    } else {
        local = family + QLatin1Char('.') + given;
        domain = QStringLiteral("example.com");
    }
    QString address = local + QLatin1Char('@') + domain;
    for (int n = 2; m_emails.contains(address); ++n)
        address = local + QString::number(n) + QLatin1Char('@') + domain;
    m_emails.insert(address);
    return address;
}

// The named members, then members invented from the name lists until every profession has its number.
QList<DemoRoster::Person> DemoRoster::invent()
{
    QList<Person> people;
    QHash<QString, int> named; // per profession
    for (const DemoSeed::NamedMember &seed : m_seed.namedMembers) {
        Person p;
        p.member.familyName = seed.family;
        p.member.givenName = seed.given;
        p.member.familyKana = seed.familyKana;
        p.member.givenKana = seed.givenKana;
        // A story told as of an earlier day has no one joining after it.
        p.member.joinedOn = std::min(seed.joined, m_today.addDays(-30));
        p.member.notes = seed.notes;
        p.romaji = seed.romaji;
        p.profession = seed.profession;
        p.workplace = seed.workplace;
        p.office = seed.office;
        p.propensity = seed.office == DemoSeed::Office::None ? 550 : 960;
        people << p;
        named[p.profession] += 1;
    }

    QList<int> vacancies; // one profession (index into professions) per member still to invent
    for (int i = 0; i < int(m_seed.professions.size()); ++i)
        for (int n = named.value(m_seed.professions[i].name); n < m_seed.professions[i].members; ++n)
            vacancies << i;
    m_dice.shuffle(vacancies);

    QList<int> families;
    QHash<int, int> workplaceTurn; // per profession: spreads members over its workplaces
    const QDate founding(2019, 4, 9);
    const int span = int(QDate(2019, 5, 1).daysTo(m_today.addDays(-7)));
    for (int n = 0; n < vacancies.size(); ++n) {
        if (families.isEmpty()) {
            for (int i = 0; i < int(m_seed.familyNames.size()); ++i)
                families << i;
            m_dice.shuffle(families);
        }
        const DemoSeed::Name &family = m_seed.familyNames[families.takeLast()];
        const DemoSeed::Name &given = m_seed.givenNames[m_dice.below(m_seed.givenNames.size())];
        const DemoSeed::ProfessionSeed &profession = m_seed.professions[vacancies.at(n)];

        Person p;
        p.member.familyName = family.kanji;
        p.member.givenName = given.kanji;
        p.member.familyKana = family.kana;
        p.member.givenKana = given.kana;
        // Lists typed in long ago carry readings in katakana.
        if (m_dice.percent(8)) {
            p.member.familyKana = katakana(p.member.familyKana);
            p.member.givenKana = katakana(p.member.givenKana);
        }
        p.romaji = family.romaji + QLatin1Char(' ') + given.romaji;
        p.profession = profession.name;
        if (!profession.workplaces.isEmpty()) {
            const int turn = workplaceTurn[vacancies.at(n)]++;
            p.workplace = profession.workplaces.at((turn + vacancies.at(n)) % profession.workplaces.size());
        }
        p.member.joinedOn = n < 30 ? founding : QDate(2019, 5, 1).addDays(m_dice.below(span + 1));
        const int kind = m_dice.below(100);
        p.propensity = kind < 30 ? 720 : kind < 70 ? 380 : 110;
        if (profession.workplaces.isEmpty() && !m_seed.otherNotes.isEmpty())
            p.member.notes = m_dice.percent(50) ? m_seed.otherNotes.first() : m_seed.otherNotes.last();
        people << p;
    }

    std::stable_sort(people.begin(), people.end(),
                     [](const Person &a, const Person &b) { return a.member.joinedOn < b.member.joinedOn; });
    return people;
}

Status DemoRoster::addMembers()
{
    ProfessionRepository professions(m_db);
    for (const DemoSeed::ProfessionSeed &seed : m_seed.professions) {
        Result<Profession> found = professions.findByName(seed.name);
        if (!found)
            return found.error();
        m_professions.insert(seed.name, found->id);
    }

    QList<Person> people = invent();
    QList<QString> homeZones;
    for (const DemoSeed::Zone &zone : m_seed.zones)
        if (zone.ward == m_seed.homeWard)
            homeZones << zone.name;
    const QDate firstDayInRenkei(2024, 3, 20);
    const QString doctor = QStringLiteral("医師");
    const QString pharmacist = QStringLiteral("薬剤師");

    MemberRepository members(m_db);
    for (int i = 0; i < people.size(); ++i) {
        Person &p = people[i];
        Member &m = p.member;
        const Organisation *workplace =
            m_organisations.contains(p.workplace) ? &m_organisations[p.workplace] : nullptr;
        const bool officer = p.office != DemoSeed::Office::None;
        m.professionId = m_professions.value(p.profession);
        if (workplace) {
            m.organisationId = workplace->id;
            m.areaId = m_areas.value(workplace->areaName).id;
            p.inArea = m_areas.value(workplace->areaName).inArea;
        } else {
            m.areaId = m_areas.value(m_dice.pick(homeZones)).id;
        }
        if (m_dice.percent(92) || officer)
            m.email = email(p, workplace);
        if (workplace && m_dice.percent(45)) {
            m.phone = workplace->phone;
        } else {
            // 090-0000-xxxx and 080-0000-xxxx: mobile numbers nobody has.
            m.phone = QStringLiteral("%1-0000-%2")
                          .arg(m_dice.percent(70) ? QLatin1String("090") : QLatin1String("080"))
                          .arg(1000 + (i * 37) % 9000, 4, 10, QLatin1Char('0'));
        }
        if (workplace && (p.profession == doctor || p.profession == pharmacist))
            m.fax = workplace->fax;
        m.medicalAssociation = p.profession == doctor && p.inArea && m_dice.percent(85);
        m.consentRoster = officer || m_dice.percent(85);
        m.consentEmail = !m.email.isEmpty() && (officer || m_dice.percent(90));

        // Word of mouth: many joined because a colleague or a neighbour brought them.
        if (i > 0 && m.joinedOn > people.first().member.joinedOn && m_dice.percent(40)) {
            QList<int> earlier;
            QList<int> colleagues;
            for (int j = 0; j < i; ++j) {
                if (people.at(j).member.joinedOn >= m.joinedOn)
                    continue;
                earlier << j;
                if (!p.workplace.isEmpty() && people.at(j).workplace == p.workplace)
                    colleagues << j;
            }
            if (!earlier.isEmpty()) {
                const int j = !colleagues.isEmpty() && m_dice.percent(60) ? m_dice.pick(colleagues)
                                                                          : m_dice.pick(earlier);
                m.referredById = people.at(j).member.id;
            }
        }

        const QDate entered = std::max(m.joinedOn, firstDayInRenkei);
        m_now = DemoNetwork::tokyoTime(entered, QTime(10, 0).addSecs(i * 40));
        Result<qint64> id = members.add(m);
        if (!id)
            return id.error();
        m.id = *id;
    }

    // A handful have left: retired, moved away, changed jobs.
    QList<int> leavers;
    for (int i = 0; i < people.size(); ++i)
        if (people.at(i).office == DemoSeed::Office::None &&
            people.at(i).member.joinedOn < QDate(2023, 1, 1) &&
            !people.at(i).member.notes.contains(QStringLiteral("副会長")))
            leavers << i;
    m_dice.shuffle(leavers);
    const QDate leftFrom(2024, 5, 1);
    const int leftSpan = int(leftFrom.daysTo(m_today.addDays(-45)));
    for (int k = 0; k < 6 && k < leavers.size(); ++k)
        people[leavers.at(k)].leftOn = leftFrom.addDays(m_dice.below(leftSpan + 1));

    m_people = people;
    return {};
}

const DemoRoster::Person *DemoRoster::officer(DemoSeed::Office office, int turn) const
{
    QList<const Person *> found;
    for (const Person &p : m_people)
        if (p.office == office)
            found << &p;
    if (found.isEmpty())
        return nullptr;
    return found.at(turn % found.size());
}

Status DemoRoster::archiveLeavers()
{
    MemberRepository members(m_db);
    for (const Person &p : m_people) {
        if (!p.leftOn.isValid())
            continue;
        Member m = p.member;
        m.archived = true;
        const QString note = QStringLiteral("%1年%2月 %3のため退会")
                                 .arg(p.leftOn.year())
                                 .arg(p.leftOn.month())
                                 .arg(m_dice.pick(m_seed.leavingReasons));
        m.notes = m.notes.isEmpty() ? note : m.notes + QLatin1Char('\n') + note;
        m_now = DemoNetwork::tokyoTime(p.leftOn, QTime(17, 30));
        if (Status s = members.update(m); !s)
            return s;
    }
    return {};
}

} // namespace renkei
