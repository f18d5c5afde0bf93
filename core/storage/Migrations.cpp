#include "Database.h"
#include "MemberRepository.h"
#include "Migration.h"
#include "SqlValues.h"
#include "core/model/ContactCheck.h"

#include <QCoreApplication>
#include <QUuid>

namespace renkei {

namespace {

Status runAll(Database &db, const QStringList &statements)
{
    for (const QString &sql : statements)
        if (Status s = db.exec(sql, QCoreApplication::translate("renkei::Migration", "creating the tables"));
            !s)
            return s;
    return {};
}

// Schema 1: the domain of the foundation. Dates are ISO-8601 text, times "HH:mm", money whole yen.
Status createSchema(Database &db)
{
    return runAll(
        db, {
                QStringLiteral(R"(CREATE TABLE professions (
            id INTEGER PRIMARY KEY,
            name_ja TEXT NOT NULL UNIQUE,
            name_en TEXT NOT NULL DEFAULT '',
            category TEXT NOT NULL DEFAULT 'other',
            display_order INTEGER NOT NULL DEFAULT 0,
            hidden INTEGER NOT NULL DEFAULT 0))"),
                QStringLiteral(R"(CREATE TABLE areas (
            id INTEGER PRIMARY KEY,
            parent_id INTEGER REFERENCES areas(id),
            name TEXT NOT NULL,
            in_area INTEGER NOT NULL DEFAULT 1,
            display_order INTEGER NOT NULL DEFAULT 0,
            hidden INTEGER NOT NULL DEFAULT 0))"),
                QStringLiteral("CREATE INDEX areas_parent ON areas(parent_id)"),
                QStringLiteral(R"(CREATE TABLE organisations (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            kind TEXT NOT NULL DEFAULT 'other',
            area_id INTEGER REFERENCES areas(id),
            address TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT '',
            fax TEXT NOT NULL DEFAULT '',
            hidden INTEGER NOT NULL DEFAULT 0))"),
                QStringLiteral("CREATE INDEX organisations_name ON organisations(name)"),
                QStringLiteral("CREATE INDEX organisations_area ON organisations(area_id)"),
                QStringLiteral(R"(CREATE TABLE members (
            id INTEGER PRIMARY KEY,
            family_name TEXT NOT NULL,
            given_name TEXT NOT NULL DEFAULT '',
            family_kana TEXT NOT NULL,
            given_kana TEXT NOT NULL DEFAULT '',
            kana_key TEXT NOT NULL,
            search_key TEXT NOT NULL DEFAULT '',
            profession_id INTEGER REFERENCES professions(id),
            organisation_id INTEGER REFERENCES organisations(id),
            area_id INTEGER REFERENCES areas(id),
            email TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT '',
            fax TEXT NOT NULL DEFAULT '',
            medical_association INTEGER NOT NULL DEFAULT 0,
            referred_by INTEGER REFERENCES members(id),
            joined_on TEXT,
            consent_roster INTEGER NOT NULL DEFAULT 0,
            consent_email INTEGER NOT NULL DEFAULT 0,
            archived INTEGER NOT NULL DEFAULT 0,
            notes TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL))"),
                // Covers the members view: kana order, and search (search_key) without visiting the table.
                QStringLiteral("CREATE INDEX members_kana ON members(archived, kana_key, search_key)"),
                QStringLiteral("CREATE INDEX members_profession ON members(profession_id)"),
                QStringLiteral("CREATE INDEX members_organisation ON members(organisation_id)"),
                QStringLiteral("CREATE INDEX members_area ON members(area_id)"),
                QStringLiteral("CREATE INDEX members_referred_by ON members(referred_by)"),
                QStringLiteral("CREATE INDEX members_email ON members(email)"),
                QStringLiteral(R"(CREATE TABLE series (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            first_number INTEGER NOT NULL DEFAULT 1,
            default_venue TEXT NOT NULL DEFAULT '',
            default_address TEXT NOT NULL DEFAULT '',
            default_start TEXT,
            default_end TEXT,
            default_fee INTEGER NOT NULL DEFAULT 0,
            default_capacity INTEGER,
            notes TEXT NOT NULL DEFAULT ''))"),
                QStringLiteral(R"(CREATE TABLE meetings (
            id INTEGER PRIMARY KEY,
            series_id INTEGER NOT NULL REFERENCES series(id),
            number INTEGER NOT NULL,
            date TEXT NOT NULL,
            start_time TEXT,
            end_time TEXT,
            venue TEXT NOT NULL DEFAULT '',
            address TEXT NOT NULL DEFAULT '',
            fee INTEGER NOT NULL DEFAULT 0,
            capacity INTEGER,
            status TEXT NOT NULL DEFAULT 'planned',
            theme TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            has_social INTEGER NOT NULL DEFAULT 0,
            social_venue TEXT NOT NULL DEFAULT '',
            social_start TEXT,
            social_fee INTEGER NOT NULL DEFAULT 0,
            UNIQUE (series_id, number)))"),
                QStringLiteral("CREATE INDEX meetings_date ON meetings(date)"),
                QStringLiteral(R"(CREATE TABLE agenda_items (
            id INTEGER PRIMARY KEY,
            meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            kind TEXT NOT NULL DEFAULT 'other',
            title TEXT NOT NULL DEFAULT '',
            minutes INTEGER NOT NULL DEFAULT 0,
            presenter_member_id INTEGER REFERENCES members(id),
            presenter_text TEXT NOT NULL DEFAULT ''))"),
                QStringLiteral("CREATE INDEX agenda_items_meeting ON agenda_items(meeting_id, position)"),
                QStringLiteral("CREATE INDEX agenda_items_presenter ON agenda_items(presenter_member_id)"),
                QStringLiteral(R"(CREATE TABLE attendance (
            id INTEGER PRIMARY KEY,
            meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
            member_id INTEGER REFERENCES members(id),
            guest_name TEXT NOT NULL DEFAULT '',
            guest_kana TEXT NOT NULL DEFAULT '',
            guest_profession_id INTEGER REFERENCES professions(id),
            guest_organisation TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL,
            role TEXT NOT NULL DEFAULT 'participant',
            walk_in INTEGER NOT NULL DEFAULT 0,
            social INTEGER NOT NULL DEFAULT 0,
            fee_paid INTEGER NOT NULL DEFAULT 0,
            checked_in_at TEXT,
            registered_at TEXT NOT NULL,
            CHECK (member_id IS NOT NULL OR guest_name <> ''),
            UNIQUE (meeting_id, member_id)))"),
                QStringLiteral("CREATE INDEX attendance_member ON attendance(member_id, meeting_id)"),
                QStringLiteral("CREATE INDEX attendance_guest_profession ON attendance(guest_profession_id)"),
            });
}

