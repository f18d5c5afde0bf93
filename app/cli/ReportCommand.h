#pragma once

#include "CliCommand.h"

namespace renkei::cli {

// renkei-cli report: the figures of one meeting (--meeting), or of a series over a fiscal year or a
// range of dates, printed or saved as the annual activity report (.pdf, .csv, .json).
class ReportCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(renkei::cli::ReportCommand)

public:
    QString name() const override { return QStringLiteral("report"); }
    QString summary() const override;
    int run(CliContext &context, const QString &path, const QStringList &args) override;
};

} // namespace renkei::cli
