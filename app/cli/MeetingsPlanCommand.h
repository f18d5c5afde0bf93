#pragma once

#include "CliCommand.h"

namespace renkei::cli {

// renkei-cli meetings plan: previews a fiscal year of meetings from a schedule rule and creates them;
// with --from, changes the rhythm from a meeting on, listing every renumbering.
class MeetingsPlanCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(renkei::cli::MeetingsPlanCommand)

public:
    QString name() const override { return QStringLiteral("plan"); }
    QString summary() const override;
    int run(CliContext &context, const QString &path, const QStringList &args) override;
};

} // namespace renkei::cli
