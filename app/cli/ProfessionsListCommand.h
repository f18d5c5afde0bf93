#pragma once

#include "ReferenceListCommand.h"

namespace renkei::cli {

// renkei-cli professions list: the professions with how many members use each.
class ProfessionsListCommand : public ReferenceListCommand
{
    Q_DECLARE_TR_FUNCTIONS(renkei::cli::ProfessionsListCommand)

public:
    QString summary() const override;

protected:
    MemberRepository::Grouping grouping() const override { return MemberRepository::Grouping::Profession; }
    int list(CliContext &context, Database &db, RosterOutput &out,
             const QHash<qint64, int> &members) const override;
};

} // namespace renkei::cli
