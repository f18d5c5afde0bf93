#include "RosterImport.h"

#include "core/io/CsvReader.h"
#include "core/io/RosterDuplicateFinder.h"
#include "core/io/RosterReader.h"
#include "core/io/RosterReferences.h"
#include "core/model/ContactCheck.h"
#include "core/model/EnumText.h"
#include "core/storage/Database.h"
#include "core/storage/MemberBulkWriter.h"
#include "core/storage/MemberRepository.h"

#include <QFile>

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

// One import from start to end: each row read is resolved, compared and written, in file order.
class ImportRun
{
public:
    ImportRun(Database &db, const RosterImport::Options &options, RosterImportReport &report,
              const RosterReader &reader)
        : m_options(options), m_report(report), m_reader(reader), m_references(db, options, report.unknown),
          m_writer(db), m_duplicates(db, m_writer)
    {}

    Status prepare()
    {
        if (Status s = m_references.load(); !s)
            return s;
        return m_duplicates.seed();
    }
    // Resolves, compares and writes a row.
    Status apply(RosterRow &row);
    int existingMembers() const { return m_duplicates.existingMembers(); }
    MemberBulkWriter &writer() { return m_writer; }

private:
    void problem(const Error &error) { m_report.addProblem(error, m_options.maxListed); }
    bool has(RosterField field) const { return m_reader.has(field); }
    void applyRow(Member &target, const Member &row) const;

    const RosterImport::Options &m_options;
    RosterImportReport &m_report;
    const RosterReader &m_reader;
    RosterReferences m_references;
    MemberBulkWriter m_writer;
    RosterDuplicateFinder m_duplicates;
};

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

Status ImportRun::apply(RosterRow &row)
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
        const std::optional<qint64> id = m_references.resolve(
            kind, name, key, areaId, line, m_reader.columnOf(field) + 1, rowProblems, failure);
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

    const Result<std::optional<RosterDuplicateFinder::Match>> match =
        m_duplicates.find(m, row.reading, row.email, row.idInFile);
    if (!match)
        return match.error();
    DuplicateAction action = DuplicateAction::Add;
    RosterDuplicate duplicate;
    if (*match) {
        const RosterDuplicateFinder::Match &found = **match;
        action = m_options.decisions.value(line, m_options.onDuplicate);
        duplicate.line = line;
        duplicate.name = m.fullName();
        duplicate.memberId = found.member.id;
        duplicate.memberName = found.member.fullName();
        duplicate.reason = found.reason;
        duplicate.action = action;
        duplicate.earlierLine = m_duplicates.lineAdded(found.member.id);
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
        MemberColumns::Keys keys = {RosterDuplicateFinder::readingKey(merged),
                                    MemberRepository::personSearchKey(merged) +
                                        m_references.organisationKey(merged.organisationId),
                                    ContactCheck::phoneKey(merged.phone)};
        if (Status s = m_writer.update(merged, keys); !s)
            return s;
        m_duplicates.remember(RosterDuplicateFinder::readingKey(merged),
                              RosterDuplicateFinder::emailKey(merged));
        ++m_report.updated;
        break;
    }
    case DuplicateAction::Add: {
        row.stored.search += m_references.organisationKey(m.organisationId);
        const Result<qint64> id = m_writer.add(m, row.stored);
        if (!id)
            return id.error();
        m_duplicates.added(*id, line);
        m_duplicates.remember(row.reading, row.email);
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

// Rows still to come above which an import builds most member indexes once instead of row by row.
constexpr qint64 bulkRows = 5000;

} // namespace

void RosterImportReport::addProblem(const Error &error, int maxListed)
{
    ++problemCount;
    if (problems.size() < maxListed)
        problems.append(error);
}

Error rosterProblem(QString message, int line, int column)
{
    Error e(std::move(message));
    e.line = line;
    e.column = column;
    return e;
}

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
    CsvReader reader(device, RosterReader::csvOptions(encoding, separator));
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
    RosterReader reader(device, options);
    if (!reader.readHeader(report))
        return report;

    bool rolledBackOnPurpose = false;
    ImportRun importRun(m_db, options, report, reader);
    MemberBulkWriter &writer = importRun.writer();
    const Status done = m_db.transaction([&]() -> Status {
        if (Status s = importRun.prepare(); !s)
            return s;
        int sinceProgress = 0;
        bool indexesDecided = false;
        reader.start();
        RosterReader::Batch batch;
        while (!report.cancelled && reader.next(batch)) {
            for (RosterRow &row : batch.rows) {
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
                    if (Status s = writer.deferIndexes(); !s)
                        return s;
                }
            }
        }
        reader.stop();
        if (Status s = reader.status(); !s) {
            ++report.problemCount;
            report.problems << s.error();
        }
        if (!report.ok() || options.dryRun) {
            rolledBackOnPurpose = true;
            return Error{QStringLiteral("rolled back")};
        }
        report.indexesRebuilt = writer.deferredIndexes();
        return writer.restoreIndexes();
    });
    if (!done && !rolledBackOnPurpose) {
        ++report.problemCount;
        report.problems << done.error();
    }
    report.written = done.ok();
    return report;
}

} // namespace renkei
