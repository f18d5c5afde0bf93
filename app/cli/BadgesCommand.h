#pragma once

#include "CliCommand.h"

namespace renkei::cli {

// renkei-cli badges: name badges (名札) for a meeting, 2 × 5 cards on A4, as a PDF.
class BadgesCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(renkei::cli::BadgesCommand)

public:
    QString name() const override { return QStringLiteral("badges"); }
    QString summary() const override;
    int run(CliContext &context, const QString &path, const QStringList &args) override;
};

} // namespace renkei::cli
