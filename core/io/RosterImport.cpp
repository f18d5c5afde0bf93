#include "RosterImport.h"

#include "core/io/BatchQueue.h"
#include "core/io/CsvReader.h"
#include "core/io/YesNo.h"
#include "core/model/ContactCheck.h"
#include "core/model/EnumText.h"
#include "core/storage/AreaRepository.h"
#include "core/storage/BulkWrite.h"
#include "core/storage/Database.h"
#include "core/storage/MemberRepository.h"
#include "core/storage/OrganisationRepository.h"
#include "core/storage/ProfessionRepository.h"
#include "core/text/KanaText.h"

#include <QFile>
#include <QRegularExpression>

#include <array>
#include <mutex>
#include <thread>
#include <vector>

namespace renkei {

namespace {

constexpr EnumKeys<DuplicateAction, 3> actionKeys{{
    {DuplicateAction::Skip, "skip"},
    {DuplicateAction::Update, "update"},
    {DuplicateAction::Add, "add"},
}};

constexpr EnumKeys<ReferenceKind, 3> kindKeys{{
    {ReferenceKind::Profession, "profession"},
    {ReferenceKind::Organisation, "organisation"},
    {ReferenceKind::Area, "area"},
}};

Error at(QString message, int line, int column)
{
    Error e(std::move(message));
    e.line = line;
    e.column = column;
    return e;
}

// A fixed-size Bloom filter over readings and e-mail addresses: when it says a row's keys were
// never seen, the row cannot be a duplicate and the database need not be asked. Its size does not
// depend on the file; it only answers "maybe" more often as it fills.
class SeenKeys
{
public:
    SeenKeys() : m_bits(words, 0) {}

    void add(const QString &key)
    {
        if (key.isEmpty())
            return;
        const auto [h1, h2] = hashes(key);
        for (quint64 k = 0; k < probes; ++k) {
            const quint64 bit = (h1 + k * h2) % bitCount;
            m_bits[bit / 64] |= quint64(1) << (bit % 64);
        }
    }
    bool mayContain(const QString &key) const
    {
        if (key.isEmpty())
            return false;
        const auto [h1, h2] = hashes(key);
        for (quint64 k = 0; k < probes; ++k) {
            const quint64 bit = (h1 + k * h2) % bitCount;
            if (!(m_bits[bit / 64] & (quint64(1) << (bit % 64))))
                return false;
        }
        return true;
    }

private:
    static constexpr quint64 bitCount = quint64(1) << 23; // 1 MiB
    static constexpr quint64 words = bitCount / 64;
    static constexpr quint64 probes = 3;

    // Two hashes from one (Kirsch and Mitzenmacher): the probes are h1 + k·h2.
    static std::pair<quint64, quint64> hashes(const QString &key)
    {
        const quint64 h = quint64(qHash(key, size_t(0x9E3779B97F4A7C15ULL)));
        return {h, ((h >> 32) | (h << 32)) * 0xC2B2AE3D27D4EB4FULL | 1};
    }

    std::vector<quint64> m_bits;
};

// What a row is compared by, computed once a row.
struct RowKeys
{
    QString reading;
    QString email;
};

// A row as the reading thread leaves it: its cells read into a member and checked as far as that
// needs no database. The names of its profession, organisation and area are resolved afterwards, in
// file order, on the thread that writes.
struct ParsedRow
{
    int line = 0;
    bool blank = false;
    QList<Error> problems;      // of its cells, in column order
    QList<Error> fieldProblems; // MemberRepository::validateFields, listed after the references'
    Member member;
    qint64 idInFile = 0;
    QString area, profession, organisation;          // the cells
    QString areaKey, professionKey, organisationKey; // folded (KanaText::searchKey)
    RowKeys keys;
    MemberRepository::StoredKeys stored; // the search key without the organisation's part yet
};

QString readingKey(const Member &m)
{
    return KanaText::sortKey(m.familyKana, m.givenKana);
}
QString emailKey(const Member &m)
{
    return m.email.trimmed().toLower();
}
QString nameKey(const Member &m)
{
    return KanaText::searchKey(m.familyName + m.givenName);
}
QString phoneDigits(const QString &phone)
{
    QString digits;
    for (QChar c : phone.normalized(QString::NormalizationForm_KC))
        if (c.isDigit())
            digits.append(c);
    return digits;
}

// The same member as far as an import is concerned: what the database stores (trimmed text).
bool sameContent(const Member &a, const Member &b)
{
    const auto same = [](const QString &x, const QString &y) { return x.trimmed() == y.trimmed(); };
    return same(a.familyName, b.familyName) && same(a.givenName, b.givenName) &&
           same(a.familyKana, b.familyKana) && same(a.givenKana, b.givenKana) &&
           a.professionId == b.professionId && a.organisationId == b.organisationId && a.areaId == b.areaId &&
           same(a.email, b.email) && same(a.phone, b.phone) && same(a.fax, b.fax) &&
           a.medicalAssociation == b.medicalAssociation && a.joinedOn == b.joinedOn &&
           a.consentRoster == b.consentRoster && a.consentEmail == b.consentEmail && a.notes == b.notes;
}

OrganisationKind guessKind(const QString &name)
{
    const QString n = name.normalized(QString::NormalizationForm_KC);
    const auto has = [&](const char16_t *word) { return n.contains(QStringView(word)); };
    if (has(u"歯科"))
        return OrganisationKind::DentalClinic;
    if (has(u"薬局"))
        return OrganisationKind::Pharmacy;
    if (has(u"訪問看護"))
        return OrganisationKind::VisitingNurseStation;
    if (has(u"居宅介護支援") || has(u"ケアプラン"))
        return OrganisationKind::CareManagementOffice;
    if (has(u"地域包括支援センター") || has(u"包括支援"))
        return OrganisationKind::SupportCentre;
    if (has(u"役所") || has(u"保健所") || has(u"保健センター"))
        return OrganisationKind::WardOffice;
    if (has(u"病院"))
        return OrganisationKind::Hospital;
    if (has(u"クリニック") || has(u"医院") || has(u"診療所"))
        return OrganisationKind::Clinic;
    if (has(u"株式会社") || has(u"(株)") || has(u"有限会社") || has(u"合同会社"))
        return OrganisationKind::Company;
    return OrganisationKind::Other;
}

// One import from start to end: the lists it resolves names against, the rows it has seen.
class ImportRun
{
public:
    ImportRun(Database &db, const RosterImport::Options &options, RosterImportReport &report)
        : m_db(db), m_options(options), m_report(report), m_members(db)
    {}

