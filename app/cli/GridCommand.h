#pragma once

#include "CliCommand.h"

namespace renkei::cli {

// renkei-cli grid: a series' attendance grid for a fiscal year (people × meetings, ✓ for attended) as an
// A4 landscape PDF.
class GridCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(renkei::cli::GridCommand)

public:
    QString name() const override { return QStringLiteral("grid"); }
    QString summary() const override;
    int run(CliContext &context, const QString &path, const QStringList &args) override;
};

} // namespace renkei::cli
