#include "RosterReader.h"

#include "core/io/RosterDuplicateFinder.h"
#include "core/io/YesNo.h"
#include "core/model/ContactCheck.h"
#include "core/schedule/JapaneseEra.h"
#include "core/storage/MemberRepository.h"
#include "core/text/KanaText.h"
#include "core/text/PersonName.h"

#include <QRegularExpression>

namespace renkei {

CsvReader::Options RosterReader::csvOptions(std::optional<TextEncoding> encoding,
                                            std::optional<QChar> separator)
{
    CsvReader::Options out;
    out.encoding = encoding;
    out.separator = separator;
    return out;
}

RosterReader::RosterReader(QIODevice &device, const RosterImport::Options &options)
    : m_csv(device, csvOptions(options.encoding, options.separator)), m_options(options)
{}

RosterReader::~RosterReader()
{
    stop();
}

QString RosterReader::cell(const CsvRecord &record, RosterField field, bool trim) const
{
    const int c = columnOf(field);
    if (c < 0 || c >= record.fields.size())
        return {};
    return trim ? record.fields.at(c).trimmed() : record.fields.at(c);
}

// The column a validation error of MemberRepository points at, from 1; 0 when none holds it.
int RosterReader::fieldColumn(const QString &field) const
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

bool RosterReader::readHeader(RosterImportReport &report)
{
    const int maxListed = m_options.maxListed;
    const auto problem = [&](const Error &e) { report.addProblem(e, maxListed); };
    CsvRecord header;
    if (!m_csv.readRecord(header)) {
        if (Status s = m_csv.status(); !s)
            problem(s.error());
        else
            problem(rosterProblem(RosterImport::tr("The file is empty: it has no header row."), 1, 0));
        return false;
    }
    report.encoding = m_csv.encoding();
    report.encodingCertain = m_csv.encodingCertain();
    report.separator = m_csv.separator();
    for (QString &h : header.fields)
        h = h.trimmed();
    report.header = header.fields;
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
                problem(rosterProblem(RosterImport::tr("No column is headed “%1”.").arg(it.key()), line, 0));
            const QString value = it.value().trimmed();
            if (!value.isEmpty() && value != QLatin1String("-") && !rosterFieldFromKey(value))
                problem(rosterProblem(RosterImport::tr("“%1” is not a field; use one of: %2.")
                                          .arg(value, rosterFieldKeys().join(QLatin1String(", "))),
                                      line, 0));
        }
    }
    mapping.resize(header.fields.size());
    report.columns = mapping;

    for (qsizetype c = 0; c < mapping.size(); ++c) {
        if (!mapping[c])
            continue;
        const int field = int(*mapping[c]);
        if (m_columnOf.contains(field)) {
            problem(rosterProblem(RosterImport::tr("Columns %1 and %2 both hold “%3”; leave one of them out.")
                                      .arg(m_columnOf.value(field) + 1)
                                      .arg(c + 1)
                                      .arg(rosterFieldLabel(*mapping[c])),
                                  line, int(c) + 1));
            continue;
        }
        m_columnOf.insert(field, int(c));
    }
    if (!has(RosterField::Name) && !has(RosterField::FamilyName))
        problem(
            rosterProblem(RosterImport::tr("No column holds the members' names: map one to the full name, "
                                           "or two to the family and given names."),
                          line, 0));
    if (has(RosterField::Name) && (has(RosterField::FamilyName) || has(RosterField::GivenName)))
        problem(
            rosterProblem(RosterImport::tr("The full name (column %1) and the family or given name cannot "
                                           "both be imported; leave one of them out.")
                              .arg(columnOf(RosterField::Name) + 1),
                          line, columnOf(RosterField::Name) + 1));
    if (!has(RosterField::Kana) && !has(RosterField::FamilyKana))
        problem(rosterProblem(RosterImport::tr("No column holds the readings of the names (furigana); every "
                                               "member needs one."),
                              line, 0));
    if (has(RosterField::Kana) && (has(RosterField::FamilyKana) || has(RosterField::GivenKana)))
        problem(rosterProblem(RosterImport::tr("The full reading (column %1) and the family or given reading "
                                               "cannot both be imported; leave one of them out.")
                                  .arg(columnOf(RosterField::Kana) + 1),
                              line, columnOf(RosterField::Kana) + 1));
    return report.problemCount == 0;
}

