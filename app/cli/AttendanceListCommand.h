#pragma once

#include "CliCommand.h"

namespace renkei::cli {

// renkei-cli attendance list: everyone on a meeting's list with their status, role, walk-in, social
// gathering, fee and check-in time, and the places and waiting list; as a table or as CSV.
class AttendanceListCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(renkei::cli::AttendanceListCommand)

public:
    QString name() const override { return QStringLiteral("list"); }
    QString summary() const override;
    int run(CliContext &context, const QString &path, const QStringList &args) override;
};

} // namespace renkei::cli
