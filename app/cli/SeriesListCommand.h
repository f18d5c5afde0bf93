#pragma once

#include "CliCommand.h"

namespace renkei::cli {

// renkei-cli series list: the meeting series with their defaults, as a table or CSV.
class SeriesListCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(renkei::cli::SeriesListCommand)

public:
    QString name() const override { return QStringLiteral("list"); }
    QString summary() const override;
    int run(CliContext &context, const QString &path, const QStringList &args) override;
};

} // namespace renkei::cli
