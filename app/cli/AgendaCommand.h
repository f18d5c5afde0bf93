#pragma once

#include "CliCommand.h"

namespace renkei::cli {

// renkei-cli agenda: a meeting's agenda (次第) as PDF, HTML or text; can start it from an earlier
// meeting's agenda.
class AgendaCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(renkei::cli::AgendaCommand)

public:
    QString name() const override { return QStringLiteral("agenda"); }
    QString summary() const override;
    int run(CliContext &context, const QString &path, const QStringList &args) override;
};

} // namespace renkei::cli
