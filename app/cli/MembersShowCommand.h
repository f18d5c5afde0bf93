#pragma once

#include "CliCommand.h"

namespace renkei::cli {

// renkei-cli members show ID: every field of one member.
class MembersShowCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(renkei::cli::MembersShowCommand)

public:
    QString name() const override { return QStringLiteral("show"); }
    QString summary() const override;
    int run(CliContext &context, const QString &path, const QStringList &args) override;
};

} // namespace renkei::cli
