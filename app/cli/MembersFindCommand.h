#pragma once

#include "CliCommand.h"

namespace renkei::cli {

// renkei-cli members find TEXT: the same folded search as the members view, with its filters.
class MembersFindCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(renkei::cli::MembersFindCommand)

public:
    QString name() const override { return QStringLiteral("find"); }
    QString summary() const override;
    int run(CliContext &context, const QString &path, const QStringList &args) override;
};

} // namespace renkei::cli
