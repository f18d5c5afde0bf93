#pragma once

#include "CliCommand.h"

namespace renkei::cli {

// renkei-cli members add: a new member from options, refused when they look like an existing one.
class MembersAddCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(renkei::cli::MembersAddCommand)

public:
    QString name() const override { return QStringLiteral("add"); }
    QString summary() const override;
    int run(CliContext &context, const QString &path, const QStringList &args) override;
};

} // namespace renkei::cli
