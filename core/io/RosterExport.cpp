#include "RosterExport.h"

#include "core/io/BatchQueue.h"
#include "core/io/CsvSaveFile.h"
#include "core/io/YesNo.h"
#include "core/storage/Database.h"
#include "core/storage/DisplayNames.h"
#include "core/storage/SqlValues.h"

#include <thread>
#include <vector>

namespace renkei {

namespace {

QString cell(const Member &m, RosterField field, const DisplayNames &names)
{
    switch (field) {
    case RosterField::Name:
        return m.fullName();
    case RosterField::FamilyName:
        return m.familyName;
    case RosterField::GivenName:
        return m.givenName;
    case RosterField::Kana:
        return m.fullKana();
    case RosterField::FamilyKana:
        return m.familyKana;
    case RosterField::GivenKana:
        return m.givenKana;
    case RosterField::Profession:
        return names.profession(m.professionId);
    case RosterField::Organisation:
        return names.organisation(m.organisationId);
    case RosterField::Area:
        return names.area(m.areaId);
    case RosterField::Email:
        return m.email;
    case RosterField::Phone:
        return m.phone;
    case RosterField::Fax:
        return m.fax;
    case RosterField::MedicalAssociation:
        return YesNo::text(m.medicalAssociation);
    case RosterField::JoinedOn:
        return m.joinedOn.isValid() ? sql::isoDate(m.joinedOn) : QString();
    case RosterField::ConsentRoster:
        return YesNo::text(m.consentRoster);
    case RosterField::ConsentEmail:
        return YesNo::text(m.consentEmail);
    case RosterField::Notes:
        return m.notes;
    case RosterField::Id:
        break;
    }
    return QString::number(m.id);
}

} // namespace

QList<RosterField> RosterExport::defaultColumns()
{
    return {RosterField::Name,         RosterField::Kana,          RosterField::Profession,
            RosterField::Organisation, RosterField::Area,          RosterField::Email,
            RosterField::Phone,        RosterField::Fax,           RosterField::MedicalAssociation,
            RosterField::JoinedOn,     RosterField::ConsentRoster, RosterField::ConsentEmail,
            RosterField::Notes};
}

Status RosterExport::visit(const Options &options, Summary &summary,
                           const std::function<bool(const Member &, QStringList &)> &row) const
{
    const Result<DisplayNames> loaded = DisplayNames::load(m_db);
    if (!loaded)
        return loaded.error();
    const DisplayNames &names = *loaded;
    const MemberFilter filter = options.filter.unpaged();

    // The members are read on this thread and their cells made and written on another, in batches:
    // reading and writing take about as long as each other. `row` runs on that thread, one call at a
    // time, in list order; returning false stops the export.
    constexpr size_t batchSize = 256;
    BatchQueue<std::vector<Member>> queue(8);
    std::thread writer([&] {
        QStringList cells;
        std::vector<Member> batch;
        while (queue.pop(batch)) {
            for (const Member &m : batch) {
                if (options.shared && !m.consentRoster) {
                    ++summary.leftOutWithoutConsent;
                    continue;
                }
                cells.clear();
                for (RosterField field : options.columns) {
                    if (options.shared && field == RosterField::Notes) {
                        cells << QString();
                        continue;
                    }
                    if (options.shared && field == RosterField::Email && !m.consentEmail) {
                        summary.emailsWithheld += m.email.isEmpty() ? 0 : 1;
                        cells << QString();
                        continue;
                    }
                    cells << cell(m, field, names);
                }
                if (!row(m, cells)) {
                    queue.cancel();
                    return;
                }
            }
        }
    });
    std::vector<Member> batch;
    batch.reserve(batchSize);
    const Status read = MemberRepository(m_db).forEach(filter, [&](const Member &m) {
        batch.push_back(m);
        if (batch.size() < batchSize)
            return true;
        const bool more = queue.push(std::move(batch));
        batch = {};
        batch.reserve(batchSize);
        return more;
    });
    if (!batch.empty())
        queue.push(std::move(batch));
    queue.close();
    writer.join();
    return read;
}

Result<QList<UnrepresentableValue>> RosterExport::check(const Options &options) const
{
    QList<UnrepresentableValue> found;
    if (options.encoding != TextEncoding::ShiftJis)
        return found;
    EncodingCheck encoding(options.encoding);
    Summary summary;
    const Status s = visit(options, summary, [&](const Member &m, QStringList &cells) {
        for (qsizetype c = 0; c < cells.size(); ++c) {
            if (encoding.canHold(cells[c]))
                continue;
            UnrepresentableValue value;
            value.memberId = m.id;
            value.who = m.fullName();
            value.column = rosterFieldLabel(options.columns[c]);
            value.value = cells[c];
            value.characters = encoding.unrepresentable(cells[c]);
            value.replacement = encoding.replaced(cells[c]);
            found << value;
        }
        return true;
    });
    if (!s)
        return s.error();
    return found;
}

Result<RosterExport::Summary> RosterExport::write(const QString &path, const Options &options) const
{
    QStringList header;
    for (RosterField field : options.columns)
        header << rosterFieldLabel(field);
    CsvSaveFile file(path, options.encoding);
    if (Status s = file.open(); !s)
        return s.error();
    EncodingCheck encoding(options.encoding);
    Summary summary;
    int refused = 0;
    if (!encoding.canHold(header.join(QString()))) {
        for (QString &h : header)
            h = encoding.replaced(h);
    }
    bool written = file.writeRow(header);
    const Status s = visit(options, summary, [&](const Member &, QStringList &cells) {
        if (options.encoding == TextEncoding::ShiftJis) {
            for (QString &value : cells) {
                if (encoding.canHold(value))
                    continue;
                if (!options.replaceUnrepresentable) {
                    ++refused;
                    continue;
                }
                value = encoding.replaced(value);
                ++summary.replacedValues;
            }
        }
        if (refused == 0 && written)
            written = file.writeRow(cells);
        if (written)
            ++summary.rows;
        return true;
    });
    if (!s)
        return s.error();
    if (refused > 0)
        return Error{tr("%n value(s) cannot be written in %1. Agree to replacing them with look-alikes, or "
                        "choose UTF-8.",
                        "", refused)
                         .arg(textEncodingLabel(options.encoding))};
    if (Status committed = file.commit(); !committed)
        return committed.error();
    return summary;
}

} // namespace renkei
