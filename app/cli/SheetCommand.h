#pragma once

#include "CliCommand.h"

namespace renkei::cli {

// renkei-cli sheet: a meeting's sign-in sheet (出席簿) as an A4 PDF, with the series' saved layout or
// the columns, order and blank rows given.
class SheetCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(renkei::cli::SheetCommand)

public:
    QString name() const override { return QStringLiteral("sheet"); }
    QString summary() const override;
    int run(CliContext &context, const QString &path, const QStringList &args) override;
};

} // namespace renkei::cli
