#pragma once

#include "CliCommand.h"

namespace renkei::cli {

// renkei-cli init: creates a new, empty database; never touches an existing file.
class InitCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(renkei::cli::InitCommand)

public:
    QString name() const override { return QStringLiteral("init"); }
    QString summary() const override;
    int run(CliContext &context, const QString &path, const QStringList &args) override;
};

} // namespace renkei::cli
