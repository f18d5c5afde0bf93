#pragma once

#include "CliCommand.h"

namespace renkei::cli {

// renkei-cli organisations list: the organisations with how many members work at each.
class OrganisationsListCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(renkei::cli::OrganisationsListCommand)

public:
    QString name() const override { return QStringLiteral("list"); }
    QString summary() const override;
    int run(CliContext &context, const QString &path, const QStringList &args) override;
};

} // namespace renkei::cli
