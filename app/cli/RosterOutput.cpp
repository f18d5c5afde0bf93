#include "RosterOutput.h"

#include "core/io/CsvWriter.h"
#include "core/io/TextTable.h"

namespace renkei::cli {

QCommandLineOption RosterOutput::formatOption()
{
    return QCommandLineOption(QStringLiteral("format"),
                              tr("table (aligned, for reading) or csv (UTF-8, for spreadsheets and scripts). "
                                 "Default: table."),
                              tr("format"), QStringLiteral("table"));
}

std::optional<RosterOutput::Format> RosterOutput::format(const QString &name)
{
    const QString folded = name.toLower();
    if (folded == QLatin1String("table"))
        return Format::Table;
    if (folded == QLatin1String("csv"))
        return Format::Csv;
    return std::nullopt;
}

Status RosterOutput::loadNames(Database &db)
{
    Result<DisplayNames> names = DisplayNames::load(db);
    if (!names)
        return names.error();
    m_names = std::move(*names);
    return {};
}

QString RosterOutput::yesNo(bool value) const
{
    if (m_format == Format::Csv)
        return value ? QStringLiteral("yes") : QStringLiteral("no");
    return value ? tr("yes") : tr("no");
}

int RosterOutput::printTable(CliContext &context, const QStringList &keys, const QStringList &labels,
                             const QList<QStringList> &rows, const QList<int> &rightAligned) const
{
    if (m_format == Format::Csv) {
        CsvWriter writer(context.outDevice());
        writer.writeRow(keys);
        for (const QStringList &row : rows)
            writer.writeRow(row);
        if (Status written = writer.status(); !written)
            return context.fail(written.error());
        return Success;
    }
    TextTable table(labels);
    for (int column : rightAligned)
        table.setAlignment(column, TextTable::Align::Right);
    for (const QStringList &row : rows)
        table.addRow(row);
    context.out() << table.toString();
    return Success;
}

int RosterOutput::printMembers(CliContext &context, const QList<Member> &members) const
{
    const bool csv = m_format == Format::Csv;
    QList<QStringList> rows;
    rows.reserve(members.size());
    for (const Member &m : members) {
        const QString status = csv ? (m.archived ? QStringLiteral("archived") : QStringLiteral("active"))
                                   : (m.archived ? tr("archived") : tr("active"));
        rows << QStringList{QString::number(m.id),
                            m.fullName(),
                            m.fullKana(),
                            professionName(m.professionId),
                            organisationName(m.organisationId),
                            areaName(m.areaId),
                            m.email,
                            m.phone,
                            status};
    }
    return printTable(context,
                      {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("kana"),
                       QStringLiteral("profession"), QStringLiteral("organisation"), QStringLiteral("area"),
                       QStringLiteral("email"), QStringLiteral("phone"), QStringLiteral("status")},
                      {tr("ID"), tr("Name"), tr("Kana"), tr("Profession"), tr("Organisation"), tr("Area"),
                       tr("E-mail"), tr("Phone"), tr("Status")},
                      rows, {0});
}

int RosterOutput::printMember(CliContext &context, const Member &m, const QString &referredByName) const
{
    const bool csv = m_format == Format::Csv;
    const QString referredBy = m.referredById == 0 ? QString()
                               : csv               ? QString::number(m.referredById)
                                     //: A member who referred someone: "12 佐藤 花子" (id and name)
                                     : tr("%1 %2").arg(m.referredById).arg(referredByName);
    const QString status = csv ? (m.archived ? QStringLiteral("archived") : QStringLiteral("active"))
                               : (m.archived ? tr("archived") : tr("active"));
    // key, label, value
    const QList<std::tuple<const char *, QString, QString>> fields = {
        {"id", tr("ID"), QString::number(m.id)},
        {"family_name", tr("Family name"), m.familyName},
        {"given_name", tr("Given name"), m.givenName},
        {"family_kana", tr("Family name reading"), m.familyKana},
        {"given_kana", tr("Given name reading"), m.givenKana},
        {"profession", tr("Profession"), professionName(m.professionId)},
        {"organisation", tr("Organisation"), organisationName(m.organisationId)},
        {"area", tr("Area"), areaName(m.areaId)},
        {"email", tr("E-mail"), m.email},
        {"phone", tr("Phone"), m.phone},
        {"fax", tr("Fax"), m.fax},
        {"medical_association", tr("Medical association"), yesNo(m.medicalAssociation)},
        {"referred_by", tr("Referred by"), referredBy},
        {"joined_on", tr("Joined on"), m.joinedOn.isValid() ? m.joinedOn.toString(Qt::ISODate) : QString()},
        {"consent_roster", tr("On shared rosters"), yesNo(m.consentRoster)},
        {"consent_email", tr("May be e-mailed"), yesNo(m.consentEmail)},
        {"status", tr("Status"), status},
        {"notes", tr("Notes"), m.notes},
    };
    if (csv) {
        QStringList keys;
        QStringList values;
        for (const auto &[key, label, value] : fields) {
            keys << QString::fromLatin1(key);
            values << value;
        }
        return printTable(context, keys, {}, {values});
    }
    // One field a line; a note of several lines keeps its line breaks under its label.
    QList<QStringList> rows;
    for (const auto &[key, label, value] : fields) {
        const QStringList lines = value.split(QLatin1Char('\n'));
        for (qsizetype i = 0; i < lines.size(); ++i)
            rows << QStringList{i == 0 ? label : QString(), lines.at(i)};
    }
    TextTable table;
    for (const QStringList &row : rows)
        table.addRow(row);
    context.out() << table.toString();
    return Success;
}

} // namespace renkei::cli
