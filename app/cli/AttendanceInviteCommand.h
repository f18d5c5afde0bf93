#pragma once

#include "CliCommand.h"

namespace renkei::cli {

// renkei-cli attendance invite: invites (or registers) a whole selection of members to a meeting — by
// profession, area, organisation, member status, or everyone who came to the series' last N meetings.
class AttendanceInviteCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(renkei::cli::AttendanceInviteCommand)

public:
    QString name() const override { return QStringLiteral("invite"); }
    QString summary() const override;
    int run(CliContext &context, const QString &path, const QStringList &args) override;
};

} // namespace renkei::cli
