#pragma once

#include "CliCommand.h"

namespace renkei::cli {

// renkei-cli ical: the meetings of a series or a fiscal year as an iCalendar (.ics) file.
class ICalCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(renkei::cli::ICalCommand)

public:
    QString name() const override { return QStringLiteral("ical"); }
    QString summary() const override;
    int run(CliContext &context, const QString &path, const QStringList &args) override;
};

} // namespace renkei::cli
