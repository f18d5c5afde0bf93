#include "ProfessionsListCommand.h"

#include "core/storage/ProfessionRepository.h"

namespace renkei::cli {

QString ProfessionsListCommand::summary() const
{
    return tr("List the professions in display order, with how many members use each (archived members "
              "included).");
}

int ProfessionsListCommand::list(CliContext &context, Database &db, RosterOutput &out,
                                 const QHash<qint64, int> &members) const
{
    const auto professions = ProfessionRepository(db).all();
    if (!professions)
        return context.fail(professions.error());
    const bool csv = out.format() == RosterOutput::Format::Csv;
    QList<QStringList> rows;
    for (const Profession &p : *professions)
        rows << QStringList{QString::number(p.id),
                            p.nameJa,
                            p.nameEn,
                            csv ? professionCategoryKey(p.category) : professionCategoryLabel(p.category),
                            QString::number(members.value(p.id)),
                            status(out, p.hidden)};
    return out.printTable(
        context,
        {QStringLiteral("id"), QStringLiteral("name_ja"), QStringLiteral("name_en"),
         QStringLiteral("category"), QStringLiteral("members"), QStringLiteral("status")},
        {tr("ID"), tr("Profession"), tr("English"), tr("Category"), tr("Members"), tr("Status")}, rows,
        {0, 4});
}

} // namespace renkei::cli
