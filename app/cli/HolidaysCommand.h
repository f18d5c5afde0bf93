#pragma once

#include "CliCommand.h"

namespace renkei::cli {

// renkei-cli holidays: Japan's public holidays in a range, one a line (date, tab, Japanese name), with
// the organiser's closed days when asked.
class HolidaysCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(renkei::cli::HolidaysCommand)

public:
    QString name() const override { return QStringLiteral("holidays"); }
    QString summary() const override;
    int run(CliContext &context, const QString &path, const QStringList &args) override;
};

} // namespace renkei::cli
