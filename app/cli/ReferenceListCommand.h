#pragma once

#include "CliCommand.h"
#include "RosterOutput.h"
#include "core/storage/MemberRepository.h"

#include <QHash>

namespace renkei::cli {

// "list" under organisations, professions or areas: one of the roster's reference lists with how many
// members (archived ones included) use each entry, as a table or CSV (--format). The options, the
// database and the members' counts are shared; each list gives its own rows.
class ReferenceListCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(renkei::cli::ReferenceListCommand)

public:
    QString name() const override { return QStringLiteral("list"); }
    int run(CliContext &context, const QString &path, const QStringList &args) final;

protected:
    // How the members are counted: by profession, organisation or area.
    virtual MemberRepository::Grouping grouping() const = 0;
    // Prints the list; `members` holds each entry's count of members.
    virtual int list(CliContext &context, Database &db, RosterOutput &out,
                     const QHash<qint64, int> &members) const = 0;
    // "hidden" or "shown": the stable word in CSV, translated in a table.
    static QString status(const RosterOutput &out, bool hidden);
};

} // namespace renkei::cli