struct DefaultProfession
{
    const char16_t *ja;
    const char *en;
    const char *category;
};

// The professions of Japanese community care a new network starts with.
constexpr DefaultProfession defaultProfessions[] = {
    {u"医師", "Physician", "medical"},
    {u"歯科医師", "Dentist", "dental"},
    {u"薬剤師", "Pharmacist", "pharmacy"},
    {u"看護師", "Nurse", "nursing"},
    {u"訪問看護師", "Visiting nurse", "nursing"},
    {u"保健師", "Public health nurse", "nursing"},
    {u"理学療法士", "Physical therapist", "rehabilitation"},
    {u"作業療法士", "Occupational therapist", "rehabilitation"},
    {u"言語聴覚士", "Speech-language-hearing therapist", "rehabilitation"},
    {u"管理栄養士", "Registered dietitian", "medical"},
    {u"歯科衛生士", "Dental hygienist", "dental"},
    {u"介護支援専門員", "Care manager", "care"},
    {u"医療ソーシャルワーカー", "Medical social worker", "welfare"},
    {u"社会福祉士", "Certified social worker", "welfare"},
    {u"介護福祉士", "Certified care worker", "care"},
    {u"訪問介護員", "Home helper", "care"},
    {u"福祉用具専門相談員", "Welfare equipment specialist", "care"},
    {u"地域包括支援センター職員", "Community support centre staff", "welfare"},
    {u"行政職員", "Local government officer", "government"},
    {u"企業", "Company", "company"},
    {u"学生", "Student", "other"},
    {u"その他", "Other", "other"},
};

Status insertDefaultProfessions(Database &db)
{
    QSqlQuery q = db.prepare(QStringLiteral(
        "INSERT INTO professions (name_ja, name_en, category, display_order) VALUES (?, ?, ?, ?)"));
    int order = 0;
    for (const DefaultProfession &p : defaultProfessions) {
        q.addBindValue(QString::fromUtf16(p.ja));
        q.addBindValue(QString::fromLatin1(p.en));
        q.addBindValue(QString::fromLatin1(p.category));
        q.addBindValue(order += 10);
        if (Status s = db.exec(
                q, QCoreApplication::translate("renkei::Migration", "adding the default professions"));
            !s)
            return s;
    }
    return {};
}

