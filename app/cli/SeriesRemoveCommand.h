#pragma once

#include "CliCommand.h"

namespace renkei::cli {

// renkei-cli series remove ID|NAME: deletes a series that has no meetings.
class SeriesRemoveCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(renkei::cli::SeriesRemoveCommand)

public:
    QString name() const override { return QStringLiteral("remove"); }
    QString summary() const override;
    int run(CliContext &context, const QString &path, const QStringList &args) override;
};

} // namespace renkei::cli
