#pragma once

#include "ReferenceListCommand.h"

namespace renkei::cli {

// renkei-cli organisations list: the organisations with how many members work at each.
class OrganisationsListCommand : public ReferenceListCommand
{
    Q_DECLARE_TR_FUNCTIONS(renkei::cli::OrganisationsListCommand)

public:
    QString summary() const override;

protected:
    MemberRepository::Grouping grouping() const override { return MemberRepository::Grouping::Organisation; }
    int list(CliContext &context, Database &db, RosterOutput &out,
             const QHash<qint64, int> &members) const override;
};

} // namespace renkei::cli