    bool readHeader(CsvReader &reader);
    Status prepare();
    // Reads a record into a row: no database, no state that changes, so it runs on the reading thread.
    ParsedRow parse(const CsvRecord &record) const;
    // Resolves, compares and writes a parsed row, in file order.
    Status apply(ParsedRow &row);
    int existingMembers() const { return m_existingMembers; }

private:
    struct Lookup
    {
        QHash<QString, QList<qint64>> byName; // folded name → ids
        QHash<QString, int> unknownIndex;     // folded name → index in report.unknown
        QHash<QString, qint64> mappedTo;      // folded name → the entry the user chose for it
        QHash<QString, qint64> foundArea;     // an area as written → the one it names
    };

    void problem(const Error &error);
    int columnOf(RosterField field) const { return m_columnOf.value(int(field), -1); }
    bool has(RosterField field) const { return columnOf(field) >= 0; }
    QString cell(const CsvRecord &record, RosterField field, bool trim = true) const;
    int fieldColumn(const QString &field) const;

    std::optional<qint64> resolve(ReferenceKind kind, const QString &name, const QString &key, qint64 areaId,
                                  int line, int column, QList<Error> &rowProblems, Status &failure);
    Result<qint64> create(ReferenceKind kind, const QString &name, qint64 areaId);
    std::optional<qint64> findArea(const QString &name, int line, int column, QList<Error> &rowProblems);
    Lookup &lookup(ReferenceKind kind) { return m_lookups[size_t(kind)]; }
    const RosterImport::Choices &choices(ReferenceKind kind) const;

    struct Match
    {
        Member member;
        RosterDuplicate::Reason reason;
    };
    Result<std::optional<Match>> findDuplicate(const Member &row, const RowKeys &keys, qint64 idInFile);
    void remember(const RowKeys &keys);
    void applyRow(Member &target, const Member &row) const;

