#pragma once

#include "CliCommand.h"

namespace renkei::cli {

// renkei-cli series edit ID|NAME ...: changes a series' name, first number or defaults.
class SeriesEditCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(renkei::cli::SeriesEditCommand)

public:
    QString name() const override { return QStringLiteral("edit"); }
    QString summary() const override;
    int run(CliContext &context, const QString &path, const QStringList &args) override;
};

} // namespace renkei::cli
