#pragma once

#include "ReferenceListCommand.h"

namespace renkei::cli {

// renkei-cli areas list: the wards and their zones with how many members are in each.
class AreasListCommand : public ReferenceListCommand
{
    Q_DECLARE_TR_FUNCTIONS(renkei::cli::AreasListCommand)

public:
    QString summary() const override;

protected:
    MemberRepository::Grouping grouping() const override { return MemberRepository::Grouping::Area; }
    int list(CliContext &context, Database &db, RosterOutput &out,
             const QHash<qint64, int> &members) const override;
};

} // namespace renkei::cli