    Database &m_db;
    const RosterImport::Options &m_options;
    RosterImportReport &m_report;
    MemberRepository m_members;
    QHash<int, int> m_columnOf; // field → column index; read by both threads, written before they start
    qsizetype m_headerColumns = 0;
    std::array<Lookup, 3> m_lookups;
    QHash<qint64, qint64> m_areaParent; // area id → its ward (0 for a ward)
    QHash<qint64, QString> m_areaName;
    QHash<qint64, qint64> m_organisationArea;
    QHash<qint64, QString> m_organisationKey; // folded name: the last part of each member's search key
    int m_existingMembers = 0;
    SeenKeys m_seen;
    qint64 m_firstAddedId = 0;
    std::vector<int> m_addedLines; // the line each added member came from, by id - m_firstAddedId
};

void ImportRun::problem(const Error &error)
{
    ++m_report.problemCount;
    if (m_report.problems.size() < m_options.maxListed)
        m_report.problems.append(error);
}

QString ImportRun::cell(const CsvRecord &record, RosterField field, bool trim) const
{
    const int c = columnOf(field);
    if (c < 0 || c >= record.fields.size())
        return {};
    return trim ? record.fields.at(c).trimmed() : record.fields.at(c);
}

// The column a validation error of MemberRepository points at, from 1; 0 when none holds it.
int ImportRun::fieldColumn(const QString &field) const
{
    static const QHash<QString, QList<RosterField>> fields = {
        {QStringLiteral("family_name"), {RosterField::FamilyName, RosterField::Name}},
        {QStringLiteral("given_name"), {RosterField::GivenName, RosterField::Name}},
        {QStringLiteral("family_kana"), {RosterField::FamilyKana, RosterField::Kana}},
        {QStringLiteral("given_kana"), {RosterField::GivenKana, RosterField::Kana}},
        {QStringLiteral("email"), {RosterField::Email}},
        {QStringLiteral("phone"), {RosterField::Phone}},
        {QStringLiteral("fax"), {RosterField::Fax}},
        {QStringLiteral("profession"), {RosterField::Profession}},
        {QStringLiteral("organisation"), {RosterField::Organisation}},
        {QStringLiteral("area"), {RosterField::Area}},
    };
    for (RosterField f : fields.value(field))
        if (has(f))
            return columnOf(f) + 1;
    return 0;
}

const RosterImport::Choices &ImportRun::choices(ReferenceKind kind) const
{
    switch (kind) {
    case ReferenceKind::Profession:
        return m_options.professions;
    case ReferenceKind::Organisation:
        return m_options.organisations;
    case ReferenceKind::Area:
        break;
    }
    return m_options.areas;
}

bool ImportRun::readHeader(CsvReader &reader)
{
    CsvRecord header;
    if (!reader.readRecord(header)) {
        if (Status s = reader.status(); !s)
            problem(s.error());
        else
            problem(at(RosterImport::tr("The file is empty: it has no header row."), 1, 0));
        return false;
    }
    m_report.encoding = reader.encoding();
    m_report.encodingCertain = reader.encodingCertain();
    m_report.separator = reader.separator();
    for (QString &h : header.fields)
        h = h.trimmed();
    m_report.header = header.fields;
    m_headerColumns = header.fields.size();
    for (const Error &e : header.problems)
        problem(e);
    const int line = header.line;

    RosterHeaders::Mapping mapping = m_options.columns;
    if (mapping.isEmpty()) {
        mapping = RosterHeaders::map(header.fields, m_options.headerOverrides);
        for (auto it = m_options.headerOverrides.cbegin(); it != m_options.headerOverrides.cend(); ++it) {
            bool found = false;
            for (const QString &h : header.fields)
                found = found || h == it.key().trimmed() ||
                        RosterHeaders::fold(h) == RosterHeaders::fold(it.key());
            if (!found)
                problem(at(RosterImport::tr("No column is headed “%1”.").arg(it.key()), line, 0));
            const QString value = it.value().trimmed();
            if (!value.isEmpty() && value != QLatin1String("-") && !rosterFieldFromKey(value))
                problem(at(RosterImport::tr("“%1” is not a field; use one of: %2.")
                               .arg(value, rosterFieldKeys().join(QLatin1String(", "))),
                           line, 0));
        }
    }
    mapping.resize(header.fields.size());
    m_report.columns = mapping;

    for (qsizetype c = 0; c < mapping.size(); ++c) {
        if (!mapping[c])
            continue;
        const int field = int(*mapping[c]);
        if (m_columnOf.contains(field)) {
            problem(at(RosterImport::tr("Columns %1 and %2 both hold “%3”; leave one of them out.")
                           .arg(m_columnOf.value(field) + 1)
                           .arg(c + 1)
                           .arg(rosterFieldLabel(*mapping[c])),
                       line, int(c) + 1));
            continue;
        }
        m_columnOf.insert(field, int(c));
    }
    if (!has(RosterField::Name) && !has(RosterField::FamilyName))
        problem(at(RosterImport::tr("No column holds the members' names: map one to the full name, or two to "
                                    "the family and given names."),
                   line, 0));
    if (has(RosterField::Name) && (has(RosterField::FamilyName) || has(RosterField::GivenName)))
        problem(at(RosterImport::tr("The full name (column %1) and the family or given name cannot both be "
                                    "imported; leave one of them out.")
                       .arg(columnOf(RosterField::Name) + 1),
                   line, columnOf(RosterField::Name) + 1));
    if (!has(RosterField::Kana) && !has(RosterField::FamilyKana))
        problem(
            at(RosterImport::tr("No column holds the readings of the names (furigana); every member needs "
                                "one."),
               line, 0));
    if (has(RosterField::Kana) && (has(RosterField::FamilyKana) || has(RosterField::GivenKana)))
        problem(
            at(RosterImport::tr("The full reading (column %1) and the family or given reading cannot both "
                                "be imported; leave one of them out.")
                   .arg(columnOf(RosterField::Kana) + 1),
               line, columnOf(RosterField::Kana) + 1));
    return m_report.problemCount == 0;
}

Status ImportRun::prepare()
{
    for (ReferenceKind kind : {ReferenceKind::Profession, ReferenceKind::Organisation, ReferenceKind::Area}) {
        const RosterImport::Choices &choice = choices(kind);
        for (auto it = choice.mapTo.cbegin(); it != choice.mapTo.cend(); ++it)
            if (it.value() > 0)
                lookup(kind).mappedTo.insert(KanaText::searchKey(it.key()), it.value());
    }
    const Result<QList<Profession>> professions = ProfessionRepository(m_db).all();
    if (!professions)
        return professions.error();
    for (const Profession &p : *professions) {
        lookup(ReferenceKind::Profession).byName[KanaText::searchKey(p.nameJa)].append(p.id);
        if (!p.nameEn.isEmpty())
            lookup(ReferenceKind::Profession).byName[KanaText::searchKey(p.nameEn)].append(p.id);
    }
    const Result<QList<Area>> areas = AreaRepository(m_db).all();
    if (!areas)
        return areas.error();
    for (const Area &a : *areas) {
        lookup(ReferenceKind::Area).byName[KanaText::searchKey(a.name)].append(a.id);
        m_areaParent.insert(a.id, a.parentId);
        m_areaName.insert(a.id, a.name);
    }
    const Result<QList<Organisation>> organisations = OrganisationRepository(m_db).all();
    if (!organisations)
        return organisations.error();
    for (const Organisation &o : *organisations) {
        const QString key = KanaText::searchKey(o.name);
        lookup(ReferenceKind::Organisation).byName[key].append(o.id);
        m_organisationArea.insert(o.id, o.areaId);
        m_organisationKey.insert(o.id, key);
    }
    return m_members.forEachReadingAndEmail([this](const Member &m) {
        remember({readingKey(m), emailKey(m)});
        ++m_existingMembers;
    });
}

void ImportRun::remember(const RowKeys &keys)
{
    m_seen.add(keys.reading);
    m_seen.add(keys.email);
}

std::optional<qint64> ImportRun::findArea(const QString &name, int line, int column,
                                          QList<Error> &rowProblems)
{
    const QString folded = name.normalized(QString::NormalizationForm_KC);
    const qsizetype slash = folded.indexOf(QLatin1Char('/'));
    const Lookup &areas = lookup(ReferenceKind::Area);
    if (slash >= 0) {
        const QString ward = KanaText::searchKey(folded.left(slash));
        for (qint64 id : areas.byName.value(KanaText::searchKey(folded.mid(slash + 1)))) {
            const qint64 parent = m_areaParent.value(id);
            if (parent != 0 && KanaText::searchKey(m_areaName.value(parent)) == ward)
                return id;
        }
        return std::nullopt;
    }
    const QList<qint64> ids = areas.byName.value(KanaText::searchKey(folded));
    if (ids.size() > 1) {
        rowProblems << at(
            RosterImport::tr("More than one area is named “%1”; write it as “ward/zone”.").arg(name), line,
            column);
        return qint64(0);
    }
    if (ids.size() == 1)
        return ids.first();
    return std::nullopt;
}

Result<qint64> ImportRun::create(ReferenceKind kind, const QString &name, qint64 areaId)
{
    switch (kind) {
    case ReferenceKind::Profession: {
        Profession p;
        p.nameJa = name;
        p.category = ProfessionCategory::Other;
        const Result<QList<Profession>> all = ProfessionRepository(m_db).all();
        if (!all)
            return all.error();
        for (const Profession &existing : *all)
            p.displayOrder = std::max(p.displayOrder, existing.displayOrder + 10);
        Result<qint64> id = ProfessionRepository(m_db).add(p);
        if (id)
            lookup(kind).byName[KanaText::searchKey(name)].append(*id);
        return id;
    }
    case ReferenceKind::Organisation: {
        Organisation o;
        o.name = name;
        o.kind = guessKind(name);
        o.areaId = areaId;
        Result<qint64> id = OrganisationRepository(m_db).add(o);
        if (id) {
            const QString key = KanaText::searchKey(name);
            lookup(kind).byName[key].append(*id);
            m_organisationArea.insert(*id, areaId);
            m_organisationKey.insert(*id, key);
        }
        return id;
    }
    case ReferenceKind::Area:
        break;
    }
    // "ward/zone" makes the zone under its ward (and the ward when it is new too); a plain name a ward.
    // A plain name found before may now name two areas.
    lookup(kind).foundArea.clear();
    AreaRepository areas(m_db);
    const QString folded = name.normalized(QString::NormalizationForm_KC);
    const qsizetype slash = folded.indexOf(QLatin1Char('/'));
    Area area;
    area.name = slash >= 0 ? folded.mid(slash + 1).trimmed() : name.trimmed();
    if (slash >= 0) {
        const QString wardName = folded.left(slash).trimmed();
        for (qint64 id : lookup(kind).byName.value(KanaText::searchKey(wardName)))
            if (m_areaParent.value(id) == 0)
                area.parentId = id;
        if (area.parentId == 0) {
            Area ward;
            ward.name = wardName;
            Result<qint64> wardId = areas.add(ward);
            if (!wardId)
                return wardId.error();
            area.parentId = *wardId;
            lookup(kind).byName[KanaText::searchKey(wardName)].append(*wardId);
            m_areaParent.insert(*wardId, 0);
            m_areaName.insert(*wardId, wardName);
        }
    }
    Result<qint64> id = areas.add(area);
    if (id) {
        lookup(kind).byName[KanaText::searchKey(area.name)].append(*id);
        m_areaParent.insert(*id, area.parentId);
        m_areaName.insert(*id, area.name);
    }
    return id;
}

// The id `name` stands for in the list `kind`: mapped by the user, found, or created when allowed.
// Nothing (and a problem for the row) when it is unknown and may not be created.
std::optional<qint64> ImportRun::resolve(ReferenceKind kind, const QString &name, const QString &key,
                                         qint64 areaId, int line, int column, QList<Error> &rowProblems,
                                         Status &failure)
{
    if (name.isEmpty())
        return qint64(0);
    const RosterImport::Choices &choice = choices(kind);
    Lookup &list = lookup(kind);
    if (const qint64 mapped = list.mappedTo.value(key); mapped > 0)
        return mapped;

    if (kind == ReferenceKind::Area) {
        if (const qint64 found = list.foundArea.value(name); found > 0)
            return found;
        if (std::optional<qint64> found = findArea(name, line, column, rowProblems)) {
            if (*found > 0)
                list.foundArea.insert(name, *found);
            return *found;
        }
    } else if (const QList<qint64> ids = list.byName.value(key); !ids.isEmpty()) {
        if (kind == ReferenceKind::Organisation)
            for (qint64 id : ids)
                if (m_organisationArea.value(id) == areaId)
                    return id; // of two of the same name, the one in the member's area
        return ids.first();
    }

    int index = list.unknownIndex.value(key, -1);
    if (index < 0) {
        UnknownReference unknown;
        unknown.kind = kind;
        unknown.name = name;
        unknown.firstLine = line;
        unknown.column = column;
        index = int(m_report.unknown.size());
        m_report.unknown.append(unknown);
        list.unknownIndex.insert(key, index);
        if (choice.createUnknown) {
            Result<qint64> created = create(kind, name, areaId);
            if (!created) {
                failure = created.error();
                return std::nullopt;
            }
            m_report.unknown[index].id = *created;
            m_report.unknown[index].created = true;
        }
    }
    UnknownReference &unknown = m_report.unknown[index];
    ++unknown.rows;
    if (unknown.created)
        return unknown.id;
    QString message;
    switch (kind) {
    case ReferenceKind::Profession:
        message =
            RosterImport::tr("There is no profession named “%1”; create it or map it to one that exists.");
        break;
    case ReferenceKind::Organisation:
        message =
            RosterImport::tr("There is no organisation named “%1”; create it or map it to one that exists.");
        break;
    case ReferenceKind::Area:
        message = RosterImport::tr("There is no area named “%1”; create it or map it to one that exists.");
        break;
    }
    rowProblems << at(message.arg(name), line, column);
    return std::nullopt;
}

Result<std::optional<ImportRun::Match>> ImportRun::findDuplicate(const Member &row, const RowKeys &keys,
                                                                 qint64 idInFile)
{
    const QString &reading = keys.reading;
    const QString &email = keys.email;
    if (idInFile > 0) {
        // Renkei's own number, from an earlier export: trusted when the person looks the same.
        Result<Member> byId = m_members.get(idInFile);
        if (byId && (nameKey(*byId) == nameKey(row) || readingKey(*byId) == reading ||
                     (!email.isEmpty() && emailKey(*byId) == email)))
            return std::optional<Match>(Match{*byId, RosterDuplicate::Reason::SameId});
    }
    if (!m_seen.mayContain(reading) && !m_seen.mayContain(email))
        return std::optional<Match>();
    const Result<QList<Member>> candidates = m_members.sameReadingOrEmail(row);
    if (!candidates)
        return candidates.error();
    const QString phone = phoneDigits(row.phone);
    for (const Member &c : *candidates)
        if (readingKey(c) == reading && nameKey(c) == nameKey(row))
            return std::optional<Match>(Match{c, RosterDuplicate::Reason::SameNameAndReading});
    for (const Member &c : *candidates)
        if (!email.isEmpty() && emailKey(c) == email)
            return std::optional<Match>(Match{c, RosterDuplicate::Reason::SameEmail});
    for (const Member &c : *candidates)
        if (!phone.isEmpty() && readingKey(c) == reading && phoneDigits(c.phone) == phone)
            return std::optional<Match>(Match{c, RosterDuplicate::Reason::SameReadingAndPhone});
    return std::optional<Match>();
}

// Copies the fields the file has columns for; the others keep what the member has.
void ImportRun::applyRow(Member &target, const Member &row) const
{
    if (has(RosterField::Name) || has(RosterField::FamilyName))
        target.familyName = row.familyName;
    if (has(RosterField::Name) || has(RosterField::GivenName))
        target.givenName = row.givenName;
    if (has(RosterField::Kana) || has(RosterField::FamilyKana))
        target.familyKana = row.familyKana;
    if (has(RosterField::Kana) || has(RosterField::GivenKana))
        target.givenKana = row.givenKana;
    if (has(RosterField::Profession))
        target.professionId = row.professionId;
    if (has(RosterField::Organisation))
        target.organisationId = row.organisationId;
    if (has(RosterField::Area))
        target.areaId = row.areaId;
    if (has(RosterField::Email))
        target.email = row.email;
    if (has(RosterField::Phone))
        target.phone = row.phone;
    if (has(RosterField::Fax))
        target.fax = row.fax;
    if (has(RosterField::MedicalAssociation))
        target.medicalAssociation = row.medicalAssociation;
    if (has(RosterField::JoinedOn))
        target.joinedOn = row.joinedOn;
    if (has(RosterField::ConsentRoster))
        target.consentRoster = row.consentRoster;
    if (has(RosterField::ConsentEmail))
        target.consentEmail = row.consentEmail;
    if (has(RosterField::Notes))
        target.notes = row.notes;
}

ParsedRow ImportRun::parse(const CsvRecord &record) const
{
    ParsedRow row;
    row.line = record.line;
    if (record.isBlank() && record.problems.isEmpty()) {
        row.blank = true;
        return row;
    }
    const int line = record.line;
    QList<Error> &rowProblems = row.problems;
    rowProblems = record.problems;

    const qsizetype columns = m_headerColumns;
    for (qsizetype c = columns; c < record.fields.size(); ++c) {
        if (!record.fields.at(c).trimmed().isEmpty()) {
            rowProblems << at(RosterImport::tr("The row has more columns than the header (%1).").arg(columns),
                              line, int(c) + 1);
            break;
        }
    }

    Member &m = row.member;
    if (has(RosterField::Name))
        std::tie(m.familyName, m.givenName) = RosterImport::splitName(cell(record, RosterField::Name));
    else {
        m.familyName = cell(record, RosterField::FamilyName);
        m.givenName = cell(record, RosterField::GivenName);
    }
    if (has(RosterField::Kana))
        std::tie(m.familyKana, m.givenKana) = RosterImport::splitName(cell(record, RosterField::Kana));
    else {
        m.familyKana = cell(record, RosterField::FamilyKana);
        m.givenKana = cell(record, RosterField::GivenKana);
    }
    m.email = cell(record, RosterField::Email);
    m.phone = cell(record, RosterField::Phone);
    m.fax = cell(record, RosterField::Fax);
    m.notes = cell(record, RosterField::Notes, false);

    const auto yesNo = [&](RosterField field, bool *target) {
        const QString text = cell(record, field);
        if (text.isEmpty())
            return;
        if (const std::optional<bool> value = YesNo::parse(text))
            *target = *value;
        else
            rowProblems << at(
                RosterImport::tr("“%1” is neither yes nor no; write yes or no (はい/いいえ, ○/×, 1/0).")
                    .arg(text),
                line, columnOf(field) + 1);
    };
    yesNo(RosterField::MedicalAssociation, &m.medicalAssociation);
    yesNo(RosterField::ConsentRoster, &m.consentRoster);
    yesNo(RosterField::ConsentEmail, &m.consentEmail);

    if (const QString text = cell(record, RosterField::JoinedOn); !text.isEmpty()) {
        if (const std::optional<QDate> date = RosterImport::parseDate(text))
            m.joinedOn = *date;
        else
            rowProblems << at(
                RosterImport::tr("“%1” is not a date; write it as 2024-04-01 or 2024/4/1.").arg(text), line,
                columnOf(RosterField::JoinedOn) + 1);
    }
    if (const QString text = cell(record, RosterField::Id); !text.isEmpty()) {
        bool ok = false;
        row.idInFile = text.normalized(QString::NormalizationForm_KC).toLongLong(&ok);
        if (!ok || row.idInFile <= 0) {
            row.idInFile = 0;
            rowProblems << at(RosterImport::tr("“%1” is not a member ID (a whole number).").arg(text), line,
                              columnOf(RosterField::Id) + 1);
        }
    }
    row.area = cell(record, RosterField::Area);
    row.profession = cell(record, RosterField::Profession);
    row.organisation = cell(record, RosterField::Organisation);
    row.areaKey = KanaText::searchKey(row.area);
    row.professionKey = KanaText::searchKey(row.profession);
    row.organisationKey = KanaText::searchKey(row.organisation);

    // The field checks of the repository; the ids are resolved later, and checked there.
    for (Error e : MemberRepository::validateFields(m)) {
        e.line = line;
        e.column = fieldColumn(e.field);
        row.fieldProblems << e;
    }
    row.keys = {readingKey(m), emailKey(m)};
    row.stored.kana = row.keys.reading;
    row.stored.search = MemberRepository::personSearchKey(m);
    row.stored.phone = ContactCheck::phoneKey(m.phone);
    return row;
}

Status ImportRun::apply(ParsedRow &row)
{
    if (row.blank)
        return {};
    ++m_report.rows;
    const int line = row.line;
    QList<Error> &rowProblems = row.problems;
    Member &m = row.member;

    Status failure;
    const auto reference = [&](ReferenceKind kind, RosterField field, const QString &name, const QString &key,
                               qint64 areaId, qint64 *target) {
        const std::optional<qint64> id =
            resolve(kind, name, key, areaId, line, columnOf(field) + 1, rowProblems, failure);
        if (id)
            *target = *id;
    };
    reference(ReferenceKind::Area, RosterField::Area, row.area, row.areaKey, 0, &m.areaId);
    reference(ReferenceKind::Profession, RosterField::Profession, row.profession, row.professionKey, 0,
              &m.professionId);
    reference(ReferenceKind::Organisation, RosterField::Organisation, row.organisation, row.organisationKey,
              m.areaId, &m.organisationId);
    if (!failure)
        return failure;
    rowProblems << row.fieldProblems;

    if (!rowProblems.isEmpty()) {
        ++m_report.rowsWithProblems;
        for (const Error &e : rowProblems)
            problem(e);
        return {};
    }
    if (m_report.problemCount > 0)
        return {}; // nothing will be written: the rest is only checked

    const RowKeys &keys = row.keys;
    const qint64 idInFile = row.idInFile;
    const Result<std::optional<Match>> match = findDuplicate(m, keys, idInFile);
    if (!match)
        return match.error();
    DuplicateAction action = DuplicateAction::Add;
    RosterDuplicate duplicate;
    if (*match) {
        const Match &found = **match;
        action = m_options.decisions.value(line, m_options.onDuplicate);
        duplicate.line = line;
        duplicate.name = m.fullName();
        duplicate.memberId = found.member.id;
        duplicate.memberName = found.member.fullName();
        duplicate.reason = found.reason;
        duplicate.action = action;
        if (m_firstAddedId > 0 && found.member.id >= m_firstAddedId &&
            size_t(found.member.id - m_firstAddedId) < m_addedLines.size())
            duplicate.earlierLine = m_addedLines[size_t(found.member.id - m_firstAddedId)];
    }

    switch (action) {
    case DuplicateAction::Skip:
        ++m_report.skipped;
        break;
    case DuplicateAction::Update: {
        Member merged = (**match).member;
        applyRow(merged, m);
        duplicate.changes = !sameContent(merged, (**match).member);
        if (!duplicate.changes) {
            ++m_report.skipped;
            break;
        }
        if (Status s = m_members.updateValidated(merged); !s)
            return s;
        remember({readingKey(merged), emailKey(merged)});
        ++m_report.updated;
        break;
    }
    case DuplicateAction::Add: {
        row.stored.search += m_organisationKey.value(m.organisationId);
        const Result<qint64> id = m_members.addValidated(m, row.stored);
        if (!id)
            return id.error();
        if (m_firstAddedId == 0)
            m_firstAddedId = *id;
        if (*id >= m_firstAddedId) {
            m_addedLines.resize(size_t(*id - m_firstAddedId) + 1, 0);
            m_addedLines[size_t(*id - m_firstAddedId)] = line;
        }
        remember(keys);
        ++m_report.imported;
        break;
    }
    }
    if (*match) {
        ++m_report.duplicateCount;
        if (m_report.duplicates.size() < m_options.maxListed)
            m_report.duplicates.append(duplicate);
    }
    return {};
}

// Reads and parses the rows on a thread of its own while the caller's thread resolves and writes
// the ones before: the two halves of an import take about as long as each other. The rows travel in
// batches through a queue of a few batches at most, so memory does not grow with the file.
class RowPipeline
{
public:
    struct Batch
    {
        std::vector<ParsedRow> rows;
        qint64 bytesRead = 0;
    };