// Schema 2: meeting planning. A series keeps its schedule rule (ScheduleRule's text form); the
// organiser's closed days, with the year-end break (29 December to 3 January) on; and a settings table
// holding the database's own identity, from which calendar exports derive stable event UIDs.
Status addPlanning(Database &db)
{
    const QStringList statements = {
        QStringLiteral("ALTER TABLE series ADD COLUMN schedule_rule TEXT NOT NULL DEFAULT ''"),
        QStringLiteral(R"(CREATE TABLE closed_days (
            id INTEGER PRIMARY KEY,
            label TEXT NOT NULL,
            yearly INTEGER NOT NULL DEFAULT 0,
            first_day TEXT NOT NULL,
            last_day TEXT NOT NULL,
            active INTEGER NOT NULL DEFAULT 1))"),
        QStringLiteral(R"(CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL))"),
    };
    if (Status s = runAll(db, statements); !s)
        return s;
    const QString doing = QCoreApplication::translate("renkei::Migration", "adding the planning tables");
    QSqlQuery closed = db.prepare(QStringLiteral(
        "INSERT INTO closed_days (label, yearly, first_day, last_day, active) VALUES (?, 1, ?, ?, 1)"));
    closed.addBindValue(QStringLiteral("年末年始"));
    closed.addBindValue(QStringLiteral("--12-29"));
    closed.addBindValue(QStringLiteral("--01-03"));
    if (Status s = db.exec(closed, doing); !s)
        return s;
    QSqlQuery identity = db.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"));
    identity.addBindValue(QStringLiteral("database_id"));
    identity.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
    return db.exec(identity, doing);
}

// Schema 3: the roster. Members are found by their organisation's name too (it joins the search key),
// and possible duplicates by phone number however it is written (phone_key: its digits) and by e-mail
// address in any case. The keys of existing members are computed here, as MemberRepository does.
Status addRosterKeys(Database &db)
{
    if (Status s =
            runAll(db,
                   {
                       QStringLiteral("ALTER TABLE members ADD COLUMN phone_key TEXT NOT NULL DEFAULT ''"),
                       QStringLiteral("CREATE INDEX members_phone_key ON members(phone_key)"),
                       QStringLiteral("CREATE INDEX members_email_nocase ON members(email COLLATE NOCASE)"),
                   });
        !s)
        return s;
    const QString doing =
        QCoreApplication::translate("renkei::Migration", "updating the members' search keys");
    QSqlQuery read = db.prepare(QStringLiteral(
        "SELECT m.id, m.family_name, m.given_name, m.family_kana, m.given_kana, m.email, m.phone, o.name"
        " FROM members m LEFT JOIN organisations o ON o.id = m.organisation_id"));
    if (Status s = db.exec(read, doing); !s)
        return s;
    QSqlQuery write =
        db.prepare(QStringLiteral("UPDATE members SET search_key = ?, phone_key = ? WHERE id = ?"));
    while (read.next()) {
        Member m;
        m.familyName = read.value(1).toString();
        m.givenName = read.value(2).toString();
        m.familyKana = read.value(3).toString();
        m.givenKana = read.value(4).toString();
        m.email = read.value(5).toString();
        write.bindValue(0, MemberRepository::searchKey(m, read.value(7).toString()));
        write.bindValue(1, sql::text(ContactCheck::phoneKey(read.value(6).toString())));
        write.bindValue(2, read.value(0));
        if (Status s = db.exec(write, doing); !s)
            return s;
    }
    return {};
}

} // namespace

const std::vector<Migration> &schemaMigrations()
{
    static const std::vector<Migration> steps = {
        {1, QStringLiteral("the foundation schema and default professions"),
         [](Database &db) -> Status {
             if (Status s = createSchema(db); !s)
                 return s;
             return insertDefaultProfessions(db);
         }},
        {2, QStringLiteral("schedule rules, closed days and the database's identity"), &addPlanning},
        {3, QStringLiteral("organisation names in the members' search, phone and e-mail keys for duplicates"),
         &addRosterKeys},
        {4, QStringLiteral("an index for the reports' member growth: members by joining day"),
         [](Database &db) -> Status {
             return runAll(db, {QStringLiteral("CREATE INDEX members_joined_on ON members(joined_on)")});
         }},
        // Every index is kept up to date on each write; these two cost imports and edits more than
        // they gave: e-mail lookups go through members_email_nocase, and few members name a referrer.
        {5,
         QStringLiteral("fewer member indexes: e-mail through the case-blind one, referrers only where set"),
         [](Database &db) -> Status {
             return runAll(db, {QStringLiteral("DROP INDEX members_email"),
                                QStringLiteral("DROP INDEX members_referred_by"),
                                QStringLiteral("CREATE INDEX members_referred_by ON members(referred_by)"
                                               " WHERE referred_by IS NOT NULL")});
         }},
    };
    return steps;
}

} // namespace renkei
