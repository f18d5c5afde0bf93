#pragma once

#include "CliCommand.h"

namespace renkei::cli {

// renkei-cli members list: the members in 五十音 order, as an aligned table or as CSV.
class MembersListCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(renkei::cli::MembersListCommand)

public:
    QString name() const override { return QStringLiteral("list"); }
    QString summary() const override;
    int run(CliContext &context, const QString &path, const QStringList &args) override;
};

} // namespace renkei::cli