    RowPipeline(CsvReader &reader, const ImportRun &run) : m_reader(reader), m_run(run)
    {
        m_thread = std::thread([this] { read(); });
    }
    ~RowPipeline() { stop(); }
    RowPipeline(const RowPipeline &) = delete;
    RowPipeline &operator=(const RowPipeline &) = delete;

    // The next batch in file order; false when there are no more. The batch it replaces is handed
    // back to the reading thread, which frees its rows: that thread has time to spare.
    bool next(Batch &batch)
    {
        if (!batch.rows.empty()) {
            const std::lock_guard lock(m_spentMutex);
            m_spent.push_back(std::move(batch));
        }
        return m_queue.pop(batch);
    }

    // Ends the reading thread, at the end of the file or early; the reader is the caller's again.
    void stop()
    {
        m_queue.cancel();
        if (m_thread.joinable())
            m_thread.join();
    }

private:
    static constexpr size_t batchRows = 256;

    void read()
    {
        CsvRecord record;
        bool more = true;
        while (more) {
            Batch batch;
            batch.rows.reserve(batchRows);
            while (batch.rows.size() < batchRows && (more = m_reader.readRecord(record)))
                batch.rows.push_back(m_run.parse(record));
            batch.bytesRead = m_reader.bytesRead();
            if (!batch.rows.empty() && !m_queue.push(std::move(batch)))
                break;
            std::vector<Batch> spent;
            {
                const std::lock_guard lock(m_spentMutex);
                spent.swap(m_spent);
            }
        }
        m_queue.close();
    }

