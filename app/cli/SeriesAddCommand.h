#pragma once

#include "CliCommand.h"

namespace renkei::cli {

// renkei-cli series add --name NAME ...: a new meeting series; prints its id.
class SeriesAddCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(renkei::cli::SeriesAddCommand)

public:
    QString name() const override { return QStringLiteral("add"); }
    QString summary() const override;
    int run(CliContext &context, const QString &path, const QStringList &args) override;
};

} // namespace renkei::cli
