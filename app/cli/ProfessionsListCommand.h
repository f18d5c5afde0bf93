#pragma once

#include "CliCommand.h"

namespace renkei::cli {

// renkei-cli professions list: the professions with how many members use each.
class ProfessionsListCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(renkei::cli::ProfessionsListCommand)

public:
    QString name() const override { return QStringLiteral("list"); }
    QString summary() const override;
    int run(CliContext &context, const QString &path, const QStringList &args) override;
};

} // namespace renkei::cli