    CsvReader &m_reader;
    const ImportRun &m_run;
    BatchQueue<Batch> m_queue{8};
    std::mutex m_spentMutex;
    std::vector<Batch> m_spent; // batches the writing thread is done with, for this one to free
    std::thread m_thread;
};

// Rows still to come above which an import builds most member indexes once instead of row by row.
constexpr qint64 bulkRows = 5000;

CsvReader::Options readerOptions(std::optional<TextEncoding> encoding, std::optional<QChar> separator)
{
    CsvReader::Options options;
    options.encoding = encoding;
    options.separator = separator;
    return options;
}

} // namespace

QString duplicateActionKey(DuplicateAction action)
{
    return enumKey(actionKeys, action);
}
std::optional<DuplicateAction> duplicateActionFromKey(const QString &key)
{
    return enumFromKey(actionKeys, key.trimmed());
}
QStringList duplicateActionKeys()
{
    return allEnumKeys(actionKeys);
}
QString duplicateActionLabel(DuplicateAction action)
{
    switch (action) {
    case DuplicateAction::Skip:
        return QCoreApplication::translate("renkei::RosterImport", "Skip");
    case DuplicateAction::Update:
        return QCoreApplication::translate("renkei::RosterImport", "Update");
    case DuplicateAction::Add:
        break;
    }
    return QCoreApplication::translate("renkei::RosterImport", "Add as another member");
}

QString referenceKindKey(ReferenceKind kind)
{
    return enumKey(kindKeys, kind);
}
std::optional<ReferenceKind> referenceKindFromKey(const QString &key)
{
    if (key.trimmed().compare(QLatin1String("organization"), Qt::CaseInsensitive) == 0)
        return ReferenceKind::Organisation;
    return enumFromKey(kindKeys, key.trimmed());
}
QString referenceKindLabel(ReferenceKind kind)
{
    switch (kind) {
    case ReferenceKind::Profession:
        return QCoreApplication::translate("renkei::RosterImport", "Profession");
    case ReferenceKind::Organisation:
        return QCoreApplication::translate("renkei::RosterImport", "Organisation");
    case ReferenceKind::Area:
        break;
    }
    return QCoreApplication::translate("renkei::RosterImport", "Area");
}

QString RosterDuplicate::reasonText() const
{
    switch (reason) {
    case Reason::SameNameAndReading:
        return RosterImport::tr("same name and reading");
    case Reason::SameEmail:
        return RosterImport::tr("same e-mail address");
    case Reason::SameReadingAndPhone:
        return RosterImport::tr("same reading and phone number");
    case Reason::SameId:
        break;
    }
    return RosterImport::tr("same member ID");
}

std::pair<QString, QString> RosterImport::splitName(const QString &fullName)
{
    const QString text = fullName.trimmed();
    qsizetype end = 0;
    while (end < text.size() && !text.at(end).isSpace())
        ++end;
    qsizetype given = end;
    while (given < text.size() && text.at(given).isSpace())
        ++given;
    return {text.left(end), text.mid(given)};
}

std::optional<QDate> RosterImport::parseDate(const QString &text)
{
    QString t = text.normalized(QString::NormalizationForm_KC).trimmed();
    if (t.isEmpty())
        return QDate();
    // The usual forms, 2024-04-01 and 2024/4/1, without regular expressions.
    if (t.size() >= 8 && t.size() <= 10 && (t[4] == QLatin1Char('-') || t[4] == QLatin1Char('/'))) {
        const QStringList parts = t.split(t[4]);
        bool okYear = false, okMonth = false, okDay = false;
        if (parts.size() == 3 && parts[0].size() == 4) {
            const QDate date(parts[0].toInt(&okYear), parts[1].toInt(&okMonth), parts[2].toInt(&okDay));
            if (okYear && okMonth && okDay && parts[1].size() <= 2 && parts[2].size() <= 2)
                return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
        }
    }
    static const QRegularExpression time(QStringLiteral(R"(\s+\d{1,2}:\d{2}(:\d{2})?$)"));
    t.remove(time);
    static const QRegularExpression western(
        QStringLiteral(R"(^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$)"));
    static const QRegularExpression compact(QStringLiteral(R"(^(\d{4})(\d{2})(\d{2})$)"));
    static const QRegularExpression era(QStringLiteral(
        R"(^(令和|平成|昭和|大正|[RrHhSsTt])\s*(元|\d{1,2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$)"));
    QRegularExpressionMatch m = western.match(t);
    if (!m.hasMatch())
        m = compact.match(t);
    if (m.hasMatch()) {
        const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
    }
    m = era.match(t);
    if (!m.hasMatch())
        return std::nullopt;
    const QString name = m.captured(1).toUpper();
    int base = 0;
    if (name == QStringLiteral("令和") || name == QLatin1String("R"))
        base = 2018;
    else if (name == QStringLiteral("平成") || name == QLatin1String("H"))
        base = 1988;
    else if (name == QStringLiteral("昭和") || name == QLatin1String("S"))
        base = 1925;
    else
        base = 1911; // 大正
    const int year = m.captured(2) == QStringLiteral("元") ? 1 : m.captured(2).toInt();
    const QDate date(base + year, m.captured(3).toInt(), m.captured(4).toInt());
    return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
}

Result<RosterPreview> RosterImport::preview(const QString &path, std::optional<TextEncoding> encoding,
                                            std::optional<QChar> separator, int rowCount)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("“%1” could not be opened: %2").arg(path, file.errorString())};
    return preview(file, encoding, separator, rowCount);
}

