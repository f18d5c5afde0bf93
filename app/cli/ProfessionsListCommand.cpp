#include "ProfessionsListCommand.h"

#include "RosterOutput.h"
#include "storage/MemberRepository.h"
#include "storage/ProfessionRepository.h"

namespace renkei::cli {

QString ProfessionsListCommand::summary() const
{
    return tr("List the professions in display order, with how many members use each (archived members "
              "included).");
}

int ProfessionsListCommand::run(CliContext &context, const QString &path, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption format = RosterOutput::formatOption();
    parser.addOption(format);
    if (auto stop = parse(parser, context, path, args))
        return *stop;
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(tr("'%1' takes no arguments.").arg(path), path);
    const auto output = RosterOutput::format(parser.value(format));
    if (!output)
        return context.usageError(tr("Unknown format '%1'; use table or csv.").arg(parser.value(format)),
                                  path);

    std::unique_ptr<Database> db = context.openDatabase(Database::OpenMode::OpenExisting);
    if (!db)
        return BadInput;
    const auto professions = ProfessionRepository(*db).all();
    if (!professions)
        return context.fail(professions.error());
    MemberFilter everyone;
    everyone.archived = MemberFilter::Archived::Include;
    const auto counts = MemberRepository(*db).countBy(MemberRepository::Grouping::Profession, everyone);
    if (!counts)
        return context.fail(counts.error());

    const bool csv = *output == RosterOutput::Format::Csv;
    QList<QStringList> rows;
    for (const Profession &p : *professions)
        rows << QStringList{QString::number(p.id),
                            p.nameJa,
                            p.nameEn,
                            csv ? professionCategoryKey(p.category) : professionCategoryLabel(p.category),
                            QString::number(counts->value(p.id)),
                            csv ? (p.hidden ? QStringLiteral("hidden") : QStringLiteral("shown"))
                                : (p.hidden ? tr("hidden") : tr("shown"))};
    return RosterOutput(*output).printTable(
        context,
        {QStringLiteral("id"), QStringLiteral("name_ja"), QStringLiteral("name_en"),
         QStringLiteral("category"), QStringLiteral("members"), QStringLiteral("status")},
        {tr("ID"), tr("Profession"), tr("English"), tr("Category"), tr("Members"), tr("Status")}, rows,
        {0, 4});
}

} // namespace renkei::cli
