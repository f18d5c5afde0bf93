#pragma once

#include "CliCommand.h"

namespace renkei::cli {

// renkei-cli meetings edit: changes a meeting by hand (its date, times, venue, fee, status ...).
class MeetingsEditCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(renkei::cli::MeetingsEditCommand)

public:
    QString name() const override { return QStringLiteral("edit"); }
    QString summary() const override;
    int run(CliContext &context, const QString &path, const QStringList &args) override;
};

} // namespace renkei::cli