RosterPreview RosterImport::preview(QIODevice &device, std::optional<TextEncoding> encoding,
                                    std::optional<QChar> separator, int rowCount)
{
    RosterPreview preview;
    CsvReader reader(device, readerOptions(encoding, separator));
    CsvRecord record;
    bool first = true;
    while (preview.rows.size() < rowCount && reader.readRecord(record)) {
        preview.problems << record.problems;
        if (first) {
            first = false;
            for (QString &h : record.fields)
                h = h.trimmed();
            preview.header = record.fields;
            preview.mapping = RosterHeaders::map(preview.header);
        } else if (!record.isBlank()) {
            preview.rows << record.fields;
            preview.lines << record.line;
        }
    }
    if (Status s = reader.status(); !s)
        preview.problems << s.error();
    preview.encoding = reader.encoding();
    preview.encodingCertain = reader.encodingCertain();
    preview.separator = reader.separator();
    return preview;
}

RosterImportReport RosterImport::run(const QString &path, const Options &options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        RosterImportReport report;
        report.problems << Error{tr("“%1” could not be opened: %2").arg(path, file.errorString())};
        report.problemCount = 1;
        return report;
    }
    return run(file, options);
}

RosterImportReport RosterImport::run(QIODevice &device, const Options &options)
{
    RosterImportReport report;
    ImportRun importRun(m_db, options, report);
    CsvReader reader(device, readerOptions(options.encoding, options.separator));
    if (!importRun.readHeader(reader))
        return report;

    bool rolledBackOnPurpose = false;
    BulkWrite bulk(m_db);
    const Status done = m_db.transaction([&]() -> Status {
        if (Status s = importRun.prepare(); !s)
            return s;
        int sinceProgress = 0;
        bool indexesDecided = false;
        RowPipeline pipeline(reader, importRun);
        RowPipeline::Batch batch;
        while (!report.cancelled && pipeline.next(batch)) {
            for (ParsedRow &row : batch.rows) {
                if (Status s = importRun.apply(row); !s)
                    return s;
                if (options.progress && ++sinceProgress >= 250) {
                    sinceProgress = 0;
                    if (!options.progress(batch.bytesRead)) {
                        report.cancelled = true;
                        break;
                    }
                }
            }
            // Once the first rows tell how long the file's rows are: a file that will at least double
            // the roster, by several thousand, updates only the indexes duplicates are looked up
            // through while it writes, and builds the others once at the end.
            if (!indexesDecided && report.rows >= 256) {
                indexesDecided = true;
                const qint64 read = batch.bytesRead;
                const qint64 expected = read > 0 && device.size() > read
                                            ? qint64(double(device.size()) * report.rows / double(read))
                                            : report.rows;
                if (report.problemCount == 0 && expected - report.rows >= bulkRows &&
                    expected >= importRun.existingMembers()) {
                    if (Status s = bulk.deferIndexes(QStringLiteral("members"),
                                                     MemberRepository::duplicateLookupIndexes());
                        !s)
                        return s;
                }
            }
        }
        pipeline.stop();
        if (Status s = reader.status(); !s) {
            ++report.problemCount;
            report.problems << s.error();
        }
        if (!report.ok() || options.dryRun) {
            rolledBackOnPurpose = true;
            return Error{QStringLiteral("rolled back")};
        }
        report.indexesRebuilt = bulk.deferredIndexes();
        return bulk.restoreIndexes();
    });
    if (!done && !rolledBackOnPurpose) {
        ++report.problemCount;
        report.problems << done.error();
    }
    report.written = done.ok();
    return report;
}

} // namespace renkei
