#pragma once

#include "CliCommand.h"

namespace renkei::cli {

// renkei-cli meetings list: the meetings by date, of a series or a fiscal year.
class MeetingsListCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(renkei::cli::MeetingsListCommand)

public:
    QString name() const override { return QStringLiteral("list"); }
    QString summary() const override;
    int run(CliContext &context, const QString &path, const QStringList &args) override;
};

} // namespace renkei::cli
