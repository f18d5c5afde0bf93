#pragma once

#include "CliCommand.h"

namespace renkei::cli {

// renkei-cli areas list: the wards and their zones with how many members are in each.
class AreasListCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(renkei::cli::AreasListCommand)

public:
    QString name() const override { return QStringLiteral("list"); }
    QString summary() const override;
    int run(CliContext &context, const QString &path, const QStringList &args) override;
};

} // namespace renkei::cli
