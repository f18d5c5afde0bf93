#pragma once

#include "CliCommand.h"

namespace renkei::cli {

// renkei-cli members import: a roster file (CSV from Excel) into the members, all rows or none.
class MembersImportCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(renkei::cli::MembersImportCommand)

public:
    QString name() const override { return QStringLiteral("import"); }
    QString summary() const override;
    int run(CliContext &context, const QString &path, const QStringList &args) override;
};

} // namespace renkei::cli
