#include "MembersListCommand.h"

#include "core/io/CsvWriter.h"
#include "core/io/TextTable.h"
#include "core/storage/AreaRepository.h"
#include "core/storage/MemberRepository.h"
#include "core/storage/OrganisationRepository.h"
#include "core/storage/ProfessionRepository.h"

#include <QHash>

namespace renkei::cli {

namespace {

// The names members refer to by id, read once rather than once a member.
struct Names
{
    QHash<qint64, QString> professions;
    QHash<qint64, QString> organisations;
    QHash<qint64, QString> areas;

    std::optional<Error> read(Database &db)
    {
        const auto professionList = ProfessionRepository(db).all();
        if (!professionList)
            return professionList.error();
        for (const Profession &p : *professionList)
            professions.insert(p.id, p.displayName());
        const auto organisationList = OrganisationRepository(db).all();
        if (!organisationList)
            return organisationList.error();
        for (const Organisation &o : *organisationList)
            organisations.insert(o.id, o.name);
        const auto areaList = AreaRepository(db).all();
        if (!areaList)
            return areaList.error();
        for (const Area &a : *areaList)
            areas.insert(a.id, a.name);
        return std::nullopt;
    }
};

} // namespace

QString MembersListCommand::summary() const
{
    return tr("List the members in order of their readings (五十音).");
}

int MembersListCommand::run(CliContext &context, const QString &path, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption format(QStringLiteral("format"),
                                    tr("table (aligned, for reading) or csv (UTF-8, for spreadsheets and "
                                       "scripts). Default: table."),
                                    tr("format"), QStringLiteral("table"));
    const QCommandLineOption all(QStringLiteral("all"), tr("Include archived members."));
    const QCommandLineOption archived(QStringLiteral("archived"), tr("Only archived members."));
    parser.addOptions({format, all, archived});
    if (auto stop = parse(parser, context, path, args))
        return *stop;
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(tr("'%1' takes no arguments.").arg(path), path);
    const QString formatName = parser.value(format).toLower();
    if (formatName != QLatin1String("table") && formatName != QLatin1String("csv"))
        return context.usageError(tr("Unknown format '%1'; use table or csv.").arg(parser.value(format)),
                                  path);
    if (parser.isSet(all) && parser.isSet(archived))
        return context.usageError(tr("Use either --all or --archived, not both."), path);

    std::unique_ptr<Database> db = context.openDatabase(Database::OpenMode::OpenExisting);
    if (!db)
        return BadInput;
    MemberFilter filter;
    filter.archived = parser.isSet(archived) ? MemberFilter::Archived::Only
                      : parser.isSet(all)    ? MemberFilter::Archived::Include
                                             : MemberFilter::Archived::Exclude;
    const Result<QList<Member>> members = MemberRepository(*db).list(filter);
    if (!members)
        return context.fail(members.error());
    Names names;
    if (auto error = names.read(*db))
        return context.fail(*error);

    const bool csv = formatName == QLatin1String("csv");
    auto row = [&](const Member &m) {
        const QString status = csv ? (m.archived ? QStringLiteral("archived") : QStringLiteral("active"))
                                   : (m.archived ? tr("archived") : tr("active"));
        return QStringList{QString::number(m.id),
                           m.fullName(),
                           m.fullKana(),
                           names.professions.value(m.professionId),
                           names.organisations.value(m.organisationId),
                           names.areas.value(m.areaId),
                           m.email,
                           m.phone,
                           status};
    };

    if (csv) {
        // Stable column keys, the same in every language, for scripts.
        CsvWriter writer(context.outDevice());
        writer.writeRow({QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("kana"),
                         QStringLiteral("profession"), QStringLiteral("organisation"), QStringLiteral("area"),
                         QStringLiteral("email"), QStringLiteral("phone"), QStringLiteral("status")});
        for (const Member &m : *members)
            writer.writeRow(row(m));
        if (Status written = writer.status(); !written)
            return context.fail(written.error());
        return Success;
    }

    TextTable table({tr("ID"), tr("Name"), tr("Kana"), tr("Profession"), tr("Organisation"), tr("Area"),
                     tr("E-mail"), tr("Phone"), tr("Status")});
    table.setAlignment(0, TextTable::Align::Right);
    for (const Member &m : *members)
        table.addRow(row(m));
    context.out() << table.toString();
    return Success;
}

} // namespace renkei::cli
