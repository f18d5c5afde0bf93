#pragma once

#include "CliCommand.h"

namespace renkei::cli {

// renkei-cli members export: the roster as a CSV file Excel opens without mojibake.
class MembersExportCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(renkei::cli::MembersExportCommand)

public:
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override;
    int run(CliContext &context, const QString &path, const QStringList &args) override;
};

} // namespace renkei::cli
