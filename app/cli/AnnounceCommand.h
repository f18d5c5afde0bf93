#pragma once

#include "CliCommand.h"

namespace renkei::cli {

// renkei-cli announce: a meeting's announcement (案内文) as plain text, to paste into a chat or e-mail.
class AnnounceCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(renkei::cli::AnnounceCommand)

public:
    QString name() const override { return QStringLiteral("announce"); }
    QString summary() const override;
    int run(CliContext &context, const QString &path, const QStringList &args) override;
};

} // namespace renkei::cli
