#pragma once

#include "CliCommand.h"

namespace renkei::cli {

// renkei-cli attendance export: the attendance list of one meeting as CSV.
class AttendanceExportCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(renkei::cli::AttendanceExportCommand)

public:
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override;
    int run(CliContext &context, const QString &path, const QStringList &args) override;
};

// renkei-cli attendance matrix: members × the meetings of a series in a fiscal year, as CSV.
class AttendanceMatrixCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(renkei::cli::AttendanceMatrixCommand)

public:
    QString name() const override { return QStringLiteral("matrix"); }
    QString summary() const override;
    int run(CliContext &context, const QString &path, const QStringList &args) override;
};

} // namespace renkei::cli
