#pragma once

#include "CliCommand.h"

namespace renkei::cli {

// renkei-cli meetings renumber: puts a series' numbers back in date order after dates were changed.
class MeetingsRenumberCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(renkei::cli::MeetingsRenumberCommand)

public:
    QString name() const override { return QStringLiteral("renumber"); }
    QString summary() const override;
    int run(CliContext &context, const QString &path, const QStringList &args) override;
};

} // namespace renkei::cli
