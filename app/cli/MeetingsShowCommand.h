#pragma once

#include "CliCommand.h"

namespace renkei::cli {

// renkei-cli meetings show: one meeting with its programme and times.
class MeetingsShowCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(renkei::cli::MeetingsShowCommand)

public:
    QString name() const override { return QStringLiteral("show"); }
    QString summary() const override;
    int run(CliContext &context, const QString &path, const QStringList &args) override;
};

} // namespace renkei::cli