RosterRow RosterReader::parse(const CsvRecord &record) const
{
    RosterRow row;
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
            rowProblems << rosterProblem(
                RosterImport::tr("The row has more columns than the header (%1).").arg(columns), line,
                int(c) + 1);
            break;
        }
    }

    Member &m = row.member;
    if (has(RosterField::Name))
        std::tie(m.familyName, m.givenName) = PersonName::split(cell(record, RosterField::Name));
    else {
        m.familyName = cell(record, RosterField::FamilyName);
        m.givenName = cell(record, RosterField::GivenName);
    }
    if (has(RosterField::Kana))
        std::tie(m.familyKana, m.givenKana) = PersonName::split(cell(record, RosterField::Kana));
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
            rowProblems << rosterProblem(
                RosterImport::tr("“%1” is neither yes nor no; write yes or no (はい/いいえ, ○/×, 1/0).")
                    .arg(text),
                line, columnOf(field) + 1);
    };
    yesNo(RosterField::MedicalAssociation, &m.medicalAssociation);
    yesNo(RosterField::ConsentRoster, &m.consentRoster);
    yesNo(RosterField::ConsentEmail, &m.consentEmail);

    if (const QString text = cell(record, RosterField::JoinedOn); !text.isEmpty()) {
        if (const std::optional<QDate> date = parseDate(text))
            m.joinedOn = *date;
        else
            rowProblems << rosterProblem(
                RosterImport::tr("“%1” is not a date; write it as 2024-04-01 or 2024/4/1.").arg(text), line,
                columnOf(RosterField::JoinedOn) + 1);
    }
    if (const QString text = cell(record, RosterField::Id); !text.isEmpty()) {
        bool ok = false;
        row.idInFile = text.normalized(QString::NormalizationForm_KC).toLongLong(&ok);
        if (!ok || row.idInFile <= 0) {
            row.idInFile = 0;
            rowProblems << rosterProblem(
                RosterImport::tr("“%1” is not a member ID (a whole number).").arg(text), line,
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
    row.reading = RosterDuplicateFinder::readingKey(m);
    row.email = RosterDuplicateFinder::emailKey(m);
    row.stored.kana = row.reading;
    row.stored.search = MemberRepository::personSearchKey(m);
    row.stored.phone = ContactCheck::phoneKey(m.phone);
    return row;
}

void RosterReader::start()
{
    m_thread = std::thread([this] { read(); });
}

bool RosterReader::next(Batch &batch)
{
    if (!batch.rows.empty()) {
        const std::lock_guard lock(m_spentMutex);
        m_spent.push_back(std::move(batch));
    }
    return m_queue.pop(batch);
}

void RosterReader::stop()
{
    m_queue.cancel();
    if (m_thread.joinable())
        m_thread.join();
}

void RosterReader::read()
{
    CsvRecord record;
    bool more = true;
    while (more) {
        Batch batch;
        batch.rows.reserve(batchRows);
        while (batch.rows.size() < batchRows && (more = m_csv.readRecord(record)))
            batch.rows.push_back(parse(record));
        batch.bytesRead = m_csv.bytesRead();
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

std::optional<QDate> RosterReader::parseDate(const QString &text)
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
    static const QRegularExpression era(
        QStringLiteral(R"(^(%1)\s*(元|\d{1,2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$)")
            .arg(JapaneseEra::namePattern()));
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
    const std::optional<int> year = JapaneseEra::gregorianYear(m.capturedView(1), m.capturedView(2));
    if (!year)
        return std::nullopt;
    const QDate date(*year, m.captured(3).toInt(), m.captured(4).toInt());
    return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
}

} // namespace renkei
